import { type IsoDate, compareDates, elapsedDays, plusDays } from '#common/calendar';
import { validation } from '#common/errors';
import { CadenceKind, TaskState } from '../../domain/vocabulary.js';

/** How often progress is reported: weekly (the default), or every N days. */
export type ReportingCadence = { kind: CadenceKind.WEEKLY } | { kind: CadenceKind.EVERY_N_DAYS; days: number };

export const DEFAULT_CADENCE: ReportingCadence = { kind: CadenceKind.WEEKLY };

/** The cadence's period in days; VALIDATION for a period that is not a whole number of days from 1 to 366. */
export function cadencePeriod(cadence: ReportingCadence): number {
  if (cadence.kind === CadenceKind.WEEKLY) return 7;
  if (!Number.isInteger(cadence.days) || cadence.days < 1 || cadence.days > 366) {
    throw validation('报送周期须为 1 至 366 之间的整数天', { field: 'cadence', days: cadence.days });
  }
  return cadence.days;
}

export interface ReportingStatus {
  /** Every due date up to and including today: start + k × period. */
  dueDates: IsoDate[];
  /** Due dates before today with no report in their period (counted as late reports). */
  missed: IsoDate[];
  /** The next due date after today. */
  nextDue: IsoDate;
}

/**
 * Where a task's reporting stands on `today`. The period ending on a due date runs from the day
 * after the previous due date (from the start date itself for the first) to the due date. A due
 * date is missed once it is past with no report in its period; today's due date is still open.
 * Reports after today, or before the start, count for nothing. For a finished task pass the day
 * reporting ended as `today`.
 */
export function reportingStatus(start: IsoDate, cadence: ReportingCadence, reportDates: readonly IsoDate[], today: IsoDate): ReportingStatus {
  const period = cadencePeriod(cadence);
  const count = Math.max(0, Math.floor(elapsedDays(start, today) / period));
  const dueDates = Array.from({ length: count }, (_, i) => plusDays(start, (i + 1) * period));
  const counted = reportDates.filter((d) => compareDates(d, start) >= 0 && compareDates(d, today) <= 0);
  const missed = dueDates.filter((due, i) => {
    if (compareDates(due, today) >= 0) return false;
    const from = i === 0 ? start : plusDays(dueDates[i - 1]!, 1);
    return !counted.some((d) => compareDates(d, from) >= 0 && compareDates(d, due) <= 0);
  });
  return { dueDates, missed, nextDue: plusDays(start, (count + 1) * period) };
}

/**
 * The day a task's reporting runs to: today while it is worked on; the day it was reported done,
 * or else closed, once it is finished or withdrawn (no report is owed after that).
 */
export function reportingEndsOn(task: { state: TaskState; reportedDoneOn: IsoDate | null; closedOn: IsoDate | null }, today: IsoDate): IsoDate {
  if (task.state === TaskState.REPORTED_DONE || task.state === TaskState.SIGNED_OFF) return task.reportedDoneOn ?? task.closedOn ?? today;
  if (task.state === TaskState.CANCELLED) return task.closedOn ?? today;
  return today;
}
