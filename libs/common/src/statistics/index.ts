/*
 * Statistics rules that the assessment, the case statistics' file and the console all state: one
 * place for each, free of imports so the console's bundle can take it as it is.
 */

/** Year on year (同比): (current − previous) ÷ previous; 0 from nothing to nothing, null from nothing to something. */
export function yearOnYearChange(current: number, previous: number): number | null {
  if (previous > 0) return (current - previous) / previous;
  return current === 0 ? 0 : null;
}
