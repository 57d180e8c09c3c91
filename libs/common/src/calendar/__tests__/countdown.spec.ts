import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { countdown, isoDate, plusDays } from '../index.js';

const TODAY = isoDate('2026-06-10');

describe('countdown to a deadline', () => {
  it('counts the deadline day as in time and the day after it as the first overdue day', () => {
    expect(countdown(isoDate('2026-06-16'), TODAY, [3, 1])).toEqual({ daysLeft: 6, overdueDays: 0, dueSoon: false });
    expect(countdown(isoDate('2026-06-13'), TODAY, [1, 3])).toEqual({ daysLeft: 3, overdueDays: 0, dueSoon: true });
    expect(countdown(TODAY, TODAY, [3])).toEqual({ daysLeft: 0, overdueDays: 0, dueSoon: true });
    expect(countdown(isoDate('2026-06-09'), TODAY, [3])).toEqual({ daysLeft: 0, overdueDays: 1, dueSoon: false });
    expect(countdown(TODAY, TODAY, [])).toEqual({ daysLeft: 0, overdueDays: 0, dueSoon: false });
  });

  it('days left minus days overdue is the distance to the deadline, one of them is 0, and due soon is within the longest lead', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 5 }), (offset, leads) => {
        const left = countdown(plusDays(TODAY, offset), TODAY, leads);
        expect(left.daysLeft - left.overdueDays).toBe(offset);
        expect(Math.min(left.daysLeft, left.overdueDays)).toBe(0);
        expect(left.dueSoon).toBe(offset >= 0 && leads.length > 0 && offset <= Math.max(...leads));
      }),
    );
  });
});
