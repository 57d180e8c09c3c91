import { type IsoDate, isoDate, plusDays, type Stage } from '#common/calendar';
import {
  type ActionInputs,
  CaseAction,
  CaseKind,
  type CaseSnapshot,
  CaseState,
  Channel,
  CloseReason,
  closeReasonsFor,
  CompletionReportStatus,
  DecisionOutcome,
  DeclineReason,
  OpinionResult,
  Rating,
  RouteMode,
} from '../index.js';

export const TODAY: IsoDate = isoDate('2025-03-10');

/** The clocks that run in each state of an ordinary claim. */
export const OPEN_STAGES: Readonly<Record<CaseState, readonly Stage[]>> = {
  REGISTERED: ['ROUTE'],
  ROUTED: ['RECEIVE'],
  RECEIVED: ['OBJECT', 'NOTIFY'],
  ACCEPTED: ['HANDLE'],
  DECIDED: [],
  DELIVERED: ['REVIEW_WINDOW'],
  IN_REVIEW: ['REVIEW'],
  REVIEWED: ['REEXAMINATION_WINDOW'],
  IN_REEXAMINATION: ['REEXAMINATION'],
  FINALIZED: [],
  CLOSED: [],
};

const DELIVERED_STATES = new Set<CaseState>([
  CaseState.DELIVERED,
  CaseState.IN_REVIEW,
  CaseState.REVIEWED,
  CaseState.IN_REEXAMINATION,
  CaseState.FINALIZED,
  CaseState.CLOSED,
]);

/** A plausible snapshot of a claim in `state`; override what a test needs. */
export function snapshotIn(state: CaseState, overrides: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    state,
    kind: CaseKind.CLAIM,
    channel: Channel.VISIT,
    openStages: OPEN_STAGES[state],
    assigned: false,
    completionReport: CompletionReportStatus.NONE,
    sendBackCount: 0,
    extensionUsed: false,
    delivered: DELIVERED_STATES.has(state),
    rating: null,
    outcome: null,
    reviewResult: null,
    reexaminationResult: null,
    declineReason: null,
    closeReason: null,
    hearings: [],
    ...overrides,
  };
}

/** An input that satisfies the action's guard whenever the snapshot allows it at all. */
export function validInput<K extends CaseAction>(snapshot: CaseSnapshot, action: K, today: IsoDate = TODAY): ActionInputs[K] {
  const inputs: { [A in CaseAction]: () => ActionInputs[A] } = {
    REGISTER: () => ({ kind: CaseKind.CLAIM, channel: Channel.LETTER }),
    ROUTE: () => ({ mode: RouteMode.TRANSFER }),
    OBJECT: () => ({ reason: '不属于本单位职责范围', windowDeadline: plusDays(today, 3) }),
    RECEIVE: () => undefined,
    ACCEPT: () => undefined,
    DECLINE: () => ({ reason: snapshot.kind === CaseKind.CLAIM ? DeclineReason.LITIGATION : DeclineReason.NOT_A_PETITION }),
    EXTEND: () => ({ days: 30, approver: '王局长', reason: '涉及多个部门，需进一步调查核实', handleDeadline: plusDays(today, 10) }),
    RECORD_HEARING: () => {
      const from = plusDays(today, 3 * snapshot.hearings.length);
      return { from, to: plusDays(from, 1) };
    },
    DECIDE: () => ({ outcome: DecisionOutcome.PARTLY_SUPPORTS, text: '经调查核实，部分支持信访人的诉求。' }),
    DELIVER: () => undefined,
    SUBMIT_COMPLETION_REPORT: () => undefined,
    SEND_BACK: () => ({ reason: '事实未查清', completionReportDue: plusDays(today, 20) }),
    RATE: () => ({ rating: Rating.DISSATISFIED }),
    REQUEST_REVIEW: () => ({ windowDeadline: plusDays(today, 5) }),
    DECIDE_REVIEW: () => ({ outcome: snapshot.outcome ?? DecisionOutcome.DOES_NOT_SUPPORT, text: '维持原处理意见。', result: OpinionResult.UPHELD }),
    REQUEST_REEXAMINATION: () => ({ windowDeadline: plusDays(today, 5) }),
    DECIDE_REEXAMINATION: () => ({ outcome: snapshot.outcome ?? DecisionOutcome.DOES_NOT_SUPPORT, text: '维持复查意见。', result: OpinionResult.UPHELD }),
    REPORT_UP: () => ({ reason: '该事项属区住房和城乡建设局职责，超出本街道职权' }),
    CLOSE: () => ({ reason: closeReasonsFor(snapshot)[0] ?? CloseReason.WITHDRAWN }),
    LAPSE: () => ({ windowDeadline: plusDays(today, -1) }),
  };
  return inputs[action]() as ActionInputs[K];
}

/** Catches what a call throws. */
export function thrown(fn: () => unknown): { code?: string; message: string; details?: Record<string, unknown> } {
  try {
    fn();
  } catch (error) {
    const e = error as { message: string; extensions?: { code?: string; details?: Record<string, unknown> } };
    return { code: e.extensions?.code, message: e.message, details: e.extensions?.details };
  }
  throw new Error('expected an error');
}
