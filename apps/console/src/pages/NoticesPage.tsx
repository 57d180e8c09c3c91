import { useQuery } from '@apollo/client';
import { Alert, Badge, Button, Checkbox, Form, Select, Space, Table, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { addresseeOf, chinaDate, FeedbackDue, NoticeSubject } from '../components/notices/NoticeRefs';
import { graphql } from '../gql';
import type { NoticeKind, NoticeListRowFragment, NoticeState, SupervisedSubjectType } from '../gql/graphql';
import { NoticeKindLabel, NoticeStateLabel, SupervisedSubjectTypeLabel } from '../gql/labels';
import { noticeSearch, noticeTabsFor, parseNoticeSearch, unreadFirst, type NoticeListState } from '../logic/notices';
import { useSession } from '../session/session';
import { labelOptions } from '../logic/label-options';

const PAGE_SIZE = 20;

graphql(`
  fragment NoticeListRow on SupervisionNotice {
    id
    kind
    state
    subjectType
    subjectId
    subjectNumber
    subjectTitle
    issuerTenantName
    addresseeTenantName
    addresseeUnitName
    issuedAt
    feedbackDue
    feedbackDaysLeft
    feedbackOverdueDays
  }
`);

const NoticeInboxDocument = graphql(`
  query NoticeInbox($first: Int!, $after: String, $filter: NoticeFilter) {
    noticeInbox(first: $first, after: $after, filter: $filter) {
      totalCount
      unreadCount
      edges {
        node {
          ...NoticeListRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const IssuedNoticesDocument = graphql(`
  query IssuedNotices($first: Int!, $after: String, $filter: NoticeFilter) {
    issuedNotices(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...NoticeListRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface FilterForm {
  state?: NoticeState;
  kind?: NoticeKind;
  subjectType?: SupervisedSubjectType;
  overdue?: boolean;
}

/** 督办件: the notices received and those issued, unread first, with the API's filters and paging. */
export function NoticesPage() {
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = useMemo(() => noticeTabsFor(user?.roles ?? []), [user]);
  const state = useMemo(() => parseNoticeSearch(location.search, tabs), [location.search, tabs]);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [location.search]);
  const [form] = Form.useForm<FilterForm>();
  useEffect(() => form.setFieldsValue({ state: undefined, kind: undefined, subjectType: undefined, overdue: false, ...state.filter }), [state, form]);

  const variables = { first: PAGE_SIZE, after: cursors[cursors.length - 1], filter: state.filter };
  const inbox = useQuery(NoticeInboxDocument, { variables, skip: state.tab !== 'inbox' });
  const issued = useQuery(IssuedNoticesDocument, { variables, skip: state.tab !== 'issued' });
  const list = state.tab === 'inbox' ? inbox.data?.noticeInbox : issued.data?.issuedNotices;
  const { loading, error } = state.tab === 'inbox' ? inbox : issued;
  const rows = unreadFirst(list?.edges.map((edge) => edge.node) ?? []);
  const unread = inbox.data?.noticeInbox.unreadCount ?? 0;
  const page = cursors.length;

  const go = (next: NoticeListState) => navigate({ pathname: '/notices', search: noticeSearch(next) });
  const applyFilters = (values: FilterForm) =>
    go({ tab: state.tab, filter: { state: values.state, kind: values.kind, subjectType: values.subjectType, overdue: values.overdue || undefined } });

  if (tabs.length === 0) return <Alert type="info" showIcon message="您的角色不接收督办件" />;

  return (
    <>
      <Tabs
        activeKey={state.tab}
        onChange={(tab) => go({ tab: tab as NoticeListState['tab'], filter: state.filter })}
        items={tabs.map((tab) => ({
          key: tab.key,
          label:
            tab.key === 'inbox' && unread > 0 ? (
              <Badge count={unread} size="small" offset={[8, 0]}>
                {tab.label}
              </Badge>
            ) : (
              tab.label
            ),
        }))}
      />
      <Form<FilterForm> form={form} layout="inline" onFinish={applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="state" label="状态">
          <Select allowClear style={{ width: 130 }} options={labelOptions(NoticeStateLabel)} placeholder="全部" />
        </Form.Item>
        <Form.Item name="kind" label="种类">
          <Select allowClear style={{ width: 140 }} options={labelOptions(NoticeKindLabel)} placeholder="全部" />
        </Form.Item>
        <Form.Item name="subjectType" label="督办对象">
          <Select allowClear style={{ width: 140 }} options={labelOptions(SupervisedSubjectTypeLabel)} placeholder="全部" />
        </Form.Item>
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox>反馈已逾期</Checkbox>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button onClick={() => go({ tab: state.tab, filter: {} })}>重置</Button>
        </Space>
      </Form>
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary" data-testid="notice-total">
        共 {list?.totalCount ?? 0} 件
      </Typography.Paragraph>
      <Table<NoticeListRowFragment>
        rowKey="id"
        loading={loading && !list}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '暂无督办件' }}
        columns={[
          {
            title: '督办件',
            key: 'notice',
            render: (_: unknown, row) => {
              const unreadRow = row.state === 'ISSUED';
              return (
                <Space>
                  {unreadRow && <Badge status="processing" text="未读" />}
                  <Link to={`/notices/${row.id}`} style={unreadRow ? { fontWeight: 600 } : undefined}>
                    {NoticeKindLabel[row.kind]}
                  </Link>
                </Space>
              );
            },
          },
          { title: '督办对象', key: 'subject', render: (_: unknown, row) => <NoticeSubject notice={row} /> },
          { title: '下发机构', dataIndex: 'issuerTenantName' },
          { title: '受文单位', key: 'addressee', render: (_: unknown, row) => addresseeOf(row) },
          { title: '下发日期', dataIndex: 'issuedAt', render: (at: string) => chinaDate(at) },
          { title: '反馈期限', key: 'feedbackDue', render: (_: unknown, row) => <FeedbackDue notice={row} /> },
          { title: '状态', dataIndex: 'state', render: (value: NoticeState) => NoticeStateLabel[value] },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={page === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          上一页
        </Button>
        <span>第 {page} 页</span>
        <Button disabled={!list?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, list?.pageInfo.endCursor ?? null])}>
          下一页
        </Button>
      </Space>
    </>
  );
}
