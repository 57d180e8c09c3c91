import { type DayUnit, type HolidayCalendar, type IsoDate, type Pause, type Stage, addDays } from '#common/calendar';
import { validation } from '#common/errors';
import { CASE_STAGE_LABELS } from '#common/vocabulary';

/**
 * Whose clock a stage is. An office's clock is a duty, supervised (reminders, 督办单, escalation);
 * a petitioner's is a right to act within a window, never supervised: when it lapses the matter
 * becomes final by itself, and no office can shorten it.
 */
export type ClockHolder = 'OFFICE' | 'PETITIONER';

export interface StatutoryRule {
  stage: Stage;
  /** Chinese name, for messages and the UI. */
  name: string;
  holder: ClockHolder;
  /** The statutory period; `null` when the regulation sets none and only a tenant may. */
  days: number | null;
  unit: DayUnit;
  article: string;
  /** The one extension allowed, at most this many days (in the rule's unit). */
  maxExtensionDays?: number;
  /** Whether paused intervals (hearings) are excluded from the clock. */
  pausable?: boolean;
}

/** The statutory periods. "日" is not defined by the regulation: calendar days unless a tenant chooses otherwise. */
export const STATUTORY_RULES: Readonly<Record<Stage, StatutoryRule>> = {
  ROUTE: { stage: 'ROUTE', name: CASE_STAGE_LABELS.ROUTE, holder: 'OFFICE', days: 15, unit: 'CALENDAR_DAYS', article: '第二十二条' },
  RECEIVE: {
    stage: 'RECEIVE',
    name: CASE_STAGE_LABELS.RECEIVE,
    holder: 'OFFICE',
    days: null,
    unit: 'CALENDAR_DAYS',
    article: '（条例未规定，由本级或上级设定）',
  },
  OBJECT: { stage: 'OBJECT', name: CASE_STAGE_LABELS.OBJECT, holder: 'OFFICE', days: 5, unit: 'WORKING_DAYS', article: '第二十三条' },
  NOTIFY: { stage: 'NOTIFY', name: CASE_STAGE_LABELS.NOTIFY, holder: 'OFFICE', days: 15, unit: 'CALENDAR_DAYS', article: '第二十三条' },
  HANDLE: { stage: 'HANDLE', name: CASE_STAGE_LABELS.HANDLE, holder: 'OFFICE', days: 60, unit: 'CALENDAR_DAYS', article: '第三十四条', maxExtensionDays: 30 },
  REVIEW_WINDOW: {
    stage: 'REVIEW_WINDOW',
    name: CASE_STAGE_LABELS.REVIEW_WINDOW,
    holder: 'PETITIONER',
    days: 30,
    unit: 'CALENDAR_DAYS',
    article: '第三十五条',
  },
  REVIEW: { stage: 'REVIEW', name: CASE_STAGE_LABELS.REVIEW, holder: 'OFFICE', days: 30, unit: 'CALENDAR_DAYS', article: '第三十五条' },
  REEXAMINATION_WINDOW: {
    stage: 'REEXAMINATION_WINDOW',
    name: CASE_STAGE_LABELS.REEXAMINATION_WINDOW,
    holder: 'PETITIONER',
    days: 30,
    unit: 'CALENDAR_DAYS',
    article: '第三十六条',
  },
  REEXAMINATION: {
    stage: 'REEXAMINATION',
    name: CASE_STAGE_LABELS.REEXAMINATION,
    holder: 'OFFICE',
    days: 30,
    unit: 'CALENDAR_DAYS',
    article: '第三十六条',
    pausable: true,
  },
};

/** Whether a stage is a window of the petitioner's (to ask for review or re-examination), which nobody supervises. */
export function isPetitionerWindow(stage: Stage): boolean {
  return STATUTORY_RULES[stage].holder === 'PETITIONER';
}

/** The petitioner's windows, for statements that leave them out of supervision. */
export const PETITIONER_WINDOWS: readonly Stage[] = Object.values(STATUTORY_RULES)
  .filter((rule) => rule.holder === 'PETITIONER')
  .map((rule) => rule.stage);

/**
 * One tenant's calendar settings; they apply to its whole subtree.
 * - `dayCounting`: how the calendar-day rules are counted (the nearest tenant that sets it wins);
 *   rules that the regulation states in working days stay in working days.
 * - `tightenings`: shorter periods than the statute, in the unit in effect (0 = the same day).
 */
export interface TenantCalendarSettings {
  dayCounting?: DayUnit;
  tightenings?: Partial<Record<Stage, number>>;
}

/**
 * Why a tightening is refused, in Chinese, or `null` when it is acceptable: it must be a
 * non-negative whole number of days, not longer than the statute, nor than what an ancestor already
 * set (`inherited`, ordered from the root down to the parent).
 */
export function tighteningError(stage: Stage, days: number, inherited: readonly TenantCalendarSettings[] = []): string | null {
  const rule = STATUTORY_RULES[stage];
  if (rule.holder === 'PETITIONER') return `${rule.name}期限是信访人依《信访工作条例》${rule.article}享有的期限，机关不能缩短`;
  if (!Number.isInteger(days) || days < 0) return `${rule.name}期限必须是非负整数天，收到 ${days}`;
  if (rule.days !== null && days > rule.days) {
    return `${rule.name}期限不得长于《信访工作条例》${rule.article}规定的 ${rule.days} 日，本级只能缩短不能放宽（收到 ${days} 日）`;
  }
  const fromAbove = tightestOf(stage, inherited);
  if (fromAbove !== null && days > fromAbove) {
    return `${rule.name}期限不得长于上级已设定的 ${fromAbove} 日（收到 ${days} 日）`;
  }
  return null;
}

function tightestOf(stage: Stage, chain: readonly TenantCalendarSettings[]): number | null {
  const values = chain.map((s) => s.tightenings?.[stage]).filter((d): d is number => d !== undefined);
  return values.length ? Math.min(...values) : null;
}

export interface EffectiveRule extends StatutoryRule {
  /** Whether `days` comes from a tenant's tightening rather than the statute. */
  tightened: boolean;
}

/**
 * The rule in force for a tenant, given the settings of its chain from the root down to itself:
 * the tightest period wins, and a tightening longer than the statute is refused.
 */
export function effectiveRule(stage: Stage, chain: readonly TenantCalendarSettings[] = []): EffectiveRule {
  const rule = STATUTORY_RULES[stage];
  for (const settings of chain) {
    const days = settings.tightenings?.[stage];
    if (days === undefined) continue;
    const error = tighteningError(stage, days);
    if (error) throw validation(error, { stage, days });
  }
  const tightest = tightestOf(stage, chain);
  const counting = [...chain].reverse().find((s) => s.dayCounting)?.dayCounting;
  const unit = rule.unit === 'CALENDAR_DAYS' && counting ? counting : rule.unit;
  if (tightest !== null && (rule.days === null || tightest < rule.days)) return { ...rule, unit, days: tightest, tightened: true };
  return { ...rule, unit, tightened: false };
}

/**
 * Why an extension of `days` is refused, in Chinese, or `null`: the one extension a rule allows is
 * 1 to its `maxExtensionDays`; a stage without one cannot be extended.
 */
export function extensionRefusal(stage: Stage, days: unknown): string | null {
  const { name, maxExtensionDays } = STATUTORY_RULES[stage];
  if (!maxExtensionDays) return `${name}期限不能延长`;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > maxExtensionDays) {
    return `延长期限应为 1 至 ${maxExtensionDays} 日的整数，收到 ${String(days)}`;
  }
  return null;
}

export interface DeadlineOptions {
  calendar: HolidayCalendar;
  /** The tenant's chain of settings, from the root down to the tenant. */
  settings?: readonly TenantCalendarSettings[];
  /** Paused intervals (hearings); only for a stage whose clock may pause. */
  pauses?: readonly Pause[];
  /** The approved extension, added to the deadline under the same rule. */
  extensionDays?: number;
}

/** Adds an approved extension to a deadline under the same rule (unit, holiday roll, pauses). */
export function extendDeadline(deadline: IsoDate, extensionDays: number, unit: DayUnit, calendar: HolidayCalendar, pauses: readonly Pause[] = []): IsoDate {
  return addDays(deadline, extensionDays, unit, calendar, pauses);
}

/**
 * The deadline of a stage that starts on `start`, or `null` for a stage without a period (签收 when
 * no tenant in the chain set one).
 */
export function deadlineFor(stage: Stage, start: IsoDate, options: DeadlineOptions): IsoDate | null {
  const { calendar, settings = [], pauses = [], extensionDays = 0 } = options;
  const rule = effectiveRule(stage, settings);
  if (pauses.length && !rule.pausable) throw validation(`${rule.name}期限不因听证等事项暂停计算`, { stage });
  const refusal = extensionDays ? extensionRefusal(stage, extensionDays) : null;
  if (refusal) throw validation(refusal, { stage, extensionDays });
  if (rule.days === null) return null;
  const deadline = addDays(start, rule.days, rule.unit, calendar, pauses);
  return extensionDays ? extendDeadline(deadline, extensionDays, rule.unit, calendar, pauses) : deadline;
}
