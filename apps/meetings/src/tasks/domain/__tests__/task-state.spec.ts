import { describe, expect, it } from '@jest/globals';
import { AppError, ErrorCode } from '#common/errors';
import { TASK_STATE_LABELS, TaskAction, TaskState, cancelledWithParent, checkSendBackReason, isParentDone, rootTaskState, taskTransition } from '../index.js';

const STATES = Object.values(TaskState);
const ACTIONS = Object.values(TaskAction);
const { ASSIGNED, RECEIVED, IN_PROGRESS, REPORTED_DONE, SIGNED_OFF, SENT_BACK, CANCELLED } = TaskState;

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The whole table, written out once more so that a change to it is a change to this test. */
const ALLOWED: Readonly<Record<string, TaskState>> = {
  'ASSIGNED/RECEIVE': RECEIVED,
  'RECEIVED/START': IN_PROGRESS,
  'SENT_BACK/START': IN_PROGRESS,
  'RECEIVED/REPORT_PROGRESS': IN_PROGRESS,
  'IN_PROGRESS/REPORT_PROGRESS': IN_PROGRESS,
  'SENT_BACK/REPORT_PROGRESS': IN_PROGRESS,
  'IN_PROGRESS/REPORT_DONE': REPORTED_DONE,
  'REPORTED_DONE/SIGN_OFF': SIGNED_OFF,
  'REPORTED_DONE/SEND_BACK': SENT_BACK,
  'ASSIGNED/CANCEL': CANCELLED,
  'RECEIVED/CANCEL': CANCELLED,
  'IN_PROGRESS/CANCEL': CANCELLED,
  'REPORTED_DONE/CANCEL': CANCELLED,
  'SENT_BACK/CANCEL': CANCELLED,
  'RECEIVED/SPLIT': IN_PROGRESS,
  'IN_PROGRESS/SPLIT': IN_PROGRESS,
  'SENT_BACK/SPLIT': IN_PROGRESS,
};

describe('task state machine', () => {
  it('walks a task from assignment through a send-back to sign-off', () => {
    let state = ASSIGNED;
    state = taskTransition(state, TaskAction.RECEIVE);
    state = taskTransition(state, TaskAction.START);
    state = taskTransition(state, TaskAction.REPORT_PROGRESS);
    state = taskTransition(state, TaskAction.REPORT_DONE);
    expect(state).toBe(REPORTED_DONE);
    state = taskTransition(state, TaskAction.SEND_BACK);
    expect(state).toBe(SENT_BACK);
    state = taskTransition(state, TaskAction.REPORT_PROGRESS);
    expect(state).toBe(IN_PROGRESS);
    state = taskTransition(state, TaskAction.REPORT_DONE);
    expect(taskTransition(state, TaskAction.SIGN_OFF)).toBe(SIGNED_OFF);
  });

  it.each(STATES.flatMap((state) => ACTIONS.map((action) => [state, action] as const)))(
    '%s + %s: the table’s state, or an INVALID_TRANSITION naming the state',
    (state, action) => {
      const expected = ALLOWED[`${state}/${action}`];
      if (expected) {
        expect(taskTransition(state, action)).toBe(expected);
        return;
      }
      const error = refusal(() => taskTransition(state, action));
      expect(error.code).toBe(ErrorCode.INVALID_TRANSITION);
      expect(error.message).toContain(`「${TASK_STATE_LABELS[state]}」`);
      expect(error.extensions).toMatchObject({ details: { state, action } });
    },
  );

  it('refuses a progress report on a cancelled or signed-off task, saying why', () => {
    expect(refusal(() => taskTransition(CANCELLED, TaskAction.REPORT_PROGRESS)).message).toContain('任务已撤销');
    expect(refusal(() => taskTransition(SIGNED_OFF, TaskAction.REPORT_PROGRESS)).message).toContain('任务已销号');
  });

  it('asks a reason of a send-back', () => {
    for (const reason of [undefined, null, '', '   ']) {
      const error = refusal(() => checkSendBackReason(reason));
      expect(error.code).toBe(ErrorCode.VALIDATION);
      expect(error.message).toContain('理由');
    }
    expect(checkSendBackReason('  证明材料不全 ')).toBe('证明材料不全');
  });

  it('does not report done or sign off a split task until its subtasks are done', () => {
    const open = [SIGNED_OFF, IN_PROGRESS];
    expect(refusal(() => taskTransition(IN_PROGRESS, TaskAction.REPORT_DONE, open)).message).toContain('下级任务尚未全部销号');
    expect(refusal(() => taskTransition(REPORTED_DONE, TaskAction.SIGN_OFF, open)).code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(refusal(() => taskTransition(REPORTED_DONE, TaskAction.SIGN_OFF, [CANCELLED, CANCELLED])).code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(taskTransition(REPORTED_DONE, TaskAction.SIGN_OFF, [SIGNED_OFF, CANCELLED])).toBe(SIGNED_OFF);
    expect(taskTransition(REPORTED_DONE, TaskAction.SIGN_OFF, [])).toBe(SIGNED_OFF);
  });
});

describe('isParentDone', () => {
  it('needs every subtask not cancelled to be signed off, and at least one of them', () => {
    expect(isParentDone([SIGNED_OFF, SIGNED_OFF])).toBe(true);
    expect(isParentDone([SIGNED_OFF, CANCELLED])).toBe(true);
    expect(isParentDone([SIGNED_OFF, REPORTED_DONE])).toBe(false);
    expect(isParentDone([CANCELLED])).toBe(false);
    expect(isParentDone([])).toBe(false);
  });
});

describe('rootTaskState', () => {
  const { ASSIGNED, RECEIVED, SIGNED_OFF, CANCELLED, REPORTED_DONE } = TaskState;

  it('is assigned until every live assignment is signed off, then signed off', () => {
    expect(rootTaskState([ASSIGNED, RECEIVED])).toBe(ASSIGNED);
    expect(rootTaskState([SIGNED_OFF, REPORTED_DONE])).toBe(ASSIGNED);
    expect(rootTaskState([SIGNED_OFF, CANCELLED])).toBe(SIGNED_OFF);
    expect(rootTaskState([SIGNED_OFF, SIGNED_OFF])).toBe(SIGNED_OFF);
  });

  it('never signs off a root whose assignments were all cancelled', () => {
    expect(rootTaskState([CANCELLED, CANCELLED])).toBe(ASSIGNED);
  });
});

describe('cancelledWithParent', () => {
  it('cancels the open subtasks with their parent and leaves the signed-off and cancelled ones as they are', () => {
    for (const state of Object.values(TaskState)) {
      expect(cancelledWithParent(state)).toBe(state !== TaskState.SIGNED_OFF && state !== TaskState.CANCELLED);
    }
  });
});
