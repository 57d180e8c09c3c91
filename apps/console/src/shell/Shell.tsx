import { BellOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Badge, Breadcrumb, Button, Layout, Menu, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { createContext, Suspense, useContext, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { graphql } from '../gql';
import { RoleLabel } from '../gql/labels';
import { breadcrumbsFor, menuFor, receivesNotices, selectedMenuPath } from '../logic/navigation';
import { useSession, type SessionUser } from '../session/session';

const UnreadNoticesDocument = graphql(`
  query UnreadNotices {
    noticeInbox(first: 1) {
      unreadCount
    }
  }
`);

/** Lets a detail page name its record in the breadcrumbs (e.g. the case number). */
const CrumbContext = createContext<(leaf: string | undefined) => void>(() => undefined);
export const useBreadcrumbLeaf = () => useContext(CrumbContext);

function NoticeBell({ user }: { user: SessionUser }) {
  const allowed = receivesNotices(user.roles);
  const { data } = useQuery(UnreadNoticesDocument, { skip: !allowed, pollInterval: 60_000 });
  if (!allowed) return null;
  const unread = data?.noticeInbox.unreadCount ?? 0;
  return (
    <Tooltip title={`未读督办件 ${unread} 件`}>
      <Link to="/notices" data-testid="notice-bell-link">
        <Badge count={unread} size="small" data-testid="notice-bell">
          <BellOutlined style={{ fontSize: 18 }} aria-label={`未读督办件 ${unread} 件`} />
        </Badge>
      </Link>
    </Tooltip>
  );
}

/** The frame of every page after login: office and roles, menu by role, notice bell, breadcrumbs. */
export function Shell({ children }: { children?: ReactNode }) {
  const { user, logout } = useSession();
  const location = useLocation();
  const [leaf, setLeaf] = useState<string | undefined>();
  if (!user) return null;
  const menu = menuFor(user.roles);
  const selected = selectedMenuPath(menu, location.pathname);
  const crumbs = breadcrumbsFor(location.pathname, leaf);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="dark">
        <div className="brand">信访工作平台</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={menu.map((item) => ({ key: item.path, label: <Link to={item.path}>{item.label}</Link> }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="shell-header">
          <Space size="middle">
            <Typography.Text strong data-testid="office">
              {user.tenant?.name}
              {user.unit ? ` · ${user.unit.name}` : ''}
            </Typography.Text>
            <span data-testid="roles">
              {user.roles.map((role) => (
                <Tag key={role}>{RoleLabel[role]}</Tag>
              ))}
            </span>
          </Space>
          <Space size="large">
            <NoticeBell user={user} />
            <Typography.Text>{user.displayName}</Typography.Text>
            <Button icon={<LogoutOutlined />} onClick={logout}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: '16px 24px' }}>
          {crumbs.length > 0 && (
            <Breadcrumb
              style={{ marginBottom: 16 }}
              items={crumbs.map((crumb) => ({ title: crumb.path ? <Link to={crumb.path}>{crumb.title}</Link> : crumb.title }))}
            />
          )}
          <CrumbContext.Provider value={setLeaf}>
            {children ?? (
              <Suspense fallback={<Spin />}>
                <Outlet />
              </Suspense>
            )}
          </CrumbContext.Provider>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
