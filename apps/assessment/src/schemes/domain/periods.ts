import { type IsoDate, compareDates, isIsoDate, isoDate } from '#common/calendar';
import { validation } from '#common/errors';
import { samePeriodLastYear, yearEarlier } from '#common/statistics';
import { PeriodKind } from './vocabulary.js';

/** Both ends included. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/** An assessment period as a scheme states it. */
export type AssessmentPeriod =
  | { kind: PeriodKind.YEAR; year: number }
  | { kind: PeriodKind.HALF_YEAR; year: number; half: 1 | 2 }
  | { kind: PeriodKind.QUARTER; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: PeriodKind.RANGE; start: string; end: string };

const QUARTER_NAMES = ['一', '二', '三', '四'];

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthStart = (year: number, month: number) => isoDate(`${year}-${pad(month)}-01`);
const monthEnd = (year: number, month: number) => isoDate(`${year}-${pad(month)}-${pad(daysInMonth(year, month))}`);

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw validation(`考核年度“${year}”无效`, { field: 'year' });
}

/** The first and last day of the period; VALIDATION for an impossible one. */
export function periodRange(period: AssessmentPeriod): DateRange {
  switch (period.kind) {
    case PeriodKind.YEAR:
      checkYear(period.year);
      return { start: monthStart(period.year, 1), end: monthEnd(period.year, 12) };
    case PeriodKind.HALF_YEAR:
      checkYear(period.year);
      if (period.half !== 1 && period.half !== 2) throw validation('半年须为上半年（1）或下半年（2）', { field: 'half' });
      return { start: monthStart(period.year, period.half * 6 - 5), end: monthEnd(period.year, period.half * 6) };
    case PeriodKind.QUARTER:
      checkYear(period.year);
      if (![1, 2, 3, 4].includes(period.quarter)) throw validation('季度须为 1 至 4', { field: 'quarter' });
      return { start: monthStart(period.year, period.quarter * 3 - 2), end: monthEnd(period.year, period.quarter * 3) };
    case PeriodKind.RANGE: {
      const start = isoDate(period.start);
      const end = isoDate(period.end);
      if (compareDates(start, end) > 0) throw validation(`考核期的开始日期 ${start} 晚于结束日期 ${end}`, { field: 'period' });
      return { start, end };
    }
    default:
      throw validation(`考核期类型“${String((period as { kind: unknown }).kind)}”未知`, { field: 'period' });
  }
}

/** How the period is named in a published result, e.g. `2024年第一季度`. */
export function periodLabel(period: AssessmentPeriod): string {
  const { start, end } = periodRange(period);
  switch (period.kind) {
    case PeriodKind.YEAR:
      return `${period.year}年度`;
    case PeriodKind.HALF_YEAR:
      return `${period.year}年${period.half === 1 ? '上' : '下'}半年`;
    case PeriodKind.QUARTER:
      return `${period.year}年第${QUARTER_NAMES[period.quarter - 1]}季度`;
    case PeriodKind.RANGE:
      return `${start}至${end}`;
  }
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: DateRange, b: DateRange): boolean {
  return compareDates(a.start, b.end) <= 0 && compareDates(b.start, a.end) <= 0;
}

/** The same day a year earlier (see `yearEarlier`), validated. */
export function oneYearEarlier(date: IsoDate, options: { monthEnd?: boolean } = {}): IsoDate {
  if (!isIsoDate(date)) throw validation(`日期“${date}”无效`);
  return isoDate(yearEarlier(date, options));
}

/** The period a year-on-year change compares with. */
export function sameTimeLastYear(range: DateRange): DateRange {
  const { from, to } = samePeriodLastYear({ from: range.start, to: range.end });
  return { start: isoDate(from), end: isoDate(to) };
}
