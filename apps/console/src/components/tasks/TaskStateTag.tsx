import { Space, Tag } from 'antd';
import type { TaskState } from '../../gql/graphql';
import { TaskStateLabel } from '../../gql/labels';

const COLORS: Record<TaskState, string> = {
  ASSIGNED: 'blue',
  RECEIVED: 'cyan',
  IN_PROGRESS: 'processing',
  REPORTED_DONE: 'gold',
  SENT_BACK: 'orange',
  SIGNED_OFF: 'green',
  CANCELLED: 'default',
};

/**
 * A task's state, with its 挂牌督办 mark and, once its clock has stopped, its 逾期 mark (finished
 * late); while the clock runs, the deadline's own tag says 逾期N天.
 */
export function TaskStateTag({ task }: { task: { state: TaskState; overdue: boolean; listed: boolean; daysLeft?: number | null } }) {
  return (
    <Space size={0} wrap>
      <Tag color={COLORS[task.state]} data-testid="task-state">
        {TaskStateLabel[task.state]}
      </Tag>
      {task.overdue && task.daysLeft == null && <Tag color="red">逾期</Tag>}
      {task.listed && <Tag color="volcano">挂牌督办</Tag>}
    </Space>
  );
}
