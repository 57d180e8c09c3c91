/**
 * The fact rows kept from the other services' events, and how each is made from its event. The
 * payload types name the fields this service reads (it imports no other app); the producers'
 * types are `CaseFactPayload` (cases), `SupervisionNoticeFact`, `TaskTransitionedPayload`,
 * `MeetingHeldPayload` and `ConferenceEstablishedPayload` (meetings).
 */

/** How a case ended (结局), as the cases service records it; null while it has not. */
export type CaseEnding = 'DECIDED' | 'MEDIATED' | 'WITHDRAWN' | 'DECLINED' | 'ANSWERED';

/** A review's or re-examination's finding on the decision: 维持, 变更, 撤销. */
export type ReviewResult = 'UPHELD' | 'CHANGED' | 'REVOKED';

interface StageFact {
  stage: string;
  startedOn: string;
  deadline: string | null;
  stoppedOn: string | null;
}

export interface CaseFactEvent {
  caseId: string;
  number: string;
  version: number;
  toState: string;
  problemJurisdictionId: string;
  problemJurisdictionPath: string;
  kind: string;
  channel: string;
  categoryId: string;
  firstPetition: boolean;
  levelSkipping: boolean;
  collective: boolean;
  personCount: number;
  leaderOwnerId: string | null;
  receptionId: string | null;
  registeredOn: string;
  finishedOn: string | null;
  rating: string | null;
  outcome: string | null;
  declineReason: string | null;
  /** WINDOW_LAPSED, COMPLETED, MEDIATED or WITHDRAWN once closed. */
  closeReason?: string | null;
  /**
   * The ending and what followed it. Absent from events emitted before the cases service recorded
   * them (still queued during an upgrade): `caseEnding` derives them from the fields above.
   */
  ending?: CaseEnding | null;
  final?: boolean;
  reviewResult?: ReviewResult | null;
  reexaminationResult?: ReviewResult | null;
  stages: StageFact[];
}

export interface NoticeFactEvent {
  noticeId: string;
  version: number;
  toState: string;
  kind: string;
  reason: string | null;
  subjectType: string;
  subjectId: string;
  subjectNumber: string;
  responsibleTenantId: string;
  responsibleTenantPath: string;
  feedbackDue: string | null;
  issuedAt: string;
  firstFeedbackAt: string | null;
}

export interface TaskFactEvent {
  taskId: string;
  version: number;
  number: string;
  assigningTenantId: string;
  assigneeKind: string | null;
  assigneeName: string | null;
  listKind: string;
  listed: boolean;
  to: string;
  deadline: string;
  createdOn: string;
  reportedDoneOn: string | null;
  closedOn: string | null;
}

export interface MeetingHeldEvent {
  meetingId: string;
  kind: string;
  date: string;
  decisions: number;
  present: number;
  attendees: number;
}

export interface ConferenceEstablishedEvent {
  tenantId: string;
  establishedOn: string;
}

/** Column names as in `assessment.case_facts`. */
export interface CaseFactRow {
  case_id: string;
  tenant_id: string;
  tenant_path: string;
  version: number;
  number: string;
  registered_on: string;
  kind: string;
  channel: string;
  category_id: string;
  first_petition: boolean;
  level_skipping: boolean;
  collective: boolean;
  person_count: number;
  leader_owned: boolean;
  via_reception: boolean;
  state: string;
  finished_on: string | null;
  rating: string | null;
  outcome: string | null;
  declined: boolean;
  decline_reason: string | null;
  ending: CaseEnding | null;
  final: boolean;
  review_result: ReviewResult | null;
  reexamination_result: ReviewResult | null;
  reviewed: boolean;
  notify_due: string | null;
  notify_done: string | null;
  handle_due: string | null;
  handle_done: string | null;
}

export interface TaskFactRow {
  task_id: string;
  tenant_id: string;
  tenant_path: string;
  version: number;
  number: string;
  assigning_tenant_id: string;
  assignee_kind: string;
  assignee_name: string;
  list_kind: string;
  listed: boolean;
  created_on: string;
  deadline: string;
  state: string;
  finished_on: string | null;
  closed_on: string | null;
}

export interface NoticeFactRow {
  notice_id: string;
  tenant_id: string;
  tenant_path: string;
  version: number;
  kind: string;
  state: string;
  reason: string | null;
  subject_type: string;
  subject_id: string;
  subject_number: string;
  issued_on: string;
  feedback_due: string | null;
  first_feedback_on: string | null;
  escalated: boolean;
}

/** The China date of an instant (facts count days as the offices do). */
export function chinaDate(instant: string): string {
  return new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The latest run of a clocked stage: a stage run again after a send-back replaces the first. */
function latestRun(stages: readonly StageFact[], stage: string): StageFact | undefined {
  return stages
    .filter((s) => s.stage === stage)
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn))
    .at(-1);
}

/** What a case's fact records of its ending. */
export interface CaseEndingFact {
  ending: CaseEnding | null;
  final: boolean;
  reviewResult: ReviewResult | null;
  reexaminationResult: ReviewResult | null;
}

/**
 * The ending as the event states it or, for an event of the older shape (no `ending`), as its
 * other fields show it: a decline reason is a decline; a close reason says mediated, withdrawn,
 * answered (a suggestion or accusation closed after its reply) or a lapsed window (a decision
 * become final); a decision issued is DECIDED, and final once re-examined. A closed case with no
 * close reason (a fact kept before close reasons were, see migration 1767000000330) was closed
 * after a decision — by its lapsed window for a claim, answered for another kind — or, without
 * one, mediated or withdrawn: which, nothing held says, so it stays null until `rebuildFacts`
 * replays the case. The review results were never sent: unknown (null).
 * Migration 1767000000330 applies the same rule in SQL to the facts held; keep the two alike.
 */
export function caseEnding(event: CaseFactEvent): CaseEndingFact {
  if (event.ending !== undefined) {
    return {
      ending: event.ending,
      final: event.final ?? false,
      reviewResult: event.reviewResult ?? null,
      reexaminationResult: event.reexaminationResult ?? null,
    };
  }
  const closeReason =
    event.closeReason ?? (event.toState === 'CLOSED' && event.outcome !== null ? (event.kind === 'CLAIM' ? 'WINDOW_LAPSED' : 'COMPLETED') : null);
  const ending: CaseEnding | null =
    event.declineReason !== null
      ? 'DECLINED'
      : closeReason === 'MEDIATED'
        ? 'MEDIATED'
        : closeReason === 'WITHDRAWN'
          ? 'WITHDRAWN'
          : closeReason === 'COMPLETED'
            ? 'ANSWERED'
            : event.outcome !== null
              ? 'DECIDED'
              : null;
  return { ending, final: event.toState === 'FINALIZED' || closeReason === 'WINDOW_LAPSED', reviewResult: null, reexaminationResult: null };
}

/**
 * A case's fact. 办结 (`finished_on`) as the indicators count it: the case's own end (declined,
 * closed, finalized) or, before that, the day its handling opinion was issued (the latest handling
 * run stopped) — when the offices count it answered and ask the petitioner to rate it, though the
 * review window still runs.
 */
export function caseFactRow(event: CaseFactEvent): CaseFactRow {
  const notify = latestRun(event.stages, 'NOTIFY');
  const handle = latestRun(event.stages, 'HANDLE');
  const ended = caseEnding(event);
  return {
    case_id: event.caseId,
    tenant_id: event.problemJurisdictionId,
    tenant_path: event.problemJurisdictionPath,
    version: event.version,
    number: event.number,
    registered_on: event.registeredOn,
    kind: event.kind,
    channel: event.channel,
    category_id: event.categoryId,
    first_petition: event.firstPetition,
    level_skipping: event.levelSkipping,
    collective: event.collective,
    person_count: event.personCount,
    leader_owned: event.leaderOwnerId !== null,
    via_reception: event.receptionId !== null,
    state: event.toState,
    finished_on: event.finishedOn ?? handle?.stoppedOn ?? null,
    rating: event.rating,
    outcome: event.outcome,
    declined: event.declineReason !== null,
    decline_reason: event.declineReason,
    ending: ended.ending,
    final: ended.final,
    review_result: ended.reviewResult,
    reexamination_result: ended.reexaminationResult,
    reviewed: event.stages.some((s) => s.stage === 'REVIEW'),
    notify_due: notify?.deadline ?? null,
    notify_done: notify?.stoppedOn ?? null,
    handle_due: handle?.deadline ?? null,
    handle_done: handle?.stoppedOn ?? null,
  };
}

/** A notice's fact, under the jurisdiction it supervises. */
export function noticeFactRow(event: NoticeFactEvent): NoticeFactRow {
  return {
    notice_id: event.noticeId,
    tenant_id: event.responsibleTenantId,
    tenant_path: event.responsibleTenantPath,
    version: event.version,
    kind: event.kind,
    state: event.toState,
    reason: event.reason,
    subject_type: event.subjectType,
    subject_id: event.subjectId,
    subject_number: event.subjectNumber,
    issued_on: chinaDate(event.issuedAt),
    feedback_due: event.feedbackDue,
    first_feedback_on: event.firstFeedbackAt ? chinaDate(event.firstFeedbackAt) : null,
    escalated: event.toState === 'ESCALATED',
  };
}

/**
 * An assignment's fact, under the tenant whose row it is (the assignee's jurisdiction, or the
 * assigning one for its member units); a list's own task has no assignee and no fact. A task
 * sent back is finished no more.
 */
export function taskFactRow(event: TaskFactEvent, tenant: { tenantId: string; tenantPath: string }): TaskFactRow | null {
  if (event.assigneeKind === null) return null;
  return {
    task_id: event.taskId,
    tenant_id: tenant.tenantId,
    tenant_path: tenant.tenantPath,
    version: event.version,
    number: event.number,
    assigning_tenant_id: event.assigningTenantId,
    assignee_kind: event.assigneeKind,
    assignee_name: event.assigneeName!,
    list_kind: event.listKind,
    listed: event.listed,
    created_on: event.createdOn,
    deadline: event.deadline,
    state: event.to,
    finished_on: event.reportedDoneOn,
    closed_on: event.closedOn,
  };
}
