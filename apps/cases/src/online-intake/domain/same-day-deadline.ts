import { chinaDateOf } from '#common/clock';
import { OFFICE_HOURS, chinaTime, isWorkingTime, nextWorkingMorning, type HolidayCalendar } from '#common/calendar';

const MS_PER_HOUR = 3_600_000;

/**
 * 当天登记: an online submission is registered by the end of office hours of the day it arrived; one
 * that arrived outside office hours (evening, weekend, holiday) by the end of the next working day.
 * A tenant may tighten it to `registerWithinHours` counted from when the office was first open to
 * see it, never loosen it.
 */
export function sameDayRegistrationDue(submittedAt: Date, calendar: HolidayCalendar, registerWithinHours: number | null = null): Date {
  const opensAt = isWorkingTime(submittedAt, calendar) ? submittedAt : nextWorkingMorning(submittedAt, calendar);
  const endOfDay = chinaTime(chinaDateOf(opensAt), OFFICE_HOURS.end);
  if (registerWithinHours == null) return endOfDay;
  const tightened = new Date(opensAt.getTime() + registerWithinHours * MS_PER_HOUR);
  return tightened < endOfDay ? tightened : endOfDay;
}

/** The strictest tightening along an office's chain (the office's own and its ancestors'), or none. */
export function strictestTightening(chain: readonly (number | null)[]): number | null {
  const set = chain.filter((hours): hours is number => hours != null);
  return set.length ? Math.min(...set) : null;
}

/** The same-day clock as a registrar reads it: 剩余 … or 已超期 …, in hours and minutes. */
export function sameDayClockText(now: Date, due: Date): { overdue: boolean; text: string } {
  const minutes = Math.round((due.getTime() - now.getTime()) / 60_000);
  const overdue = minutes < 0;
  const span = Math.abs(minutes);
  const words = span >= 60 ? `${Math.floor(span / 60)}小时${span % 60 ? `${span % 60}分` : ''}` : `${span}分钟`;
  return { overdue, text: overdue ? `已超期${words}` : `剩余${words}` };
}
