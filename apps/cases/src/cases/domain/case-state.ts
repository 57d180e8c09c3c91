import type { Pause, Stage } from '#common/calendar';
import * as vocabulary from '#common/vocabulary';

/**
 * The vocabulary of a case (信访事项). Plain string enums: the GraphQL layer registers them and uses
 * the Chinese label maps below as descriptions.
 */

export enum CaseState {
  REGISTERED = 'REGISTERED',
  ROUTED = 'ROUTED',
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  DECIDED = 'DECIDED',
  DELIVERED = 'DELIVERED',
  IN_REVIEW = 'IN_REVIEW',
  /** The review opinion has been issued and delivered; the re-examination window runs. */
  REVIEWED = 'REVIEWED',
  IN_REEXAMINATION = 'IN_REEXAMINATION',
  FINALIZED = 'FINALIZED',
  CLOSED = 'CLOSED',
}

export const CASE_STATE_LABELS: Readonly<Record<CaseState, string>> = vocabulary.CASE_STATE_LABELS;

export enum CaseAction {
  REGISTER = 'REGISTER',
  ROUTE = 'ROUTE',
  OBJECT = 'OBJECT',
  RECEIVE = 'RECEIVE',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  EXTEND = 'EXTEND',
  RECORD_HEARING = 'RECORD_HEARING',
  DECIDE = 'DECIDE',
  DELIVER = 'DELIVER',
  SUBMIT_COMPLETION_REPORT = 'SUBMIT_COMPLETION_REPORT',
  SEND_BACK = 'SEND_BACK',
  RATE = 'RATE',
  REQUEST_REVIEW = 'REQUEST_REVIEW',
  DECIDE_REVIEW = 'DECIDE_REVIEW',
  REQUEST_REEXAMINATION = 'REQUEST_REEXAMINATION',
  DECIDE_REEXAMINATION = 'DECIDE_REEXAMINATION',
  CLOSE = 'CLOSE',
  /** 上报: a matter outside the holder's competence and subtree goes to the office above, which routes it. */
  REPORT_UP = 'REPORT_UP',
  /** The petitioner let the review or re-examination window lapse: the matter is final, by the system, never by a user. */
  LAPSE = 'LAPSE',
}

export const CASE_ACTION_LABELS: Readonly<Record<CaseAction, string>> = {
  REGISTER: '登记',
  ROUTE: '转送交办',
  OBJECT: '异议退回',
  RECEIVE: '签收',
  ACCEPT: '受理',
  DECLINE: '不予受理',
  EXTEND: '延期',
  RECORD_HEARING: '记录听证',
  DECIDE: '出具处理意见',
  DELIVER: '答复送达',
  SUBMIT_COMPLETION_REPORT: '报送办结报告',
  SEND_BACK: '退回重办',
  RATE: '满意度评价',
  REQUEST_REVIEW: '申请复查',
  DECIDE_REVIEW: '出具复查意见',
  REQUEST_REEXAMINATION: '申请复核',
  DECIDE_REEXAMINATION: '出具复核意见',
  CLOSE: '办结',
  REPORT_UP: '上报',
  LAPSE: '期限届满终结',
};

export enum CaseKind {
  SUGGESTION = 'SUGGESTION',
  ACCUSATION = 'ACCUSATION',
  CLAIM = 'CLAIM',
}

export const CASE_KIND_LABELS: Readonly<Record<CaseKind, string>> = vocabulary.CASE_KIND_LABELS;

export enum Channel {
  LETTER = 'LETTER',
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  ONLINE = 'ONLINE',
  VIDEO = 'VIDEO',
  HOTLINE = 'HOTLINE',
}

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = vocabulary.CHANNEL_LABELS;

export enum Rating {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}

export const RATING_LABELS: Readonly<Record<Rating, string>> = vocabulary.RATING_LABELS;

export enum DecisionOutcome {
  SUPPORTS = 'SUPPORTS',
  PARTLY_SUPPORTS = 'PARTLY_SUPPORTS',
  EXPLAINS = 'EXPLAINS',
  DOES_NOT_SUPPORT = 'DOES_NOT_SUPPORT',
}

export const DECISION_OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = vocabulary.DECISION_OUTCOME_LABELS;

/** Why a case is not accepted. The first six route a claim out to a legal procedure (诉访分离). */
export enum DeclineReason {
  LITIGATION = 'LITIGATION',
  ARBITRATION = 'ARBITRATION',
  PARTY_APPEAL = 'PARTY_APPEAL',
  ADMINISTRATIVE_REVIEW = 'ADMINISTRATIVE_REVIEW',
  ADMINISTRATIVE_RULING = 'ADMINISTRATIVE_RULING',
  OWN_LEGAL_DUTY = 'OWN_LEGAL_DUTY',
  /** The same facts were already finalized (不再受理). */
  ALREADY_FINALIZED = 'ALREADY_FINALIZED',
  /** The same matter is being handled within time elsewhere (a lower body); a higher one does not accept it. */
  BEING_HANDLED = 'BEING_HANDLED',
  NOT_A_PETITION = 'NOT_A_PETITION',
  OTHER = 'OTHER',
}

export const DECLINE_REASON_LABELS: Readonly<Record<DeclineReason, string>> = vocabulary.DECLINE_REASON_LABELS;

/** The decline reasons that separate a claim into a legal procedure (诉访分离). */
export const LEGAL_PROCEDURE_REASONS: ReadonlySet<DeclineReason> = new Set([
  DeclineReason.LITIGATION,
  DeclineReason.ARBITRATION,
  DeclineReason.PARTY_APPEAL,
  DeclineReason.ADMINISTRATIVE_REVIEW,
  DeclineReason.ADMINISTRATIVE_RULING,
  DeclineReason.OWN_LEGAL_DUTY,
]);

export enum RouteMode {
  /** 转送: hand over to the competent body. */
  TRANSFER = 'TRANSFER',
  /** 交办: hand over and demand a completion report by a set date. */
  ASSIGN = 'ASSIGN',
}

export const ROUTE_MODE_LABELS: Readonly<Record<RouteMode, string>> = {
  TRANSFER: '转送',
  ASSIGN: '交办',
};

export enum CloseReason {
  /** The review or re-examination window passed without a request: the matter is final (FINALIZED), set by the lapse job only. */
  WINDOW_LAPSED = 'WINDOW_LAPSED',
  /** A suggestion or accusation answered and delivered: no review procedure follows. */
  COMPLETED = 'COMPLETED',
  /** Settled by mediation while being handled. */
  MEDIATED = 'MEDIATED',
  /** The petitioner withdrew before a decision. */
  WITHDRAWN = 'WITHDRAWN',
}

export const CLOSE_REASON_LABELS: Readonly<Record<CloseReason, string>> = {
  WINDOW_LAPSED: '期限届满未申请复查（复核）',
  COMPLETED: '已答复办结',
  MEDIATED: '调解化解',
  WITHDRAWN: '信访人撤回',
};

/** Which opinion (意见书) of a case: the handling office's, the review's or the re-examination's. */
export enum OpinionKind {
  HANDLING = 'HANDLING',
  REVIEW = 'REVIEW',
  REEXAMINATION = 'REEXAMINATION',
}

export const OPINION_KIND_LABELS: Readonly<Record<OpinionKind, string>> = {
  HANDLING: '信访处理意见',
  REVIEW: '复查意见',
  REEXAMINATION: '复核意见',
};

/** What a review or re-examination did to the opinion it reviewed. */
export enum OpinionResult {
  UPHELD = 'UPHELD',
  CHANGED = 'CHANGED',
  REVOKED = 'REVOKED',
}

export const OPINION_RESULT_LABELS: Readonly<Record<OpinionResult, string>> = vocabulary.OPINION_RESULT_LABELS;

/** The opinion each deciding action issues. */
export const OPINION_KIND_OF: Readonly<Partial<Record<CaseAction, OpinionKind>>> = {
  DECIDE: OpinionKind.HANDLING,
  DECIDE_REVIEW: OpinionKind.REVIEW,
  DECIDE_REEXAMINATION: OpinionKind.REEXAMINATION,
};

/** How a matter ended (办结方式); see `caseEnding`. */
export enum CaseEnding {
  DECIDED = 'DECIDED',
  MEDIATED = 'MEDIATED',
  WITHDRAWN = 'WITHDRAWN',
  DECLINED = 'DECLINED',
  ANSWERED = 'ANSWERED',
}

export const CASE_ENDING_LABELS: Readonly<Record<CaseEnding, string>> = vocabulary.CASE_ENDING_LABELS;

export enum CompletionReportStatus {
  /** Not an assigned case, or no report yet. */
  NONE = 'NONE',
  SUBMITTED = 'SUBMITTED',
  SENT_BACK = 'SENT_BACK',
}

export const COMPLETION_REPORT_STATUS_LABELS: Readonly<Record<CompletionReportStatus, string>> = {
  NONE: '未报送',
  SUBMITTED: '已报送',
  SENT_BACK: '已退回重办',
};

/**
 * What the lifecycle needs to know about a case to decide the next step. Deadlines are not part of
 * it: the service computes them with `deadlineFor` when a stage starts and passes the ones a guard
 * needs in the action's input.
 */
export interface CaseSnapshot {
  readonly state: CaseState;
  readonly kind: CaseKind;
  readonly channel: Channel;
  /** The statutory clocks running now (several may run at once: 异议 and 受理告知 both start at receipt). */
  readonly openStages: readonly Stage[];
  /** Routed by 交办 at least once: a completion report is owed to the assigning office. */
  readonly assigned: boolean;
  readonly completionReport: CompletionReportStatus;
  readonly sendBackCount: number;
  readonly extensionUsed: boolean;
  /** A reply has been delivered at least once (rating needs it). */
  readonly delivered: boolean;
  readonly rating: Rating | null;
  /** The latest decision, review or re-examination outcome: the one in force. */
  readonly outcome: DecisionOutcome | null;
  /** What the review did to the handling opinion (复查 维持/变更/撤销). */
  readonly reviewResult: OpinionResult | null;
  /** What the re-examination did to the review opinion (复核 维持/变更/撤销). */
  readonly reexaminationResult: OpinionResult | null;
  readonly declineReason: DeclineReason | null;
  readonly closeReason: CloseReason | null;
  /** Hearings held during re-examination; they pause its clock. */
  readonly hearings: readonly Pause[];
}

export const TERMINAL_STATES: ReadonlySet<CaseState> = new Set([CaseState.FINALIZED, CaseState.CLOSED]);
