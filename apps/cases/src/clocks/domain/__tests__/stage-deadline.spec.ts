import { describe, expect, it } from '@jest/globals';
import { type CalendarOverride, type IsoDate, type Pause, type Stage, officialCalendar, provisionalCalendar } from '#common/calendar';
import { AppError } from '#common/errors';
import { type ClockCalendar, recomputedDeadline } from '../stage-deadline.js';

function calendarWith(overrides: CalendarOverride[] = [], extraYears: number[] = []): ClockCalendar {
  return { calendar: provisionalCalendar(officialCalendar({ overrides, extraYears })), settings: [] };
}

function stage(
  s: Stage,
  startedOn: string,
  stored: { base: string | null; deadline: string | null; provisional?: boolean },
  extra: { pauses?: Pause[]; extensionDays?: number } = {},
) {
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
