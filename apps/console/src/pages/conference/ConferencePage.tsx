import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Descriptions, Empty, Space, Spin, Table, Tag, Tree, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CancelMeetingModal } from '../../components/conference/CancelMeetingModal';
import { ConferenceFormModal } from '../../components/conference/ConferenceFormModal';
import { ConferenceMembers } from '../../components/conference/ConferenceMembers';
import { MeetingCalendar } from '../../components/conference/MeetingCalendar';
import { MeetingSchedules } from '../../components/conference/MeetingSchedules';
import { ScheduleMeetingModal } from '../../components/conference/ScheduleMeetingModal';
import { graphql } from '../../gql';
import type { ConferenceOverviewQuery, TenantLevel } from '../../gql/graphql';
import { MeetingKindLabel, MeetingStateLabel } from '../../gql/labels';
import { coverageLevelBelow, coverageTree } from '../../logic/conference';
import { managesConference } from '../../logic/navigation';
import { percentLabel } from '../../logic/tasks';
import { useSession } from '../../session/session';

const ConferenceOverviewDocument = graphql(`
  query ConferenceOverview($tenantId: ID!, $level: TenantLevel!, $withCoverage: Boolean!) {
    conference {
      id
      version
      establishedOn
      officeUnitId
      officeUnitName
      convenors {
        userId
        name
        title
      }
      members {
        id
        unitId
        name
        liaisonName
        joinedOn
      }
    }
    meetingSchedules {
      kind
      recurrence
      weekday
      days
    }
    meetings(first: 50) {
      edges {
        node {
          id
          version
          date
          kind
          title
          state
          chairName
          decisions {
            id
          }
        }
      }
    }
    tenant(id: $tenantId) {
      id
      name
      conferenceCoverage(level: $level) @include(if: $withCoverage) {
        jurisdictions
        withConference
        rate
      }
      children {
        id
        name
        level
        conference {
          id
          establishedOn
        }
        children {
          id
          name
          level
          conference {
            id
            establishedOn
          }
        }
      }
    }
  }
`);

type Jurisdiction = ConferenceOverviewQuery['tenant']['children'][number];
type Meeting = ConferenceOverviewQuery['meetings']['edges'][number]['node'];

/**
 * The office's conference (convenors, members with their liaisons, office), its meetings as a
 * calendar and a table with the 例会 schedule, and the coverage of conferences below. The
 * conference office and the administrator establish and edit it and run its meetings; the other
 * readers see it only.
 */
export function ConferencePage() {
  const { user } = useSession();
  const level = coverageLevelBelow(user?.tenant?.level as TenantLevel | undefined);
  const manages = managesConference(user?.roles ?? []);
  const [editing, setEditing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [cancelling, setCancelling] = useState<Meeting | null>(null);
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
      <Card
        title={`${tenant.name}信访工作联席会议`}
        data-testid="conference"
        extra={
          manages && (
            <Button type={conference ? 'default' : 'primary'} onClick={() => setEditing(true)} data-testid="edit-conference">
              {conference ? '修改' : '成立联席会议'}
            </Button>
          )
        }
      >
        {conference ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions column={3}>
              <Descriptions.Item label="成立日期">{conference.establishedOn}</Descriptions.Item>
              <Descriptions.Item label="联席会议办公室">{conference.officeUnitName}</Descriptions.Item>
              <Descriptions.Item label="召集人">{conference.convenors.map((c) => `${c.name}（${c.title}）`).join('、')}</Descriptions.Item>
            </Descriptions>
            <ConferenceMembers members={conference.members} manages={manages} />
          </Space>
        ) : (
          <Empty description="本机构尚未建立联席会议" />
        )}
      </Card>
      {conference && (
        <Card
          title="会议"
          size="small"
          extra={
            manages && (
              <Button type="primary" onClick={() => setScheduling(true)} data-testid="schedule-meeting">
                安排会议
              </Button>
            )
          }
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            <MeetingSchedules schedules={data.meetingSchedules} manages={manages} />
            <MeetingCalendar schedules={data.meetingSchedules} recent={meetings} />
            <Table<Meeting>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={meetings}
              data-testid="meetings"
              locale={{ emptyText: '尚无会议' }}
              columns={[
                { title: '日期', dataIndex: 'date', render: (date: string, meeting) => <Link to={`/meetings/${meeting.id}`}>{date}</Link> },
                { title: '会议', key: 'kind', render: (_: unknown, meeting) => meeting.title || MeetingKindLabel[meeting.kind] },
                { title: '状态', dataIndex: 'state', render: (state: Meeting['state']) => <Tag>{MeetingStateLabel[state]}</Tag> },
                { title: '主持人', dataIndex: 'chairName' },
                { title: '议定事项', key: 'decisions', render: (_: unknown, meeting) => meeting.decisions.length },
                ...(manages
                  ? [
                      {
                        title: '操作',
                        key: 'actions',
                        render: (_: unknown, meeting: Meeting) =>
                          meeting.state === 'PLANNED' && (
                            <Button size="small" danger onClick={() => setCancelling(meeting)}>
                              取消会议
                            </Button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </Space>
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
      {manages && (
        <>
          <ConferenceFormModal conference={conference ?? null} open={editing} onClose={() => setEditing(false)} />
          {conference && <ScheduleMeetingModal open={scheduling} convenors={conference.convenors} onClose={() => setScheduling(false)} />}
          <CancelMeetingModal meeting={cancelling} onClose={() => setCancelling(null)} />
        </>
      )}
    </Space>
  );
}
