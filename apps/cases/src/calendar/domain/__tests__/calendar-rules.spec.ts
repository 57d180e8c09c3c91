import { describe, expect, it } from '@jest/globals';
import { type CalendarOverride, type IsoDate, type Pause, type Stage, officialCalendar, provisionalCalendar } from '#common/calendar';
import { effectiveReminderLeadDays } from '#common/deadlines';
import { AppError } from '#common/errors';
import {
  changedYears,
  effectiveRules,
  reminderLeadDaysProblem,
  reminderLeadDaysRecord,
  tighteningList,
  tighteningRecord,
  tighteningsProblem,
} from '../calendar-rules.js';
import { recomputedDeadline } from '../../jobs/deadline-recompute.processor.js';
import type { TenantCalendar } from '../../tenant-calendar.js';

describe('effective rules', () => {
  it('lists every stage in the statute order, tightened where a tenant of the chain shortened it', () => {
    const rules = effectiveRules([{ tightenings: { ROUTE: 10 } }, { dayCounting: 'WORKING_DAYS', tightenings: { ROUTE: 12, RECEIVE: 0 } }]);
    expect(rules.map((r) => r.stage)).toEqual(['ROUTE', 'RECEIVE', 'OBJECT', 'NOTIFY', 'HANDLE', 'REVIEW_WINDOW', 'REVIEW', 'REEXAMINATION_WINDOW', 'REEXAMINATION']);
    expect(rules[0]).toMatchObject({ stage: 'ROUTE', days: 10, unit: 'WORKING_DAYS', tightened: true });
    expect(rules[1]).toMatchObject({ stage: 'RECEIVE', days: 0, tightened: true });
    expect(rules[4]).toMatchObject({ stage: 'HANDLE', days: 60, unit: 'WORKING_DAYS', tightened: false });
  });

  it('without settings, is the statute', () => {
    expect(effectiveRules([]).every((r) => !r.tightened)).toBe(true);
  });
});

describe('tighteningsProblem', () => {
  it('accepts shorter periods than the statute and the ancestors', () => {
    expect(tighteningsProblem([{ stage: 'NOTIFY', days: 3 }, { stage: 'RECEIVE', days: 0 }], [{ tightenings: { NOTIFY: 5 } }])).toBeNull();
  });

  it('refuses a period longer than the statute', () => {
    expect(tighteningsProblem([{ stage: 'ROUTE', days: 20 }], [])).toMatch(/不得长于《信访工作条例》第二十二条规定的 15 日/);
  });

  it("refuses a period looser than an ancestor's", () => {
    expect(tighteningsProblem([{ stage: 'NOTIFY', days: 10 }], [{ tightenings: { NOTIFY: 7 } }])).toMatch(/上级已设定的 7 日/);
  });

  it('refuses a stage given twice', () => {
    expect(tighteningsProblem([{ stage: 'ROUTE', days: 5 }, { stage: 'ROUTE', days: 4 }], [])).toMatch(/重复/);
  });
});

describe('tightening lists and records', () => {
  it('round-trip in the statute order', () => {
    const record = tighteningRecord([{ stage: 'HANDLE', days: 45 }, { stage: 'ROUTE', days: 10 }]);
    expect(record).toEqual({ HANDLE: 45, ROUTE: 10 });
    expect(tighteningList(record)).toEqual([{ stage: 'ROUTE', days: 10 }, { stage: 'HANDLE', days: 45 }]);
  });
});

describe('reminder lead days', () => {
  it('are 3 and 1 days unless a tenant of the chain set them, the nearest winning', () => {
    expect(effectiveReminderLeadDays([])).toEqual([3, 1]);
    expect(effectiveReminderLeadDays([{ reminderLeadDays: [5, 2] }, { reminderLeadDays: null }])).toEqual([5, 2]);
    expect(effectiveReminderLeadDays([{ reminderLeadDays: [5, 2] }, { reminderLeadDays: [] }])).toEqual([]);
  });

  it('are whole days from 1 to 30, at most five of them', () => {
    expect(reminderLeadDaysProblem([7, 3, 1])).toBeNull();
    expect(reminderLeadDaysProblem([])).toBeNull();
    expect(reminderLeadDaysProblem([0])).toMatch(/1–30 之间的整数（收到 0）/);
    expect(reminderLeadDaysProblem([31])).toMatch(/收到 31/);
    expect(reminderLeadDaysProblem([1.5])).toMatch(/整数/);
    expect(reminderLeadDaysProblem([1, 2, 3, 4, 5, 6])).toMatch(/最多设定 5 个/);
  });

  it('are stored once each, the earliest reminder first', () => {
    expect(reminderLeadDaysRecord([1, 3, 1, 7])).toEqual([7, 3, 1]);
  });
});

describe('changedYears', () => {
  it('is the years added or removed, ascending', () => {
    expect(changedYears([2026, 2027], [2028, 2026])).toEqual([2027, 2028]);
    expect(changedYears([2027], [2027])).toEqual([]);
  });
});

function calendarWith(overrides: CalendarOverride[] = [], extraYears: number[] = []): TenantCalendar {
  return { calendar: provisionalCalendar(officialCalendar({ overrides, extraYears })), settings: [], reminderLeadDays: [3, 1] };
}

function stage(s: Stage, startedOn: string, stored: { base: string | null; deadline: string | null; provisional?: boolean }, extra: { pauses?: Pause[]; extensionDays?: number } = {}) {
  return {
    stage: s,
    startedOn: startedOn as IsoDate,
    pauses: extra.pauses ?? [],
    extensionDays: extra.extensionDays ?? 0,
    baseDeadline: stored.base as IsoDate | null,
    deadline: stored.deadline as IsoDate | null,
    provisional: stored.provisional ?? false,
  };
}

const holiday = (date: string): CalendarOverride => ({ date: date as IsoDate, kind: 'HOLIDAY', name: '地方假日' });

describe('recomputedDeadline', () => {
  it('is null when the stored deadlines still hold', () => {
    expect(recomputedDeadline(stage('ROUTE', '2026-03-02', { base: '2026-03-17', deadline: '2026-03-17' }), calendarWith())).toBeNull();
  });

  it('moves a deadline that now falls on a local holiday to the next working day', () => {
    const next = recomputedDeadline(stage('ROUTE', '2026-03-02', { base: '2026-03-17', deadline: '2026-03-17' }), calendarWith([holiday('2026-03-17')]));
    expect(next).toEqual({ baseDeadline: '2026-03-18', deadline: '2026-03-18', provisional: false });
  });

  it('keeps the approved extension on top of the base deadline', () => {
    // 60 days from 2 March end on 1 May (劳动节, off to 5 May); the 30 days run from 6 May.
    const next = recomputedDeadline(stage('HANDLE', '2026-03-02', { base: null, deadline: null }, { extensionDays: 30 }), calendarWith());
    expect(next).toEqual({ baseDeadline: '2026-05-06', deadline: '2026-06-05', provisional: false });
  });

  it('excludes the recorded hearing days of a re-examination', () => {
    const pauses: Pause[] = [['2026-03-10' as IsoDate, '2026-03-12' as IsoDate]];
    const without = recomputedDeadline(stage('REEXAMINATION', '2026-03-02', { base: null, deadline: null }), calendarWith());
    const withPauses = recomputedDeadline(stage('REEXAMINATION', '2026-03-02', { base: null, deadline: null }, { pauses }), calendarWith());
    expect(without?.deadline).toBe('2026-04-01');
    // 3 paused days push 4 April, in the 清明 holiday, to 7 April.
    expect(withPauses?.deadline).toBe('2026-04-07');
  });

  it('clears the provisional flag once the year is declared', () => {
    const guessed = stage('ROUTE', '2026-12-20', { base: '2027-01-04', deadline: '2027-01-04', provisional: true });
    expect(recomputedDeadline(guessed, calendarWith())).toBeNull();
    expect(recomputedDeadline(guessed, calendarWith([], [2027]))).toEqual({ baseDeadline: '2027-01-04', deadline: '2027-01-04', provisional: false });
  });

  it('refuses recorded pauses on a stage whose clock never pauses', () => {
    const pauses: Pause[] = [['2026-03-10' as IsoDate, '2026-03-12' as IsoDate]];
    expect(() => recomputedDeadline(stage('ROUTE', '2026-03-02', { base: null, deadline: null }, { pauses }), calendarWith())).toThrow(AppError);
  });
});
