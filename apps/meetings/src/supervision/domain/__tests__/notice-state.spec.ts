import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AppError, ErrorCode } from '#common/errors';
import { isoDate } from '#common/calendar';
import { FINAL_STATES, NOTICE_STATE_LABELS, NoticeAction, NoticeKind, NoticeState, isFeedbackOverdue, isUnread, nextNoticeState } from '../index.js';

type Action = Exclude<NoticeAction, NoticeAction.ISSUE>;
const ACTIONS = Object.values(NoticeAction).filter((a): a is Action => a !== NoticeAction.ISSUE);
const KINDS = Object.values(NoticeKind);
const STATES = Object.values(NoticeState);

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('notice state machine', () => {
  it('walks a supervision notice through reading, feedback, rejection, feedback again and acceptance', () => {
    const k = NoticeKind.SUPERVISION;
    let state = NoticeState.ISSUED;
    state = nextNoticeState(k, state, NoticeAction.READ);
    expect(state).toBe(NoticeState.READ);
    state = nextNoticeState(k, state, NoticeAction.SUBMIT_FEEDBACK);
    expect(state).toBe(NoticeState.FEEDBACK_SUBMITTED);
    state = nextNoticeState(k, state, NoticeAction.REJECT);
    expect(state).toBe(NoticeState.REJECTED);
    state = nextNoticeState(k, state, NoticeAction.SUBMIT_FEEDBACK);
    state = nextNoticeState(k, state, NoticeAction.ACCEPT);
    expect(state).toBe(NoticeState.ACCEPTED);
    expect(nextNoticeState(k, state, NoticeAction.CLOSE)).toBe(NoticeState.CLOSED);
  });

  it('refuses a second acceptance, naming the state', () => {
    const error = refusal(() => nextNoticeState(NoticeKind.SUPERVISION, NoticeState.ACCEPTED, NoticeAction.ACCEPT));
    expect(error.code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(error.message).toContain('反馈已采纳');
    expect(error.message).toContain('不能重复采纳');
    expect(error.extensions).toMatchObject({ details: { state: 'ACCEPTED', action: 'ACCEPT' } });
  });

  it('refuses escalating a closed notice', () => {
    const error = refusal(() => nextNoticeState(NoticeKind.CIRCULAR, NoticeState.CLOSED, NoticeAction.ESCALATE));
    expect(error.code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(error.message).toContain('已办结');
  });

  it('asks no feedback of a reminder and escalates neither a reminder nor the top of the ladder', () => {
    for (const action of [NoticeAction.SUBMIT_FEEDBACK, NoticeAction.ACCEPT, NoticeAction.REJECT] as const) {
      expect(refusal(() => nextNoticeState(NoticeKind.REMINDER, NoticeState.READ, action)).message).toContain('提醒无需书面反馈');
    }
    expect(refusal(() => nextNoticeState(NoticeKind.REMINDER, NoticeState.ISSUED, NoticeAction.ESCALATE)).message).toContain('提醒不升级督办');
    expect(refusal(() => nextNoticeState(NoticeKind.ACCOUNTABILITY, NoticeState.ISSUED, NoticeAction.ESCALATE)).message).toContain('最高一级');
    // A reminder is read and closed like any notice.
    expect(nextNoticeState(NoticeKind.REMINDER, NoticeState.ISSUED, NoticeAction.READ)).toBe(NoticeState.READ);
    expect(nextNoticeState(NoticeKind.REMINDER, NoticeState.READ, NoticeAction.CLOSE)).toBe(NoticeState.CLOSED);
  });

  it('does not escalate a notice whose feedback awaits review', () => {
    expect(refusal(() => nextNoticeState(NoticeKind.SUPERVISION, NoticeState.FEEDBACK_SUBMITTED, NoticeAction.ESCALATE)).message).toContain('待审核');
  });

  it('answers every kind, state and action with a state or an INVALID_TRANSITION naming the state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.constantFrom(...STATES), fc.constantFrom(...ACTIONS), (kind, state, action) => {
        try {
          const next = nextNoticeState(kind, state, action);
          expect(STATES).toContain(next);
          expect(FINAL_STATES.has(state)).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe(ErrorCode.INVALID_TRANSITION);
          expect((error as AppError).message).toContain(`「${NOTICE_STATE_LABELS[state]}」`);
        }
      }),
    );
  });

  it('keeps escalated and closed notices where they are, whatever is tried', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.array(fc.constantFrom(...ACTIONS), { maxLength: 30 }), (kind, actions) => {
        let state = NoticeState.ISSUED;
        let final: NoticeState | null = null;
        for (const action of actions) {
          try {
            state = nextNoticeState(kind, state, action);
          } catch {
            continue;
          }
          if (final) throw new Error(`${final} changed to ${state}`);
          if (FINAL_STATES.has(state)) final = state;
        }
      }),
    );
  });
});

describe('reading and overdue feedback', () => {
  const today = isoDate('2026-03-10');

  it('counts only delivered, unopened notices as unread', () => {
    expect(STATES.filter(isUnread)).toEqual([NoticeState.ISSUED]);
  });

  it('is overdue when feedback is owed past its due date', () => {
    const due = isoDate('2026-03-09');
    expect(isFeedbackOverdue({ state: NoticeState.READ, feedbackDue: due }, today)).toBe(true);
    expect(isFeedbackOverdue({ state: NoticeState.REJECTED, feedbackDue: due }, today)).toBe(true);
    expect(isFeedbackOverdue({ state: NoticeState.READ, feedbackDue: today }, today)).toBe(false);
    expect(isFeedbackOverdue({ state: NoticeState.FEEDBACK_SUBMITTED, feedbackDue: due }, today)).toBe(false);
    expect(isFeedbackOverdue({ state: NoticeState.ISSUED, feedbackDue: null }, today)).toBe(false);
  });
});
