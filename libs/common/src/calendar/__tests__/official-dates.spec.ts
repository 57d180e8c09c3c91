import { describe, expect, it } from '@jest/globals';
import { addCalendarDays, addWorkingDays, chineseDaysYears, elapsedWorkingDays, isoDate, officialCalendar } from '../index.js';

// Hand-computed against the official arrangements as the package reports them (they agree with the
// notices of 国务院办公厅):
// 2025 春节 1-28…2-4 off, 1-26 (Sun) and 2-8 (Sat) worked; 端午 5-31…6-2 off;
//      国庆/中秋 10-1…10-8 off, 9-28 (Sun) and 10-11 (Sat) worked.
// 2026 春节 2-15…2-23 off, 2-14 (Sat) and 2-28 (Sat) worked; 清明 4-4…4-6 off;
//      国庆 10-1…10-7 off, 9-20 (Sun) and 10-10 (Sat) worked.
const calendar = officialCalendar();
const d = isoDate;

describe('the official calendar from chinese-days', () => {
  it('covers 2004 to 2026 and no later year', () => {
    const years = chineseDaysYears();
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(calendar.covers(2026)).toBe(true);
    expect(calendar.covers(2027)).toBe(false);
  });

  it.each([
    ['2025-09-28', true, 'make-up Sunday before National Day 2025'],
    ['2025-10-08', false, 'last day of National Day 2025'],
    ['2025-10-11', true, 'make-up Saturday after National Day 2025'],
    ['2026-02-14', true, 'make-up Saturday before Spring Festival 2026'],
    ['2026-02-23', false, 'Monday inside Spring Festival 2026'],
    ['2026-02-28', true, 'make-up Saturday after Spring Festival 2026'],
    ['2026-03-07', false, 'an ordinary Saturday'],
    ['2026-03-09', true, 'an ordinary Monday'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(d(date))).toBe(working);
  });
});

describe('real deadlines across Spring Festival and National Day', () => {
  it.each<[string, string, number, string]>([
    // 9-28 (make-up Sun) 1, 9-29 2, 9-30 3, holiday 10-1…10-8, 10-9 4, 10-10 5
    ['5 working days from the Friday before National Day 2025', '2025-09-26', 5, '2025-10-10'],
    // 10-9 1, 10-10 2, 10-11 (make-up Sat) 3, 10-13 4, 10-14 5
    ['5 working days from the eve of National Day 2025', '2025-09-30', 5, '2025-10-14'],
    // 1-26 (make-up Sun) 1, 1-27 2, holiday 1-28…2-4, 2-5 3, 2-6 4, 2-7 5
    ['5 working days across Spring Festival 2025', '2025-01-24', 5, '2025-02-07'],
  ])('%s', (_name, start, n, expected) => {
    expect(addWorkingDays(d(start), n, calendar)).toBe(expected);
  });

  it.each<[string, string, number, string]>([
    // 2-1 + 15 = 2-16, inside the holiday 2-15…2-23: the first working day after it is Tue 2-24
    ['15 days ending inside Spring Festival 2026', '2026-02-01', 15, '2026-02-24'],
    // 1-30 + 15 = 2-14, a make-up Saturday: a working day, the deadline stays
    ['15 days ending on the make-up Saturday before Spring Festival 2026', '2026-01-30', 15, '2026-02-14'],
    // 9-20 + 15 = 10-5, inside National Day 2026 (10-1…10-7): Thu 10-8
    ['15 days ending inside National Day 2026', '2026-09-20', 15, '2026-10-08'],
    // 5-2 + 30 = 6-1, Sunday inside 端午 2025 (5-31…6-2): Tue 6-3
    ['30 days ending inside the Dragon Boat holiday 2025', '2025-05-02', 30, '2025-06-03'],
    // 3-1 + 6 = 3-7, an ordinary Saturday: Monday 3-9
    ['a deadline on an ordinary Saturday moves to Monday', '2026-03-01', 6, '2026-03-09'],
  ])('%s', (_name, start, n, expected) => {
    expect(addCalendarDays(d(start), n, calendar)).toBe(expected);
  });

  it('counts the working days elapsed across a holiday', () => {
    expect(elapsedWorkingDays(d('2025-09-30'), d('2025-10-10'), calendar)).toBe(2);
    expect(elapsedWorkingDays(d('2025-09-26'), d('2025-10-11'), calendar)).toBe(6);
  });
});
