import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { chinaTime, fromDayNumber, isoDate, isWorkingTime, nextWorkingMorning, officialCalendar, overdueAt, toDayNumber } from '../../calendar/index.js';
import { clockLapse, clockTriggers, jobVerdict, owedTrigger, triggerId } from '../trigger-rules.js';

const calendar = officialCalendar();
const PREFIX = 'case';
const STAGE = '6f1c1a52-9a0e-4d5e-8a3b-2f4a7c9d1e00';
const cst = (local: string) => new Date(`${local}+08:00`);
// Tuesday 10 March 2026: three days before is a Saturday.
const deadline = isoDate('2026-03-10');
const triggers = clockTriggers(PREFIX, STAGE, deadline, [3, 1], calendar);
const [three, one, overdue] = triggers;

describe('the triggers of a clock', () => {
  it('have deterministic ids without a colon, one per kind, lead and deadline', () => {
    expect(triggers.map((t) => t.id)).toEqual([
      `case-${STAGE}-REMINDER-3-2026-03-10`,
      `case-${STAGE}-REMINDER-1-2026-03-10`,
      `case-${STAGE}-OVERDUE-2026-03-10`,
    ]);
    expect(triggers.every((t) => !t.id.includes(':'))).toBe(true);
    expect(triggerId(PREFIX, STAGE, 'OVERDUE', null, isoDate('2026-03-11'))).not.toBe(overdue.id);
  });

  it('remind on working mornings and fall overdue at midnight after the deadline day', () => {
    expect(three.at).toEqual(cst('2026-03-09T09:00')); // Saturday → Monday
    expect(one.at).toEqual(cst('2026-03-09T09:00'));
    expect(overdue.at).toEqual(cst('2026-03-11T00:00'));
  });
});

describe('the lapse of a petitioner window', () => {
  it('has a deterministic id of its own and comes at midnight after the last day, China time, whatever day that is', () => {
    expect(clockLapse(PREFIX, STAGE, deadline)).toEqual({ id: `case-${STAGE}-LAPSE-2026-03-10`, deadline, at: cst('2026-03-11T00:00') });
    expect(clockLapse(PREFIX, STAGE, deadline).id).not.toBe(clockLapse(PREFIX, STAGE, isoDate('2026-03-11')).id);
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber(isoDate('2020-01-01')), max: toDayNumber(isoDate('2035-12-31')) }), (day) => {
        const last = fromDayNumber(day);
        const lapse = clockLapse(PREFIX, STAGE, last);
        expect(lapse.at).toEqual(overdueAt(last));
        expect(lapse.id.includes(':')).toBe(false);
        expect(triggers.map((t) => t.id)).not.toContain(lapse.id);
      }),
    );
  });
});

describe('owedTrigger', () => {
  it('owes nothing before the first reminder', () => {
    expect(owedTrigger(triggers, [], cst('2026-03-09T08:59'))).toBeNull();
  });

  it('owes the latest reminder whose moment has come: the three-day one moved onto the one-day one is superseded', () => {
    expect(owedTrigger(triggers, [], cst('2026-03-09T09:00'))).toBe(one);
    const later = clockTriggers(PREFIX, STAGE, isoDate('2026-03-13'), [3, 1], calendar); // Friday: Tue 10th and Thu 12th
    expect(owedTrigger(later, [], cst('2026-03-10T10:00'))?.leadDays).toBe(3);
    expect(owedTrigger(later, [], cst('2026-03-12T10:00'))?.leadDays).toBe(1);
  });

  it('owes the overdue trigger from midnight after the deadline day, and no reminder after it', () => {
    expect(owedTrigger(triggers, [], cst('2026-03-10T23:59'))).toBe(one);
    expect(owedTrigger(triggers, [], cst('2026-03-11T00:00'))).toBe(overdue);
  });

  it('owes nothing once the owed trigger, or a reminder as late as the owed one, is recorded', () => {
    expect(owedTrigger(triggers, [{ kind: 'OVERDUE', leadDays: null }], cst('2026-03-11T00:00'))).toBeNull();
    expect(owedTrigger(triggers, [{ kind: 'REMINDER', leadDays: 1 }], cst('2026-03-10T10:00'))).toBeNull();
    // The tenant has since changed its leads to seven days: the clock was reminded three days before, later than seven.
    const seven = clockTriggers(PREFIX, STAGE, deadline, [7], calendar);
    expect(owedTrigger(seven, [{ kind: 'REMINDER', leadDays: 3 }], cst('2026-03-09T10:00'))).toBeNull();
    expect(owedTrigger(seven, [], cst('2026-03-09T10:00'))?.leadDays).toBe(7);
  });
});

describe('jobVerdict', () => {
  it('recognises its own trigger recorded already', () => {
    expect(jobVerdict(one.id, triggers, [{ kind: 'REMINDER', leadDays: 1 }], cst('2026-03-09T09:00'), calendar)).toEqual({ action: 'DUPLICATE' });
  });

  it('emits a reminder in office hours once its moment has come', () => {
    expect(jobVerdict(one.id, triggers, [], cst('2026-03-09T09:00'), calendar)).toEqual({ action: 'EMIT', trigger: one });
  });

  it('sends a job that came early back to wait for its moment', () => {
    expect(jobVerdict(one.id, triggers, [], cst('2026-03-07T10:00'), calendar)).toEqual({ action: 'RETRY', at: cst('2026-03-09T09:00') });
  });

  it('holds a reminder owed outside office hours until the next working morning', () => {
    expect(jobVerdict(one.id, triggers, [], cst('2026-03-09T20:00'), calendar)).toEqual({ action: 'RETRY', at: cst('2026-03-10T09:00') });
  });

  it('fires the overdue trigger at any hour, and drops what is superseded or no longer configured', () => {
    expect(jobVerdict(overdue.id, triggers, [], cst('2026-03-11T00:00'), calendar)).toEqual({ action: 'EMIT', trigger: overdue });
    expect(jobVerdict(three.id, triggers, [], cst('2026-03-09T10:00'), calendar)).toEqual({ action: 'DROP' });
    expect(jobVerdict(one.id, triggers, [], cst('2026-03-11T10:00'), calendar)).toEqual({ action: 'DROP' });
    expect(jobVerdict(`case-${STAGE}-REMINDER-5-2026-03-10`, triggers, [], cst('2026-03-09T10:00'), calendar)).toEqual({ action: 'DROP' });
  });
});

describe('trigger properties', () => {
  // Deadlines on working days of 2015–2025, as the arithmetic produces them.
  const workingDeadline = fc
    .integer({ min: toDayNumber(isoDate('2015-02-01')), max: toDayNumber(isoDate('2025-12-20')) })
    .map(fromDayNumber)
    .filter((d) => calendar.isWorkingDay(d));
  const leads = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 0, maxLength: 5 });
  // From a month before the deadline to two days after it, to the minute.
  const offset = fc.integer({ min: -31 * 1440, max: 2 * 1440 });

  it('a job, fired at any moment, emits only its owed trigger, a reminder only in office hours and before the deadline passes', () => {
    fc.assert(
      fc.property(workingDeadline, leads, offset, fc.nat(5), (d, l, minutes, pick) => {
        const all = clockTriggers(PREFIX, STAGE, d, l, calendar);
        const job = all[pick % all.length];
        const now = new Date(chinaTime(d).getTime() + minutes * 60_000);
        const verdict = jobVerdict(job.id, all, [], now, calendar);
        if (verdict.action === 'EMIT') {
          expect(verdict.trigger).toBe(owedTrigger(all, [], now));
          if (job.kind === 'REMINDER') {
            expect(isWorkingTime(now, calendar)).toBe(true);
            expect(now < overdueAt(d)).toBe(true);
          } else {
            expect(now >= overdueAt(d)).toBe(true);
          }
        }
        if (verdict.action === 'RETRY') {
          expect(verdict.at > now).toBe(true);
          if (job.kind === 'REMINDER') expect(isWorkingTime(verdict.at, calendar)).toBe(true);
        }
      }),
    );
  });

  it('a job fires at its moment, or at once when that has passed, a reminder waiting for the next working morning; else it is superseded', () => {
    fc.assert(
      fc.property(workingDeadline, leads, offset, (d, l, minutes) => {
        const all = clockTriggers(PREFIX, STAGE, d, l, calendar);
        const start = new Date(chinaTime(d).getTime() + minutes * 60_000);
        for (const job of all) {
          const expected = start < job.at ? job.at : job.kind === 'OVERDUE' || isWorkingTime(start, calendar) ? start : nextWorkingMorning(start, calendar);
          let now = start;
          let verdict = jobVerdict(job.id, all, [], now, calendar);
          for (let hops = 0; verdict.action === 'RETRY'; hops++) {
            expect(hops).toBeLessThan(3);
            now = verdict.at;
            verdict = jobVerdict(job.id, all, [], now, calendar);
          }
          if (verdict.action === 'EMIT') expect(now).toEqual(expected);
          else expect(owedTrigger(all, [], now)?.id).not.toBe(job.id);
        }
      }),
    );
  });
});
