import { type IsoDate, plusDays, weekdayOf } from '#common/calendar';
import { validation } from '#common/errors';
import { RecurrenceKind } from './vocabulary.js';

/** How a conference's recurring meeting repeats: weekly on a weekday (一周一调度), or every N days. */
export type Recurrence = { kind: RecurrenceKind.WEEKLY; weekday: number } | { kind: RecurrenceKind.EVERY_N_DAYS; days: number };

/** The recurrence as given, or VALIDATION: a weekday 0 (Sunday) … 6 (Saturday), or 1 to 366 days. */
export function checkedRecurrence(kind: RecurrenceKind, weekday: number | null | undefined, days: number | null | undefined): Recurrence {
  if (kind === RecurrenceKind.WEEKLY) {
    if (weekday == null || !Number.isInteger(weekday) || weekday < 0 || weekday > 6) {
      throw validation('每周召开的会议须给出星期几（0 为星期日，1–6 为星期一至星期六）', { field: 'weekday', weekday });
    }
    return { kind, weekday };
  }
  if (days == null || !Number.isInteger(days) || days < 1 || days > 366) {
    throw validation('会议间隔须为 1 至 366 之间的整数天', { field: 'days', days });
  }
  return { kind, days };
}

/**
 * The date of the meeting after one held on `held`: the first date after it on the weekday for a
 * weekly schedule, `held` + N for every N days. A non-working day (weekend, public holiday) is kept
 * as scheduled: the schedule is the conference's own, and a holiday week's meeting is moved (or
 * cancelled) by the office, not silently by the rule.
 */
export function nextOccurrence(recurrence: Recurrence, held: IsoDate): IsoDate {
  if (recurrence.kind === RecurrenceKind.WEEKLY) {
    const ahead = (recurrence.weekday - weekdayOf(held) + 7) % 7;
    return plusDays(held, ahead === 0 ? 7 : ahead);
  }
  return plusDays(held, recurrence.days);
}
