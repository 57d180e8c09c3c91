import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addCalendarDays,
  addWorkingDays,
  compareDates,
  elapsedDays,
  elapsedWorkingDays,
  fromDayNumber,
  type IsoDate,
  isoDate,
  officialCalendar,
  type Pause,
  plusDays,
  toDayNumber,
  weekdayOf,
} from '../index.js';

const calendar = officialCalendar();
// Starts from 2015 to 2025, so that every result stays inside the covered years.
const date = fc.integer({ min: toDayNumber(isoDate('2015-01-01')), max: toDayNumber(isoDate('2025-12-31')) }).map(fromDayNumber);
const days = fc.integer({ min: 0, max: 90 });
const workingDays = fc.integer({ min: 0, max: 60 });

/** Every date in [from, to). */
function* datesFrom(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let day = from; compareDates(day, to) < 0; day = plusDays(day, 1)) yield day;
}

describe('ISO dates', () => {
  it('round-trip through day numbers and agree with the UTC calendar on the weekday', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(isoDate(d)).toBe(d);
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
        expect(weekdayOf(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCDay());
      }),
    );
  });

  it('refuse what is not a calendar date', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', '20250101', '2025-10-01T00:00:00Z', '']) {
      expect(() => isoDate(bad)).toThrow('无效');
    }
  });

  it('elapsedDays inverts plusDays', () => {
    fc.assert(fc.property(date, fc.integer({ min: -400, max: 400 }), (d, n) => expect(elapsedDays(d, plusDays(d, n))).toBe(n)));
  });
});

describe('addWorkingDays', () => {
  it('lands on a working day with exactly n working days in (start, result]', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const end = addWorkingDays(start, n, calendar);
        expect(calendar.isWorkingDay(end)).toBe(true);
        expect(elapsedWorkingDays(start, end, calendar)).toBe(n);
      }),
    );
  });

  it('with n = 0 gives the start day, or the first working day after it', () => {
    fc.assert(
      fc.property(date, (start) => {
        const end = addWorkingDays(start, 0, calendar);
        expect(calendar.isWorkingDay(end)).toBe(true);
        for (const day of datesFrom(start, end)) expect(calendar.isWorkingDay(day)).toBe(false);
      }),
    );
  });

  it('is strictly increasing in n from 1 (0 and 1 agree when the start is a day off)', () => {
    fc.assert(
      fc.property(date, workingDays, (start, n) => {
        const order = compareDates(addWorkingDays(start, n + 1, calendar), addWorkingDays(start, n, calendar));
        expect(order).toBe(n === 0 && !calendar.isWorkingDay(start) ? 0 : 1);
      }),
    );
  });
});

describe('addCalendarDays', () => {
  it('lands on the first working day on or after start + n', () => {
    fc.assert(
      fc.property(date, days, (start, n) => {
        const end = addCalendarDays(start, n, calendar);
        const naive = plusDays(start, n);
        expect(compareDates(end, naive)).toBeGreaterThanOrEqual(0);
        expect(calendar.isWorkingDay(end)).toBe(true);
        for (const day of datesFrom(naive, end)) expect(calendar.isWorkingDay(day)).toBe(false);
      }),
    );
  });

  it('is monotonic in n', () => {
    fc.assert(
      fc.property(date, days, (start, n) => {
        expect(compareDates(addCalendarDays(start, n + 1, calendar), addCalendarDays(start, n, calendar))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  // The longest run of days off in the data: Spring Festival 2020, extended to 2-2 (10 days).
  it('never moves a deadline by more than a holiday can: at most 10 days past start + n', () => {
    fc.assert(fc.property(date, days, (start, n) => expect(elapsedDays(plusDays(start, n), addCalendarDays(start, n, calendar))).toBeLessThanOrEqual(10)));
    expect(addCalendarDays(isoDate('2020-01-09'), 15, calendar)).toBe('2020-02-03');
  });
});

describe('pauses', () => {
  const pause = fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([offset, length]) => ({ offset, length }));

  it.each(['CALENDAR_DAYS', 'WORKING_DAYS'] as const)('only ever move a %s deadline later, never into a pause', (unit) => {
    const add = unit === 'CALENDAR_DAYS' ? addCalendarDays : addWorkingDays;
    fc.assert(
      fc.property(date, workingDays, pause, (start, n, { offset, length }) => {
        const paused: Pause = [plusDays(start, offset), plusDays(start, offset + length)];
        const unpaused = add(start, n, calendar);
        const end = add(start, n, calendar, [paused]);
        expect(compareDates(end, unpaused)).toBeGreaterThanOrEqual(0);
        expect(compareDates(end, paused[0]) < 0 || compareDates(end, paused[1]) > 0).toBe(true);
      }),
    );
  });

  it('move a calendar-day deadline later by at least the paused days inside the period', () => {
    fc.assert(
      fc.property(date, days, pause, (start, n, { offset, length }) => {
        fc.pre(offset + length <= n);
        const end = addCalendarDays(start, n, calendar, [[plusDays(start, offset), plusDays(start, offset + length)]]);
        expect(elapsedDays(start, end)).toBeGreaterThanOrEqual(n + length + 1);
      }),
    );
  });

  it('before the start change nothing', () => {
    fc.assert(
      fc.property(date, days, (start, n) => {
        const before: Pause = [plusDays(start, -10), plusDays(start, -1)];
        expect(addCalendarDays(start, n, calendar, [before])).toBe(addCalendarDays(start, n, calendar));
      }),
    );
  });

  it('refuse an interval that ends before it begins', () => {
    expect(() => addCalendarDays(isoDate('2026-03-02'), 5, calendar, [[isoDate('2026-03-05'), isoDate('2026-03-04')]])).toThrow('晚于');
  });
});

describe('elapsedWorkingDays', () => {
  it('is antisymmetric and never exceeds the calendar days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 120 }), (from, n) => {
        const to = plusDays(from, n);
        const count = elapsedWorkingDays(from, to, calendar);
        expect(elapsedWorkingDays(to, from, calendar) + count).toBe(0);
        expect(count).toBeLessThanOrEqual(n);
      }),
    );
  });
});
