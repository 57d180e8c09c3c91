import { describe, expect, it } from '@jest/globals';
import { addCalendarDays, isoDate, officialCalendar, provisionalCalendar } from '../index.js';

describe('provisionalCalendar', () => {
  const official = officialCalendar();
  const calendar = provisionalCalendar(official);

  it('answers a published year exactly as the official calendar does', () => {
    // 2026-02-14 is a make-up Saturday; 2026-02-16 is in the Spring Festival holiday.
    expect(calendar.isWorkingDay(isoDate('2026-02-14'))).toBe(true);
    expect(calendar.isWorkingDay(isoDate('2026-02-16'))).toBe(false);
    expect(calendar.isGuessed(2026)).toBe(false);
  });

  it('guesses an unpublished year from weekends and the fixed-date holidays, and says it guessed', () => {
    expect(official.covers(2031)).toBe(false);
    expect(calendar.isGuessed(2031)).toBe(true);
    expect(calendar.isWorkingDay(isoDate('2031-01-01'))).toBe(false); // 元旦, a Wednesday
    expect(calendar.isWorkingDay(isoDate('2031-01-02'))).toBe(true);
    expect(calendar.isWorkingDay(isoDate('2031-01-04'))).toBe(false); // Saturday
    expect(calendar.isWorkingDay(isoDate('2031-10-03'))).toBe(false); // 国庆, a Friday
  });

  it('lets a deadline cross into an unpublished year instead of refusing', () => {
    expect(() => addCalendarDays(isoDate('2030-12-20'), 15, official)).toThrow('2031');
    // 2031-01-04 is a Saturday: the deadline moves to Monday.
    expect(addCalendarDays(isoDate('2030-12-20'), 15, provisionalCalendar(official))).toBe('2031-01-06');
  });
});
