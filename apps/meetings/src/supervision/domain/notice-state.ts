import { type IsoDate, compareDates } from '#common/calendar';
import { AppError, ErrorCode } from '#common/errors';
import { NOTICE_ACTION_LABELS, NOTICE_KIND_LABELS, NOTICE_STATE_LABELS, NoticeAction, NoticeKind, NoticeState } from './vocabulary.js';

const { ISSUED, READ, FEEDBACK_SUBMITTED, ACCEPTED, REJECTED, ESCALATED, CLOSED } = NoticeState;

/** What each action does from each state; a state missing from an action's row refuses it. */
const TRANSITIONS: Readonly<Record<Exclude<NoticeAction, NoticeAction.ISSUE>, Partial<Record<NoticeState, NoticeState>>>> = {
  READ: { ISSUED: READ },
  // A rejected feedback may be answered again until the notice escalates.
  SUBMIT_FEEDBACK: { ISSUED: FEEDBACK_SUBMITTED, READ: FEEDBACK_SUBMITTED, REJECTED: FEEDBACK_SUBMITTED },
  ACCEPT: { FEEDBACK_SUBMITTED: ACCEPTED },
  REJECT: { FEEDBACK_SUBMITTED: REJECTED },
  // Only an unanswered or rejected notice escalates: a feedback under review waits for the issuer.
  ESCALATE: { ISSUED: ESCALATED, READ: ESCALATED, REJECTED: ESCALATED },
  // The notice stays as it is (feedback is still owed); only its escalation day goes.
  STOP_ESCALATION: { ISSUED: ISSUED, READ: READ, REJECTED: REJECTED },
  // The subject is fixed (its clock stopped): every notice still open on it ends.
  CLOSE: { ISSUED: CLOSED, READ: CLOSED, FEEDBACK_SUBMITTED: CLOSED, REJECTED: CLOSED, ACCEPTED: CLOSED },
};

/** States a notice leaves no more. */
export const FINAL_STATES: ReadonlySet<NoticeState> = new Set([ESCALATED, CLOSED]);

/** States in which written feedback is owed and not in. */
export const FEEDBACK_OWED_STATES: readonly NoticeState[] = [ISSUED, READ, REJECTED];

/** A reminder asks for nothing back; every other kind owes written feedback. */
export function owesFeedback(kind: NoticeKind): boolean {
  return kind !== NoticeKind.REMINDER;
}

export function invalidNoticeTransition(state: NoticeState, action: NoticeAction, why?: string): AppError {
  const message = `督办通知当前状态为「${NOTICE_STATE_LABELS[state]}」，不能${NOTICE_ACTION_LABELS[action]}${why ? `：${why}` : ''}`;
  return new AppError(ErrorCode.INVALID_TRANSITION, message, { state, action });
}

/**
 * The state after `action`, or an INVALID_TRANSITION naming the state. Feedback is not asked of a
 * reminder, and neither a reminder nor an accountability recommendation escalates.
 */
export function nextNoticeState(kind: NoticeKind, state: NoticeState, action: Exclude<NoticeAction, NoticeAction.ISSUE>): NoticeState {
  const feedbackAction = action === NoticeAction.SUBMIT_FEEDBACK || action === NoticeAction.ACCEPT || action === NoticeAction.REJECT;
  if (feedbackAction && !owesFeedback(kind)) throw invalidNoticeTransition(state, action, `${NOTICE_KIND_LABELS[kind]}无需书面反馈`);
  if ((action === NoticeAction.ESCALATE || action === NoticeAction.STOP_ESCALATION) && (kind === NoticeKind.REMINDER || kind === NoticeKind.ACCOUNTABILITY)) {
    throw invalidNoticeTransition(state, action, kind === NoticeKind.REMINDER ? '提醒不升级督办' : '追究责任建议已是最高一级');
  }
  const next = TRANSITIONS[action][state];
  if (!next) throw invalidNoticeTransition(state, action, whyRefused(state, action));
  return next;
}

function whyRefused(state: NoticeState, action: NoticeAction): string | undefined {
  if (state === ACCEPTED && action === NoticeAction.ACCEPT) return '反馈已经采纳，不能重复采纳';
  if (state === CLOSED) return '督办通知已办结';
  if (state === ESCALATED) return '督办通知已升级，请处理升级后的通知';
  if (state === FEEDBACK_SUBMITTED && action === NoticeAction.ESCALATE) return '反馈正待审核';
  return undefined;
}

/** Unread: delivered and not yet opened by the addressee. */
export function isUnread(state: NoticeState): boolean {
  return state === ISSUED;
}

/** Feedback is owed, not in, and its due date has passed. */
export function isFeedbackOverdue(notice: { state: NoticeState; feedbackDue: IsoDate | null }, today: IsoDate): boolean {
  return notice.feedbackDue !== null && FEEDBACK_OWED_STATES.includes(notice.state) && compareDates(notice.feedbackDue, today) < 0;
}
