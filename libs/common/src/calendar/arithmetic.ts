import { validation } from '#common/errors';
import { assertCovered, type HolidayCalendar } from './holiday-calendar.js';
import { type IsoDate, compareDates, plusDays, toDayNumber } from './iso-date.js';

/** How a period is counted. */
export type DayUnit = 'CALENDAR_DAYS' | 'WORKING_DAYS';

/**
 * A paused interval, both ends included (e.g. the days of a hearing, 听证). Paused days do not count
 * against a clock, and a deadline never falls inside one.
 */
export type Pause = readonly [from: IsoDate, to: IsoDate];

/** Ten years: no real calendar has that many days off in a row; a broken override table might. */
const MAX_SCAN = 3660;

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw validation(`期限天数必须是非负整数，收到 ${n}`);
}

function assertPauses(pauses: readonly Pause[]): void {
  for (const [from, to] of pauses) {
    if (compareDates(from, to) > 0) throw validation(`暂停区间的开始日期 ${from} 晚于结束日期 ${to}`);
  }
}

const isPaused = (date: IsoDate, pauses: readonly Pause[]) => pauses.some(([from, to]) => compareDates(from, date) <= 0 && compareDates(date, to) <= 0);

function isWorkingDay(calendar: HolidayCalendar, date: IsoDate): boolean {
  assertCovered(calendar, date);
  return calendar.isWorkingDay(date);
}

/** `date` itself when it is a working day outside every pause, else the next such day. */
function nextWorkingDayFrom(date: IsoDate, calendar: HolidayCalendar, pauses: readonly Pause[]): IsoDate {
  let day = date;
  for (let scanned = 0; !isWorkingDay(calendar, day) || isPaused(day, pauses); scanned++) {
    if (scanned > MAX_SCAN) throw validation(`${date} 之后十年内没有工作日，请检查节假日调整表`);
    day = plusDays(day, 1);
  }
  return day;
}

/**
 * `n` calendar days after `start`, the start day not counted and paused days skipped. When the last
 * day is not a working day the deadline moves to the next working day. "Not a working day" includes
 * weekends: as in the periods of the Civil and Administrative Procedure Laws (期间届满的最后一日是
 * 法定休假日的，以法定休假日后的第一日为期间届满的日期), a 法定休假日 covers both the official holidays
 * and the weekly rest days, while a make-up Saturday (调休上班) is a working day.
 * `n = 0` means the same day (rolled forward in the same way).
 */
export function addCalendarDays(start: IsoDate, n: number, calendar: HolidayCalendar, pauses: readonly Pause[] = []): IsoDate {
  assertCount(n);
  assertPauses(pauses);
  let day = start;
  for (let counted = 0; counted < n;) {
    day = plusDays(day, 1);
    if (!isPaused(day, pauses)) counted++;
  }
  return nextWorkingDayFrom(day, calendar, pauses);
}

/**
 * `n` working days after `start`, the start day not counted; make-up workdays count, holidays,
 * weekends and paused days do not. `n = 0` means the same day, or the next working day.
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: HolidayCalendar, pauses: readonly Pause[] = []): IsoDate {
  assertCount(n);
  assertPauses(pauses);
  if (n === 0) return nextWorkingDayFrom(start, calendar, pauses);
  let day = start;
  for (let counted = 0; counted < n;) {
    day = nextWorkingDayFrom(plusDays(day, 1), calendar, pauses);
    counted++;
  }
  return day;
}

/** `n` days in the given unit (see `addCalendarDays` and `addWorkingDays`). */
export function addDays(start: IsoDate, n: number, unit: DayUnit, calendar: HolidayCalendar, pauses: readonly Pause[] = []): IsoDate {
  return unit === 'WORKING_DAYS' ? addWorkingDays(start, n, calendar, pauses) : addCalendarDays(start, n, calendar, pauses);
}

/** Calendar days from `from` to `to`, `from` not counted: the next day is 1; negative when `to` is earlier. */
export function elapsedDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Working days in (`from`, `to`]; negative (the days in (`to`, `from`]) when `to` is earlier. */
export function elapsedWorkingDays(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  if (compareDates(to, from) < 0) return -elapsedWorkingDays(to, from, calendar);
  let count = 0;
  for (let day = plusDays(from, 1); compareDates(day, to) <= 0; day = plusDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count++;
  }
  return count;
}
