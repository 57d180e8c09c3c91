import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import './styles.css';

dayjs.locale('zh-cn');

// System fonts only (Noto CJK on Debian, the platform's own elsewhere): no font is fetched.
const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', system-ui, sans-serif";

// Whoever asked the system for less motion gets dialogs and menus without their zoom and fade.
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Large controls: the portal is used on phones, by people of every age. */}
    <ConfigProvider locale={zhCN} componentSize="large" theme={{ token: { fontFamily: FONT_FAMILY, fontSize: 16, motion: !REDUCED_MOTION } }}>
      <AntApp>
        <BrowserRouter basename="/portal">
          <App />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
