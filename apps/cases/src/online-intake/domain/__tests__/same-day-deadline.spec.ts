import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { officialCalendar } from '#common/calendar';
import { sameDayClockText, sameDayRegistrationDue, strictestTightening } from '../same-day-deadline.js';

const calendar = officialCalendar();
const china = (local: string) => new Date(`${local}+08:00`);

describe('same-day registration (当天登记)', () => {
  it('is due at the end of office hours on the working day it arrived', () => {
    expect(sameDayRegistrationDue(china('2026-12-07T10:15:00'), calendar)).toEqual(china('2026-12-07T17:30:00'));
  });

  it('moves to the end of the next working day when it arrived after hours', () => {
    expect(sameDayRegistrationDue(china('2026-12-07T19:00:00'), calendar)).toEqual(china('2026-12-08T17:30:00'));
    expect(sameDayRegistrationDue(china('2026-12-08T07:00:00'), calendar)).toEqual(china('2026-12-08T17:30:00'));
  });

  it('moves over a weekend and a public holiday', () => {
    expect(sameDayRegistrationDue(china('2026-12-05T11:00:00'), calendar)).toEqual(china('2026-12-07T17:30:00'));
    const due = sameDayRegistrationDue(china('2026-10-01T11:00:00'), calendar);
    expect(due.getTime()).toBeGreaterThan(china('2026-10-05T00:00:00').getTime());
    expect(calendar.isWorkingDay(due.toISOString().slice(0, 10) as never)).toBe(true);
  });

  it('a tenant tightens it, counted from when the office opened, never beyond the end of the day', () => {
    expect(sameDayRegistrationDue(china('2026-12-07T10:00:00'), calendar, 2)).toEqual(china('2026-12-07T12:00:00'));
    expect(sameDayRegistrationDue(china('2026-12-07T19:00:00'), calendar, 2)).toEqual(china('2026-12-08T11:00:00'));
    expect(sameDayRegistrationDue(china('2026-12-07T17:00:00'), calendar, 4)).toEqual(china('2026-12-07T17:30:00'));
  });

  it('is never before the submission and never later than the untightened rule', () => {
    const start = china('2026-01-05T00:00:00').getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 24 * 60 }), fc.option(fc.integer({ min: 1, max: 24 })), (minutes, hours) => {
        const at = new Date(start + minutes * 60_000);
        const plain = sameDayRegistrationDue(at, calendar);
        const tightened = sameDayRegistrationDue(at, calendar, hours);
        expect(plain.getTime()).toBeGreaterThan(at.getTime());
        expect(tightened.getTime()).toBeGreaterThan(at.getTime());
        expect(tightened.getTime()).toBeLessThanOrEqual(plain.getTime());
      }),
    );
  });

  it('takes the strictest tightening of the chain', () => {
    expect(strictestTightening([null, 8, 4, null])).toBe(4);
    expect(strictestTightening([null, null])).toBeNull();
  });

  it('shows the clock as time left or overdue', () => {
    const due = china('2026-12-07T17:30:00');
    expect(sameDayClockText(china('2026-12-07T15:00:00'), due)).toEqual({ overdue: false, text: '剩余2小时30分' });
    expect(sameDayClockText(china('2026-12-07T17:50:00'), due)).toEqual({ overdue: true, text: '已超期20分钟' });
  });
});
