import { Spin } from 'antd';
import { lazy, type ComponentType } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { homePath } from './logic/navigation';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { useSession } from './session/session';
import { Shell } from './shell/Shell';

/**
 * The pages after login load with their route: a sign-in (which every new browser profile goes
 * through) needs neither the charts library nor the pages it will not open.
 */
function page<K extends string>(name: K, load: () => Promise<Record<K, ComponentType>>) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
const AdminPage = page('AdminPage', () => import('./pages/admin/AdminPage'));
const AssessmentPage = page('AssessmentPage', () => import('./pages/assessment/AssessmentPage'));
const SchemePage = page('SchemePage', () => import('./pages/assessment/SchemePage'));
const CasePage = page('CasePage', () => import('./pages/CasePage'));
const CasesPage = page('CasesPage', () => import('./pages/CasesPage'));
const ConferencePage = page('ConferencePage', () => import('./pages/conference/ConferencePage'));
const MeetingPage = page('MeetingPage', () => import('./pages/conference/MeetingPage'));
const NoticePage = page('NoticePage', () => import('./pages/NoticePage'));
const NoticesPage = page('NoticesPage', () => import('./pages/NoticesPage'));
const IntakePage = page('IntakePage', () => import('./pages/IntakePage'));
const RegisterCasePage = page('RegisterCasePage', () => import('./pages/RegisterCasePage'));
const ReceptionsPage = page('ReceptionsPage', () => import('./pages/ReceptionsPage'));
const StatisticsPage = page('StatisticsPage', () => import('./pages/StatisticsPage'));
const MessagesPage = page('MessagesPage', () => import('./pages/MessagesPage'));
const TaskPage = page('TaskPage', () => import('./pages/tasks/TaskPage'));
const TasksPage = page('TasksPage', () => import('./pages/tasks/TasksPage'));

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
