import type { Stage } from '#common/calendar';
import * as vocabulary from '#common/vocabulary';

/**
 * The vocabulary of supervision (督查督办). Plain string enums: the GraphQL layer registers them
 * with the Chinese labels below as descriptions.
 */

/** The steps of the ladder, and the two kinds raised beside it. */
export enum NoticeKind {
  REMINDER = 'REMINDER',
  SUPERVISION = 'SUPERVISION',
  CIRCULAR = 'CIRCULAR',
  SUMMONS = 'SUMMONS',
  LISTED = 'LISTED',
  ACCOUNTABILITY = 'ACCOUNTABILITY',
}

export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, string>> = vocabulary.NOTICE_KIND_LABELS;

export enum NoticeState {
  ISSUED = 'ISSUED',
  READ = 'READ',
  FEEDBACK_SUBMITTED = 'FEEDBACK_SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  ESCALATED = 'ESCALATED',
  CLOSED = 'CLOSED',
}

export const NOTICE_STATE_LABELS: Readonly<Record<NoticeState, string>> = vocabulary.NOTICE_STATE_LABELS;

/** The situations of Article 40 of the regulation (and other). */
export enum NoticeReason {
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  PROCEDURE_NOT_FOLLOWED = 'PROCEDURE_NOT_FOLLOWED',
  OVERDUE = 'OVERDUE',
  SHIRKING = 'SHIRKING',
  DECISION_NOT_CARRIED_OUT = 'DECISION_NOT_CARRIED_OUT',
  OTHER = 'OTHER',
}

export const NOTICE_REASON_LABELS: Readonly<Record<NoticeReason, string>> = vocabulary.NOTICE_REASON_LABELS;

export enum SubjectType {
  CASE = 'CASE',
  TASK = 'TASK',
}

export const SUBJECT_TYPE_LABELS: Readonly<Record<SubjectType, string>> = vocabulary.SUBJECT_TYPE_LABELS;

/** The issuer's decision on written feedback. */
export enum FeedbackDecision {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

export const FEEDBACK_DECISION_LABELS: Readonly<Record<FeedbackDecision, string>> = {
  ACCEPTED: '采纳',
  REJECTED: '退回',
};

export enum NoticeAction {
  ISSUE = 'ISSUE',
  READ = 'READ',
  SUBMIT_FEEDBACK = 'SUBMIT_FEEDBACK',
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  ESCALATE = 'ESCALATE',
  /** The escalation day came and no office is left above the issuer: the ladder stops here. */
  STOP_ESCALATION = 'STOP_ESCALATION',
  CLOSE = 'CLOSE',
}

export const NOTICE_ACTION_LABELS: Readonly<Record<NoticeAction, string>> = {
  ISSUE: '下发',
  READ: '阅知',
  SUBMIT_FEEDBACK: '书面反馈',
  ACCEPT: '采纳反馈',
  REJECT: '退回反馈',
  ESCALATE: '升级督办',
  STOP_ESCALATION: '督办到顶，不再升级',
  CLOSE: '办结',
};

/** The clock's name for messages: a case stage's statutory name, or a task's deadline. */
export function stageLabel(stage: string | null): string {
  if (stage === null) return '办理';
  if (stage === 'TASK') return '任务办理';
  return vocabulary.CASE_STAGE_LABELS[stage as Stage] ?? stage;
}
