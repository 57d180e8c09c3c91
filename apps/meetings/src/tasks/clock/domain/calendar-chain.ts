import { type CalendarOverride, type ProvisionalCalendar, chainCalendar } from '#common/calendar';
import { effectiveReminderLeadDays } from '#common/deadlines';
import { isWithin } from '#common/tenancy';

/** A tenant's calendar as task deadlines use it: its days, and the leads of its reminders. */
export interface TaskCalendar {
  calendar: ProvisionalCalendar;
  reminderLeadDays: number[];
}

/** One tenant's own calendar settings, as the cases service keeps them. */
export interface TenantCalendarRow {
  tenantPath: string;
  reminderLeadDays: number[] | null;
  declaredYears: number[];
  overrides: CalendarOverride[];
}

/** The calendar of the tenant at `path`, from the rows of its chain among `rows` (root first). */
export function taskCalendarOf(rows: readonly TenantCalendarRow[], path: string): TaskCalendar {
  const chain = rows.filter((row) => isWithin(path, row.tenantPath));
  return {
    calendar: chainCalendar(
      chain.map((row) => row.overrides),
      chain.flatMap((row) => row.declaredYears),
    ),
    reminderLeadDays: effectiveReminderLeadDays(chain),
  };
}
