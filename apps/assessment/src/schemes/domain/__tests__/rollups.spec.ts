import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type IsoDate, compareDates, isoDate, plusDays } from '#common/calendar';
import { INDICATOR_LIBRARY, SATISFACTION_RATE } from '../library.js';
import { type RollupBucket, type RollupRange, countingKey, rollupBuckets, rollupDays, rollupPlan } from '../rollups.js';

const date = fc.integer({ min: 0, max: 3 * 366 }).map((n) => plusDays(isoDate('2025-01-01'), n));

/** Every day of the buckets, as the rows give them: a year or month row stands for all of its days. */
function daysOf(buckets: readonly RollupBucket[]): IsoDate[] {
  const days: IsoDate[] = [];
  for (const bucket of buckets) for (let d = bucket.from; compareDates(d, bucket.until) < 0; d = plusDays(d, 1)) days.push(d);
  return days.sort();
}

/** Whether [from, until) holds a whole calendar month (`month`) or year. */
function holdsWhole(bucket: RollupBucket, unit: 'month' | 'year'): boolean {
  const starts = (d: IsoDate) => (unit === 'month' ? d.endsWith('-01') : d.endsWith('-01-01'));
  for (let d = bucket.from; compareDates(d, bucket.until) < 0; d = plusDays(d, 1)) {
    if (!starts(d)) continue;
    const end = unit === 'month' ? plusDays(isoDate(`${d.slice(0, 7)}-28`), 4) : isoDate(`${Number(d.slice(0, 4)) + 1}-01-01`);
    const next = unit === 'month' ? isoDate(`${end.slice(0, 7)}-01`) : end;
    if (compareDates(next, bucket.until) <= 0) return true;
  }
  return false;
}

describe('scores from the case counts: ranges and plans', () => {
  it('reads every day of a range exactly once, whole years from the year rows and other whole months from the month rows', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const range = compareDates(a, b) <= 0 ? { start: a, end: b } : { start: b, end: a };
        const buckets = rollupBuckets(range);
        const expected: IsoDate[] = [];
        for (let d = range.start; compareDates(d, range.end) <= 0; d = plusDays(d, 1)) expected.push(d);
        expect(daysOf(buckets)).toEqual(expected);
        for (const bucket of buckets) {
          if (bucket.grain === 'Y') expect(bucket.from.endsWith('-01-01') && bucket.until.endsWith('-01-01')).toBe(true);
          if (bucket.grain === 'M') expect(bucket.from.endsWith('-01') && bucket.until.endsWith('-01') && !holdsWhole(bucket, 'year')).toBe(true);
          if (bucket.grain === 'D') expect(holdsWhole(bucket, 'month')).toBe(false);
        }
      }),
    );
  });

  it('reads the days before a period as year rows, then month and day rows up to its start', () => {
    expect(rollupBuckets({ start: isoDate('1900-01-01'), end: isoDate('2026-03-14') })).toEqual([
      { grain: 'Y', from: '1900-01-01', until: '2026-01-01' },
      { grain: 'M', from: '2026-01-01', until: '2026-03-01' },
      { grain: 'D', from: '2026-03-01', until: '2026-03-15' },
    ]);
    expect(rollupBuckets({ start: isoDate('2025-12-31'), end: isoDate('2026-01-01') })).toEqual([{ grain: 'D', from: '2025-12-31', until: '2026-01-02' }]);
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
