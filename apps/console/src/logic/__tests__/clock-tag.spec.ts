import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { clockTag } from '../clock-tag';

describe('clockTag', () => {
  it('shows the days left, amber when the API says the reminder lead has begun', () => {
    expect(clockTag({ daysLeft: 9, overdueDays: 0, dueSoon: false })).toEqual({ label: '剩9天', tone: 'normal' });
    expect(clockTag({ daysLeft: 3, overdueDays: 0, dueSoon: true })).toEqual({ label: '剩3天', tone: 'warning' });
    expect(clockTag({ daysLeft: 0, overdueDays: 0, dueSoon: true })).toEqual({ label: '今日到期', tone: 'warning' });
  });

  it('is red with the days overdue once the last day has passed', () => {
    expect(clockTag({ daysLeft: 0, overdueDays: 2, dueSoon: false })).toEqual({ label: '逾期2天', tone: 'overdue' });
  });

  it('never shows a petitioner’s window as overdue or due soon', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.boolean(), (daysLeft, dueSoon) => {
        const tag = clockTag({ daysLeft, overdueDays: 0, dueSoon, holder: 'PETITIONER' });
        expect(tag.tone).toBe('normal');
        expect(tag.label).toMatch(/^窗口期/);
      }),
    );
  });

  it('is overdue exactly when the API counts overdue days, whatever else it says', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(60), fc.boolean(), (daysLeft, overdueDays, dueSoon) => {
        const tag = clockTag({ daysLeft: overdueDays > 0 ? 0 : daysLeft, overdueDays, dueSoon, holder: 'OFFICE' });
        expect(tag.tone === 'overdue').toBe(overdueDays > 0);
      }),
    );
  });
});
