import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import type { ReceptionListQuery } from '../gql/graphql';
import { CaseStateLabel } from '../gql/labels';
import { schedulesReceptions } from '../logic/navigation';
import { useSession } from '../session/session';

const ReceptionListDocument = graphql(`
  query ReceptionList($first: Int!) {
    receptions(first: $first) {
      totalCount
      edges {
        node {
          id
          date
          leaderName
          place
          caseCount
          personCount
        }
      }
    }
  }
`);

const ReceptionLeadersDocument = graphql(`
  query ReceptionLeaders {
    leaders {
      id
      displayName
    }
  }
`);

const ScheduleReceptionDocument = graphql(`
  mutation ScheduleReception($input: ScheduleReceptionInput!) {
    scheduleReception(input: $input) {
      id
    }
  }
`);

const ReceptionCasesDocument = graphql(`
  query ReceptionCases($filter: CaseFilter) {
    cases(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          number
          title
          state
          registeredOn
        }
      }
    }
  }
`);

type ReceptionRow = ReceptionListQuery['receptions']['edges'][number]['node'];

interface ScheduleForm {
  leaderId: string;
  date: Dayjs;
  place?: string;
}

/** The cases received at one reception day, each linking to its page. */
function ReceptionCases({ receptionId }: { receptionId: string }) {
  const { data, loading, error } = useQuery(ReceptionCasesDocument, { variables: { filter: { receptionId } } });
  if (error) return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={data?.cases.edges.map((edge) => edge.node) ?? []}
      locale={{ emptyText: '本次接访尚未登记信访事项' }}
      columns={[
        { title: '编号', dataIndex: 'number', render: (number: string, row) => <Link to={`/cases/${row.id}`}>{number}</Link> },
        { title: '标题', dataIndex: 'title' },
        { title: '状态', dataIndex: 'state', render: (state: keyof typeof CaseStateLabel) => CaseStateLabel[state] },
        { title: '登记日期', dataIndex: 'registeredOn' },
      ]}
    />
  );
}

/** 领导接访: the office's leader reception days, scheduling a new one, and the cases each received. */
export function ReceptionsPage() {
  const { user } = useSession();
  const canSchedule = schedulesReceptions(user?.roles ?? []);
  const { data, loading, error, refetch } = useQuery(ReceptionListDocument, { variables: { first: 100 } });
  const { data: leaders } = useQuery(ReceptionLeadersDocument, { skip: !canSchedule });
  const [schedule, scheduling] = useMutation(ScheduleReceptionDocument);
  const [form] = Form.useForm<ScheduleForm>();
  const [scheduleError, setScheduleError] = useState<string | null>(null);

  const submit = async (values: ScheduleForm) => {
    setScheduleError(null);
    try {
      await schedule({ variables: { input: { leaderId: values.leaderId, date: values.date.format('YYYY-MM-DD'), place: values.place?.trim() || null } } });
      form.resetFields();
      await refetch();
    } catch (failure) {
      const graphQLErrors = (failure as { graphQLErrors?: { message: string }[] }).graphQLErrors;
      setScheduleError(graphQLErrors?.[0]?.message ?? '安排失败，请稍后再试');
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {canSchedule && (
        <Card title="安排领导接访日" size="small">
          <Form<ScheduleForm> form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
            <Form.Item name="leaderId" label="接访领导" rules={[{ required: true, message: '请选择接访领导' }]}>
              <Select style={{ width: 160 }} options={leaders?.leaders.map((leader) => ({ value: leader.id, label: leader.displayName })) ?? []} />
            </Form.Item>
            <Form.Item name="date" label="接访日期" rules={[{ required: true, message: '请选择接访日期' }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="place" label="接访地点" rules={[{ max: 100, message: '接访地点不超过 100 个字' }]}>
              <Input allowClear style={{ width: 200 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={scheduling.loading}>
              安排
            </Button>
          </Form>
          {scheduleError && <Alert type="error" showIcon message={scheduleError} style={{ marginTop: 12 }} />}
        </Card>
      )}
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />}
      <Table<ReceptionRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.receptions.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        locale={{ emptyText: '暂无领导接访安排' }}
        expandable={{ expandedRowRender: (row) => <ReceptionCases receptionId={row.id} />, rowExpandable: (row) => row.caseCount > 0 }}
        columns={[
          { title: '接访日期', dataIndex: 'date' },
          { title: '接访领导', dataIndex: 'leaderName' },
          { title: '接访地点', dataIndex: 'place', render: (place: string | null) => place ?? '—' },
          {
            title: '接待事项',
            key: 'cases',
            render: (_: unknown, row) => (
              <Space>
                <Tag color={row.caseCount > 0 ? 'blue' : 'default'}>{row.caseCount} 件</Tag>
                <span>{row.personCount} 人次</span>
              </Space>
            ),
          },
        ]}
      />
      {data && <span data-testid="reception-total">共 {data.receptions.totalCount} 次接访</span>}
    </Space>
  );
}
