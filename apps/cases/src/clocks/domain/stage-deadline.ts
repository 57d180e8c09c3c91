import { type IsoDate, type Pause, type ProvisionalCalendar, type Stage, yearOf } from '#common/calendar';
import { deadlineFor, type TenantCalendarSettings } from './statutory-rules.js';

/** What a stage's deadline is computed under: its owner's calendar and chain of settings (root down to the owner). */
export interface ClockCalendar {
  calendar: ProvisionalCalendar;
  settings: readonly TenantCalendarSettings[];
}

export interface StageDeadline {
  deadline: IsoDate | null;
  /** Computed across a year whose official arrangement is not yet known. */
  provisional: boolean;
}

/** The deadline of a stage under its owner's calendar, flagged provisional when a year was guessed. */
export function stageDeadline(
  stage: Stage,
  start: IsoDate,
  { calendar, settings }: ClockCalendar,
  options: { pauses?: readonly Pause[]; extensionDays?: number } = {},
): StageDeadline {
  const deadline = deadlineFor(stage, start, { calendar, settings, ...options });
  const provisional = calendar.isGuessed(yearOf(start)) || (deadline !== null && calendar.isGuessed(yearOf(deadline)));
  return { deadline, provisional };
}

export interface RecomputedDeadline {
  /** Before the approved extension, hearings excluded. */
  baseDeadline: IsoDate | null;
  /** With the approved extension, hearings excluded. */
  deadline: IsoDate | null;
  provisional: boolean;
}

/** A stored clock as the recomputation reads it. */
export interface StoredClock {
  stage: Stage;
  startedOn: IsoDate;
  pauses: readonly Pause[];
  extensionDays: number;
  baseDeadline: IsoDate | null;
  deadline: IsoDate | null;
  provisional: boolean;
}

/** The stage's deadlines under `calendar`, or `null` when the stored ones still hold. */
export function recomputedDeadline(stage: StoredClock, calendar: ClockCalendar): RecomputedDeadline | null {
  const pauses = stage.pauses;
  const base = stageDeadline(stage.stage, stage.startedOn, calendar, { pauses });
  const full = stage.extensionDays ? stageDeadline(stage.stage, stage.startedOn, calendar, { pauses, extensionDays: stage.extensionDays }) : base;
  const next = { baseDeadline: base.deadline, deadline: full.deadline, provisional: full.provisional || base.provisional };
  const same = next.deadline === stage.deadline && next.baseDeadline === stage.baseDeadline && next.provisional === stage.provisional;
  return same ? null : next;
}
