/** Periods and comparisons of the statistics page: pure, so the page only renders. */
// The server's rules themselves (the assessment's and the file's), not copies.
import {
  BACKLOG_LINES,
  type BacklogFigures,
  type ComparedRow,
  compareMonths,
  compareRows,
  type CountRow,
  periodLabel,
  samePeriodLastYear,
  totalOf,
  yearOnYearChange as yearOnYear,
} from '../../../../libs/common/src/statistics/index';

export {
  BACKLOG_LINES,
  type BacklogFigures,
  type ComparedRow,
  compareMonths,
  compareRows,
  type CountRow,
  periodLabel,
  samePeriodLastYear,
  totalOf,
  yearOnYear,
};

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

/** A chart's categories and its two series (this period, same period of last year), bars or the monthly line. */
export function barSeries(rows: readonly ComparedRow[]): { labels: string[]; current: number[]; lastYear: number[] } {
  return { labels: rows.map((r) => r.label), current: rows.map((r) => r.batches), lastYear: rows.map((r) => r.lastYearBatches) };
}

/** A rate as the reports print it (95.95%), or — over nothing. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(2)}%`;
}

/** The file of the page's figures: a plain link the browser downloads with the session cookie. */
export function statisticsExportUrl(range: DateRange, basis: string, jurisdictionId: string | null): string {
  const query = new URLSearchParams({ period: JSON.stringify(range), basis });
  if (jurisdictionId) query.set('jurisdictionId', jurisdictionId);
  return `/exports/statistics.xlsx?${query.toString()}`;
}

/** The file of the main indicators (the assessment's rates and visits) of the period and jurisdiction shown. */
export function indicatorsExportUrl(range: DateRange, jurisdictionId: string | null): string {
  const query = new URLSearchParams({ period: JSON.stringify({ kind: 'RANGE', ...range }) });
  if (jurisdictionId) query.set('jurisdictionId', jurisdictionId);
  return `/exports/assessment/indicators.xlsx?${query.toString()}`;
}
