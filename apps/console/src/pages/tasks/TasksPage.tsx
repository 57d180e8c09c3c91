import { useQuery } from '@apollo/client';
import { Alert, Card, Segmented, Space, Spin, Statistic, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { TaskDashboardCharts } from '../../components/tasks/TaskDashboardCharts';
import { TaskDeadline } from '../../components/tasks/TaskDeadline';
import { TaskStateTag } from '../../components/tasks/TaskStateTag';
import { graphql } from '../../gql';
import type { TaskBoardQuery } from '../../gql/graphql';
import { TaskListKindLabel } from '../../gql/labels';
import { percentLabel, taskTreeRows, type TaskRow } from '../../logic/tasks';
import { useSession } from '../../session/session';

const TaskBoardDocument = graphql(`
  query TaskBoard {
    tasks(first: 100) {
      edges {
        node {
          id
          parentId
          assigningTenantId
          number
          title
          state
          deadline
          daysLeft
          overdueDays
          dueSoon
          overdue
          listed
          listName
          closedOn
          assignee {
            name
          }
          reporting {
            missed
            nextDue
          }
        }
      }
    }
  }
`);

const TaskDashboardDocument = graphql(`
  query TaskDashboard($subtree: Boolean!) {
    taskDashboard(subtree: $subtree) {
      asOf
      total {
        assigned
        signedOff
        doneOnTime
        overdue
        lateReports
        completionRate
      }
      byList {
        key
        name
        assigned
        signedOff
        doneOnTime
        overdue
        lateReports
        completionRate
      }
      byAssignee {
        key
        name
        assigned
        signedOff
        doneOnTime
        overdue
        lateReports
        completionRate
      }
    }
  }
`);

type Node = TaskBoardQuery['tasks']['edges'][number]['node'];

const COUNT_COLUMNS = [
  { title: '交办', dataIndex: 'assigned' },
  { title: '已销号', dataIndex: 'signedOff' },
  { title: '按时完成', dataIndex: 'doneOnTime' },
  { title: '逾期', dataIndex: 'overdue' },
  { title: '迟报', dataIndex: 'lateReports' },
  { title: '完成率', dataIndex: 'completionRate', render: (rate: number | null) => percentLabel(rate) },
];

/** The tasks the viewer sees, as a tree: the list's task, its assignments, their splits. */
function TaskTree() {
  const { data, loading, error } = useQuery(TaskBoardDocument, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Spin />;
  if (error) return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  const rows = taskTreeRows<Node>(data?.tasks.edges.map((edge) => edge.node) ?? []);
  return (
    <Table<TaskRow<Node>>
      rowKey="id"
      size="small"
      dataSource={rows}
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
      locale={{ emptyText: '暂无任务' }}
      data-testid="task-tree"
      columns={[
        {
          title: '任务',
          dataIndex: 'title',
          render: (title: string, task) => (
            <Link to={`/tasks/${task.id}`}>
              {task.number} {title}
            </Link>
          ),
        },
        { title: '清单', dataIndex: 'listName' },
        { title: '承办方', key: 'assignee', render: (_: unknown, task) => task.assignee?.name ?? '（原任务）' },
        { title: '状态', key: 'state', render: (_: unknown, task) => <TaskStateTag task={task} /> },
        { title: '完成时限', key: 'deadline', render: (_: unknown, task) => <TaskDeadline task={task} /> },
        {
          title: '进展报送',
          key: 'reporting',
          render: (_: unknown, task) =>
            task.reporting ? (
              <Space direction="vertical" size={0}>
                {task.reporting.nextDue && <span>下次 {task.reporting.nextDue}</span>}
                {task.reporting.missed.length > 0 && <Typography.Text type="danger">迟报 {task.reporting.missed.length} 次</Typography.Text>}
              </Space>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

/** Counts of the office's own assignments or of its whole subtree, per list and per assignee. */
function TaskDashboard() {
  const [scope, setScope] = useState<'own' | 'subtree'>('own');
  const { data, loading, error } = useQuery(TaskDashboardDocument, { variables: { subtree: scope === 'subtree' }, fetchPolicy: 'cache-and-network' });
  const { user } = useSession();
  // The trend is drawn from the sign-off days of the assignments the viewer sees, in the dashboard's scope.
  const board = useQuery(TaskBoardDocument, { fetchPolicy: 'cache-first' });
  if (loading && !data) return <Spin />;
  if (error) return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  if (!data) return null;
  const { total, byList, byAssignee, asOf } = data.taskDashboard;
  const signedOffOn = (board.data?.tasks.edges ?? [])
    .filter(({ node }) => node.state === 'SIGNED_OFF' && node.assignee && (scope === 'subtree' || node.assigningTenantId === user?.tenantId))
    .map(({ node }) => node.closedOn);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="task-dashboard">
      <Space>
        <Segmented
          value={scope}
          onChange={(value) => setScope(value as 'own' | 'subtree')}
          options={[
            { value: 'own', label: '本级交办' },
            { value: 'subtree', label: '含下级交办' },
          ]}
        />
        <Typography.Text type="secondary">统计日 {asOf}</Typography.Text>
      </Space>
      <Space size="large" wrap data-testid="task-totals">
        <Statistic title="交办" value={total.assigned} />
        <Statistic title="已销号" value={total.signedOff} />
        <Statistic title="按时完成" value={total.doneOnTime} />
        <Statistic title="逾期" value={total.overdue} />
        <Statistic title="迟报" value={total.lateReports} />
        <Statistic title="完成率" value={percentLabel(total.completionRate)} />
      </Space>
      <TaskDashboardCharts rows={byAssignee} signedOffOn={signedOffOn} />
      <Card title="按承办方" size="small">
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={byAssignee}
          data-testid="dashboard-by-assignee"
          columns={[{ title: '承办方', dataIndex: 'name' }, ...COUNT_COLUMNS]}
        />
      </Card>
      <Card title="按清单" size="small">
        <Table rowKey="key" size="small" pagination={false} dataSource={byList} columns={[{ title: '清单', dataIndex: 'name' }, ...COUNT_COLUMNS]} />
      </Card>
    </Space>
  );
}

/** 任务督办: the task tree across tenants and the dashboard. */
export function TasksPage() {
  return (
    <Card>
      <Typography.Paragraph type="secondary">
        三项清单：{[TaskListKindLabel.PREVENT_NEW, TaskListKindLabel.REDUCE_BACKLOG, TaskListKindLabel.CONTAIN_RISK].join(' · ')}
      </Typography.Paragraph>
      <Tabs
        items={[
          { key: 'tree', label: '任务', children: <TaskTree /> },
          { key: 'dashboard', label: '统计', children: <TaskDashboard /> },
        ]}
      />
    </Card>
  );
}
