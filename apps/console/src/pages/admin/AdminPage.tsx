import { useQuery } from '@apollo/client';
import { Alert, Select, Space, Tabs, Typography } from 'antd';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { CalendarPanel } from '../../components/admin/CalendarPanel';
import { InstrumentTemplatesPanel } from '../../components/admin/InstrumentTemplatesPanel';
import { SupervisionPanel } from '../../components/admin/SupervisionPanel';
import { MessageTemplatesPanel } from '../../components/admin/MessageTemplatesPanel';
import { UnitsPanel } from '../../components/admin/UnitsPanel';
import { UsersPanel } from '../../components/admin/UsersPanel';
import { graphql } from '../../gql';
import { TenantLevelLabel } from '../../gql/labels';
import { ADMIN_TABS, adminTabOf } from '../../logic/admin';
import { useSession } from '../../session/session';

const AdminTenantsDocument = graphql(`
  query AdminTenants {
    tenants(first: 100) {
      edges {
        node {
          id
          name
          level
        }
      }
    }
  }
`);

/**
 * 系统管理: the users, units, calendar and supervision settings of the administrator's office and
 * the offices below it; the office is part of the link (`?tenant=`), the sub-page its path.
 */
export function AdminPage() {
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const tab = adminTabOf(location.pathname);
  const { data, error } = useQuery(AdminTenantsDocument);
  if (!user?.roles.includes('TENANT_ADMIN')) return <Alert type="info" showIcon message="仅管理员可以使用系统管理" />;
  // Every sub-page has its own link; the menu's /admin opens the first.
  if (location.pathname.replace(/\/$/, '') === '/admin') return <Navigate to={{ pathname: `/admin/${tab}`, search: location.search }} replace />;
  const tenantId = search.get('tenant') ?? user.tenantId;
  const tenants = data?.tenants.edges.map((edge) => edge.node) ?? [];

  const office = (
    <Space>
      <Typography.Text>机构</Typography.Text>
      <Select
        aria-label="机构"
        style={{ width: 260 }}
        value={tenantId}
        // The supervision settings and the templates are the caller's own office's; the API takes no other.
        disabled={tab === 'supervision' || tab === 'instruments' || tab === 'messages'}
        onChange={(id: string) => setSearch(id === user.tenantId ? {} : { tenant: id })}
        options={(tenants.length > 0 ? tenants : [{ id: user.tenantId, name: user.tenant?.name ?? '', level: user.tenant?.level ?? 'COUNTY' }]).map((t) => ({
          value: t.id,
          label: `${t.name}（${TenantLevelLabel[t.level]}）`,
        }))}
      />
    </Space>
  );

  return (
    <>
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '机构加载失败，请稍后再试'} style={{ marginBottom: 12 }} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate({ pathname: `/admin/${key}`, search: location.search })}
        tabBarExtraContent={office}
        items={ADMIN_TABS.map((item) => ({ key: item.key, label: item.label }))}
      />
      {tab === 'users' && <UsersPanel tenantId={tenantId} selfId={user.id} />}
      {tab === 'units' && <UnitsPanel tenantId={tenantId} />}
      {tab === 'calendar' && <CalendarPanel tenantId={tenantId} />}
      {tab === 'supervision' && <SupervisionPanel />}
      {tab === 'instruments' && <InstrumentTemplatesPanel />}
      {tab === 'messages' && <MessageTemplatesPanel />}
    </>
  );
}
