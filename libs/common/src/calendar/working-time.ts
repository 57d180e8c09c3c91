import { chinaDateOf } from '../clock/index.js';
import { validation } from '#common/errors';
import type { HolidayCalendar } from './holiday-calendar.js';
import { type IsoDate, plusDays, toDayNumber } from './iso-date.js';

/**
 * Office hours in China time (UTC+8 all year): reminders reach people at their desks, never at
 * night, on a weekend or on a holiday. Minutes after midnight; the end is exclusive.
 */
export const OFFICE_HOURS = { start: 9 * 60, end: 17 * 60 + 30 } as const;

const CHINA_OFFSET_MINUTES = 8 * 60;
const MS_PER_MINUTE = 60_000;
/** Ten years, as in the arithmetic: only a broken override table has no working day for that long. */
const MAX_SCAN = 3660;

/** The instant of a China wall-clock time: `minutes` after midnight of `date`. */
export function chinaTime(date: IsoDate, minutes = 0): Date {
  return new Date((toDayNumber(date) * 24 * 60 + minutes - CHINA_OFFSET_MINUTES) * MS_PER_MINUTE);
}

/** Minutes since midnight in China at `instant`. */
function chinaMinutesOf(instant: Date): number {
  const minutes = Math.floor(instant.getTime() / MS_PER_MINUTE) + CHINA_OFFSET_MINUTES;
  return ((minutes % 1440) + 1440) % 1440;
}

/** `date` when it is a working day, else the next one. */
function workingDayFrom(date: IsoDate, calendar: HolidayCalendar): IsoDate {
  let day = date;
  for (let scanned = 0; !calendar.isWorkingDay(day); scanned++) {
    if (scanned > MAX_SCAN) throw validation(`${date} 之后十年内没有工作日，请检查节假日调整表`);
    day = plusDays(day, 1);
  }
  return day;
}

/** Whether `instant` falls in office hours of a working day (make-up workdays included). */
export function isWorkingTime(instant: Date, calendar: HolidayCalendar): boolean {
  const minutes = chinaMinutesOf(instant);
  return calendar.isWorkingDay(chinaDateOf(instant)) && minutes >= OFFICE_HOURS.start && minutes < OFFICE_HOURS.end;
}

/** The first start of office hours on a working day at or after `instant`. */
export function nextWorkingMorning(instant: Date, calendar: HolidayCalendar): Date {
  const today = chinaDateOf(instant);
  // Compared to the millisecond: a moment into the opening minute has missed today's opening.
  const from = instant.getTime() <= chinaTime(today, OFFICE_HOURS.start).getTime() ? today : plusDays(today, 1);
  return chinaTime(workingDayFrom(from, calendar), OFFICE_HOURS.start);
}

/**
 * When the reminder `leadDays` calendar days before `deadline` is due: the start of office hours
 * that day, or of the next working day when that day is off. Deadlines fall on working days (the
 * arithmetic rolls them forward), so a reminder is never later than the deadline day's morning.
 */
export function reminderAt(deadline: IsoDate, leadDays: number, calendar: HolidayCalendar): Date {
  return chinaTime(workingDayFrom(plusDays(deadline, -leadDays), calendar), OFFICE_HOURS.start);
}

/** A clock is overdue from the first moment of the day after its deadline, whatever the hour. */
export function overdueAt(deadline: IsoDate): Date {
  return chinaTime(plusDays(deadline, 1));
}
