import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Descriptions, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { DaysLeftTag } from '../components/DaysLeftTag';
import { CaseActions } from '../components/case/CaseActions';
import { CaseAttachments } from '../components/CaseAttachments';
import { CaseInstruments } from '../components/CaseInstruments';
import { CasePetitioners } from '../components/case/CasePetitioners';
import { CaseTimeline } from '../components/case/CaseTimeline';
import { CaseNotices } from '../components/notices/CaseNotices';
import { CaseMessages } from '../components/CaseMessages';
import { graphql } from '../gql';
import type { CaseDetailQuery } from '../gql/graphql';
import {
  CaseEndingLabel,
  CaseKindLabel,
  CaseStageLabel,
  CaseStateLabel,
  ChannelLabel,
  CompletionReportStatusLabel,
  DecisionOutcomeLabel,
  RatingLabel,
} from '../gql/labels';
import { useBreadcrumbLeaf } from '../shell/Shell';
import { NotFoundPage } from './NotFoundPage';

const CaseDetailDocument = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      number
      title
      content
      channel
      kind
      state
      registeredOn
      personCount
      collective
      version
      availableActions
      handlingTenant {
        id
        name
      }
      handlingUnit {
        id
        name
      }
      registeringTenant {
        id
        name
      }
      problemJurisdiction {
        id
        name
      }
      assigningTenant {
        id
        name
      }
      completionReportDue
      completionReport
      leaderOwner {
        id
        name
      }
      category {
        id
        name
        path
      }
      accusedUnit {
        id
        name
      }
      outcome
      decisionText
      ending
      rating
      repeatOf {
        id
        number
        title
      }
      repeats {
        id
        number
        title
        state
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
      petitioners {
        id
        name
        idNumber
        phone
        email
        address
        representative
      }
      stages {
        stage
        startedOn
        deadline
        extensionDays
        stoppedOn
        onTime
      }
      timeline {
        seq
        action
        toState
        actorName
        actorTenant {
          id
          name
        }
        at
        details {
          summary
        }
      }
    }
  }
`);

type Stage = CaseDetailQuery['case']['stages'][number];

/** A label without its parenthesised explanation, for tags and table cells. */
const short = (label: string) => label.replace(/（.*$/, '');
const stageName = (stage: Stage['stage']) => short(CaseStageLabel[stage]);
const named = (ref: { name: string } | null | undefined) => ref?.name ?? '—';

/** A case: header with names and running clocks, the steps the user may take now, petitioners masked, linked repeats, stages and timeline. */
export function CasePage() {
  const { id = '' } = useParams();
  const setLeaf = useBreadcrumbLeaf();
  const { data, loading, error, refetch } = useQuery(CaseDetailDocument, { variables: { id }, errorPolicy: 'none', notifyOnNetworkStatusChange: true });
  const found = data?.case;
  useEffect(() => {
    setLeaf(found?.number);
    return () => setLeaf(undefined);
  }, [found?.number, setLeaf]);

  if (loading && !found) return <Spin />;
  if (error && !found) {
    const notFound = error.graphQLErrors.some((failure) => failure.extensions?.code === 'NOT_FOUND');
    if (notFound) return <NotFoundPage title="未找到该信访事项，或您无权查看" />;
    return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  }
  if (!found) return <NotFoundPage title="未找到该信访事项，或您无权查看" />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {error && (
        // Reading it again failed (after a step, say): what shows is what was read before, and the user is told so.
        <Alert
          type="warning"
          showIcon
          data-testid="case-reload-failed"
          message={`未能读取本事项的最新情况，以下为此前读取的内容：${error.graphQLErrors[0]?.message ?? '网络异常'}`}
          action={
            <Button size="small" onClick={() => void refetch().catch(() => undefined)}>
              重试
            </Button>
          }
        />
      )}
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {found.number} {found.title}
        </Typography.Title>
        <Space wrap>
          <Tag color="blue" data-testid="case-state">
            {CaseStateLabel[found.state]}
          </Tag>
          {found.collective && <Tag color="purple">集体访 {found.personCount}人</Tag>}
          {found.ending && <Tag>{short(CaseEndingLabel[found.ending])}</Tag>}
          {found.runningClocks.map((clock) => (
            <span key={clock.stage} data-testid="running-clock">
              {clock.name}期限 {clock.deadline} <DaysLeftTag clock={clock} />
            </span>
          ))}
        </Space>
        <Descriptions column={3} size="small" style={{ marginTop: 16 }}>
          <Descriptions.Item label="渠道">{ChannelLabel[found.channel]}</Descriptions.Item>
          <Descriptions.Item label="类别">{CaseKindLabel[found.kind]}</Descriptions.Item>
          <Descriptions.Item label="内容分类">{found.category ? found.category.path.join(' / ') || found.category.name : '—'}</Descriptions.Item>
          <Descriptions.Item label="登记日期">{found.registeredOn}</Descriptions.Item>
          <Descriptions.Item label="登记机构">{named(found.registeringTenant)}</Descriptions.Item>
          <Descriptions.Item label="问题属地">{named(found.problemJurisdiction)}</Descriptions.Item>
          <Descriptions.Item label="办理机构">{named(found.handlingTenant)}</Descriptions.Item>
          <Descriptions.Item label="办理单位">{named(found.handlingUnit)}</Descriptions.Item>
          {found.assigningTenant && (
            <Descriptions.Item label="交办机关">
              {found.assigningTenant.name}
              {found.completionReportDue && `（办结报告 ${found.completionReportDue} 前报送，${CompletionReportStatusLabel[found.completionReport]}）`}
            </Descriptions.Item>
          )}
          {found.leaderOwner && <Descriptions.Item label="包案领导">{found.leaderOwner.name}</Descriptions.Item>}
          {found.accusedUnit && <Descriptions.Item label="被检举控告单位">{found.accusedUnit.name}</Descriptions.Item>}
          {found.outcome && <Descriptions.Item label="处理意见">{DecisionOutcomeLabel[found.outcome]}</Descriptions.Item>}
          {found.rating && <Descriptions.Item label="满意度">{RatingLabel[found.rating]}</Descriptions.Item>}
        </Descriptions>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="信访内容">
            <span style={{ whiteSpace: 'pre-wrap' }}>{found.content}</span>
          </Descriptions.Item>
          {found.decisionText && (
            <Descriptions.Item label="意见书正文">
              <span style={{ whiteSpace: 'pre-wrap' }}>{found.decisionText}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        <div style={{ marginTop: 16 }}>
          {/* A failed reading again shows above the case (case-reload-failed), not as an uncaught rejection. */}
          <CaseActions key={found.id} kase={found} reload={() => refetch().catch(() => undefined)} />
        </div>
      </Card>
      <CasePetitioners caseId={found.id} petitioners={found.petitioners} />
      <CaseInstruments caseId={found.id} version={found.version} />
      <CaseAttachments caseId={found.id} />
      {(found.repeatOf || found.repeats.length > 0) && (
        <Card title="重复信访">
          {found.repeatOf && (
            <Typography.Paragraph>
              本事项重复：<Link to={`/cases/${found.repeatOf.id}`}>{found.repeatOf.number}</Link> {found.repeatOf.title}
            </Typography.Paragraph>
          )}
          {found.repeats.length > 0 && (
            <List
              size="small"
              header="重复本事项的信访事项"
              dataSource={found.repeats}
              renderItem={(repeat) => (
                <List.Item>
                  <Link to={`/cases/${repeat.id}`}>{repeat.number}</Link> {repeat.title} <Tag>{CaseStateLabel[repeat.state]}</Tag>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      <Card title="办理环节">
        <Table<Stage>
          rowKey={(row) => `${row.stage}-${row.startedOn}`}
          size="small"
          pagination={false}
          dataSource={found.stages}
          columns={[
            { title: '环节', dataIndex: 'stage', render: stageName },
            { title: '起算', dataIndex: 'startedOn' },
            {
              title: '期限',
              dataIndex: 'deadline',
              render: (deadline: string | null, row) => (deadline ? `${deadline}${row.extensionDays ? `（延长${row.extensionDays}天）` : ''}` : '—'),
            },
            {
              title: '状态',
              render: (_: unknown, row) =>
                row.stoppedOn ? row.onTime === false ? <Tag color="red">超期完成 {row.stoppedOn}</Tag> : `完成 ${row.stoppedOn}` : '进行中',
            },
          ]}
        />
      </Card>
      <Card title="办理过程">
        <CaseTimeline steps={found.timeline} />
      </Card>
      <CaseNotices caseId={found.id} />
      <CaseMessages caseId={found.id} />
    </Space>
  );
}
