import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Descriptions, Form, Input, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CreateTaskModal } from '../../components/conference/CreateTaskModal';
import { graphql } from '../../gql';
import { AttendanceLabel, MeetingKindLabel, MeetingStateLabel } from '../../gql/labels';
import { stepFailure } from '../../logic/case-actions';
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
      state
      chairName
      minutes
      cancelReason
      agenda { caseId caseNumber caseTitle text }
      attendees { name kind attendance note }
      decisions { id ordinal text }
    }
  }
`);

const RecordMeetingDocument = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) { id version state minutes decisions { id ordinal text } }
  }
`);

const MANAGERS = ['CONFERENCE_OFFICE', 'TENANT_ADMIN'];

/** Records a planned meeting as held: minutes and one decision per line. */
function RecordForm({ meeting }: { meeting: { id: string; version: number } }) {
  const [record, recorded] = useMutation(RecordMeetingDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (values: { minutes?: string; decisions?: string }) => {
    setFailure(null);
    try {
      await record({
        variables: {
          input: {
            id: meeting.id,
            version: meeting.version,
            attendance: [],
            minutes: values.minutes?.trim() || null,
            decisions: (values.decisions ?? '').split('\n').map((line) => line.trim()).filter(Boolean),
          },
        },
      });
    } catch (error) {
      setFailure(stepFailure(error as Error).message);
    }
  };
  return (
    <Card title="记录会议" size="small">
      <Form layout="vertical" onFinish={submit}>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form.Item name="minutes" label="会议纪要">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="decisions" label="议定事项（每行一项）">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={recorded.loading}>
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
  const { data, loading, error } = useQuery(MeetingDetailDocument, { variables: { id } });
  const [decision, setDecision] = useState<{ id: string; text: string } | null>(null);
  const meeting = data?.meeting;
  const manages = user?.roles.some((role) => MANAGERS.includes(role)) ?? false;

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
          {meeting.date} {MeetingKindLabel[meeting.kind]} <Tag data-testid="meeting-state">{MeetingStateLabel[meeting.state]}</Tag>
        </Typography.Title>
        <Descriptions column={2}>
          <Descriptions.Item label="主持人">{meeting.chairName}</Descriptions.Item>
          {meeting.cancelReason && <Descriptions.Item label="取消原因">{meeting.cancelReason}</Descriptions.Item>}
        </Descriptions>
        {meeting.minutes && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>纪要：{meeting.minutes}</Typography.Paragraph>}
      </Card>
      <Card title="议题" size="small">
        <List
          dataSource={meeting.agenda}
          locale={{ emptyText: '无议题' }}
          renderItem={(item) => (
            <List.Item>
              {item.caseId ? (
                <Link to={`/cases/${item.caseId}`}>
                  {item.caseNumber} {item.caseTitle}
                </Link>
              ) : (
                item.text
              )}
            </List.Item>
          )}
        />
      </Card>
      <Card title="参会情况" size="small">
        <Table
          rowKey={(row) => `${row.kind}-${row.name}`}
          size="small"
          pagination={false}
          dataSource={meeting.attendees}
          locale={{ emptyText: '未记录' }}
          columns={[
            { title: '参会人/单位', dataIndex: 'name' },
            { title: '出席', dataIndex: 'attendance', render: (a: keyof typeof AttendanceLabel | null) => (a ? AttendanceLabel[a] : '—') },
            { title: '备注', dataIndex: 'note' },
          ]}
        />
      </Card>
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
      {manages && meeting.state === 'PLANNED' && <RecordForm meeting={meeting} />}
      <CreateTaskModal decision={decision} onClose={() => setDecision(null)} />
    </Space>
  );
}
