import { describe, expect, it } from '@jest/globals';
import { type CalendarOverride, holidayCalendar, isoDate, mergeOverrides, officialCalendar } from '../index.js';

const d = isoDate;

describe('overrides', () => {
  const province: CalendarOverride[] = [
    { date: d('2026-03-09'), kind: 'HOLIDAY', name: '省级纪念日' },
    { date: d('2026-03-14'), kind: 'WORKDAY', name: '补班' },
  ];
  const county: CalendarOverride[] = [{ date: d('2026-03-09'), kind: 'WORKDAY', name: '县里照常上班' }];

  it('merge from ancestor to descendant, the nearer tenant winning on the same date', () => {
    expect(mergeOverrides([province, [], county])).toEqual([county[0], province[1]]);
    expect(mergeOverrides([county, province])).toEqual([province[0], province[1]]);
  });

  it('apply on top of the official calendar', () => {
    const calendar = officialCalendar({ overrides: mergeOverrides([province]) });
    expect(calendar.isWorkingDay(d('2026-03-09'))).toBe(false);
    expect(calendar.isWorkingDay(d('2026-03-14'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-02-14'))).toBe(true);
    expect(officialCalendar({ overrides: mergeOverrides([province, county]) }).isWorkingDay(d('2026-03-09'))).toBe(true);
  });

  it('can mark an official make-up workday as a holiday', () => {
    const calendar = holidayCalendar(
      { holidays: {}, workdays: { '2026-02-14': '春节' } },
      {
        overrides: [{ date: d('2026-02-14'), kind: 'HOLIDAY', name: '本地休息' }],
      },
    );
    expect(calendar.isWorkingDay(d('2026-02-14'))).toBe(false);
    expect(calendar.covers(2026)).toBe(false);
  });
});
