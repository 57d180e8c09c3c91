import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { chinaToday, daysLeft } from '../days-left';

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

describe('daysLeft', () => {
  it('counts calendar days to the deadline and is amber within the reminder lead', () => {
    expect(daysLeft('2026-03-10', '2026-03-01')).toEqual({ days: 9, label: '剩9天', tone: 'normal' });
    expect(daysLeft('2026-03-04', '2026-03-01')).toEqual({ days: 3, label: '剩3天', tone: 'warning' });
    expect(daysLeft('2026-03-01', '2026-03-01')).toEqual({ days: 0, label: '今日到期', tone: 'warning' });
  });

  it('is red with the days overdue from the day after the deadline', () => {
    expect(daysLeft('2026-02-27', '2026-03-01')).toEqual({ days: -2, label: '逾期2天', tone: 'overdue' });
  });

  it('agrees with the date difference across months and leap years, and only negative days are overdue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 10 }), (start, delta, lead) => {
        const left = daysLeft(day(start + delta), day(start), lead);
        expect(left.days).toBe(delta);
        expect(left.tone).toBe(delta < 0 ? 'overdue' : delta <= lead ? 'warning' : 'normal');
        expect(left.label).toBe(delta < 0 ? `逾期${-delta}天` : delta === 0 ? '今日到期' : `剩${delta}天`);
      }),
    );
  });

  it('rejects what is not a date', () => {
    expect(() => daysLeft('2026/03/01', '2026-03-01')).toThrow(RangeError);
  });
});

describe('chinaToday', () => {
  it('is already the next day in Beijing at 16:00 UTC', () => {
    expect(chinaToday(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(chinaToday(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });
});
