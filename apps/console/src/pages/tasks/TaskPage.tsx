import { useQuery } from '@apollo/client';
import { Alert, Card, Descriptions, Space, Spin, Table, Timeline, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { OwnerAttachments } from '../../components/files/OwnerAttachments';
import { chinaDateTime } from '../../components/notices/NoticeRefs';
import { TaskActions } from '../../components/tasks/TaskActions';
import { TaskDeadline } from '../../components/tasks/TaskDeadline';
import { TaskStateTag } from '../../components/tasks/TaskStateTag';
import { graphql } from '../../gql';
import { ReportingCadenceLabel, TaskPriorityLabel, TaskStateLabel } from '../../gql/labels';
import { useBreadcrumbLeaf } from '../../shell/Shell';
import { NotFoundPage } from '../NotFoundPage';

const TaskDetailDocument = graphql(`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      id
      number
      version
      title
      description
      requiredOutcome
      state
      priority
      listed
      overdue
      deadline
      daysLeft
      overdueDays
      dueSoon
      availableActions
      createdOn
      reportedDoneOn
      closedOn
      sendBackReason
      cancelReason
      listName
      assigningTenantId
      decisionId
      parentId
      assignee {
        kind
        name
        tenantId
        unitId
      }
      reporting {
        cadence
        nextDue
        missed
      }
      linkedCases {
        id
        number
        title
      }
      subtasks {
        id
        number
        title
        state
        overdue
        listed
        deadline
        daysLeft
        overdueDays
        dueSoon
        assignee {
          name
        }
      }
      reports {
        id
        reportedOn
        percent
        text
        final
        evidence
        reporterName
        attachable
        attachments {
          id
          fileName
          sizeBytes
          description
          uploadedByName
          uploadedAt
          downloadUrl
        }
      }
      history {
        seq
        action
        toState
        actorName
        reason
        at
      }
      supervisionNotices {
        id
        kind
        state
      }
    }
  }
`);

/** One task: what is asked, by when, its assignments or splits, the reports, and the forms the viewer may use. */
export function TaskPage() {
  const { id = '' } = useParams();
  const setLeaf = useBreadcrumbLeaf();
  const { data, loading, error } = useQuery(TaskDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const task = data?.task;

  useEffect(() => {
    setLeaf(task?.number);
    return () => setLeaf(undefined);
  }, [task, setLeaf]);

  if (loading && !task) return <Spin />;
  if (error) return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  if (!task) return <NotFoundPage title="未找到该任务，或您无权查看" />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card data-testid="task-header">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {task.number} {task.title}
        </Typography.Title>
        <TaskStateTag task={task} />
        <Descriptions column={3} style={{ marginTop: 16 }}>
          <Descriptions.Item label="任务清单">{task.listName}</Descriptions.Item>
          <Descriptions.Item label="承办方">{task.assignee?.name ?? '（清单中的原任务）'}</Descriptions.Item>
          <Descriptions.Item label="优先级">{TaskPriorityLabel[task.priority]}</Descriptions.Item>
          <Descriptions.Item label="完成时限">
            <TaskDeadline task={task} />
          </Descriptions.Item>
          <Descriptions.Item label="交办日期">{task.createdOn}</Descriptions.Item>
          {task.reportedDoneOn && <Descriptions.Item label="报结日期">{task.reportedDoneOn}</Descriptions.Item>}
          {task.closedOn && <Descriptions.Item label="销号/撤销日期">{task.closedOn}</Descriptions.Item>}
          {task.reporting && (
            <Descriptions.Item label="进展报送">
              {ReportingCadenceLabel[task.reporting.cadence]}
              {task.reporting.nextDue ? `，下次 ${task.reporting.nextDue}` : ''}
              {task.reporting.missed.length > 0 && <Typography.Text type="danger">（迟报 {task.reporting.missed.join('、')}）</Typography.Text>}
            </Descriptions.Item>
          )}
          {task.parentId && (
            <Descriptions.Item label="上级任务">
              <Link to={`/tasks/${task.parentId}`} aria-label="上级任务">
                查看
              </Link>
            </Descriptions.Item>
          )}
          {task.linkedCases.length > 0 && (
            <Descriptions.Item label="关联信访事项">
              <Space wrap>
                {task.linkedCases.map((c) => (
                  <Link key={c.id} to={`/cases/${c.id}`}>
                    {c.number} {c.title}
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
        {task.requiredOutcome && <Typography.Paragraph>工作要求：{task.requiredOutcome}</Typography.Paragraph>}
        {task.description && <Typography.Paragraph>{task.description}</Typography.Paragraph>}
        {task.sendBackReason && task.state === 'SENT_BACK' && <Alert type="warning" showIcon message={`退回理由：${task.sendBackReason}`} />}
        {task.cancelReason && <Alert type="info" showIcon message={`撤销原因：${task.cancelReason}`} />}
      </Card>
      <TaskActions task={task} />
      <Card title="下级任务" size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={task.subtasks}
          locale={{ emptyText: '无下级任务' }}
          data-testid="subtasks"
          columns={[
            {
              title: '任务',
              dataIndex: 'title',
              render: (title: string, sub) => (
                <Link to={`/tasks/${sub.id}`}>
                  {sub.number} {title}
                </Link>
              ),
            },
            { title: '承办方', key: 'assignee', render: (_: unknown, sub) => sub.assignee?.name },
            { title: '状态', key: 'state', render: (_: unknown, sub) => <TaskStateTag task={sub} /> },
            { title: '完成时限', key: 'deadline', render: (_: unknown, sub) => <TaskDeadline task={sub} /> },
          ]}
        />
      </Card>
      <Card title="进展报告" size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={task.reports}
          locale={{ emptyText: '尚无报告' }}
          columns={[
            { title: '报送日', dataIndex: 'reportedOn' },
            { title: '报送人', dataIndex: 'reporterName' },
            { title: '进度', dataIndex: 'percent', render: (percent: number, r) => `${percent}%${r.final ? '（报结）' : ''}` },
            { title: '进展情况', dataIndex: 'text' },
            { title: '佐证', dataIndex: 'evidence', render: (evidence: string[]) => evidence.join('、') },
            {
              title: '附件',
              key: 'attachments',
              render: (_: unknown, r) => (
                <OwnerAttachments
                  files={r.attachments}
                  attachable={r.attachable}
                  action={`/files/meetings/task-reports/${r.id}/attachments`}
                  refetch="TaskDetail"
                />
              ),
            },
          ]}
        />
      </Card>
      <Card title="办理记录" size="small">
        <Timeline
          items={task.history.map((entry) => ({
            key: entry.seq,
            children: `${chinaDateTime(entry.at)} ${entry.actorName} → ${TaskStateLabel[entry.toState]}${entry.reason ? `：${entry.reason}` : ''}`,
          }))}
        />
      </Card>
    </Space>
  );
}
