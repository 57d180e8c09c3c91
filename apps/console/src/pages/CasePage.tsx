import { useQuery } from '@apollo/client';
import { Alert, Card, Descriptions, Empty, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { DaysLeftTag } from '../components/DaysLeftTag';
import { CaseNotices } from '../components/notices/CaseNotices';
import { graphql } from '../gql';
import type { CaseDetailQuery } from '../gql/graphql';
import { CaseActionLabel, CaseKindLabel, CaseStageLabel, CaseStateLabel, ChannelLabel } from '../gql/labels';
import { useBreadcrumbLeaf } from '../shell/Shell';
import { useTenantNames } from '../shell/tenant-names';
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
      handlingTenantId
      problemJurisdictionId
      registeredOn
      personCount
      collective
      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }
      version
      petitioners { id name idNumber phone address representative }
      stages { stage startedOn deadline extensionDays stoppedOn onTime }
      timeline { seq action fromState toState actorName at }
    }
  }
`);

type Stage = CaseDetailQuery['case']['stages'][number];

const stageName = (stage: Stage['stage']) => CaseStageLabel[stage].replace(/（.*$/, '');

/** A case, read only for now: header with its clock, petitioners masked, stages and timeline. */
export function CasePage() {
  const { id = '' } = useParams();
  const setLeaf = useBreadcrumbLeaf();
  const tenantNames = useTenantNames();
  const { data, loading, error } = useQuery(CaseDetailDocument, { variables: { id }, errorPolicy: 'none' });
  const found = data?.case;
  useEffect(() => {
    setLeaf(found?.number);
    return () => setLeaf(undefined);
  }, [found?.number, setLeaf]);

  if (loading && !found) return <Spin />;
  if (error) {
    const notFound = error.graphQLErrors.some((failure) => failure.extensions?.code === 'NOT_FOUND');
    if (notFound) return <NotFoundPage title="未找到该信访事项，或您无权查看" />;
    return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  }
  if (!found) return <NotFoundPage title="未找到该信访事项，或您无权查看" />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {found.number} {found.title}
        </Typography.Title>
        <Space wrap>
          <Tag color="blue">{CaseStateLabel[found.state]}</Tag>
          {found.collective && <Tag color="purple">集体访 {found.personCount}人</Tag>}
          {found.runningClocks.map((clock) => (
            <span key={clock.stage}>
              {clock.name}期限 {clock.deadline} <DaysLeftTag clock={clock} />
            </span>
          ))}
        </Space>
        <Descriptions column={3} style={{ marginTop: 16 }}>
          <Descriptions.Item label="渠道">{ChannelLabel[found.channel]}</Descriptions.Item>
          <Descriptions.Item label="类别">{CaseKindLabel[found.kind]}</Descriptions.Item>
          <Descriptions.Item label="登记日期">{found.registeredOn}</Descriptions.Item>
          <Descriptions.Item label="办理机构">{tenantNames.get(found.handlingTenantId) ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="问题属地">{tenantNames.get(found.problemJurisdictionId) ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{found.content}</Typography.Paragraph>
      </Card>
      <Card title="信访人">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={found.petitioners}
          columns={[
            { title: '姓名', dataIndex: 'name', render: (name: string, row) => (row.representative ? <Space>{name}<Tag>代表</Tag></Space> : name) },
            { title: '身份证号', dataIndex: 'idNumber' },
            { title: '电话', dataIndex: 'phone' },
            { title: '地址', dataIndex: 'address' },
          ]}
        />
      </Card>
      <Card title="办理环节">
        <Table<Stage>
          rowKey={(row) => `${row.stage}-${row.startedOn}`}
          size="small"
          pagination={false}
          dataSource={found.stages}
          columns={[
            { title: '环节', dataIndex: 'stage', render: stageName },
            { title: '起算', dataIndex: 'startedOn' },
            { title: '期限', dataIndex: 'deadline', render: (deadline: string | null, row) => (deadline ? `${deadline}${row.extensionDays ? `（延长${row.extensionDays}天）` : ''}` : '—') },
            {
              title: '状态',
              render: (_: unknown, row) =>
                row.stoppedOn ? (row.onTime === false ? <Tag color="red">超期完成 {row.stoppedOn}</Tag> : `完成 ${row.stoppedOn}`) : '进行中',
            },
          ]}
        />
      </Card>
      <Card title="办理过程">
        {found.timeline.length === 0 ? (
          <Empty />
        ) : (
          <Timeline
            items={found.timeline.map((step) => ({
              key: step.seq,
              children: (
                <span>
                  {new Date(step.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} {step.actorName} {CaseActionLabel[step.action]} →{' '}
                  {CaseStateLabel[step.toState]}
                </span>
              ),
            }))}
          />
        )}
      </Card>
      <CaseNotices caseId={found.id} />
    </Space>
  );
}
