import { type Pause, compareDates } from '#common/calendar';

/** Why a hearing cannot pause a clock, in Chinese, or `null`: it may not end before it starts, nor overlap a hearing already recorded. */
export function hearingRefusal([start, end]: Pause, recorded: readonly Pause[]): string | null {
  if (compareDates(start, end) > 0) return `听证开始日期 ${start} 晚于结束日期 ${end}`;
  const overlapping = recorded.find(([a, b]) => compareDates(start, b) <= 0 && compareDates(a, end) <= 0);
  if (overlapping) return `听证期间与已记录的 ${overlapping[0]} 至 ${overlapping[1]} 重叠`;
  return null;
}
