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

/** A task's state, with its 逾期 and 挂牌督办 marks. */
export function TaskStateTag({ task }: { task: { state: TaskState; overdue: boolean; listed: boolean } }) {
  return (
    <Space size={0} wrap>
      <Tag color={COLORS[task.state]} data-testid="task-state">
        {TaskStateLabel[task.state]}
      </Tag>
      {task.overdue && <Tag color="red">逾期</Tag>}
      {task.listed && <Tag color="volcano">挂牌督办</Tag>}
    </Space>
  );
}
