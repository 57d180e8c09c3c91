import { describe, expect, it } from '@jest/globals';
import { effectiveReminderLeadDays } from '#common/deadlines';
import {
  changedYears,
  effectiveRules,
  reminderLeadDaysProblem,
  reminderLeadDaysRecord,
  tighteningList,
  tighteningRecord,
  tighteningsProblem,
} from '../calendar-rules.js';

describe('effective rules', () => {
  it('lists every stage in the statute order, tightened where a tenant of the chain shortened it', () => {
    const rules = effectiveRules([{ tightenings: { ROUTE: 10 } }, { dayCounting: 'WORKING_DAYS', tightenings: { ROUTE: 12, RECEIVE: 0 } }]);
    expect(rules.map((r) => r.stage)).toEqual([
      'ROUTE',
      'RECEIVE',
      'OBJECT',
      'NOTIFY',
      'HANDLE',
      'REVIEW_WINDOW',
      'REVIEW',
      'REEXAMINATION_WINDOW',
      'REEXAMINATION',
    ]);
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
    expect(
      tighteningsProblem(
        [
          { stage: 'NOTIFY', days: 3 },
          { stage: 'RECEIVE', days: 0 },
        ],
        [{ tightenings: { NOTIFY: 5 } }],
      ),
    ).toBeNull();
  });

  it('refuses a period longer than the statute', () => {
    expect(tighteningsProblem([{ stage: 'ROUTE', days: 20 }], [])).toMatch(/不得长于《信访工作条例》第二十二条规定的 15 日/);
  });

  it("refuses a period looser than an ancestor's", () => {
    expect(tighteningsProblem([{ stage: 'NOTIFY', days: 10 }], [{ tightenings: { NOTIFY: 7 } }])).toMatch(/上级已设定的 7 日/);
  });

  it('refuses a stage given twice', () => {
    expect(
      tighteningsProblem(
        [
          { stage: 'ROUTE', days: 5 },
          { stage: 'ROUTE', days: 4 },
        ],
        [],
      ),
    ).toMatch(/重复/);
  });
});

describe('tightening lists and records', () => {
  it('round-trip in the statute order', () => {
    const record = tighteningRecord([
      { stage: 'HANDLE', days: 45 },
      { stage: 'ROUTE', days: 10 },
    ]);
    expect(record).toEqual({ HANDLE: 45, ROUTE: 10 });
    expect(tighteningList(record)).toEqual([
      { stage: 'ROUTE', days: 10 },
      { stage: 'HANDLE', days: 45 },
    ]);
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
