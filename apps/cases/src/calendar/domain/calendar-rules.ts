import type { Stage } from '#common/calendar';
import { STATUTORY_RULES, effectiveRule, tighteningError, type EffectiveRule, type TenantCalendarSettings } from '../../clocks/domain/index.js';
import { REMINDER_LEAD_DAYS } from '#common/deadlines';
import type { CalendarSettingsEntity } from '../entities/calendar.entities.js';

export interface StageDays {
  stage: Stage;
  days: number;
}

/** The arithmetic's view of a stored settings row. */
export function chainSettings(row: Pick<CalendarSettingsEntity, 'dayCounting' | 'tightenings'>): TenantCalendarSettings {
  return { ...(row.dayCounting ? { dayCounting: row.dayCounting } : {}), tightenings: row.tightenings };
}

/** The rule in force for every stage, in the statute's order, under a chain from the root down. */
export function effectiveRules(chain: readonly TenantCalendarSettings[]): EffectiveRule[] {
  return (Object.keys(STATUTORY_RULES) as Stage[]).map((stage) => effectiveRule(stage, chain));
}

export function tighteningList(tightenings: Partial<Record<Stage, number>>): StageDays[] {
  return (Object.keys(STATUTORY_RULES) as Stage[]).filter((stage) => tightenings[stage] !== undefined).map((stage) => ({ stage, days: tightenings[stage]! }));
}

/**
 * The first reason, in Chinese, why a tenant may not set these tightenings under its ancestors'
 * settings (`inherited`, root down to the parent), or `null`: a stage given twice, or a period
 * longer than the statute or than an ancestor's.
 */
export function tighteningsProblem(list: readonly StageDays[], inherited: readonly TenantCalendarSettings[]): string | null {
  const seen = new Set<Stage>();
  for (const { stage, days } of list) {
    if (seen.has(stage)) return `${STATUTORY_RULES[stage].name}期限重复设定`;
    seen.add(stage);
    const error = tighteningError(stage, days, inherited);
    if (error) return error;
  }
  return null;
}

export function tighteningRecord(list: readonly StageDays[]): Partial<Record<Stage, number>> {
  return Object.fromEntries(list.map(({ stage, days }) => [stage, days]));
}

/** The years in one list and not the other, ascending: what a change of declared years touches. */
export function changedYears(before: readonly number[], after: readonly number[]): number[] {
  const a = new Set(before);
  const b = new Set(after);
  return [...new Set([...a, ...b])].filter((year) => a.has(year) !== b.has(year)).sort((x, y) => x - y);
}

/** Why a tenant may not set these reminder leads, in Chinese, or `null`. An empty list turns reminders off. */
export function reminderLeadDaysProblem(days: readonly number[]): string | null {
  const { min, max, maxCount } = REMINDER_LEAD_DAYS;
  const bad = days.find((d) => !Number.isInteger(d) || d < min || d > max);
  if (bad !== undefined) return `提前提醒天数应为 ${min}–${max} 之间的整数（收到 ${bad}）`;
  if (new Set(days).size > maxCount) return `提前提醒最多设定 ${maxCount} 个天数`;
  return null;
}

/** A lead list as stored: each day once, the longest (earliest reminder) first. */
export function reminderLeadDaysRecord(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}
