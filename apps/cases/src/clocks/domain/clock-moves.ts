import { type Pause, type Stage, compareDates } from '#common/calendar';
import { STATUTORY_RULES } from './statutory-rules.js';

/** Why an extension of `days` is refused, in Chinese, or `null`: the one extension a rule allows is 1 to its `maxExtensionDays`. */
export function extensionRefusal(stage: Stage, days: unknown): string | null {
  const max = STATUTORY_RULES[stage].maxExtensionDays ?? 0;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > max) return `延长期限应为 1 至 ${max} 日的整数，收到 ${String(days)}`;
  return null;
}

/** Why a hearing cannot pause a clock, in Chinese, or `null`: it may not end before it starts, nor overlap a hearing already recorded. */
export function hearingRefusal([start, end]: Pause, recorded: readonly Pause[]): string | null {
  if (compareDates(start, end) > 0) return `听证开始日期 ${start} 晚于结束日期 ${end}`;
  const overlapping = recorded.find(([a, b]) => compareDates(start, b) <= 0 && compareDates(a, end) <= 0);
  if (overlapping) return `听证期间与已记录的 ${overlapping[0]} 至 ${overlapping[1]} 重叠`;
  return null;
}
