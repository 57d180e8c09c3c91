import { Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { homePath } from './logic/navigation';
import { AdminPage } from './pages/admin/AdminPage';
import { AssessmentPage } from './pages/assessment/AssessmentPage';
import { SchemePage } from './pages/assessment/SchemePage';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { ConferencePage } from './pages/conference/ConferencePage';
import { MeetingPage } from './pages/conference/MeetingPage';
import { LoginPage } from './pages/LoginPage';
import { NoticePage } from './pages/NoticePage';
import { NoticesPage } from './pages/NoticesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { IntakePage } from './pages/IntakePage';
import { RegisterCasePage } from './pages/RegisterCasePage';
import { ReceptionsPage } from './pages/ReceptionsPage';
import { StatisticsPage } from './pages/StatisticsPage';
import { MessagesPage } from './pages/MessagesPage';
import { TaskPage } from './pages/tasks/TaskPage';
import { TasksPage } from './pages/tasks/TasksPage';
import { useSession } from './session/session';
import { Shell } from './shell/Shell';

/** Pages after login; without a session, the login page, then back to the page asked for. */
function RequireSession() {
  const { user, loading, signedOut } = useSession();
  const location = useLocation();
  if (loading) return <Spin fullscreen />;
  if (signedOut && !user) return <Navigate to="/login" replace />;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Shell />;
}

function Home() {
  const { user } = useSession();
  return <Navigate to={homePath(user?.roles ?? [])} replace />;
}

export function App() {
  const { loading } = useSession();
  if (loading) return <Spin fullscreen />;
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<Home />} />
        <Route path="/cases" element={<CasesPage />} />
        <Route path="/cases/new" element={<RegisterCasePage />} />
        <Route path="/cases/:id" element={<CasePage />} />
        <Route path="/intake" element={<IntakePage />} />
        <Route path="/notices" element={<NoticesPage />} />
        <Route path="/notices/:id" element={<NoticePage />} />
        <Route path="/receptions" element={<ReceptionsPage />} />
        <Route path="/statistics" element={<StatisticsPage />} />
        <Route path="/messages" element={<MessagesPage />} />
        <Route path="/conference" element={<ConferencePage />} />
        <Route path="/meetings/:id" element={<MeetingPage />} />
        <Route path="/tasks" element={<TasksPage />} />
        <Route path="/tasks/:id" element={<TaskPage />} />
        <Route path="/assessment" element={<AssessmentPage />} />
        <Route path="/assessment/:id" element={<SchemePage />} />
        <Route path="/admin/:tab?" element={<AdminPage />} />
        <Route path="/welcome" element={<NotFoundPage title="您的角色在工作台暂无可用页面" />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
