/** What a running clock shows: the API's count (`Case.runningClocks`), never the browser's own. */
export interface ClockCount {
  daysLeft: number;
  overdueDays: number;
  dueSoon: boolean;
  holder?: 'OFFICE' | 'PETITIONER';
}

export type ClockTone = 'normal' | 'warning' | 'overdue';

/**
 * 剩N天, 今日到期, or 逾期N天 in red; amber within the office's reminder lead. A petitioner's window
 * is nobody's duty: it never turns red, it lapses (窗口期).
 */
export function clockTag(clock: ClockCount): { label: string; tone: ClockTone } {
  if (clock.holder === 'PETITIONER') return { label: clock.daysLeft === 0 ? '窗口期今日届满' : `窗口期剩${clock.daysLeft}天`, tone: 'normal' };
  if (clock.overdueDays > 0) return { label: `逾期${clock.overdueDays}天`, tone: 'overdue' };
  return { label: clock.daysLeft === 0 ? '今日到期' : `剩${clock.daysLeft}天`, tone: clock.dueSoon ? 'warning' : 'normal' };
}
