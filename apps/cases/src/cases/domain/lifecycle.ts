import { type IsoDate, type Pause, type Stage, compareDates, isIsoDate } from '#common/calendar';
import { hearingRefusal } from '../../clocks/domain/hearing-pauses.js';
import { STATUTORY_RULES, extensionRefusal } from '../../clocks/domain/statutory-rules.js';
import { AppError, ErrorCode, deadlinePassed, validation } from '#common/errors';
import {
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  CaseAction,
  CaseKind,
  type CaseSnapshot,
  CaseState,
  Channel,
  CloseReason,
  CompletionReportStatus,
  DecisionOutcome,
  DeclineReason,
  DECISION_OUTCOME_LABELS,
  LEGAL_PROCEDURE_REASONS,
  OPINION_RESULT_LABELS,
  OpinionResult,
  Rating,
  RouteMode,
} from './case-state.js';

// ---------------------------------------------------------------------------------------------
// Inputs of each action. Windows and deadlines a guard needs are passed in by the service, which
// stored them when the stage started.
// ---------------------------------------------------------------------------------------------

export interface RegisterInput {
  kind: CaseKind;
  channel: Channel;
}
export interface RouteInput {
  mode: RouteMode;
  /** For 交办: the date the assigning office sets for the completion report. */
  completionReportDue?: IsoDate;
}
export interface ObjectInput {
  reason: string;
  /** The OBJECT window's deadline; needed once the case has been signed for. */
  windowDeadline?: IsoDate;
}
export interface DeclineInput {
  reason: DeclineReason;
  /** Free text; required for OTHER. */
  note?: string;
}
export interface ExtendInput {
  days: number;
  approver: string;
  reason: string;
  /** The current HANDLE deadline; an extension is approved before it passes. */
  handleDeadline: IsoDate;
}
export interface HearingInput {
  from: IsoDate;
  to: IsoDate;
}
export interface DecisionInput {
  outcome: DecisionOutcome;
  text: string;
}
/** A review or re-examination opinion, with what it does to the opinion it reviews (the one in force). */
export interface ReviewDecisionInput extends DecisionInput {
  result: OpinionResult;
}
export interface ReportUpInput {
  reason: string;
}
export interface SendBackInput {
  reason: string;
  /** The new completion-report date set by the assigning office. */
  completionReportDue: IsoDate;
}
export interface RateInput {
  rating: Rating;
}
export interface WindowInput {
  /** The deadline of the window the request must fall into (REVIEW_WINDOW, REEXAMINATION_WINDOW). */
  windowDeadline: IsoDate;
}
export interface CloseInput {
  reason: CloseReason;
}
export type NoInput = Record<string, never> | undefined;

export interface ActionInputs {
  REGISTER: RegisterInput;
  ROUTE: RouteInput;
  OBJECT: ObjectInput;
  RECEIVE: NoInput;
  ACCEPT: NoInput;
  DECLINE: DeclineInput;
  EXTEND: ExtendInput;
  RECORD_HEARING: HearingInput;
  DECIDE: DecisionInput;
  DELIVER: NoInput;
  SUBMIT_COMPLETION_REPORT: NoInput;
  SEND_BACK: SendBackInput;
  RATE: RateInput;
  REQUEST_REVIEW: WindowInput;
  DECIDE_REVIEW: ReviewDecisionInput;
  REQUEST_REEXAMINATION: WindowInput;
  DECIDE_REEXAMINATION: ReviewDecisionInput;
  CLOSE: CloseInput;
  REPORT_UP: ReportUpInput;
  LAPSE: WindowInput;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export function invalidTransition(state: CaseState, action: CaseAction, why?: string): AppError {
  const message = `当前状态为「${CASE_STATE_LABELS[state]}」，不能执行「${CASE_ACTION_LABELS[action]}」${why ? `：${why}` : ''}`;
  return new AppError(ErrorCode.INVALID_TRANSITION, message, { state, action });
}

// ---------------------------------------------------------------------------------------------
// Guards: the rules that are not just the state. Each throws or returns.
// ---------------------------------------------------------------------------------------------

type Guard = (snapshot: CaseSnapshot, action: CaseAction, input: unknown, today: IsoDate) => void;

function requireText(value: unknown, what: string, max = 20_000): string {
  if (typeof value !== 'string' || value.trim() === '') throw validation(`${what}不能为空`);
  if (value.length > max) throw validation(`${what}不得超过 ${max} 字`);
  return value;
}

function requireDate(value: unknown, what: string): IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value)) throw validation(`${what}应为 YYYY-MM-DD 格式的日期`);
  return value;
}

function requireMember<T extends string>(values: Record<string, T>, value: unknown, what: string): T {
  if (typeof value !== 'string' || !(Object.values(values) as string[]).includes(value)) throw validation(`${what}无效：${String(value)}`);
  return value as T;
}

/** The request falls into a window still open on `today` (the deadline day itself counts). */
function withinWindow(stage: Stage, deadline: unknown, today: IsoDate): void {
  const date = requireDate(deadline, `${STATUTORY_RULES[stage].name}期限`);
  if (compareDates(today, date) > 0) {
    throw deadlinePassed(`${STATUTORY_RULES[stage].name}期限已于 ${date} 届满`, { stage, deadline: date, today });
  }
}

function decisionGuard(_s: CaseSnapshot, _a: CaseAction, input: unknown): void {
  const { outcome, text } = (input ?? {}) as Partial<DecisionInput>;
  requireMember(DecisionOutcome, outcome, '处理意见结论');
  requireText(text, '处理意见书正文');
}

/**
 * 维持 keeps the reviewed opinion's conclusion; 变更 and 撤销 replace it with the new one (which
 * may keep the conclusion category while changing its content).
 */
function reviewDecisionGuard(snapshot: CaseSnapshot, action: CaseAction, input: unknown): void {
  decisionGuard(snapshot, action, input);
  const { outcome, result } = (input ?? {}) as Partial<ReviewDecisionInput>;
  const value = requireMember(OpinionResult, result, '复查（复核）结果');
  if (value === OpinionResult.UPHELD && snapshot.outcome !== null && outcome !== snapshot.outcome) {
    throw validation(
      `${OPINION_RESULT_LABELS[value]}原意见时，结论应与原意见一致（原结论「${DECISION_OUTCOME_LABELS[snapshot.outcome]}」）；结论不同的应为变更或撤销`,
    );
  }
}

/**
 * The part of a guard that depends on the case alone (its snapshot, today and the deadline of the
 * window the step must fall into), not on what the user enters. The guard runs it first, and
 * `availableActions` asks it to tell which steps a case allows now: one rule, one place.
 */
type Precondition = (snapshot: CaseSnapshot, action: CaseAction, today: IsoDate, windowDeadline: unknown) => void;

type PreconditionName =
  | 'objectWithinWindow'
  | 'extensionOnce'
  | 'completionReportOwed'
  | 'completionReportSubmitted'
  | 'rateOnceAfterDelivery'
  | 'reviewWithinWindow'
  | 'reexaminationWithinWindow'
  | 'closeReason';

export const PRECONDITIONS: Readonly<Record<PreconditionName, Precondition>> = {
  objectWithinWindow(snapshot, _a, today, windowDeadline) {
    // Before signing for, no clock has started and an objection is always in time.
    if (snapshot.state === CaseState.RECEIVED) withinWindow('OBJECT', windowDeadline, today);
  },
  extensionOnce(snapshot, action, today, handleDeadline) {
    if (snapshot.extensionUsed) throw invalidTransition(snapshot.state, action, '办理期限只能延长一次');
    if (!snapshot.openStages.includes('HANDLE')) throw invalidTransition(snapshot.state, action, '办理期限未在计算中');
    withinWindow('HANDLE', handleDeadline, today);
  },
  completionReportOwed(snapshot, action) {
    if (!snapshot.assigned) throw invalidTransition(snapshot.state, action, '该事项为转送，不需报送办结报告');
    if (snapshot.completionReport === CompletionReportStatus.SUBMITTED) {
      throw invalidTransition(snapshot.state, action, '办结报告已报送，等待交办机关审核');
    }
  },
  completionReportSubmitted(snapshot, action) {
    if (!snapshot.assigned || snapshot.completionReport !== CompletionReportStatus.SUBMITTED) {
      throw invalidTransition(snapshot.state, action, '尚未报送办结报告');
    }
  },
  rateOnceAfterDelivery(snapshot, action) {
    if (!snapshot.delivered) throw invalidTransition(snapshot.state, action, '尚未答复送达，不能评价');
    if (snapshot.rating !== null) throw invalidTransition(snapshot.state, action, '满意度已评价，只能评价一次');
  },
  reviewWithinWindow(snapshot, action, today, windowDeadline) {
    if (snapshot.kind !== CaseKind.CLAIM) throw invalidTransition(snapshot.state, action, '只有申诉求决类事项的处理意见可以申请复查');
    withinWindow('REVIEW_WINDOW', windowDeadline, today);
  },
  reexaminationWithinWindow(_s, _a, today, windowDeadline) {
    withinWindow('REEXAMINATION_WINDOW', windowDeadline, today);
  },
  closeReason(snapshot, action) {
    if (closeReasonsFor(snapshot).length === 0) throw invalidTransition(snapshot.state, action, '当前不能办结');
    if (snapshot.state === CaseState.DELIVERED && snapshot.assigned && snapshot.completionReport !== CompletionReportStatus.SUBMITTED) {
      throw invalidTransition(snapshot.state, action, '交办事项须先报送办结报告');
    }
  },
};

/** The running clock whose deadline a precondition checks; the service reads it from the case's stages. */
export const PRECONDITION_WINDOWS: Readonly<Partial<Record<PreconditionName, Stage>>> = {
  objectWithinWindow: 'OBJECT',
  extensionOnce: 'HANDLE',
  reviewWithinWindow: 'REVIEW_WINDOW',
  reexaminationWithinWindow: 'REEXAMINATION_WINDOW',
};

export const GUARDS = {
  routeMode(_s, _a, input, today) {
    const { mode, completionReportDue } = (input ?? {}) as Partial<RouteInput>;
    requireMember(RouteMode, mode, '转送交办方式');
    if (mode === RouteMode.ASSIGN) {
      const due = requireDate(completionReportDue, '办结报告报送日期');
      if (compareDates(due, today) <= 0) throw validation(`办结报告报送日期 ${due} 应晚于交办当日`);
    } else if (completionReportDue !== undefined) {
      throw validation('转送不要求报送办结报告，只有交办才设定报送日期');
    }
  },
  objectWithinWindow(snapshot, action, input, today) {
    const { reason, windowDeadline } = (input ?? {}) as Partial<ObjectInput>;
    requireText(reason, '异议理由', 2_000);
    PRECONDITIONS.objectWithinWindow(snapshot, action, today, windowDeadline);
  },
  declineReason(snapshot, _a, input) {
    const { reason, note } = (input ?? {}) as Partial<DeclineInput>;
    const value = requireMember(DeclineReason, reason, '不予受理理由');
    if (value === DeclineReason.OTHER) requireText(note, '不予受理的具体理由', 2_000);
    if (LEGAL_PROCEDURE_REASONS.has(value) && snapshot.kind !== CaseKind.CLAIM) {
      throw validation('只有申诉求决类事项才导入诉讼、仲裁、复议等法定途径（诉访分离）');
    }
  },
  extensionOnce(snapshot, action, input, today) {
    const { days, approver, reason, handleDeadline } = (input ?? {}) as Partial<ExtendInput>;
    PRECONDITIONS.extensionOnce(snapshot, action, today, handleDeadline);
    const refusal = extensionRefusal('HANDLE', days);
    if (refusal) throw validation(refusal);
    requireText(approver, '批准人', 200);
    requireText(reason, '延期理由', 2_000);
  },
  hearingPeriod(snapshot, _a, input) {
    const { from, to } = (input ?? {}) as Partial<HearingInput>;
    const refusal = hearingRefusal([requireDate(from, '听证开始日期'), requireDate(to, '听证结束日期')], snapshot.hearings);
    if (refusal) throw validation(refusal);
  },
  decision: decisionGuard,
  reviewDecision: reviewDecisionGuard,
  reportReason(_s, _a, input) {
    requireText((input as Partial<ReportUpInput> | undefined)?.reason, '上报理由', 2_000);
  },
  completionReportOwed(snapshot, action, _input, today) {
    PRECONDITIONS.completionReportOwed(snapshot, action, today, undefined);
  },
  completionReportSubmitted(snapshot, action, input, today) {
    PRECONDITIONS.completionReportSubmitted(snapshot, action, today, undefined);
    const { reason, completionReportDue } = (input ?? {}) as Partial<SendBackInput>;
    requireText(reason, '退回理由', 2_000);
    const due = requireDate(completionReportDue, '重新报送办结报告日期');
    if (compareDates(due, today) <= 0) throw validation(`重新报送办结报告日期 ${due} 应晚于退回当日`);
  },
  rateOnceAfterDelivery(snapshot, action, input, today) {
    PRECONDITIONS.rateOnceAfterDelivery(snapshot, action, today, undefined);
    requireMember(Rating, (input as Partial<RateInput> | undefined)?.rating, '满意度评价');
  },
  reviewWithinWindow(snapshot, action, input, today) {
    PRECONDITIONS.reviewWithinWindow(snapshot, action, today, (input as Partial<WindowInput> | undefined)?.windowDeadline);
  },
  reexaminationWithinWindow(snapshot, action, input, today) {
    PRECONDITIONS.reexaminationWithinWindow(snapshot, action, today, (input as Partial<WindowInput> | undefined)?.windowDeadline);
  },
  closeReason(snapshot, action, input, today) {
    const { reason } = (input ?? {}) as Partial<CloseInput>;
    const value = requireMember(CloseReason, reason, '办结原因');
    if (value === CloseReason.WINDOW_LAPSED) {
      throw invalidTransition(snapshot.state, action, '申请复查（复核）期限属于信访人，期限届满后事项由系统自动终结，不能手动办结');
    }
    PRECONDITIONS.closeReason(snapshot, action, today, undefined);
    if (!closeReasonsFor(snapshot).includes(value)) {
      throw invalidTransition(snapshot.state, action, `办结原因不能是「${value}」`);
    }
  },
  /** The window's last day is over (the job may run late, never early). */
  windowLapsed(snapshot, action, input, today) {
    const stage: Stage = snapshot.state === CaseState.REVIEWED ? 'REEXAMINATION_WINDOW' : 'REVIEW_WINDOW';
    // Only a claim's reply opens a window (suggestions and accusations are answered and closed).
    if (!snapshot.openStages.includes(stage)) throw invalidTransition(snapshot.state, action, `${STATUTORY_RULES[stage].name}期限未在计算`);
    const date = requireDate((input as Partial<WindowInput> | undefined)?.windowDeadline, `${STATUTORY_RULES[stage].name}期限`);
    if (compareDates(today, date) <= 0) throw invalidTransition(snapshot.state, action, `${STATUTORY_RULES[stage].name}期限 ${date} 尚未届满`);
  },
} satisfies Record<string, Guard>;

export type GuardName = keyof typeof GUARDS;

/**
 * Which close reasons fit a snapshot. A delivered claim has none: it ends when the petitioner asks
 * for review, or by itself when the window lapses (LAPSE), never by an office closing it early.
 */
export function closeReasonsFor(snapshot: CaseSnapshot): CloseReason[] {
  switch (snapshot.state) {
    case CaseState.REGISTERED:
    case CaseState.ROUTED:
    case CaseState.RECEIVED:
      return [CloseReason.WITHDRAWN];
    case CaseState.ACCEPTED:
      return [CloseReason.MEDIATED, CloseReason.WITHDRAWN];
    case CaseState.DELIVERED:
      return snapshot.kind === CaseKind.CLAIM ? [] : [CloseReason.COMPLETED];
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// The transition table
// ---------------------------------------------------------------------------------------------

export interface TransitionRule {
  /** `null` for registration, which creates the case. */
  readonly from: CaseState | null;
  readonly action: CaseAction;
  readonly to: CaseState;
  /** Clocks that stop (only those actually open are reported). */
  readonly stops: readonly Stage[];
  /** Clocks that start now. */
  readonly starts: readonly Stage[];
  /** A started clock that applies only to these kinds (the review path is for claims). */
  readonly startsOnlyFor?: readonly CaseKind[];
  /** The running clock the action extends (its deadline moves). */
  readonly extends?: Stage;
  /** The running clock the action pauses (the hearing interval is excluded). */
  readonly pauses?: Stage;
  readonly guard?: GuardName;
}

const S = CaseState;
const A = CaseAction;

/** Every allowed transition. Any (state, action) not listed is INVALID_TRANSITION. */
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: null, action: A.REGISTER, to: S.REGISTERED, stops: [], starts: ['ROUTE'] },

  { from: S.REGISTERED, action: A.ROUTE, to: S.ROUTED, stops: ['ROUTE'], starts: ['RECEIVE'], guard: 'routeMode' },
  { from: S.REGISTERED, action: A.DECLINE, to: S.CLOSED, stops: ['ROUTE'], starts: [], guard: 'declineReason' },
  { from: S.REGISTERED, action: A.CLOSE, to: S.CLOSED, stops: ['ROUTE'], starts: [], guard: 'closeReason' },
  // 上报: the holder's route clock stops; the office above holds the case and routes it on its own clock.
  { from: S.REGISTERED, action: A.REPORT_UP, to: S.REGISTERED, stops: ['ROUTE'], starts: ['ROUTE'], guard: 'reportReason' },

  { from: S.ROUTED, action: A.RECEIVE, to: S.RECEIVED, stops: ['RECEIVE'], starts: ['OBJECT', 'NOTIFY'] },
  { from: S.ROUTED, action: A.OBJECT, to: S.REGISTERED, stops: ['RECEIVE'], starts: ['ROUTE'], guard: 'objectWithinWindow' },
  { from: S.ROUTED, action: A.CLOSE, to: S.CLOSED, stops: ['RECEIVE'], starts: [], guard: 'closeReason' },

  { from: S.RECEIVED, action: A.ACCEPT, to: S.ACCEPTED, stops: ['OBJECT', 'NOTIFY'], starts: ['HANDLE'] },
  { from: S.RECEIVED, action: A.DECLINE, to: S.CLOSED, stops: ['OBJECT', 'NOTIFY'], starts: [], guard: 'declineReason' },
  { from: S.RECEIVED, action: A.OBJECT, to: S.REGISTERED, stops: ['OBJECT', 'NOTIFY'], starts: ['ROUTE'], guard: 'objectWithinWindow' },
  { from: S.RECEIVED, action: A.ROUTE, to: S.ROUTED, stops: ['OBJECT', 'NOTIFY'], starts: ['RECEIVE'], guard: 'routeMode' },
  { from: S.RECEIVED, action: A.CLOSE, to: S.CLOSED, stops: ['OBJECT', 'NOTIFY'], starts: [], guard: 'closeReason' },

  { from: S.ACCEPTED, action: A.EXTEND, to: S.ACCEPTED, stops: [], starts: [], extends: 'HANDLE', guard: 'extensionOnce' },
  { from: S.ACCEPTED, action: A.DECIDE, to: S.DECIDED, stops: ['HANDLE'], starts: [], guard: 'decision' },
  { from: S.ACCEPTED, action: A.DECLINE, to: S.CLOSED, stops: ['HANDLE'], starts: [], guard: 'declineReason' },
  { from: S.ACCEPTED, action: A.CLOSE, to: S.CLOSED, stops: ['HANDLE'], starts: [], guard: 'closeReason' },

  { from: S.DECIDED, action: A.DELIVER, to: S.DELIVERED, stops: [], starts: ['REVIEW_WINDOW'], startsOnlyFor: [CaseKind.CLAIM] },

  { from: S.DELIVERED, action: A.RATE, to: S.DELIVERED, stops: [], starts: [], guard: 'rateOnceAfterDelivery' },
  { from: S.DELIVERED, action: A.SUBMIT_COMPLETION_REPORT, to: S.DELIVERED, stops: [], starts: [], guard: 'completionReportOwed' },
  { from: S.DELIVERED, action: A.SEND_BACK, to: S.ACCEPTED, stops: ['REVIEW_WINDOW'], starts: ['HANDLE'], guard: 'completionReportSubmitted' },
  { from: S.DELIVERED, action: A.REQUEST_REVIEW, to: S.IN_REVIEW, stops: ['REVIEW_WINDOW'], starts: ['REVIEW'], guard: 'reviewWithinWindow' },
  { from: S.DELIVERED, action: A.CLOSE, to: S.CLOSED, stops: [], starts: [], guard: 'closeReason' },
  { from: S.DELIVERED, action: A.LAPSE, to: S.FINALIZED, stops: ['REVIEW_WINDOW'], starts: [], guard: 'windowLapsed' },

  { from: S.IN_REVIEW, action: A.RATE, to: S.IN_REVIEW, stops: [], starts: [], guard: 'rateOnceAfterDelivery' },
  { from: S.IN_REVIEW, action: A.DECIDE_REVIEW, to: S.REVIEWED, stops: ['REVIEW'], starts: ['REEXAMINATION_WINDOW'], guard: 'reviewDecision' },

  { from: S.REVIEWED, action: A.RATE, to: S.REVIEWED, stops: [], starts: [], guard: 'rateOnceAfterDelivery' },
  {
    from: S.REVIEWED,
    action: A.REQUEST_REEXAMINATION,
    to: S.IN_REEXAMINATION,
    stops: ['REEXAMINATION_WINDOW'],
    starts: ['REEXAMINATION'],
    guard: 'reexaminationWithinWindow',
  },
  { from: S.REVIEWED, action: A.LAPSE, to: S.FINALIZED, stops: ['REEXAMINATION_WINDOW'], starts: [], guard: 'windowLapsed' },

  { from: S.IN_REEXAMINATION, action: A.RATE, to: S.IN_REEXAMINATION, stops: [], starts: [], guard: 'rateOnceAfterDelivery' },
  { from: S.IN_REEXAMINATION, action: A.RECORD_HEARING, to: S.IN_REEXAMINATION, stops: [], starts: [], pauses: 'REEXAMINATION', guard: 'hearingPeriod' },
  { from: S.IN_REEXAMINATION, action: A.DECIDE_REEXAMINATION, to: S.FINALIZED, stops: ['REEXAMINATION'], starts: [], guard: 'reviewDecision' },

  // A finished case still takes the one rating it is owed, if a reply was delivered.
  { from: S.FINALIZED, action: A.RATE, to: S.FINALIZED, stops: [], starts: [], guard: 'rateOnceAfterDelivery' },
  // An assigned claim whose window lapsed before its report was in still owes the assigning office that report.
  { from: S.FINALIZED, action: A.SUBMIT_COMPLETION_REPORT, to: S.FINALIZED, stops: [], starts: [], guard: 'completionReportOwed' },
  { from: S.CLOSED, action: A.RATE, to: S.CLOSED, stops: [], starts: [], guard: 'rateOnceAfterDelivery' },
];

const BY_KEY = new Map<string, TransitionRule>(TRANSITIONS.map((rule) => [`${rule.from ?? ''}:${rule.action}`, rule]));

export function findTransition(from: CaseState | null, action: CaseAction): TransitionRule | undefined {
  return BY_KEY.get(`${from ?? ''}:${action}`);
}

/** The actions the table allows from a state (guards may still refuse them). */
export function actionsFrom(state: CaseState): CaseAction[] {
  return TRANSITIONS.filter((rule) => rule.from === state).map((rule) => rule.action);
}

/** Steps only the system takes (a petitioner's window lapsing), never offered to a user. */
export const SYSTEM_ACTIONS: ReadonlySet<CaseAction> = new Set([CaseAction.LAPSE]);

/**
 * The steps a user may take on a case now as far as the case itself decides: the table's actions
 * from its state whose preconditions hold on `today` (a step whose window has closed, a second
 * extension, a rating already given are left out). Who may take them is decided beside it
 * (acting office, roles). `deadlineOf` gives the deadline of a running clock.
 */
export function actionsAllowedNow(snapshot: CaseSnapshot, today: IsoDate, deadlineOf: (stage: Stage) => IsoDate | null | undefined): CaseAction[] {
  return TRANSITIONS.filter((rule) => rule.from === snapshot.state && !SYSTEM_ACTIONS.has(rule.action))
    .filter((rule) => {
      const precondition = rule.guard && rule.guard in PRECONDITIONS ? PRECONDITIONS[rule.guard as PreconditionName] : undefined;
      if (!precondition) return true;
      const window = PRECONDITION_WINDOWS[rule.guard as PreconditionName];
      try {
        precondition(snapshot, rule.action, today, window ? (deadlineOf(window) ?? undefined) : undefined);
        return true;
      } catch (error) {
        if (error instanceof AppError) return false;
        throw error;
      }
    })
    .map((rule) => rule.action);
}

// ---------------------------------------------------------------------------------------------
// Applying a transition
// ---------------------------------------------------------------------------------------------

export interface TransitionResult {
  readonly from: CaseState | null;
  readonly action: CaseAction;
  readonly snapshot: CaseSnapshot;
  /** Clocks that stopped now (the service records whether each was on time). */
  readonly stopped: readonly Stage[];
  /** Clocks that start now (the service computes their deadlines with `deadlineFor`). */
  readonly started: readonly Stage[];
  readonly extended?: Stage;
  readonly paused?: { stage: Stage; period: Pause };
}

/** Registration: the case is born REGISTERED with the ROUTE clock running. */
export function register(input: RegisterInput): TransitionResult {
  const kind = requireMember(CaseKind, input?.kind, '信访事项类别');
  const channel = requireMember(Channel, input?.channel, '信访渠道');
  const rule = findTransition(null, CaseAction.REGISTER)!;
  const snapshot: CaseSnapshot = {
    state: rule.to,
    kind,
    channel,
    openStages: [...rule.starts],
    assigned: false,
    completionReport: CompletionReportStatus.NONE,
    sendBackCount: 0,
    extensionUsed: false,
    delivered: false,
    rating: null,
    outcome: null,
    reviewResult: null,
    reexaminationResult: null,
    declineReason: null,
    closeReason: null,
    hearings: [],
  };
  return { from: null, action: CaseAction.REGISTER, snapshot, stopped: [], started: [...rule.starts] };
}

/**
 * The next snapshot after `action`, or an `AppError`: INVALID_TRANSITION when the table or a state
 * rule forbids it, DEADLINE_PASSED when its window has closed, VALIDATION when the input is wrong.
 */
export function applyTransition<K extends CaseAction>(snapshot: CaseSnapshot, action: K, input: ActionInputs[K], today: IsoDate): TransitionResult {
  const rule = findTransition(snapshot.state, action);
  if (!rule) throw invalidTransition(snapshot.state, action);
  if (rule.guard) GUARDS[rule.guard](snapshot, action, input, today);

  const stopped = rule.stops.filter((stage) => snapshot.openStages.includes(stage));
  const started = rule.startsOnlyFor && !rule.startsOnlyFor.includes(snapshot.kind) ? [] : [...rule.starts];
  const openStages = [...snapshot.openStages.filter((stage) => !stopped.includes(stage)), ...started];

  let next: CaseSnapshot = { ...snapshot, state: rule.to, openStages };
  let paused: TransitionResult['paused'];
  switch (action) {
    case CaseAction.ROUTE:
      if ((input as RouteInput).mode === RouteMode.ASSIGN) next = { ...next, assigned: true, completionReport: CompletionReportStatus.NONE };
      break;
    case CaseAction.DECLINE:
      next = { ...next, declineReason: (input as DeclineInput).reason };
      break;
    case CaseAction.EXTEND:
      next = { ...next, extensionUsed: true };
      break;
    case CaseAction.RECORD_HEARING: {
      const { from, to } = input as HearingInput;
      const period: Pause = [from, to];
      next = { ...next, hearings: [...snapshot.hearings, period] };
      paused = { stage: rule.pauses!, period };
      break;
    }
    case CaseAction.DECIDE:
    case CaseAction.DECIDE_REVIEW:
    case CaseAction.DECIDE_REEXAMINATION:
      next = { ...next, outcome: (input as DecisionInput).outcome };
      // The review and re-examination opinions are issued and delivered in one step.
      if (action !== CaseAction.DECIDE) next = { ...next, delivered: true };
      if (action === CaseAction.DECIDE_REVIEW) next = { ...next, reviewResult: (input as ReviewDecisionInput).result };
      if (action === CaseAction.DECIDE_REEXAMINATION) next = { ...next, reexaminationResult: (input as ReviewDecisionInput).result };
      break;
    case CaseAction.DELIVER:
      next = { ...next, delivered: true };
      break;
    case CaseAction.SUBMIT_COMPLETION_REPORT:
      next = { ...next, completionReport: CompletionReportStatus.SUBMITTED };
      break;
    case CaseAction.SEND_BACK:
      next = { ...next, completionReport: CompletionReportStatus.SENT_BACK, sendBackCount: snapshot.sendBackCount + 1, outcome: null };
      break;
    case CaseAction.RATE:
      next = { ...next, rating: (input as RateInput).rating };
      break;
    case CaseAction.CLOSE:
      next = { ...next, closeReason: (input as CloseInput).reason };
      break;
    case CaseAction.LAPSE:
      next = { ...next, closeReason: CloseReason.WINDOW_LAPSED };
      break;
    default:
      break;
  }
  return {
    from: snapshot.state,
    action,
    snapshot: next,
    stopped,
    started,
    ...(rule.extends ? { extended: rule.extends } : {}),
    ...(paused ? { paused } : {}),
  };
}
