import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ErrorCode, type AppError } from '#common/errors';
import { type IsoDate, elapsedDays, fromDayNumber, isoDate, toDayNumber } from '#common/calendar';
import { CadenceKind, TaskState } from '../../../domain/index.js';
import { DEFAULT_CADENCE, type ReportingCadence, cadencePeriod, reportingEndsOn, reportingStatus } from '../index.js';

const d = isoDate;
const START = toDayNumber(d('2025-01-06'));

const arbCadence: fc.Arbitrary<ReportingCadence> = fc.oneof(
  fc.constant(DEFAULT_CADENCE),
  fc.integer({ min: 1, max: 30 }).map((days) => ({ kind: CadenceKind.EVERY_N_DAYS, days }) as const),
);
/** A date from a month before the start to a year after it. */
const arbDate: fc.Arbitrary<IsoDate> = fc.integer({ min: START - 30, max: START + 365 }).map(fromDayNumber);
const start = fromDayNumber(START);

describe('reporting cadence', () => {
  it('is weekly by default', () => {
    expect(cadencePeriod(DEFAULT_CADENCE)).toBe(7);
    expect(cadencePeriod({ kind: CadenceKind.EVERY_N_DAYS, days: 10 })).toBe(10);
  });

  it('refuses a period that is not a whole number of days', () => {
    for (const days of [0, -7, 1.5, 400]) {
      let code: string | undefined;
      try {
        cadencePeriod({ kind: CadenceKind.EVERY_N_DAYS, days });
      } catch (error) {
        code = (error as AppError).code;
      }
      expect(code).toBe(ErrorCode.VALIDATION);
    }
  });

  it('lists the due dates and the weeks without a report', () => {
    // Started Monday 6 January; due 13, 20, 27 January; reported on the 10th and the 27th.
    const status = reportingStatus(d('2025-01-06'), DEFAULT_CADENCE, [d('2025-01-10'), d('2025-01-27')], d('2025-01-29'));
    expect(status.dueDates).toEqual(['2025-01-13', '2025-01-20', '2025-01-27']);
    expect(status.missed).toEqual(['2025-01-20']);
    expect(status.nextDue).toBe('2025-02-03');
  });

  it('counts a report on the due date for that period, and leaves today’s due date open', () => {
    expect(reportingStatus(d('2025-01-06'), DEFAULT_CADENCE, [d('2025-01-13')], d('2025-01-14')).missed).toEqual([]);
    expect(reportingStatus(d('2025-01-06'), DEFAULT_CADENCE, [], d('2025-01-13')).missed).toEqual([]);
    expect(reportingStatus(d('2025-01-06'), DEFAULT_CADENCE, [], d('2025-01-14')).missed).toEqual(['2025-01-13']);
  });

  it('owes nothing before the start', () => {
    expect(reportingStatus(d('2025-01-06'), DEFAULT_CADENCE, [], d('2025-01-01'))).toEqual({ dueDates: [], missed: [], nextDue: '2025-01-13' });
  });

  it('has floor(days / period) due dates', () => {
    fc.assert(
      fc.property(arbCadence, arbDate, fc.array(arbDate), (cadence, today, reports) => {
        const { dueDates, missed } = reportingStatus(start, cadence, reports, today);
        expect(dueDates).toHaveLength(Math.max(0, Math.floor(elapsedDays(start, today) / cadencePeriod(cadence))));
        expect(missed.length).toBeLessThanOrEqual(dueDates.length);
      }),
    );
  });

  it('never misses more for one more report', () => {
    fc.assert(
      fc.property(arbCadence, arbDate, fc.array(arbDate), arbDate, (cadence, today, reports, extra) => {
        const before = reportingStatus(start, cadence, reports, today).missed.length;
        expect(reportingStatus(start, cadence, [...reports, extra], today).missed.length).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('ignores reports after today', () => {
    fc.assert(
      fc.property(arbCadence, arbDate, fc.array(arbDate), (cadence, today, reports) => {
        const upToToday = reports.filter((r) => r <= today);
        expect(reportingStatus(start, cadence, reports, today)).toEqual(reportingStatus(start, cadence, upToToday, today));
      }),
    );
  });
});

describe('reportingEndsOn', () => {
  const today = isoDate('2026-12-20');
  const done = isoDate('2026-12-08');
  const closed = isoDate('2026-12-12');

  it('runs to today while the task is worked on, also after a send-back', () => {
    for (const state of [TaskState.ASSIGNED, TaskState.RECEIVED, TaskState.IN_PROGRESS, TaskState.SENT_BACK]) {
      expect(reportingEndsOn({ state, reportedDoneOn: null, closedOn: null }, today)).toBe(today);
    }
  });

  it('ends the day the task was reported done, or the day it was withdrawn', () => {
    expect(reportingEndsOn({ state: TaskState.REPORTED_DONE, reportedDoneOn: done, closedOn: null }, today)).toBe(done);
    expect(reportingEndsOn({ state: TaskState.SIGNED_OFF, reportedDoneOn: done, closedOn: closed }, today)).toBe(done);
    expect(reportingEndsOn({ state: TaskState.CANCELLED, reportedDoneOn: null, closedOn: closed }, today)).toBe(closed);
  });
});
