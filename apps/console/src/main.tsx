import { ApolloProvider } from '@apollo/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { createApolloClient } from './apollo';
import { App } from './App';
import { SessionProvider } from './session/session';
import './styles.css';

dayjs.locale('zh-cn');

// System fonts only (Noto CJK on Debian, the platform's own elsewhere): no font is fetched.
const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', system-ui, sans-serif";

// Whoever asked the system for less motion gets dialogs and menus without their zoom and fade.
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { fontFamily: FONT_FAMILY, motion: !REDUCED_MOTION } }}>
      <AntApp>
        <ApolloProvider client={createApolloClient()}>
          <BrowserRouter>
            <SessionProvider>
              <App />
            </SessionProvider>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
