import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isoDate, plusDays } from '#common/calendar';
import { runningClock, runningClocks } from '../running-clock.js';

const TODAY = isoDate('2026-06-10');

describe('days left on a running clock', () => {
  it('counts calendar days to the last day, which is still in time, then the days past it', () => {
    expect(runningClock('ROUTE', isoDate('2026-06-16'), TODAY, [3, 1])).toEqual({
      stage: 'ROUTE',
      name: '转送、交办',
      holder: 'OFFICE',
      deadline: '2026-06-16',
      daysLeft: 6,
      overdueDays: 0,
      reminderLeadDays: [3, 1],
      dueSoon: false,
    });
    expect(runningClock('ROUTE', isoDate('2026-06-13'), TODAY, [1, 3])).toMatchObject({ daysLeft: 3, overdueDays: 0, reminderLeadDays: [3, 1], dueSoon: true });
    expect(runningClock('HANDLE', TODAY, TODAY, [3, 1])).toMatchObject({ daysLeft: 0, overdueDays: 0, dueSoon: true });
    expect(runningClock('HANDLE', isoDate('2026-06-09'), TODAY, [3, 1])).toMatchObject({ daysLeft: 0, overdueDays: 1, dueSoon: false });
    // Across a month end: 05-28 to 06-10 is 13 days.
    expect(runningClock('NOTIFY', isoDate('2026-05-28'), TODAY, [3])).toMatchObject({ overdueDays: 13 });
  });

  it('gives a petitioner’s window no reminder and never calls it due soon', () => {
    expect(runningClock('REVIEW_WINDOW', isoDate('2026-06-11'), TODAY, [3, 1])).toMatchObject({
      holder: 'PETITIONER',
      daysLeft: 1,
      reminderLeadDays: [],
      dueSoon: false,
    });
  });

  it('with no reminder leads set, is never due soon', () => {
    expect(runningClock('ROUTE', TODAY, TODAY, [])).toMatchObject({ daysLeft: 0, dueSoon: false });
  });

  it('days left minus days overdue is the distance to the deadline, and one of them is always 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 5 }), (offset, leads) => {
        const clock = runningClock('HANDLE', plusDays(TODAY, offset), TODAY, leads);
        expect(clock.daysLeft - clock.overdueDays).toBe(offset);
        expect(Math.min(clock.daysLeft, clock.overdueDays)).toBe(0);
        expect(clock.dueSoon).toBe(offset >= 0 && leads.length > 0 && offset <= Math.max(...leads));
      }),
    );
  });

  it('lists only open clocks with a deadline, soonest first, each with its owner’s leads', () => {
    const clocks = runningClocks(
      [
        { stage: 'NOTIFY', deadline: isoDate('2026-06-20'), stoppedOn: null, ownerTenantId: 'county' },
        { stage: 'OBJECT', deadline: isoDate('2026-06-12'), stoppedOn: null, ownerTenantId: 'county' },
        { stage: 'RECEIVE', deadline: null, stoppedOn: null, ownerTenantId: 'county' },
        { stage: 'ROUTE', deadline: isoDate('2026-06-01'), stoppedOn: isoDate('2026-06-01'), ownerTenantId: 'province' },
      ],
      TODAY,
      (owner) => (owner === 'county' ? [5] : [3, 1]),
    );
    expect(clocks.map((c) => [c.stage, c.daysLeft, c.dueSoon])).toEqual([
      ['OBJECT', 2, true],
      ['NOTIFY', 10, false],
    ]);
  });
});
