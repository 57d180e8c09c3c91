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
