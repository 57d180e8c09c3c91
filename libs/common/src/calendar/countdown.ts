import { elapsedDays } from './arithmetic.js';
import type { IsoDate } from './iso-date.js';

/** What a deadline shows a user on a day: 剩N天 while in time, 逾期N天 after, amber within the reminder lead. */
export interface Countdown {
  /** Calendar days left, the deadline day counting as in time: 0 on the last day, 0 once overdue. */
  daysLeft: number;
  /** Calendar days past the deadline, 0 while in time. */
  overdueDays: number;
  /** Within the longest reminder lead and not yet overdue (when the first reminder falls due). */
  dueSoon: boolean;
}

/**
 * The days left to `deadline` on `today`. A deadline is the last day on which the step is in time,
 * so the day after it is the first overdue day. Days are calendar days whatever the clock's unit:
 * the deadline itself already follows the owner's statutory calendar, and a user counts down to it
 * on a calendar. No leads (a petitioner's window, a tenant without reminders): never due soon.
 */
export function countdown(deadline: IsoDate, today: IsoDate, reminderLeadDays: readonly number[]): Countdown {
  const remaining = elapsedDays(today, deadline);
  const longestLead = reminderLeadDays.length ? Math.max(...reminderLeadDays) : -1;
  return { daysLeft: Math.max(remaining, 0), overdueDays: Math.max(-remaining, 0), dueSoon: remaining >= 0 && remaining <= longestLead };
}
