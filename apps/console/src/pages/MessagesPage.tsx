import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../gql';
import type { MessageStatus, PetitionerMessagePageQuery } from '../gql/graphql';
import { MessageChannelLabel, MessageKindLabel, MessageStatusLabel } from '../gql/labels';
import { labelOptions } from '../logic/label-options';
import { mayResend, messageStatusColor, messageStatusText } from '../logic/messages';
import { useSession } from '../session/session';

const PetitionerMessageListDocument = graphql(`
  query PetitionerMessagePage($filter: PetitionerMessageFilter, $first: Int!, $after: String) {
    petitionerMessages(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          caseId
          caseNumber
          kind
          channel
          petitionerName
          recipient
          body
          status
          sentToDevInbox
          attempts
          lastError
          createdAt
          sentAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ResendMessageDocument = graphql(`
  mutation ResendMessageFromPage($id: ID!) {
    resendPetitionerMessage(id: $id) {
      id
      status
      attempts
      lastError
    }
  }
`);

type MessageRow = PetitionerMessagePageQuery['petitionerMessages']['edges'][number]['node'];

const PAGE = 20;

/**
 * 短信通知: what the office and those below it told petitioners, newest first, by status and case
 * number; a failed one can be sent again. Messages the development inbox took show their full text
 * (with the rating link), so a tester can follow it.
 */
export function MessagesPage() {
  const { user } = useSession();
  const { message: toast } = App.useApp();
  const [search, setSearch] = useSearchParams();
  const status = (search.get('status') as MessageStatus | null) ?? undefined;
  const caseNumber = search.get('case') ?? undefined;
  const filter = { ...(status ? { status } : {}), ...(caseNumber ? { caseNumber } : {}) };
  // The cursors of the pages before this one: 上一页 pops, 下一页 pushes.
  const [cursors, setCursors] = useState<(string | null)[]>([]);
  const after = cursors.at(-1) ?? null;
  const { data, loading, error } = useQuery(PetitionerMessageListDocument, { variables: { filter, first: PAGE, after }, fetchPolicy: 'cache-and-network' });
  const [resend, resending] = useMutation(ResendMessageDocument);
  const rows = data?.petitionerMessages.edges.map((e) => e.node) ?? [];
  const page = data?.petitionerMessages.pageInfo;
  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setCursors([]);
    setSearch(next);
  };

  return (
    <Card title="短信通知">
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          aria-label="状态"
          allowClear
          placeholder="全部状态"
          style={{ width: 160 }}
          value={status}
          onChange={(value?: MessageStatus) => setFilter('status', value)}
          options={labelOptions(MessageStatusLabel)}
        />
        <Input.Search
          aria-label="事项编号"
          allowClear
          placeholder="事项编号"
          defaultValue={caseNumber}
          style={{ width: 260 }}
          onSearch={(value) => setFilter('case', value.trim() || undefined)}
        />
      </Space>
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 12 }} />}
      {resending.error && (
        <Alert type="error" showIcon message={resending.error.graphQLErrors[0]?.message ?? '重新发送失败，请稍后再试'} style={{ marginBottom: 12 }} />
      )}
      <Table<MessageRow>
        rowKey="id"
        size="small"
        loading={loading && !data}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '时间', dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString('zh-CN') },
          { title: '事项编号', dataIndex: 'caseNumber', render: (number: string, row) => <Link to={`/cases/${row.caseId}`}>{number}</Link> },
          { title: '环节', dataIndex: 'kind', render: (kind: MessageRow['kind']) => MessageKindLabel[kind] },
          {
            title: '收件人',
            dataIndex: 'recipient',
            render: (recipient: string, row) => `${row.petitionerName} ${MessageChannelLabel[row.channel]} ${recipient}`,
          },
          { title: '内容', dataIndex: 'body', render: (body: string) => <Typography.Text copyable={{ text: body }}>{body}</Typography.Text> },
          {
            title: '状态',
            dataIndex: 'status',
            render: (_: unknown, row) => (
              <Space direction="vertical" size={0}>
                <Tag color={messageStatusColor(row.status)}>{messageStatusText(row)}</Tag>
                {row.lastError && row.status !== 'SENT' && <Typography.Text type="secondary">{`已尝试 ${row.attempts} 次：${row.lastError}`}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, row) =>
              mayResend(user?.roles ?? [], row.status) ? (
                <Button
                  size="small"
                  loading={resending.loading}
                  onClick={() =>
                    void resend({ variables: { id: row.id } }).then(
                      () => toast.success('已重新加入发送队列'),
                      () => undefined,
                    )
                  }
                >
                  重新发送
                </Button>
              ) : null,
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={!cursors.length} onClick={() => setCursors(cursors.slice(0, -1))}>
          上一页
        </Button>
        <Button disabled={!page?.hasNextPage} onClick={() => setCursors([...cursors, page!.endCursor])}>
          下一页
        </Button>
      </Space>
    </Card>
  );
}
