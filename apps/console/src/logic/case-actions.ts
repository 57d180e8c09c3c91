import type {
  CaseAction,
  CaseChangeInput,
  CloseCaseInput,
  CloseReason,
  DecideCaseInput,
  DecideReviewInput,
  DecisionOutcome,
  DeclineCaseInput,
  DeclineReason,
  ExtendCaseInput,
  OpinionResult,
  RateCaseInput,
  Rating,
  ReasonedCaseInput,
  RecordHearingInput,
  Role,
  RouteCaseInput,
  RouteMode,
  SendBackCaseInput,
} from '../gql/graphql';

/** The steps a user takes on the case page (registering and a lapsing window are not buttons). */
export type StepAction = Exclude<CaseAction, 'REGISTER' | 'LAPSE'>;

/** The buttons in the order the work goes, so the next usual step comes first. */
export const STEP_ORDER: readonly StepAction[] = [
  'ROUTE',
  'REPORT_UP',
  'RECEIVE',
  'OBJECT',
  'ACCEPT',
  'DECLINE',
  'EXTEND',
  'RECORD_HEARING',
  'DECIDE',
  'DELIVER',
  'SUBMIT_COMPLETION_REPORT',
  'SEND_BACK',
  'RATE',
  'REQUEST_REVIEW',
  'DECIDE_REVIEW',
  'REQUEST_REEXAMINATION',
  'DECIDE_REEXAMINATION',
  'CLOSE',
];

/** Exactly the steps the API offers the user now (`Case.availableActions`), in working order. */
export function actionButtons(available: readonly CaseAction[]): StepAction[] {
  return STEP_ORDER.filter((action) => available.includes(action));
}

/** What the step forms collect; each form shows only the fields its step needs. */
export interface StepFormValues {
  mode?: RouteMode;
  tenantId?: string;
  unitId?: string | null;
  completionReportDue?: string;
  reason?: string;
  declineReason?: DeclineReason;
  target?: string;
  note?: string;
  days?: number | string;
  approverId?: string;
  from?: string;
  to?: string;
  outcome?: DecisionOutcome;
  text?: string;
  result?: OpinionResult;
  rating?: Rating;
  closeReason?: CloseReason;
}

export type StepInput =
  | CaseChangeInput
  | RouteCaseInput
  | ReasonedCaseInput
  | DeclineCaseInput
  | ExtendCaseInput
  | RecordHearingInput
  | DecideCaseInput
  | SendBackCaseInput
  | RateCaseInput
  | DecideReviewInput
  | CloseCaseInput;

/** The decline reasons that send the claim into a legal procedure: the form asks where to (server: LEGAL_PROCEDURE_REASONS). */
export const LEGAL_CHANNEL_REASONS: ReadonlySet<DeclineReason> = new Set<DeclineReason>([
  'LITIGATION',
  'ARBITRATION',
  'PARTY_APPEAL',
  'ADMINISTRATIVE_REVIEW',
  'ADMINISTRATIVE_RULING',
  'OWN_LEGAL_DUTY',
]);

const text = (value: string | undefined): string => (value ?? '').trim();
const optional = (value: string | null | undefined): string | null => (value ?? '').trim() || null;

/**
 * The mutation input of a step from its form: the case and the version the user saw (so a
 * change by someone else in between is refused), strings trimmed, empty optional fields null,
 * and only the fields the step takes.
 */
export function stepInput(action: StepAction, kase: { id: string; version: number }, values: StepFormValues): StepInput {
  const change: CaseChangeInput = { caseId: kase.id, version: kase.version };
  switch (action) {
    case 'ROUTE': {
      const mode = values.mode ?? 'TRANSFER';
      return {
        ...change,
        mode,
        tenantId: values.tenantId ?? '',
        unitId: optional(values.unitId),
        // A transfer demands no completion report; a date left over from switching modes is dropped.
        completionReportDue: mode === 'ASSIGN' ? optional(values.completionReportDue) : null,
      };
    }
    case 'OBJECT':
    case 'REPORT_UP':
      return { ...change, reason: text(values.reason) };
    case 'DECLINE': {
      const reason = values.declineReason ?? 'OTHER';
      return { ...change, reason, target: LEGAL_CHANNEL_REASONS.has(reason) ? optional(values.target) : null, note: optional(values.note) };
    }
    case 'EXTEND':
      return { ...change, days: Number(values.days), reason: text(values.reason), approverId: values.approverId ?? '' };
    case 'RECORD_HEARING':
      return { ...change, from: text(values.from), to: text(values.to) };
    case 'DECIDE':
      return { ...change, outcome: values.outcome ?? 'SUPPORTS', text: text(values.text) };
    case 'SEND_BACK':
      return { ...change, reason: text(values.reason), completionReportDue: text(values.completionReportDue) };
    case 'RATE':
      return { ...change, rating: values.rating ?? 'SATISFIED' };
    case 'DECIDE_REVIEW':
    case 'DECIDE_REEXAMINATION':
      return { ...change, result: values.result ?? 'UPHELD', outcome: values.outcome ?? 'SUPPORTS', text: text(values.text) };
    case 'CLOSE':
      return { ...change, reason: values.closeReason ?? 'COMPLETED' };
    case 'RECEIVE':
    case 'ACCEPT':
    case 'DELIVER':
    case 'SUBMIT_COMPLETION_REPORT':
    case 'REQUEST_REVIEW':
    case 'REQUEST_REEXAMINATION':
      return change;
  }
}

export const VERSION_CONFLICT_MESSAGE = '已被他人修改，请刷新';

interface FailedRequest {
  message: string;
  graphQLErrors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  networkError?: unknown;
}

/**
 * How a refused step is shown in its form: a stale version (`CONFLICT`) as the one prompt to
 * reload, any other refusal with the API's Chinese message.
 */
export function stepFailure(error: FailedRequest): { conflict: boolean; message: string } {
  const first = error.graphQLErrors?.[0];
  if (first?.extensions?.code === 'CONFLICT') return { conflict: true, message: VERSION_CONFLICT_MESSAGE };
  if (first) return { conflict: false, message: first.message };
  return { conflict: false, message: error.networkError ? '网络错误，请稍后再试' : '操作失败，请稍后再试' };
}

/** Roles that may see a petitioner's full ID number and phone (server: UNMASKING_ROLES; each reading is audited). */
const REVEALING_ROLES: ReadonlySet<Role> = new Set<Role>(['REGISTRAR', 'HANDLER']);

export function mayReveal(roles: readonly Role[]): boolean {
  return roles.some((role) => REVEALING_ROLES.has(role));
}

/** The petitioner's rating link for a delivered reply, on the citizens' portal of the same origin. */
export function ratingLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/portal/rate?token=${encodeURIComponent(token)}`;
}

export interface TreeOffice {
  id: string;
  name: string;
  parentId: string | null;
}

export interface OfficeTreeNode {
  value: string;
  title: string;
  children: OfficeTreeNode[];
}

/**
 * The offices of the user's subtree as a tree for choosing a route target: an office whose
 * parent is not in the list (the user's own office) is a root; children keep the list's order.
 */
export function officeTree(offices: readonly TreeOffice[]): OfficeTreeNode[] {
  const ids = new Set(offices.map((office) => office.id));
  const nodes = new Map(offices.map((office) => [office.id, { value: office.id, title: office.name, children: [] as OfficeTreeNode[] }]));
  const roots: OfficeTreeNode[] = [];
  for (const office of offices) {
    const node = nodes.get(office.id)!;
    if (office.parentId && ids.has(office.parentId) && office.parentId !== office.id) nodes.get(office.parentId)!.children.push(node);
    else roots.push(node);
  }
  return roots;
}
