import { describe, expect, it } from '@jest/globals';
import { isoDate, officialCalendar, type Stage } from '#common/calendar';
import { deadlineFor, type TenantCalendarSettings } from '../statutory-rules.js';

// Hand-computed against the official arrangements as the package reports them (they agree with the
// notices of 国务院办公厅):
// 2025 春节 1-28…2-4 off, 1-26 (Sun) and 2-8 (Sat) worked; 端午 5-31…6-2 off;
//      国庆/中秋 10-1…10-8 off, 9-28 (Sun) and 10-11 (Sat) worked.
// 2026 春节 2-15…2-23 off, 2-14 (Sat) and 2-28 (Sat) worked; 清明 4-4…4-6 off;
//      国庆 10-1…10-7 off, 9-20 (Sun) and 10-10 (Sat) worked.
const calendar = officialCalendar();
const d = isoDate;

describe('deadlineFor with the statutory rules', () => {
  const county: TenantCalendarSettings[] = [{}, {}, { tightenings: { RECEIVE: 0, NOTIFY: 3 } }];

  it.each<[string, Stage, string, TenantCalendarSettings[], string | null]>([
    ['object: 5 working days', 'OBJECT', '2025-09-30', [], '2025-10-14'],
    ['route: 15 days into Spring Festival 2026', 'ROUTE', '2026-02-01', [], '2026-02-24'],
    // 12-17 + 60 = 2026-02-15, first day of Spring Festival: 2-24
    ['handle: 60 days into Spring Festival 2026', 'HANDLE', '2025-12-17', [], '2026-02-24'],
    ['sign-for: no statutory period', 'RECEIVE', '2025-10-11', [], null],
    ['sign-for tightened to the same day, on a make-up Saturday', 'RECEIVE', '2025-10-11', county, '2025-10-11'],
    ['sign-for the same day, registered during a holiday', 'RECEIVE', '2025-10-04', county, '2025-10-09'],
    // 9-30 + 3 = 10-3, holiday: 10-9
    ['notify tightened to 3 days', 'NOTIFY', '2025-09-30', county, '2025-10-09'],
    // 10-9, 10-10, 10-11 (make-up Sat)
    ['notify in 3 working days', 'NOTIFY', '2025-09-30', [{ dayCounting: 'WORKING_DAYS' }, ...county], '2025-10-11'],
  ])('%s', (_name, stage, start, settings, expected) => {
    expect(deadlineFor(stage, d(start), { calendar, settings })).toBe(expected);
  });

  it('adds an approved extension to the handling deadline under the same rule', () => {
    // 60 days: 2026-02-24 (see above); + 30 = 3-26, a Thursday
    expect(deadlineFor('HANDLE', d('2025-12-17'), { calendar, extensionDays: 30 })).toBe('2026-03-26');
    // 2025-11-01 + 60 = 12-31 (Wed); + 30 = 2026-01-30 (Fri)
    expect(deadlineFor('HANDLE', d('2025-11-01'), { calendar, extensionDays: 30 })).toBe('2026-01-30');
  });

  it('excludes a hearing from the re-examination clock', () => {
    // 3-2 + 30 = 4-1; a 3-day hearing 3-10…3-12 moves it to 4-4, inside 清明 (4-4…4-6): Tue 4-7
    expect(deadlineFor('REEXAMINATION', d('2026-03-02'), { calendar })).toBe('2026-04-01');
    expect(deadlineFor('REEXAMINATION', d('2026-03-02'), { calendar, pauses: [[d('2026-03-10'), d('2026-03-12')]] })).toBe('2026-04-07');
  });

  it('refuses a year the package does not cover, unless the overrides complete it', () => {
    expect(() => deadlineFor('ROUTE', d('2026-12-20'), { calendar })).toThrow('尚无2027年的法定节假日安排');
    const completed = officialCalendar({
      extraYears: [2027],
      overrides: [{ date: d('2027-01-01'), kind: 'HOLIDAY', name: '元旦' }],
    });
    // 12-20 + 15 = 2027-01-04, a Monday
    expect(deadlineFor('ROUTE', d('2026-12-20'), { calendar: completed })).toBe('2027-01-04');
  });
});
