import { useQuery } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { DaysLeftTag } from '../components/DaysLeftTag';
import { graphql } from '../gql';
import type { CaseKind, CaseQueueQuery, Channel } from '../gql/graphql';
import { CaseKindLabel, CaseStateLabel, ChannelLabel } from '../gql/labels';
import { idNumberValidator } from '../logic/id-number';
import { caseFilterOf, parseQueueSearch, queueSearch, queueTabsFor, type QueueFilters } from '../logic/queue';
import { useSession } from '../session/session';
import { useTenantNames } from '../shell/tenant-names';

const PAGE_SIZE = 20;

const CaseQueueDocument = graphql(`
  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          number
          title
          channel
          kind
          state
          handlingTenantId
          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }
          registeredOn
          personCount
          collective
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

type QueueCase = CaseQueueQuery['cases']['edges'][number]['node'];

interface FilterForm {
  channel?: Channel;
  kind?: CaseKind;
  text?: string;
  dates?: [Dayjs | null, Dayjs | null];
  idNumber?: string;
}

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/** The work queue: tabs by what the user must do, filters and paging, all in the page's address. */
export function CasesPage() {
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = useMemo(() => queueTabsFor(user?.roles ?? []), [user]);
  const state = useMemo(() => parseQueueSearch(location.search, tabs), [location.search, tabs]);
  // Cursors of the pages before this one; a new tab or filter starts again at page one.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [location.search]);
  const [form] = Form.useForm<FilterForm>();
  const tenantNames = useTenantNames();

  const { data, loading, error } = useQuery(CaseQueueDocument, {
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1], filter: caseFilterOf(state, tabs) },
  });

  useEffect(() => {
    const { channel, kind, text, from, to, idNumber } = state.filters;
    form.setFieldsValue({ channel, kind, text, idNumber, dates: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : undefined });
  }, [state, form]);

  const go = (tab: string, filters: QueueFilters) => navigate({ pathname: '/cases', search: queueSearch({ tab, filters }) });

  const applyFilters = (values: FilterForm) =>
    go(state.tab, {
      channel: values.channel,
      kind: values.kind,
      text: values.text?.trim() || undefined,
      from: values.dates?.[0]?.format('YYYY-MM-DD'),
      to: values.dates?.[1]?.format('YYYY-MM-DD'),
      idNumber: values.idNumber?.trim() || undefined,
    });

  const rows = data?.cases.edges.map((edge) => edge.node) ?? [];
  const page = cursors.length;

  return (
    <>
      <Tabs activeKey={state.tab} onChange={(tab) => go(tab, state.filters)} items={tabs.map((tab) => ({ key: tab.key, label: tab.label }))} />
      <Form<FilterForm> form={form} layout="inline" onFinish={applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="channel" label="渠道">
          <Select allowClear style={{ width: 130 }} options={options(ChannelLabel)} placeholder="全部" />
        </Form.Item>
        <Form.Item name="kind" label="类别">
          <Select allowClear style={{ width: 140 }} options={options(CaseKindLabel)} placeholder="全部" />
        </Form.Item>
        <Form.Item name="dates" label="登记日期">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item name="text" label="关键词">
          <Input allowClear placeholder="编号、标题或内容" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="idNumber" label="信访人身份证号" rules={[{ validator: idNumberValidator }]}>
          <Input allowClear maxLength={18} style={{ width: 200 }} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button onClick={() => go(state.tab, {})}>重置</Button>
        </Space>
      </Form>
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 16 }} />}
      <Table<QueueCase>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '暂无信访事项' }}
        columns={[
          { title: '编号', dataIndex: 'number', render: (number: string, row) => <Link to={`/cases/${row.id}`}>{number}</Link> },
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, row) => (
              <Space>
                {title}
                {row.collective && <Tag color="purple">集体访 {row.personCount}人</Tag>}
              </Space>
            ),
          },
          { title: '渠道', dataIndex: 'channel', render: (channel: Channel) => ChannelLabel[channel] },
          { title: '状态', dataIndex: 'state', render: (value: QueueCase['state']) => CaseStateLabel[value] },
          { title: '办理机构', dataIndex: 'handlingTenantId', render: (id: string) => tenantNames.get(id) ?? '—' },
          {
            title: '期限',
            key: 'clock',
            render: (_: unknown, row) => {
              // The soonest running clock is the one the holder must act on first.
              const clock = row.runningClocks[0];
              return clock ? (
                <Space direction="vertical" size={0}>
                  <span>
                    {clock.name} {clock.deadline}
                  </span>
                  <DaysLeftTag clock={clock} />
                </Space>
              ) : (
                '—'
              );
            },
          },
          { title: '登记日期', dataIndex: 'registeredOn' },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={page === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          上一页
        </Button>
        <span>第 {page} 页</span>
        <Button
          disabled={!data?.cases.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, data?.cases.pageInfo.endCursor ?? null])}
        >
          下一页
        </Button>
      </Space>
    </>
  );
}
