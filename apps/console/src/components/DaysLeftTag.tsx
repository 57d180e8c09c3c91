import { Tag } from 'antd';
import { clockTag, type ClockCount } from '../logic/clock-tag';

const COLORS = { normal: 'default', warning: 'orange', overdue: 'red' } as const;

/** A running clock of a case as a tag (data-tone lets tests and styles find the overdue ones). */
export function DaysLeftTag({ clock }: { clock: ClockCount }) {
  const { label, tone } = clockTag(clock);
  return (
    <Tag color={COLORS[tone]} data-tone={tone}>
      {label}
    </Tag>
  );
}
