import { useQuery } from '@apollo/client';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import { graphql } from '../gql';
import type { CaseMessagesQuery } from '../gql/graphql';
import { MessageChannelLabel, MessageKindLabel } from '../gql/labels';
import { messageStatusColor, messageStatusText } from '../logic/messages';

const CaseMessagesDocument = graphql(`
  query CaseMessages($id: ID!) {
    case(id: $id) {
      id
      messages {
        id
        kind
        channel
        recipient
        body
        status
        sentToDevInbox
        attempts
        lastError
        sentAt
      }
    }
  }
`);

type MessageRow = NonNullable<CaseMessagesQuery['case']>['messages'][number];

/** 短信通知 of a case: what each step told the petitioners, and whether it went out. */
export function CaseMessages({ caseId }: { caseId: string }) {
  const { data, loading, error } = useQuery(CaseMessagesDocument, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const messages = data?.case?.messages ?? [];
  return (
    <Card title="短信通知">
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />}
      <Table<MessageRow>
        rowKey="id"
        size="small"
        loading={loading && !data}
        pagination={false}
        dataSource={[...messages]}
        locale={{ emptyText: '暂无通知（信访人未留手机号码或电子邮箱时不发送）' }}
        columns={[
          { title: '环节', dataIndex: 'kind', render: (kind: MessageRow['kind']) => MessageKindLabel[kind] },
          { title: '渠道', dataIndex: 'channel', render: (channel: MessageRow['channel']) => MessageChannelLabel[channel] },
          { title: '收件人', dataIndex: 'recipient' },
          { title: '内容', dataIndex: 'body', render: (body: string) => <Typography.Text copyable={{ text: body }}>{body}</Typography.Text> },
          {
            title: '状态',
            dataIndex: 'status',
            render: (_: unknown, row) => (
              <>
                <Tag color={messageStatusColor(row.status)}>{messageStatusText(row)}</Tag>
                {row.lastError && row.status !== 'SENT' && <Typography.Text type="secondary">{`第 ${row.attempts} 次：${row.lastError}`}</Typography.Text>}
              </>
            ),
          },
          { title: '发送时间', dataIndex: 'sentAt', render: (at: string | null) => (at ? new Date(at).toLocaleString('zh-CN') : '—') },
        ]}
      />
    </Card>
  );
}
