import { type Countdown, type IsoDate, compareDates, countdown } from '#common/calendar';
import { TaskState } from '../../domain/vocabulary.js';

const { ASSIGNED, RECEIVED, IN_PROGRESS, REPORTED_DONE, SIGNED_OFF, SENT_BACK, CANCELLED } = TaskState;

/**
 * Whether a task ran over its deadline: finished (reported done, or a root signed off) after it, or
 * still open past it. A cancelled task is never overdue.
 */
export function isTaskOverdue(task: { state: TaskState; deadline: IsoDate; finishedOn: IsoDate | null }, today: IsoDate): boolean {
  if (task.state === CANCELLED) return false;
  const finished = task.state === REPORTED_DONE || task.state === SIGNED_OFF ? task.finishedOn : null;
  return compareDates(finished ?? today, task.deadline) > 0;
}

/** Done on time (按时完成): signed off, and finished no later than the deadline. */
export function isDoneOnTime(task: { state: TaskState; deadline: IsoDate; finishedOn: IsoDate | null }): boolean {
  return task.state === SIGNED_OFF && task.finishedOn !== null && compareDates(task.finishedOn, task.deadline) <= 0;
}

/** The deadline runs (and is supervised) while the assignee owes the work: not once reported done, signed off or cancelled. */
export function runsDeadlineClock(state: TaskState): boolean {
  return state === ASSIGNED || state === RECEIVED || state === IN_PROGRESS || state === SENT_BACK;
}

/**
 * The days left on a task's deadline on `today` (剩N天 / 逾期N天; due soon within the longest of the
 * task's tenant's reminder leads), while its clock runs; null once reported done, signed off or
 * cancelled (whether it was late then is `isTaskOverdue`).
 */
export function taskCountdown(task: { state: TaskState; deadline: IsoDate }, today: IsoDate, reminderLeadDays: readonly number[]): Countdown | null {
  return runsDeadlineClock(task.state) ? countdown(task.deadline, today, reminderLeadDays) : null;
}
