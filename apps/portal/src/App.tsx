import { NavLink, Route, Routes } from 'react-router-dom';
import { SubmitPage } from './pages/SubmitPage';
import { StatusPage } from './pages/StatusPage';
import { RatePage } from './pages/RatePage';

export function App() {
  return (
    <>
      <header className="portal-header">
        <h1>网上信访</h1>
        <nav className="portal-nav">
          <NavLink to="/" end>
            我要写信
          </NavLink>
          <NavLink to="/status">查询办理进度</NavLink>
        </nav>
      </header>
      <main className="portal-main">
        <Routes>
          <Route path="/" element={<SubmitPage />} />
          <Route path="/status" element={<StatusPage />} />
          <Route path="/rate" element={<RatePage />} />
          <Route path="*" element={<SubmitPage />} />
        </Routes>
      </main>
    </>
  );
}
