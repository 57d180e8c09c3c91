/** How the queue shows a running clock: 剩N天, 今日到期, or 逾期N天 in red; amber within the reminder lead. */
export type DaysLeftTone = 'normal' | 'warning' | 'overdue';

export interface DaysLeft {
  /** Calendar days from today to the deadline; negative once it has passed. */
  days: number;
  label: string;
  tone: DaysLeftTone;
}

/** Days before a deadline at which the supervision reminder goes out (the platform's default lead). */
export const DEFAULT_REMINDER_LEAD_DAYS = 3;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** Today as YYYY-MM-DD in China Standard Time, whatever the browser's time zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A deadline is met on its own day, so it is overdue from the day after. */
export function daysLeft(deadline: string, today: string, reminderLeadDays = DEFAULT_REMINDER_LEAD_DAYS): DaysLeft {
  const days = dayNumber(deadline) - dayNumber(today);
  if (days < 0) return { days, label: `逾期${-days}天`, tone: 'overdue' };
  const tone: DaysLeftTone = days <= reminderLeadDays ? 'warning' : 'normal';
  return { days, label: days === 0 ? '今日到期' : `剩${days}天`, tone };
}
