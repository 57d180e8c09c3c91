import { Space } from 'antd';
import { taskClock } from '../../logic/tasks';
import { DaysLeftTag } from '../DaysLeftTag';

/** A task's deadline with the days left (剩N天, amber when due soon, 逾期N天 in red) while its clock runs. */
export function TaskDeadline({ task }: { task: { deadline: string; daysLeft?: number | null; overdueDays?: number | null; dueSoon?: boolean } }) {
  const clock = taskClock(task);
  return (
    <Space size={4}>
      <span>{task.deadline}</span>
      {clock && <DaysLeftTag clock={clock} />}
    </Space>
  );
}
