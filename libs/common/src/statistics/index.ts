/*
 * Statistics rules that the assessment, the case statistics' file and the console all state: one
 * place for each, free of imports so the console's bundle can take it as it is.
 */

/** Year on year (同比): (current − previous) ÷ previous; 0 from nothing to nothing, null from nothing to something. */
export function yearOnYearChange(current: number, previous: number): number | null {
  if (previous > 0) return (current - previous) / previous;
  return current === 0 ? 0 : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same day (YYYY-MM-DD) a year earlier, 29 February becoming the 28th. With `monthEnd` a last day
 * of a month maps to the last day of that month (28 February 2025 → 29 February 2024), so a period
 * ending at a month's end is compared with the whole of that month a year earlier.
 */
export function yearEarlier(date: string, { monthEnd = false } = {}): string {
  const [year, month, day] = [Number(date.slice(0, 4)) - 1, Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const last = daysInMonth(year, month);
  const atMonthEnd = day === daysInMonth(year + 1, month);
  return `${year}-${pad(month)}-${pad(monthEnd && atMonthEnd ? last : Math.min(day, last))}`;
}

/** 同期: the period (both ends included) a year-on-year change compares with. */
export function samePeriodLastYear(range: { from: string; to: string }): { from: string; to: string } {
  return { from: yearEarlier(range.from), to: yearEarlier(range.to, { monthEnd: true }) };
}

/** A period's name in a report or a file name: 2026年8月, 2026年1-8月, 2026年, or 2026-01-05至2026-08-03. */
export function periodLabel(range: { from: string; to: string }): string {
  const [fromYear, fromMonth, fromDay] = range.from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = range.to.split('-').map(Number) as [number, number, number];
  // A year to date reads as its months (2026年1-8月 up to 3 August), as the bureaus' reports name it.
  if (fromYear !== toYear || fromDay !== 1) return `${range.from}至${range.to}`;
  if (fromMonth === 1 && toMonth === 12 && toDay === 31) return `${fromYear}年`;
  return fromMonth === toMonth ? `${fromYear}年${fromMonth}月` : `${fromYear}年${fromMonth}-${toMonth}月`;
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
  const row = (r: CountRow) => rows.get(r.key) ?? rows.set(r.key, emptyRow(r.key, r.label)).get(r.key)!;
  for (const r of current) Object.assign(row(r), { label: r.label, batches: r.batches, personTimes: r.personTimes });
  for (const r of lastYear) Object.assign(row(r), { lastYearBatches: r.batches, lastYearPersonTimes: r.personTimes });
  return [...rows.values()]
    .map((r) => ({
      ...r,
      batchesChange: yearOnYearChange(r.batches, r.lastYearBatches),
      personTimesChange: yearOnYearChange(r.personTimes, r.lastYearPersonTimes),
    }))
    .sort((a, b) => b.batches - a.batches || b.lastYearBatches - a.lastYearBatches || a.label.localeCompare(b.label, 'zh-CN'));
}

const emptyRow = (key: string, label: string): ComparedRow => ({
  key,
  label,
  batches: 0,
  personTimes: 0,
  lastYearBatches: 0,
  lastYearPersonTimes: 0,
  batchesChange: yearOnYearChange(0, 0),
  personTimesChange: yearOnYearChange(0, 0),
});

/**
 * Monthly rows (keys YYYY-MM) beside the same months of last year, every month of the period in
 * calendar order, a month without cases at zero: the trend line's data.
 */
export function compareMonths(current: readonly CountRow[], lastYear: readonly CountRow[], range: { from: string; to: string }): ComparedRow[] {
  const shifted = lastYear.map((r) => ({ ...r, key: `${Number(r.key.slice(0, 4)) + 1}${r.key.slice(4)}` }));
  const compared = new Map(compareRows(current, shifted).map((r) => [r.key, r]));
  const crossYear = range.from.slice(0, 4) !== range.to.slice(0, 4);
  const months: ComparedRow[] = [];
  let [year, month] = [Number(range.from.slice(0, 4)), Number(range.from.slice(5, 7))];
  for (let key = range.from.slice(0, 7); key <= range.to.slice(0, 7); key = `${year}-${pad(month)}`) {
    const label = crossYear ? `${year}年${month}月` : `${month}月`;
    months.push({ ...(compared.get(key) ?? emptyRow(key, label)), label });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
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
    batchesChange: yearOnYearChange(batches, lastYearBatches),
    personTimesChange: yearOnYearChange(personTimes, lastYearPersonTimes),
  };
}

/** The backlog (积存) at a period's end, as `caseBacklog` answers it. */
export interface BacklogFigures {
  asOf: string;
  open: number;
  personTimes: number;
  overdue: number;
  longPending: number;
}

/** The backlog's lines in a report, in order: the page and the Excel file show the same. */
export const BACKLOG_LINES: readonly { key: keyof Omit<BacklogFigures, 'asOf'>; label: string }[] = [
  { key: 'open', label: '积存件数' },
  { key: 'personTimes', label: '积存人次' },
  { key: 'overdue', label: '其中超过办理期限' },
  { key: 'longPending', label: '其中登记超过 90 日' },
];
