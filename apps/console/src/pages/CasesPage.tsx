import { useQuery } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, Select, Space, Table, Tabs, Tag, TreeSelect } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { DaysLeftTag } from '../components/DaysLeftTag';
import { graphql } from '../gql';
import type { CaseKind, CaseOrderField, CaseQueueQuery, Channel } from '../gql/graphql';
import { CaseKindLabel, CaseStateLabel, ChannelLabel } from '../gql/labels';
import { idNumberValidator } from '../logic/id-number';
import {
  PAGE_SIZES,
  caseFilterOf,
  caseOrderOf,
  exportHref,
  parseQueueSearch,
  queueSearch,
  queueTabsFor,
  sortFromTable,
  sortOrderOf,
  treeOf,
  type QueueState,
} from '../logic/queue';
import { useSession } from '../session/session';
import { labelOptions } from '../logic/label-options';

const CaseQueueDocument = graphql(`
  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {
    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          number
          title
          channel
          kind
          state
          handlingTenant {
            id
            name
          }
          handlingUnit {
            id
            name
          }
          runningClocks {
            stage
            name
            holder
            deadline
            daysLeft
            overdueDays
            dueSoon
          }
          registeredOn
          personCount
          collective
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const QueueChoicesDocument = graphql(`
  query QueueChoices {
    categories(includeInactive: true) {
      id
      name
      parentId
    }
    tenants(first: 100) {
      edges {
        node {
          id
          name
          parentId
        }
      }
    }
  }
`);

type QueueCase = CaseQueueQuery['cases']['edges'][number]['node'];

interface FilterForm {
  channel?: Channel;
  kind?: CaseKind;
  categoryId?: string;
  problemJurisdictionId?: string;
  text?: string;
  dates?: [Dayjs | null, Dayjs | null];
  idNumber?: string;
}

/** The work queue: tabs by what the user must do, filters, order and paging, all in the page's address. */
export function CasesPage() {
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = useMemo(() => queueTabsFor(user?.roles ?? []), [user]);
  const state = useMemo(() => parseQueueSearch(location.search, tabs), [location.search, tabs]);
  const pageSize = state.pageSize ?? PAGE_SIZES[0];
  // Cursors of the pages before this one; a new tab, filter, order or page size starts again at page one.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [location.search]);
  const [form] = Form.useForm<FilterForm>();
  const filter = useMemo(() => caseFilterOf(state, tabs), [state, tabs]);
  const orderBy = caseOrderOf(state);

  const { data, loading, error } = useQuery(CaseQueueDocument, {
    variables: { first: pageSize, after: cursors[cursors.length - 1], filter, orderBy },
  });
  const { data: choices } = useQuery(QueueChoicesDocument, { fetchPolicy: 'cache-first' });
  const categoryTree = useMemo(() => treeOf(choices?.categories ?? []), [choices]);
  const tenantTree = useMemo(() => treeOf(choices?.tenants.edges.map((edge) => edge.node) ?? []), [choices]);

  useEffect(() => {
    const { channel, kind, categoryId, problemJurisdictionId, text, from, to, idNumber } = state.filters;
    form.setFieldsValue({
      channel,
      kind,
      categoryId,
      problemJurisdictionId,
      text,
      idNumber,
      dates: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : undefined,
    });
  }, [state, form]);

  const go = (next: QueueState) => navigate({ pathname: '/cases', search: queueSearch(next) });

  const applyFilters = (values: FilterForm) =>
    go({
      ...state,
      filters: {
        channel: values.channel,
        kind: values.kind,
        categoryId: values.categoryId,
        problemJurisdictionId: values.problemJurisdictionId,
        text: values.text?.trim() || undefined,
        from: values.dates?.[0]?.format('YYYY-MM-DD'),
        to: values.dates?.[1]?.format('YYYY-MM-DD'),
        idNumber: values.idNumber?.trim() || undefined,
      },
    });

  const rows = data?.cases.edges.map((edge) => edge.node) ?? [];
  const total = data?.cases.totalCount;
  const page = cursors.length;
  const pages = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize));

  const onTableChange = (_p: unknown, _f: unknown, sorter: SorterResult<QueueCase> | SorterResult<QueueCase>[]) => {
    const chosen = Array.isArray(sorter) ? sorter[0] : sorter;
    go({ ...state, sort: sortFromTable(chosen?.columnKey as CaseOrderField | undefined, chosen?.order) });
  };

  return (
    <>
      <Tabs activeKey={state.tab} onChange={(tab) => go({ ...state, tab })} items={tabs.map((tab) => ({ key: tab.key, label: tab.label }))} />
      <Form<FilterForm> form={form} layout="inline" onFinish={applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="channel" label="渠道">
          <Select allowClear style={{ width: 130 }} options={labelOptions(ChannelLabel)} placeholder="全部" />
        </Form.Item>
        <Form.Item name="kind" label="类别">
          <Select allowClear style={{ width: 140 }} options={labelOptions(CaseKindLabel)} placeholder="全部" />
        </Form.Item>
        <Form.Item name="categoryId" label="内容分类">
          <TreeSelect allowClear showSearch treeNodeFilterProp="title" style={{ width: 200 }} treeData={categoryTree} placeholder="全部" />
        </Form.Item>
        <Form.Item name="problemJurisdictionId" label="问题属地">
          <TreeSelect allowClear showSearch treeNodeFilterProp="title" treeDefaultExpandAll style={{ width: 180 }} treeData={tenantTree} placeholder="全部" />
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
          <Button onClick={() => go({ ...state, filters: {} })}>重置</Button>
          {/* A plain download: the gateway sends the session cookie on as the token. */}
          <Button href={exportHref(filter, orderBy)} download>
            导出Excel
          </Button>
        </Space>
      </Form>
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 16 }} />}
      <Table<QueueCase>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        onChange={onTableChange}
        showSorterTooltip={false}
        locale={{ emptyText: '暂无信访事项' }}
        columns={[
          {
            title: '编号',
            key: 'NUMBER',
            dataIndex: 'number',
            sorter: true,
            sortOrder: sortOrderOf(state, 'NUMBER'),
            render: (number: string, row) => <Link to={`/cases/${row.id}`}>{number}</Link>,
          },
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
          { title: '类别', dataIndex: 'kind', render: (kind: CaseKind) => CaseKindLabel[kind] },
          { title: '状态', dataIndex: 'state', render: (value: QueueCase['state']) => CaseStateLabel[value] },
          {
            title: '办理机构',
            key: 'holder',
            render: (_: unknown, row) => [row.handlingTenant?.name, row.handlingUnit?.name].filter(Boolean).join(' / ') || '—',
          },
          {
            title: '期限',
            key: 'DEADLINE',
            sorter: true,
            sortOrder: sortOrderOf(state, 'DEADLINE'),
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
          { title: '登记日期', key: 'REGISTERED_AT', dataIndex: 'registeredOn', sorter: true, sortOrder: sortOrderOf(state, 'REGISTERED_AT') },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <span data-testid="queue-total">{total === undefined ? '' : `共 ${total} 件`}</span>
        <Button disabled={page === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          上一页
        </Button>
        <span>
          第 {page}
          {pages === undefined ? '' : ` / ${pages}`} 页
        </span>
        <Button disabled={!data?.cases.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, data?.cases.pageInfo.endCursor ?? null])}>
          下一页
        </Button>
        <Select
          value={pageSize}
          style={{ width: 110 }}
          onChange={(size) => go({ ...state, pageSize: size === PAGE_SIZES[0] ? undefined : size })}
          options={PAGE_SIZES.map((size) => ({ value: size, label: `${size} 条/页` }))}
        />
      </Space>
    </>
  );
}
