import { describe, expect, it } from '@jest/globals';
import { type IsoDate, type Stage, isoDate } from '#common/calendar';
import { clockOwner, earliestOpenClock, openStage, stoppedOnTime } from '../open-clocks.js';

const clock = (stage: Stage, deadline: string | null, stoppedOn: string | null = null) => ({
  stage,
  deadline: deadline as IsoDate | null,
  stoppedOn: stoppedOn as IsoDate | null,
});

describe('earliestOpenClock', () => {
  it('is the open clock that runs out first, ties by stage name, leaving out stopped clocks and clocks without a period', () => {
    const clocks = [clock('ROUTE', '2026-03-01', '2026-02-20'), clock('RECEIVE', null), clock('OBJECT', '2026-03-09'), clock('NOTIFY', '2026-03-09')];
    expect(earliestOpenClock(clocks)?.stage).toBe('NOTIFY');
    expect(earliestOpenClock([clock('HANDLE', '2026-05-01'), clock('REVIEW_WINDOW', '2026-04-30')])?.stage).toBe('REVIEW_WINDOW');
    expect(earliestOpenClock([clock('RECEIVE', null)])).toBeUndefined();
  });
});

describe('openStage', () => {
  it('finds the running clock of a stage, not a stopped one', () => {
    const running = clock('ROUTE', '2026-03-20');
    expect(openStage([clock('ROUTE', '2026-03-01', '2026-02-20'), running], 'ROUTE')).toBe(running);
    expect(openStage([clock('ROUTE', '2026-03-01', '2026-02-20')], 'ROUTE')).toBeUndefined();
  });
});

describe('stoppedOnTime', () => {
  it('counts the last day as in time, and a clock without a period as on time', () => {
    expect(stoppedOnTime(isoDate('2026-03-17'), isoDate('2026-03-17'))).toBe(true);
    expect(stoppedOnTime(isoDate('2026-03-17'), isoDate('2026-03-18'))).toBe(false);
    expect(stoppedOnTime(null, isoDate('2026-03-18'))).toBe(true);
  });
});

describe('clockOwner', () => {
  const kase = { handlingTenantId: 'handler', reviewTenantId: 'reviewer' };
  it('is the reviewing body for the review clocks once there is one, else the holder', () => {
    expect(clockOwner('REVIEW', kase)).toBe('reviewer');
    expect(clockOwner('REEXAMINATION_WINDOW', kase)).toBe('reviewer');
    expect(clockOwner('REVIEW_WINDOW', kase)).toBe('handler');
    expect(clockOwner('REVIEW', { ...kase, reviewTenantId: null })).toBe('handler');
  });
});
