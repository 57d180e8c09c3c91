import { ApolloError, useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Descriptions, Form, Input, List, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CancelMeetingModal } from '../../components/conference/CancelMeetingModal';
import { CreateTaskModal } from '../../components/conference/CreateTaskModal';
import { FailureAlert, type Failure } from '../../components/conference/FailureAlert';
import { graphql } from '../../gql';
import type { MeetingDetailQuery } from '../../gql/graphql';
import { AttendanceLabel, AttendeeKindLabel, MeetingKindLabel, MeetingStateLabel } from '../../gql/labels';
import { attendeeKey, formFailure, initialAttendance, recordMeetingInput, type RecordFormValues } from '../../logic/conference';
import { managesConference } from '../../logic/navigation';
import { useSession } from '../../session/session';
import { useBreadcrumbLeaf } from '../../shell/Shell';
import { NotFoundPage } from '../NotFoundPage';

const MeetingDetailDocument = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      version
      date
      kind
      title
      state
      chairName
      minutes
      cancelReason
      agenda {
        caseId
        caseNumber
        caseTitle
        text
      }
      attendees {
        userId
        memberId
        name
        kind
        attendance
        note
      }
      decisions {
        id
        ordinal
        text
      }
    }
  }
`);

const RecordMeetingDocument = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      id
      version
      state
      minutes
      attendees {
        userId
        memberId
        name
        kind
        attendance
        note
      }
      decisions {
        id
        ordinal
        text
      }
    }
  }
`);

/** Present first: most attend, the exceptions are marked. */
const ATTENDANCE_CHOICES = (['PRESENT', 'DELEGATED', 'ABSENT'] as const).map((value) => ({ value, label: AttendanceLabel[value] }));

type MeetingAttendees = NonNullable<MeetingDetailQuery['meeting']>['attendees'];

/**
 * Records a planned meeting as held: each attendee's attendance (everyone present to begin with),
 * the minutes and one decision per line. A stale version shows the API's message with 刷新.
 */
function RecordForm({ meeting, onRefresh }: { meeting: { id: string; version: number; attendees: MeetingAttendees }; onRefresh(): void }) {
  const [form] = Form.useForm<RecordFormValues>();
  // The answer updates the page through the cache; the conference page reads its lists again when opened.
  const [record, recorded] = useMutation(RecordMeetingDocument);
  const [failure, setFailure] = useState<Failure | null>(null);
  const submit = async (values: RecordFormValues) => {
    setFailure(null);
    try {
      await record({ variables: { input: recordMeetingInput(meeting, values) } });
    } catch (error) {
      setFailure(formFailure(error as ApolloError));
    }
  };
  return (
    <Card title="记录会议" size="small" data-testid="record-meeting">
      <Form<RecordFormValues>
        form={form}
        name="record-meeting"
        layout="vertical"
        onFinish={submit}
        initialValues={{ attendance: initialAttendance(meeting.attendees) }}
      >
        <FailureAlert
          failure={failure}
          onRefresh={() => {
            setFailure(null);
            onRefresh();
          }}
        />
        <Form.Item label="出席情况">
          <Table
            rowKey={(row) => attendeeKey(row)}
            size="small"
            pagination={false}
            dataSource={meeting.attendees}
            data-testid="attendance"
            locale={{ emptyText: '无参会人' }}
            columns={[
              { title: '参会人/单位', dataIndex: 'name', render: (name: string, row) => `${name}（${AttendeeKindLabel[row.kind]}）` },
              {
                title: '出席',
                key: 'attendance',
                render: (_: unknown, row) => (
                  <Form.Item name={['attendance', attendeeKey(row), 'attendance']} noStyle>
                    <Radio.Group aria-label={`${row.name}出席情况`} options={ATTENDANCE_CHOICES} />
                  </Form.Item>
                ),
              },
              {
                title: '备注',
                key: 'note',
                render: (_: unknown, row) => (
                  <Form.Item name={['attendance', attendeeKey(row), 'note']} noStyle rules={[{ max: 100, message: '备注不超过 100 字' }]}>
                    <Input aria-label={`${row.name}备注`} placeholder="如委托出席人" />
                  </Form.Item>
                ),
              },
            ]}
          />
        </Form.Item>
        <Form.Item name="minutes" label="会议纪要">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="decisions" label="议定事项（每行一项）">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={recorded.loading} disabled={failure?.conflict}>
          记录为已召开
        </Button>
      </Form>
    </Card>
  );
}

/** One meeting: agenda (cases with their live number and title), attendance, minutes, and decisions that become tasks. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const setLeaf = useBreadcrumbLeaf();
  const { data, loading, error, refetch } = useQuery(MeetingDetailDocument, { variables: { id } });
  const [decision, setDecision] = useState<{ id: string; text: string } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const meeting = data?.meeting;
  const manages = managesConference(user?.roles ?? []);
  const recording = manages && meeting?.state === 'PLANNED';

  useEffect(() => {
    setLeaf(meeting ? `${meeting.date} ${MeetingKindLabel[meeting.kind]}` : undefined);
    return () => setLeaf(undefined);
  }, [meeting, setLeaf]);

  if (loading && !meeting) return <Spin />;
  if (error) return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  if (!meeting) return <NotFoundPage title="未找到该会议，或您无权查看" />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {meeting.date} {meeting.title || MeetingKindLabel[meeting.kind]} <Tag data-testid="meeting-state">{MeetingStateLabel[meeting.state]}</Tag>
        </Typography.Title>
        {recording && (
          <Button danger onClick={() => setCancelling(true)} data-testid="cancel-meeting" style={{ marginBottom: 12 }}>
            取消会议
          </Button>
        )}
        <Descriptions column={2}>
          <Descriptions.Item label="主持人">{meeting.chairName}</Descriptions.Item>
          {meeting.cancelReason && <Descriptions.Item label="取消原因">{meeting.cancelReason}</Descriptions.Item>}
        </Descriptions>
        {meeting.minutes && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>纪要：{meeting.minutes}</Typography.Paragraph>}
      </Card>
      <Card title="议题" size="small" data-testid="agenda">
        <List
          dataSource={meeting.agenda}
          locale={{ emptyText: '无议题' }}
          renderItem={(item) => (
            <List.Item>
              <Space wrap>
                {item.caseId && (
                  <Link to={`/cases/${item.caseId}`}>
                    {item.caseNumber} {item.caseTitle}
                  </Link>
                )}
                {item.text}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {/* Before it is recorded, the record form lists the attendees. */}
      {!recording && (
        <Card title="参会情况" size="small" data-testid="attendees">
          <Table
            rowKey={(row) => attendeeKey(row)}
            size="small"
            pagination={false}
            dataSource={meeting.attendees}
            locale={{ emptyText: '未记录' }}
            columns={[
              { title: '参会人/单位', dataIndex: 'name', render: (name: string, row) => `${name}（${AttendeeKindLabel[row.kind]}）` },
              { title: '出席', dataIndex: 'attendance', render: (a: keyof typeof AttendanceLabel | null) => (a ? AttendanceLabel[a] : '—') },
              { title: '备注', dataIndex: 'note' },
            ]}
          />
        </Card>
      )}
      <Card title="议定事项" size="small" data-testid="decisions">
        <List
          dataSource={meeting.decisions}
          locale={{ emptyText: '尚无议定事项' }}
          renderItem={(item) => (
            <List.Item
              actions={
                manages
                  ? [
                      <Button key="task" size="small" onClick={() => setDecision(item)}>
                        创建任务
                      </Button>,
                    ]
                  : []
              }
            >
              {item.ordinal}. {item.text}
            </List.Item>
          )}
        />
      </Card>
      {recording && <RecordForm key={meeting.version} meeting={meeting} onRefresh={() => void refetch()} />}
      <CreateTaskModal decision={decision} onClose={() => setDecision(null)} />
      <CancelMeetingModal meeting={cancelling ? meeting : null} onClose={() => setCancelling(false)} />
    </Space>
  );
}
