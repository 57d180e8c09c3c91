import { AppError, ErrorCode, validation } from '#common/errors';
import { TASK_ACTION_LABELS, TASK_STATE_LABELS, TaskAction, TaskState } from './vocabulary.js';

const { ASSIGNED, RECEIVED, IN_PROGRESS, REPORTED_DONE, SIGNED_OFF, SENT_BACK, CANCELLED } = TaskState;

/** What each action does from each state; a state missing from an action's row refuses it. */
const TRANSITIONS: Readonly<Record<TaskAction, Partial<Record<TaskState, TaskState>>>> = {
  RECEIVE: { ASSIGNED: RECEIVED },
  // Work starts after receipt, or resumes after a send-back.
  START: { RECEIVED: IN_PROGRESS, SENT_BACK: IN_PROGRESS },
  // A progress report is work under way: it starts a received task and resumes a sent-back one.
  REPORT_PROGRESS: { RECEIVED: IN_PROGRESS, IN_PROGRESS: IN_PROGRESS, SENT_BACK: IN_PROGRESS },
  REPORT_DONE: { IN_PROGRESS: REPORTED_DONE },
  SIGN_OFF: { REPORTED_DONE: SIGNED_OFF },
  SEND_BACK: { REPORTED_DONE: SENT_BACK },
  // The assigning office withdraws a task at any point before it is signed off.
  CANCEL: { ASSIGNED: CANCELLED, RECEIVED: CANCELLED, IN_PROGRESS: CANCELLED, REPORTED_DONE: CANCELLED, SENT_BACK: CANCELLED },
  // A child conference splits a cascaded task once it has received it; splitting is working on it.
  SPLIT: { RECEIVED: IN_PROGRESS, IN_PROGRESS: IN_PROGRESS, SENT_BACK: IN_PROGRESS },
};

/** States a task leaves no more. */
export const FINAL_TASK_STATES: ReadonlySet<TaskState> = new Set([SIGNED_OFF, CANCELLED]);

/** Open: not yet signed off nor cancelled. */
export function isOpenTask(state: TaskState): boolean {
  return !FINAL_TASK_STATES.has(state);
}

export function invalidTaskTransition(state: TaskState, action: TaskAction, why?: string): AppError {
  const message = `任务当前状态为「${TASK_STATE_LABELS[state]}」，不能${TASK_ACTION_LABELS[action]}${why ? `：${why}` : ''}`;
  return new AppError(ErrorCode.INVALID_TRANSITION, message, { state, action });
}

/**
 * The state after `action` as the task stands — its state and its subtasks' —, or an
 * INVALID_TRANSITION naming the state. A split task is reported done and signed off only once its
 * subtasks are done (`subtaskStates`: those of its direct subtasks, none for a task never split).
 * What the user enters is checked by the command (a send-back's reason: `checkSendBackReason`).
 */
export function taskTransition(state: TaskState, action: TaskAction, subtaskStates: readonly TaskState[] = []): TaskState {
  const next = TRANSITIONS[action][state];
  if (!next) throw invalidTaskTransition(state, action, whyRefused(state, action));
  if ((action === TaskAction.REPORT_DONE || action === TaskAction.SIGN_OFF) && !subtasksAllowDone(subtaskStates)) {
    throw invalidTaskTransition(state, action, '下级任务尚未全部销号');
  }
  return next;
}

/** A send-back tells the assignee what is missing. */
export function checkSendBackReason(reason: string | null | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') throw validation('退回任务须说明理由', { field: 'reason' });
  return trimmed;
}

/**
 * A parent task is done when every subtask that was not cancelled is signed off; a parent whose
 * subtasks were all cancelled is not done (nothing was carried out).
 */
export function isParentDone(subtaskStates: readonly TaskState[]): boolean {
  const live = subtaskStates.filter((s) => s !== CANCELLED);
  return live.length > 0 && live.every((s) => s === SIGNED_OFF);
}

function subtasksAllowDone(subtaskStates: readonly TaskState[]): boolean {
  return subtaskStates.length === 0 || isParentDone(subtaskStates);
}

function whyRefused(state: TaskState, action: TaskAction): string | undefined {
  if (state === CANCELLED) return '任务已撤销';
  if (state === SIGNED_OFF) return '任务已销号';
  if (state === ASSIGNED) return '请先签收任务';
  if (state === REPORTED_DONE && (action === TaskAction.REPORT_PROGRESS || action === TaskAction.REPORT_DONE || action === TaskAction.SPLIT)) {
    return '任务已报结，正待审核';
  }
  if (state === SENT_BACK && action === TaskAction.REPORT_DONE) return '任务被退回后须恢复办理再报结';
  if (action === TaskAction.SIGN_OFF || action === TaskAction.SEND_BACK) return '任务尚未报结';
  return undefined;
}

/**
 * The state of a list's own task (a root, assigned to nobody) from the states of its assignments:
 * signed off once done (see `isParentDone`), assigned (交办中) until then. Only the office that
 * assigned it acts on it — signs off, sends back or cancels its assignments, or cancels it —, so a
 * root changes in that office's transactions alone; how far each assignee has got is theirs.
 */
export function rootTaskState(assignmentStates: readonly TaskState[]): TaskState {
  return isParentDone(assignmentStates) ? SIGNED_OFF : ASSIGNED;
}

/** Whether a task whose parent is cancelled is cancelled with it: every open one is, the work being withdrawn. */
export function cancelledWithParent(state: TaskState): boolean {
  return isOpenTask(state);
}
