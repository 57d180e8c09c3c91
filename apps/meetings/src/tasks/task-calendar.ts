import { type ProvisionalCalendar, officialCalendar, provisionalCalendar } from '#common/calendar';
import { DEFAULT_REMINDER_LEAD_DAYS } from '#common/deadlines';

let calendar: ProvisionalCalendar | null = null;

/**
 * The calendar task deadlines are counted and supervised on: the official holiday arrangement,
 * years not yet published on the provisional one. A tenant's own holiday overrides and reminder
 * leads are the cases service's settings, which this service cannot read.
 */
export function taskCalendar(): ProvisionalCalendar {
  calendar ??= provisionalCalendar(officialCalendar());
  return calendar;
}

/** Days before a task's deadline that it reminds. */
export const TASK_REMINDER_LEAD_DAYS = DEFAULT_REMINDER_LEAD_DAYS;
