import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  chinaTime,
  fromDayNumber,
  isoDate,
  isWorkingTime,
  nextWorkingMorning,
  officialCalendar,
  OFFICE_HOURS,
  overdueAt,
  plusDays,
  reminderAt,
  toDayNumber,
} from '../index.js';
import { chinaDateOf } from '#common/clock';

const calendar = officialCalendar();
const at = (iso: string) => new Date(iso);
// China time written as such, so the cases read like the office calendar.
const cst = (local: string) => new Date(`${local}+08:00`);

describe('office hours', () => {
  it('puts a China wall-clock time at the right instant', () => {
    expect(chinaTime(isoDate('2026-03-02'), OFFICE_HOURS.start)).toEqual(at('2026-03-02T01:00:00Z'));
    expect(chinaTime(isoDate('2026-03-02'))).toEqual(at('2026-03-01T16:00:00Z'));
  });

  it('are 09:00 to 17:30 China time on working days, make-up Saturdays included', () => {
    expect(isWorkingTime(cst('2026-03-02T09:00'), calendar)).toBe(true); // Monday
    expect(isWorkingTime(cst('2026-03-02T08:59'), calendar)).toBe(false);
    expect(isWorkingTime(cst('2026-03-02T17:29'), calendar)).toBe(true);
    expect(isWorkingTime(cst('2026-03-02T17:30'), calendar)).toBe(false);
    expect(isWorkingTime(cst('2026-03-07T10:00'), calendar)).toBe(false); // Saturday
    expect(isWorkingTime(cst('2026-02-14T10:00'), calendar)).toBe(true); // make-up Saturday before the Spring Festival
    expect(isWorkingTime(cst('2026-02-16T10:00'), calendar)).toBe(false); // Spring Festival, a Monday
  });

  it('resume on the next working morning', () => {
    expect(nextWorkingMorning(cst('2026-03-06T18:00'), calendar)).toEqual(cst('2026-03-09T09:00')); // Friday evening → Monday
    expect(nextWorkingMorning(cst('2026-03-02T07:00'), calendar)).toEqual(cst('2026-03-02T09:00'));
    expect(nextWorkingMorning(cst('2026-03-02T09:00'), calendar)).toEqual(cst('2026-03-02T09:00'));
    // A millisecond past the opening has missed it (found by the property below).
    expect(nextWorkingMorning(new Date(cst('2026-03-02T09:00').getTime() + 1), calendar)).toEqual(cst('2026-03-03T09:00'));
    expect(nextWorkingMorning(cst('2026-02-13T18:00'), calendar)).toEqual(cst('2026-02-14T09:00'));
    expect(nextWorkingMorning(cst('2026-02-14T18:00'), calendar)).toEqual(cst('2026-02-24T09:00'));
  });
});

describe('reminder and overdue instants', () => {
  it('remind at 09:00 of the day the lead points to, or of the next working day', () => {
    // Deadline Tuesday 10 March 2026: three days before is a Saturday.
    expect(reminderAt(isoDate('2026-03-10'), 3, calendar)).toEqual(cst('2026-03-09T09:00'));
    expect(reminderAt(isoDate('2026-03-10'), 1, calendar)).toEqual(cst('2026-03-09T09:00'));
    expect(reminderAt(isoDate('2026-03-12'), 3, calendar)).toEqual(cst('2026-03-09T09:00'));
    // Thursday 26 February: three days before is still the Spring Festival.
    expect(reminderAt(isoDate('2026-02-26'), 3, calendar)).toEqual(cst('2026-02-24T09:00'));
    // A Monday deadline's one-day reminder falls on Sunday: the deadline day's own morning.
    expect(reminderAt(isoDate('2026-03-02'), 1, calendar)).toEqual(cst('2026-03-02T09:00'));
  });

  it('are overdue from midnight China time after the deadline day', () => {
    expect(overdueAt(isoDate('2026-03-10'))).toEqual(cst('2026-03-11T00:00'));
  });
});

describe('working time properties', () => {
  // 2015–2025 with up to 30 days of lead: every date stays inside the years the package covers.
  const day = fc.integer({ min: toDayNumber(isoDate('2015-02-01')), max: toDayNumber(isoDate('2025-12-31')) }).map(fromDayNumber);
  const lead = fc.integer({ min: 1, max: 30 });
  const instant = fc.integer({ min: chinaTime(isoDate('2015-01-01')).getTime(), max: chinaTime(isoDate('2025-12-20')).getTime() }).map((ms) => new Date(ms));

  it('a reminder is always in office hours of a working day, never before the lead asks, and before the deadline passes', () => {
    fc.assert(
      fc.property(day, lead, (deadline, leadDays) => {
        const fire = reminderAt(deadline, leadDays, calendar);
        expect(isWorkingTime(fire, calendar)).toBe(true);
        expect(fire.getTime()).toBeGreaterThanOrEqual(chinaTime(plusDays(deadline, -leadDays), OFFICE_HOURS.start).getTime());
        if (calendar.isWorkingDay(deadline)) {
          expect(fire.getTime()).toBeLessThanOrEqual(chinaTime(deadline, OFFICE_HOURS.start).getTime());
          expect(fire.getTime()).toBeLessThan(overdueAt(deadline).getTime());
        }
      }),
    );
  });

  it('a longer lead never reminds later than a shorter one', () => {
    fc.assert(
      fc.property(day, lead, lead, (deadline, a, b) => {
        const [shorter, longer] = a < b ? [a, b] : [b, a];
        expect(reminderAt(deadline, longer, calendar).getTime()).toBeLessThanOrEqual(reminderAt(deadline, shorter, calendar).getTime());
      }),
    );
  });

  it('the next working morning is the first office opening at or after the instant', () => {
    fc.assert(
      fc.property(instant, (from) => {
        const next = nextWorkingMorning(from, calendar);
        expect(next.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(isWorkingTime(next, calendar)).toBe(true);
        // No working day's opening lies in between.
        for (let d = chinaDateOf(from); d < chinaDateOf(next); d = plusDays(d, 1)) {
          const opening = chinaTime(d, OFFICE_HOURS.start);
          expect(calendar.isWorkingDay(d) && opening >= from).toBe(false);
        }
      }),
    );
  });

  it('working time is exactly office hours on a working day', () => {
    fc.assert(
      fc.property(instant, (i) => {
        const local = new Date(i.getTime() + 8 * 3600_000);
        const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
        const expected = calendar.isWorkingDay(chinaDateOf(i)) && minutes >= OFFICE_HOURS.start && minutes < OFFICE_HOURS.end;
        expect(isWorkingTime(i, calendar)).toBe(expected);
      }),
    );
  });
});
