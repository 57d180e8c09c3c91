import { useQuery } from '@apollo/client';
import { Alert, Card, Descriptions, Empty, Space, Spin, Table, Tag, Tree, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { ConferenceOverviewQuery, TenantLevel } from '../../gql/graphql';
import { MeetingKindLabel, MeetingStateLabel } from '../../gql/labels';
import { coverageLevelBelow, coverageTree } from '../../logic/conference';
import { percentLabel } from '../../logic/tasks';
import { useSession } from '../../session/session';

const ConferenceOverviewDocument = graphql(`
  query ConferenceOverview($tenantId: ID!, $level: TenantLevel!, $withCoverage: Boolean!) {
    conference {
      id
      establishedOn
      officeUnitName
      convenors { userId name title }
      members { id name liaisonName joinedOn }
    }
    meetingSchedules { kind recurrence weekday days }
    meetings(first: 50) {
      edges { node { id date kind state chairName decisions { id } } }
    }
    tenant(id: $tenantId) {
      id
      name
      conferenceCoverage(level: $level) @include(if: $withCoverage) { jurisdictions withConference rate }
      children {
        id
        name
        level
        conference { id establishedOn }
        children { id name level conference { id establishedOn } }
      }
    }
  }
`);

type Jurisdiction = ConferenceOverviewQuery['tenant']['children'][number];

/** The office's conference (convenors, members, office), its meetings and the coverage of conferences below. */
export function ConferencePage() {
  const { user } = useSession();
  const level = coverageLevelBelow(user?.tenant?.level as TenantLevel | undefined);
  const { data, loading, error } = useQuery(ConferenceOverviewDocument, {
    variables: { tenantId: user?.tenantId ?? '', level: level ?? 'TOWNSHIP', withCoverage: level !== null },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Spin />;
  if (error) return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  if (!data) return null;
  const { conference, tenant } = data;
  const meetings = data.meetings.edges.map((edge) => edge.node);
  const coverage = tenant.conferenceCoverage;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={`${tenant.name}信访工作联席会议`} data-testid="conference">
        {conference ? (
          <>
            <Descriptions column={3}>
              <Descriptions.Item label="成立日期">{conference.establishedOn}</Descriptions.Item>
              <Descriptions.Item label="联席会议办公室">{conference.officeUnitName}</Descriptions.Item>
              <Descriptions.Item label="召集人">{conference.convenors.map((c) => `${c.name}（${c.title}）`).join('、')}</Descriptions.Item>
            </Descriptions>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={conference.members}
              columns={[
                { title: '成员单位', dataIndex: 'name' },
                { title: '联络员', dataIndex: 'liaisonName' },
                { title: '加入日期', dataIndex: 'joinedOn' },
              ]}
            />
          </>
        ) : (
          <Empty description="本机构尚未建立联席会议" />
        )}
      </Card>
      {conference && (
        <Card title="会议" size="small">
          {data.meetingSchedules.length > 0 && (
            <Typography.Paragraph type="secondary">
              例会：{data.meetingSchedules.map((s) => `${MeetingKindLabel[s.kind]}${s.weekday ? `（每周${'一二三四五六日'[s.weekday - 1]}）` : ''}`).join('、')}
            </Typography.Paragraph>
          )}
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={meetings}
            data-testid="meetings"
            locale={{ emptyText: '尚无会议' }}
            columns={[
              { title: '日期', dataIndex: 'date', render: (date: string, meeting) => <Link to={`/meetings/${meeting.id}`}>{date}</Link> },
              { title: '会议', dataIndex: 'kind', render: (kind: keyof typeof MeetingKindLabel) => MeetingKindLabel[kind] },
              { title: '状态', dataIndex: 'state', render: (state: keyof typeof MeetingStateLabel) => <Tag>{MeetingStateLabel[state]}</Tag> },
              { title: '主持人', dataIndex: 'chairName' },
              { title: '议定事项', key: 'decisions', render: (_: unknown, meeting) => meeting.decisions.length },
            ]}
          />
        </Card>
      )}
      {coverage && (
        <Card title="下级联席会议建立情况" size="small" data-testid="coverage">
          <Typography.Paragraph>
            下级 {coverage.jurisdictions} 个，已建立 {coverage.withConference} 个，覆盖率 {percentLabel(coverage.rate)}
          </Typography.Paragraph>
          <Space align="start" size="large" wrap>
            <Table<Jurisdiction>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={tenant.children}
              // The level below the children is the tree's to show; the table lists the children only.
              expandable={{ childrenColumnName: 'none' }}
              columns={[
                { title: '辖区', dataIndex: 'name' },
                {
                  title: '联席会议',
                  key: 'conference',
                  render: (_: unknown, child) => (child.conference ? <Tag color="green">{child.conference.establishedOn} 成立</Tag> : <Tag>未建立</Tag>),
                },
              ]}
            />
            <Tree defaultExpandAll selectable={false} treeData={coverageTree(tenant.children)} />
          </Space>
        </Card>
      )}
    </Space>
  );
}
