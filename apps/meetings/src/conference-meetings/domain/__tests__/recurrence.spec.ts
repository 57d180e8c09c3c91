import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ErrorCode, type AppError } from '#common/errors';
import { type IsoDate, elapsedDays, fromDayNumber, isoDate, toDayNumber, weekdayOf } from '#common/calendar';
import { MeetingAction, MeetingState, RecurrenceKind, checkedRecurrence, nextMeetingState, nextOccurrence } from '../index.js';

const d = isoDate;
const BASE = toDayNumber(d('2026-01-01'));
const arbDate: fc.Arbitrary<IsoDate> = fc.integer({ min: BASE - 400, max: BASE + 800 }).map(fromDayNumber);

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('not refused');
}

describe('meeting recurrence', () => {
  it('plans a weekly meeting on the next of its weekday, a week on when held on that weekday', () => {
    const monday = checkedRecurrence(RecurrenceKind.WEEKLY, 1, null);
    // 2026-12-07 is a Monday.
    expect(nextOccurrence(monday, d('2026-12-07'))).toBe('2026-12-14');
    expect(nextOccurrence(monday, d('2026-12-09'))).toBe('2026-12-14');
    expect(nextOccurrence(monday, d('2026-12-13'))).toBe('2026-12-14');
    expect(nextOccurrence(checkedRecurrence(RecurrenceKind.WEEKLY, 0, null), d('2026-12-07'))).toBe('2026-12-13');
  });

  it('plans every N days from the day held', () => {
    expect(nextOccurrence(checkedRecurrence(RecurrenceKind.EVERY_N_DAYS, null, 10), d('2026-12-25'))).toBe('2027-01-04');
    expect(nextOccurrence(checkedRecurrence(RecurrenceKind.EVERY_N_DAYS, null, 1), d('2026-02-28'))).toBe('2026-03-01');
  });

  it('keeps a date that falls on a non-working day as scheduled', () => {
    // National Day: 2026-10-01 is a Thursday and a holiday; the weekly Thursday meeting stays there.
    expect(nextOccurrence(checkedRecurrence(RecurrenceKind.WEEKLY, 4, null), d('2026-09-24'))).toBe('2026-10-01');
    // A Saturday stays a Saturday.
    expect(nextOccurrence(checkedRecurrence(RecurrenceKind.EVERY_N_DAYS, null, 3), d('2026-12-09'))).toBe('2026-12-12');
  });

  it('refuses a weekday or a period out of range', () => {
    for (const weekday of [null, -1, 7, 1.5]) {
      expect(refusal(() => checkedRecurrence(RecurrenceKind.WEEKLY, weekday, null)).code).toBe(ErrorCode.VALIDATION);
    }
    for (const days of [null, 0, -3, 2.5, 367]) {
      expect(refusal(() => checkedRecurrence(RecurrenceKind.EVERY_N_DAYS, null, days)).code).toBe(ErrorCode.VALIDATION);
    }
  });

  it('weekly: always 1 to 7 days later, on the weekday', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 0, max: 6 }), (held, weekday) => {
        const next = nextOccurrence({ kind: RecurrenceKind.WEEKLY, weekday }, held);
        const gap = elapsedDays(held, next);
        expect(weekdayOf(next)).toBe(weekday);
        expect(gap).toBeGreaterThanOrEqual(1);
        expect(gap).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('every N days: exactly N days later, and repeating k times is k × N days', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 1, max: 366 }), fc.integer({ min: 1, max: 20 }), (held, days, k) => {
        const rule = { kind: RecurrenceKind.EVERY_N_DAYS, days } as const;
        expect(elapsedDays(held, nextOccurrence(rule, held))).toBe(days);
        let date = held;
        for (let i = 0; i < k; i++) date = nextOccurrence(rule, date);
        expect(elapsedDays(held, date)).toBe(k * days);
      }),
    );
  });

  it('weekly: a chain of occurrences is a week apart after the first', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 0, max: 6 }), (held, weekday) => {
        const rule = { kind: RecurrenceKind.WEEKLY, weekday } as const;
        const first = nextOccurrence(rule, held);
        const second = nextOccurrence(rule, first);
        expect(elapsedDays(first, second)).toBe(7);
      }),
    );
  });
});

describe('meeting states', () => {
  it('goes from planned to held or cancelled, and no further', () => {
    expect(nextMeetingState(MeetingState.PLANNED, MeetingAction.RECORD)).toBe(MeetingState.HELD);
    expect(nextMeetingState(MeetingState.PLANNED, MeetingAction.CANCEL)).toBe(MeetingState.CANCELLED);
    for (const state of [MeetingState.HELD, MeetingState.CANCELLED]) {
      for (const action of [MeetingAction.RECORD, MeetingAction.CANCEL]) {
        const error = refusal(() => nextMeetingState(state, action));
        expect(error.code).toBe(ErrorCode.INVALID_TRANSITION);
      }
    }
    expect(refusal(() => nextMeetingState(MeetingState.CANCELLED, MeetingAction.RECORD)).message).toBe('会议已取消，不能记录');
  });
});
