import { Tag } from 'antd';
import { chinaToday, daysLeft } from '../logic/days-left';

const COLORS = { normal: 'default', warning: 'orange', overdue: 'red' } as const;

export function DaysLeftTag({ deadline, today = chinaToday() }: { deadline: string; today?: string }) {
  const left = daysLeft(deadline, today);
  return (
    <Tag color={COLORS[left.tone]} data-tone={left.tone}>
      {left.label}
    </Tag>
  );
}
