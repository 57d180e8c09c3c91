/** Periods and comparisons of the statistics page: pure, so the page only renders. */
// The server's rules themselves (the assessment's and the file's), not copies.
import { samePeriodLastYear, yearOnYearChange as yearOnYear } from '../../../../libs/common/src/statistics/index';

export { samePeriodLastYear, yearOnYear };

export type StatisticsPeriod =
  | { kind: 'MONTH'; year: number; month: number }
  | { kind: 'QUARTER'; year: number; quarter: number }
  | { kind: 'YEAR'; year: number }
  | { kind: 'CUSTOM'; from: string; to: string };

/** A registration-date range, both ends included (YYYY-MM-DD), as the API's `PeriodInput`. */
export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;

/** The dates a chosen period covers. */
export function periodRange(period: StatisticsPeriod): DateRange {
  switch (period.kind) {
    case 'MONTH':
      return { from: day(period.year, period.month, 1), to: day(period.year, period.month, lastDayOf(period.year, period.month)) };
    case 'QUARTER': {
      const first = (period.quarter - 1) * 3 + 1;
      return { from: day(period.year, first, 1), to: day(period.year, first + 2, lastDayOf(period.year, first + 2)) };
    }
    case 'YEAR':
      return { from: day(period.year, 1, 1), to: day(period.year, 12, 31) };
    case 'CUSTOM':
      return { from: period.from, to: period.to };
  }
}

/** A change as the reports print it: +12.50%, −9.15%, or — when there is nothing to compare. */
export function formatChange(change: number | null): string {
  if (change === null) return '—';
  const percent = (Math.abs(change) * 100).toFixed(2);
  if (Number(percent) === 0) return '0.00%';
  return `${change > 0 ? '+' : '−'}${percent}%`;
}

export interface CountRow {
  key: string;
  label: string;
  batches: number;
  personTimes: number;
}

export interface ComparedRow extends CountRow {
  lastYearBatches: number;
  lastYearPersonTimes: number;
  batchesChange: number | null;
  personTimesChange: number | null;
}

/**
 * This period's rows beside last year's, matched by key: a group present in only one period gets
 * zero in the other. Ordered by this period's batches, then last year's, then label.
 */
export function compareRows(current: readonly CountRow[], lastYear: readonly CountRow[]): ComparedRow[] {
  const rows = new Map<string, ComparedRow>();
  const row = (r: CountRow) =>
    rows.get(r.key) ??
    rows.set(r.key, { key: r.key, label: r.label, batches: 0, personTimes: 0, lastYearBatches: 0, lastYearPersonTimes: 0, batchesChange: null, personTimesChange: null }).get(r.key)!;
  for (const r of current) Object.assign(row(r), { label: r.label, batches: r.batches, personTimes: r.personTimes });
  for (const r of lastYear) Object.assign(row(r), { lastYearBatches: r.batches, lastYearPersonTimes: r.personTimes });
  return [...rows.values()]
    .map((r) => ({ ...r, batchesChange: yearOnYear(r.batches, r.lastYearBatches), personTimesChange: yearOnYear(r.personTimes, r.lastYearPersonTimes) }))
    .sort((a, b) => b.batches - a.batches || b.lastYearBatches - a.lastYearBatches || a.label.localeCompare(b.label, 'zh-CN'));
}

/** The total line of a compared table. */
export function totalOf(rows: readonly ComparedRow[]): ComparedRow {
  const sum = (pick: (r: ComparedRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const batches = sum((r) => r.batches);
  const personTimes = sum((r) => r.personTimes);
  const lastYearBatches = sum((r) => r.lastYearBatches);
  const lastYearPersonTimes = sum((r) => r.lastYearPersonTimes);
  return {
    key: 'TOTAL',
    label: '合计',
    batches,
    personTimes,
    lastYearBatches,
    lastYearPersonTimes,
    batchesChange: yearOnYear(batches, lastYearBatches),
    personTimesChange: yearOnYear(personTimes, lastYearPersonTimes),
  };
}

/** A bar chart's categories and its two series (this period, same period of last year). */
export function barSeries(rows: readonly ComparedRow[]): { labels: string[]; current: number[]; lastYear: number[] } {
  return { labels: rows.map((r) => r.label), current: rows.map((r) => r.batches), lastYear: rows.map((r) => r.lastYearBatches) };
}
