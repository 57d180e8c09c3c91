import { validation } from '#common/errors';

/**
 * A calendar date in China (Asia/Shanghai) as `YYYY-MM-DD`. The arithmetic never goes through a JS
 * `Date` in a local time zone: a date is turned into a day number (days since 1970-01-01) with
 * `Date.UTC`, which has no zone, and back.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Validates and brands a `YYYY-MM-DD` string; a malformed or impossible date is refused. */
export function isoDate(value: string): IsoDate {
  const match = PATTERN.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const back = new Date(time);
    if (year >= 1900 && back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return value as IsoDate;
    }
  }
  throw validation(`日期“${value}”无效，应为 YYYY-MM-DD 格式的公历日期`);
}

export function isIsoDate(value: string): value is IsoDate {
  try {
    isoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

/** The date `n` calendar days after `date` (before it when `n` is negative); no holiday rule. */
export function plusDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (ISO strings sort by date). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
