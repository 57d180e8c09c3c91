import { type HolidayCalendar, type IsoDate, isWorkingTime, nextWorkingMorning, overdueAt, reminderAt } from '../calendar/index.js';
import type { DeadlineTriggerKind } from '../events/catalogue.js';

/** Days before a deadline that its clock reminds, where nothing else is set (the field's practice, not the regulation's). */
export const DEFAULT_REMINDER_LEAD_DAYS: readonly number[] = [3, 1];

/** The leads a tenant may set: days, and how many. */
export const REMINDER_LEAD_DAYS = { default: DEFAULT_REMINDER_LEAD_DAYS, min: 1, max: 30, maxCount: 5 } as const;

/** The leads in force under a chain from the root down: the nearest tenant that set them (an empty list: none), else the default. */
export function effectiveReminderLeadDays(chain: readonly { reminderLeadDays: readonly number[] | null }[]): number[] {
  const nearest = [...chain].reverse().find((row) => row.reminderLeadDays != null);
  return [...(nearest?.reminderLeadDays ?? DEFAULT_REMINDER_LEAD_DAYS)];
}

/** One supervision trigger of a clock: a reminder before its deadline, or overdue after it. */
export interface ClockTrigger {
  /** Also the BullMQ job id (no `:`), so that scheduling the same trigger twice is one job. */
  id: string;
  kind: DeadlineTriggerKind;
  leadDays: number | null;
  deadline: IsoDate;
  /** When it is owed. */
  at: Date;
}

/**
 * Deterministic per (clock, kind, lead, deadline): a moved deadline is a new trigger. The prefix
 * names the kind of subject the clock runs for (`case`, say; no `:`), so that the ids of different
 * subjects' clocks never meet.
 */
export function triggerId(prefix: string, clockId: string, kind: DeadlineTriggerKind, leadDays: number | null, deadline: IsoDate): string {
  return kind === 'REMINDER' ? `${prefix}-${clockId}-REMINDER-${leadDays}-${deadline}` : `${prefix}-${clockId}-OVERDUE-${deadline}`;
}

/** Every trigger of a clock running out on `deadline` under its owner's leads and calendar (ids as `triggerId`). */
export function clockTriggers(prefix: string, clockId: string, deadline: IsoDate, leads: readonly number[], calendar: HolidayCalendar): ClockTrigger[] {
  return [
    ...leads.map((leadDays) => ({
      id: triggerId(prefix, clockId, 'REMINDER', leadDays, deadline),
      kind: 'REMINDER' as const,
      leadDays,
      deadline,
      at: reminderAt(deadline, leadDays, calendar),
    })),
    { id: triggerId(prefix, clockId, 'OVERDUE', null, deadline), kind: 'OVERDUE', leadDays: null, deadline, at: overdueAt(deadline) },
  ];
}

/**
 * The lapse of a window that belongs to the petitioner (see `isPetitionerWindow`): such a clock
 * owes no reminder and no overdue trigger; once its last day is over it ends the matter instead.
 * Deterministic per (clock, deadline) like a trigger, and due at the first moment after the last
 * day, China time.
 */
export interface ClockLapse {
  id: string;
  deadline: IsoDate;
  at: Date;
}

export function clockLapse(prefix: string, clockId: string, deadline: IsoDate): ClockLapse {
  return { id: `${prefix}-${clockId}-LAPSE-${deadline}`, deadline, at: overdueAt(deadline) };
}

/** A trigger of the clock's current deadline already recorded (by any lead configured then). */
export interface RecordedTrigger {
  kind: DeadlineTriggerKind;
  leadDays: number | null;
}

/**
 * The one trigger a clock owes at `now`, office hours aside: overdue once the deadline has passed;
 * before that, the latest reminder whose moment has come. An earlier reminder not sent by then is
 * superseded rather than sent late next to it, no reminder follows the overdue trigger, and none
 * follows a recorded reminder as late or later (a lead added since would otherwise remind again).
 */
export function owedTrigger(triggers: readonly ClockTrigger[], recorded: readonly RecordedTrigger[], now: Date): ClockTrigger | null {
  const overdue = triggers.find((t) => t.kind === 'OVERDUE');
  if (overdue && overdue.at <= now) return recorded.some((r) => r.kind === 'OVERDUE') ? null : overdue;
  // Longer leads never come later (see `reminderAt`): the shortest passed lead is the latest.
  const latest = triggers.filter((t) => t.kind === 'REMINDER' && t.at <= now).sort((a, b) => a.leadDays! - b.leadDays!)[0];
  if (!latest || recorded.some((r) => r.kind === 'REMINDER' && r.leadDays! <= latest.leadDays!)) return null;
  return latest;
}

/** Whether an owed trigger may go out now: reminders wait for office hours, overdue does not. */
export function mayEmitNow(trigger: ClockTrigger, now: Date, calendar: HolidayCalendar): boolean {
  return trigger.kind === 'OVERDUE' || isWorkingTime(now, calendar);
}

export type JobVerdict =
  | { action: 'EMIT'; trigger: ClockTrigger }
  | { action: 'RETRY'; at: Date }
  /** The job's own trigger is recorded already. */
  | { action: 'DUPLICATE' }
  | { action: 'DROP' };

/**
 * What a fired job does, judged from the clock as it is now (its deadline and its owner's leads
 * and calendar may have changed since the job was scheduled): emit when its trigger is the one
 * owed and may go out; wait for its moment when the job came early, or for the next working
 * morning; drop it when it was superseded or its lead is no longer configured.
 */
export function jobVerdict(
  jobTriggerId: string,
  triggers: readonly ClockTrigger[],
  recorded: readonly RecordedTrigger[],
  now: Date,
  calendar: HolidayCalendar,
): JobVerdict {
  const trigger = triggers.find((t) => t.id === jobTriggerId);
  if (!trigger) return { action: 'DROP' };
  if (recorded.some((r) => r.kind === trigger.kind && r.leadDays === trigger.leadDays)) return { action: 'DUPLICATE' };
  if (trigger.at > now) return { action: 'RETRY', at: trigger.at };
  if (owedTrigger(triggers, recorded, now)?.id !== trigger.id) return { action: 'DROP' };
  return mayEmitNow(trigger, now, calendar) ? { action: 'EMIT', trigger } : { action: 'RETRY', at: nextWorkingMorning(now, calendar) };
}
