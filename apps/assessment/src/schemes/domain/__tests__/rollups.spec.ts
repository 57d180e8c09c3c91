import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type IsoDate, compareDates, isoDate, plusDays } from '#common/calendar';
import { INDICATOR_LIBRARY, SATISFACTION_RATE } from '../library.js';
import { type RollupRange, countingKey, rollupBuckets, rollupDays, rollupPlan } from '../rollups.js';

const date = fc.integer({ min: 0, max: 3 * 366 }).map((n) => plusDays(isoDate('2025-01-01'), n));

/** Every day of a range, as the month and day rows give it: a month row stands for all of its days. */
function daysOf(buckets: ReturnType<typeof rollupBuckets>): IsoDate[] {
  const days: IsoDate[] = [];
  if (buckets.months) for (let d = buckets.months.from; compareDates(d, buckets.months.until) < 0; d = plusDays(d, 1)) days.push(d);
  for (const range of buckets.days) for (let d = range.start; compareDates(d, range.end) <= 0; d = plusDays(d, 1)) days.push(d);
  return days.sort();
}

describe('scores from the case counts: ranges and plans', () => {
  it('reads every day of a range exactly once, whole months from the month rows', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const range = compareDates(a, b) <= 0 ? { start: a, end: b } : { start: b, end: a };
        const buckets = rollupBuckets(range);
        const expected: IsoDate[] = [];
        for (let d = range.start; compareDates(d, range.end) <= 0; d = plusDays(d, 1)) expected.push(d);
        expect(daysOf(buckets)).toEqual(expected);
        if (buckets.months) {
          expect(buckets.months.from.endsWith('-01') && buckets.months.until.endsWith('-01')).toBe(true);
          // No day row lies in a month read whole.
          for (const d of buckets.days) expect(compareDates(d.end, buckets.months.from) < 0 || compareDates(d.start, buckets.months.until) >= 0).toBe(true);
        }
      }),
    );
  });

  it('sums the period up to the as-of day, and the days before the period', () => {
    const period = { start: isoDate('2026-01-01'), end: isoDate('2026-06-30') };
    const at = (range: RollupRange, asOf: string) => rollupDays(range, period, isoDate(asOf));
    expect(at('PERIOD_TO_AS_OF', '2026-03-15')).toEqual({ start: '2026-01-01', end: '2026-03-15' });
    expect(at('PERIOD_TO_AS_OF', '2026-12-01')).toEqual(period);
    expect(at('PERIOD_TO_AS_OF', '2025-12-31')).toBeNull();
    expect(at('BEFORE_PERIOD', '2026-12-01')).toEqual({ start: '1900-01-01', end: '2025-12-31' });
    expect(at('PREVIOUS_PERIOD', '2026-12-01')).toEqual({ start: '2025-01-01', end: '2025-06-30' });
  });

  it('answers an indicator by what it counts, not by its code, name or the order of its conditions', () => {
    const reordered = {
      ...SATISFACTION_RATE,
      code: 'MY_SATISFACTION',
      name: '满意率',
      denominator: [...SATISFACTION_RATE.denominator!].reverse(),
      numerator: [{ field: 'rating', operator: SATISFACTION_RATE.numerator[0]!.operator, value: ['BASICALLY_SATISFIED', 'SATISFIED'] }],
    };
    expect(countingKey(reordered)).toEqual(countingKey(SATISFACTION_RATE));
    expect(rollupPlan(reordered)).toEqual(rollupPlan(SATISFACTION_RATE));
    expect(
      rollupPlan({ ...SATISFACTION_RATE, numerator: [{ field: 'rating', operator: SATISFACTION_RATE.numerator[0]!.operator, value: ['SATISFIED'] }] }),
    ).toBeNull();
    // Every case indicator of the library is answered; those over other facts are not.
    expect(INDICATOR_LIBRARY.filter((i) => (rollupPlan(i) !== null) !== (i.source === 'CASE'))).toEqual([]);
  });
});
