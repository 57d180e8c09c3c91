import { useMutation, useQuery } from '@apollo/client';
import { Alert, Card, Descriptions, Empty, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useParams } from 'react-router-dom';
import { NoticeActions } from '../components/notices/NoticeActions';
import { OwnerAttachments } from '../components/files/OwnerAttachments';
import { addresseeOf, chinaDate, chinaDateTime, FeedbackDue, NoticeSubject } from '../components/notices/NoticeRefs';
import { graphql } from '../gql';
import type { CaseStage, NoticeDetailQuery } from '../gql/graphql';
import { CaseStageLabel, FeedbackDecisionLabel, NoticeActionLabel, NoticeKindLabel, NoticeReasonLabel, NoticeStateLabel } from '../gql/labels';
import { noticeForms } from '../logic/notices';
import { useBreadcrumbLeaf } from '../shell/Shell';
import { NotFoundPage } from './NotFoundPage';

const NoticeDetailDocument = graphql(`
  query NoticeDetail($id: ID!) {
    notice(id: $id) {
      id
      version
      kind
      state
      reason
      text
      subjectType
      subjectId
      subjectNumber
      subjectTitle
      stage
      deadline
      issuerTenantName
      addresseeTenantName
      addresseeUnitName
      issuedByName
      issuedAt
      readAt
      feedbackDue
      feedbackDaysLeft
      feedbackOverdueDays
      fixBy
      escalateOn
      closedAt
      closeReason
      ladderStoppedReason
      availableActions
      instruments {
        id
        title
        documentNumber
        issuedOn
        downloadUrl
      }
      ladder {
        id
        kind
        state
        issuerTenantName
        addresseeTenantName
        addresseeUnitName
        issuedAt
        feedbackDue
        closedAt
        ladderStoppedReason
      }
      feedback {
        id
        text
        attachments
        attachable
        files {
          id
          fileName
          sizeBytes
          description
          uploadedByName
          uploadedAt
          downloadUrl
        }
        submittedByName
        submittedAt
        decision
        decisionComment
        decidedByName
        decidedAt
      }
      history {
        seq
        action
        toState
        actorName
        reason
        at
      }
    }
  }
`);

const MarkNoticeReadDocument = graphql(`
  mutation MarkNoticeRead($id: ID!) {
    markNoticeRead(id: $id) {
      id
      version
      state
      readAt
      availableActions
    }
  }
`);

type Notice = NoticeDetailQuery['notice'];

const stageName = (stage: string) => CaseStageLabel[stage as CaseStage]?.replace(/（.*$/, '') ?? stage;

/** The ladder of escalation this notice is on: each rung's issuer → addressee, dates, and where it stopped. */
function Ladder({ notice }: { notice: Notice }) {
  return (
    <Timeline
      data-testid="notice-ladder"
      items={notice.ladder.map((rung) => ({
        key: rung.id,
        color: rung.id === notice.id ? 'blue' : 'gray',
        children: (
          <Space direction="vertical" size={0}>
            <span>
              <Typography.Text strong={rung.id === notice.id}>{NoticeKindLabel[rung.kind]}</Typography.Text> {rung.issuerTenantName} → {addresseeOf(rung)}{' '}
              <Tag>{NoticeStateLabel[rung.state]}</Tag>
            </span>
            <Typography.Text type="secondary">
              下发 {chinaDate(rung.issuedAt)}
              {rung.feedbackDue ? ` · 反馈期限 ${rung.feedbackDue}` : ''}
              {rung.closedAt ? ` · 办结 ${chinaDate(rung.closedAt)}` : ''}
            </Typography.Text>
            {rung.ladderStoppedReason && <Typography.Text type="danger">不再升级：{rung.ladderStoppedReason}</Typography.Text>}
          </Space>
        ),
      }))}
    />
  );
}

/** One notice: what is asked and by when, its ladder, the feedback, and the forms the viewer may use now. */
export function NoticePage() {
  const { id = '' } = useParams();
  const setLeaf = useBreadcrumbLeaf();
  const { data, loading, error } = useQuery(NoticeDetailDocument, { variables: { id } });
  const [markRead, readResult] = useMutation(MarkNoticeReadDocument, { refetchQueries: ['UnreadNotices', 'NoticeInbox', 'NoticeDetail'] });
  const notice = data?.notice;
  const readOnce = useRef<string | null>(null);

  useEffect(() => {
    setLeaf(notice ? `${NoticeKindLabel[notice.kind]} ${notice.subjectNumber}` : undefined);
    return () => setLeaf(undefined);
  }, [notice, setLeaf]);

  // Opening it is the addressee's receipt (阅知), once.
  useEffect(() => {
    if (notice && noticeForms(notice.availableActions).markRead && readOnce.current !== notice.id) {
      readOnce.current = notice.id;
      markRead({ variables: { id: notice.id } }).catch(() => undefined);
    }
  }, [notice, markRead]);

  if (loading && !notice) return <Spin />;
  if (error) {
    if (error.graphQLErrors.some((failure) => failure.extensions?.code === 'NOT_FOUND')) return <NotFoundPage title="未找到该督办件，或您无权查看" />;
    return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  }
  if (!notice) return <NotFoundPage title="未找到该督办件，或您无权查看" />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {readResult.error && <Alert type="error" showIcon message={readResult.error.graphQLErrors[0]?.message ?? '阅知失败，请稍后再试'} />}
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {NoticeKindLabel[notice.kind]}：<NoticeSubject notice={notice} />
        </Typography.Title>
        <Space wrap>
          <Tag color="blue" data-testid="notice-state">
            {NoticeStateLabel[notice.state]}
          </Tag>
          {notice.reason && <Tag>{NoticeReasonLabel[notice.reason]}</Tag>}
        </Space>
        <Descriptions column={3} style={{ marginTop: 16 }}>
          <Descriptions.Item label="下发机构">{notice.issuerTenantName}</Descriptions.Item>
          <Descriptions.Item label="受文单位">{addresseeOf(notice)}</Descriptions.Item>
          <Descriptions.Item label="下发">
            {chinaDateTime(notice.issuedAt)} {notice.issuedByName === 'system' ? '（期限自动下发）' : notice.issuedByName}
          </Descriptions.Item>
          <Descriptions.Item label="反馈期限">
            <FeedbackDue notice={notice} />
          </Descriptions.Item>
          {notice.stage && (
            <Descriptions.Item label="所督办环节">
              {stageName(notice.stage)}
              {notice.deadline ? `（期限 ${notice.deadline}）` : ''}
            </Descriptions.Item>
          )}
          {notice.fixBy && <Descriptions.Item label="整改期限">{notice.fixBy}</Descriptions.Item>}
          {notice.escalateOn && <Descriptions.Item label="未反馈将于此日后升级">{notice.escalateOn}</Descriptions.Item>}
          <Descriptions.Item label="阅知">{notice.readAt ? chinaDateTime(notice.readAt) : '未阅'}</Descriptions.Item>
          {notice.closedAt && (
            <Descriptions.Item label="办结">
              {chinaDateTime(notice.closedAt)} {notice.closeReason}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="notice-text">
          {notice.text}
        </Typography.Paragraph>
        {notice.ladderStoppedReason && <Alert type="warning" showIcon message={`督办到顶，不再升级：${notice.ladderStoppedReason}`} />}
        {notice.instruments.map((instrument) => (
          <Typography.Paragraph key={instrument.id} data-testid="notice-instrument">
            {instrument.title} {instrument.documentNumber}（{instrument.issuedOn}）{' '}
            <a href={instrument.downloadUrl} download>
              下载督办单
            </a>
          </Typography.Paragraph>
        ))}
      </Card>
      <NoticeActions notice={notice} />
      <Card title="督办层级" size="small">
        <Ladder notice={notice} />
      </Card>
      <Card title="书面反馈" size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={notice.feedback}
          locale={{ emptyText: '尚无反馈' }}
          data-testid="notice-feedback"
          columns={[
            { title: '反馈时间', dataIndex: 'submittedAt', render: (at: string) => chinaDateTime(at) },
            { title: '反馈人', dataIndex: 'submittedByName' },
            {
              title: '内容',
              dataIndex: 'text',
              render: (text: string, row) => (
                <Space direction="vertical" size={0}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>
                  {row.attachments.length > 0 && <Typography.Text type="secondary">附件：{row.attachments.join('、')}</Typography.Text>}
                  <OwnerAttachments
                    files={row.files}
                    attachable={row.attachable}
                    action={`/files/meetings/notice-feedback/${row.id}/attachments`}
                    refetch="NoticeDetail"
                  />
                </Space>
              ),
            },
            {
              title: '审核',
              key: 'decision',
              render: (_: unknown, row) =>
                row.decision ? (
                  <Space direction="vertical" size={0}>
                    <Tag color={row.decision === 'ACCEPTED' ? 'green' : 'red'}>{FeedbackDecisionLabel[row.decision]}</Tag>
                    {row.decisionComment && <span>{row.decisionComment}</span>}
                    <Typography.Text type="secondary">
                      {row.decidedByName} {row.decidedAt ? chinaDateTime(row.decidedAt) : ''}
                    </Typography.Text>
                  </Space>
                ) : (
                  '待审核'
                ),
            },
          ]}
        />
      </Card>
      <Card title="处理记录" size="small">
        {notice.history.length === 0 ? (
          <Empty />
        ) : (
          <Timeline
            items={notice.history.map((entry) => ({
              key: entry.seq,
              children: (
                <span>
                  {chinaDateTime(entry.at)} {entry.actorName} {NoticeActionLabel[entry.action]} → {NoticeStateLabel[entry.toState]}
                  {entry.reason ? `（${entry.reason}）` : ''}
                </span>
              ),
            }))}
          />
        )}
      </Card>
    </Space>
  );
}
