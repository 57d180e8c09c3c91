import type { IsoDate, Stage } from '#common/calendar';
import { FACT_REPLAY, type OutboxEvent } from '#common/events';
import { caseEnding, isCollective, type CaseAction, type CaseEnding, type CaseState, type OpinionResult } from './domain/index.js';
import type { CaseEntity, CaseStageEntity } from './entities/index.js';

/** One clock of a case as facts and supervision need it. */
export interface StageFact {
  stage: Stage;
  ownerTenantId: string;
  startedOn: IsoDate;
  deadline: IsoDate | null;
  stoppedOn: IsoDate | null;
  onTime: boolean | null;
}

/**
 * `case.transitioned`: the whole fact row of a case after one transition, so that a consumer keeps
 * its read model by upsert on `caseId` (latest `version` wins) without asking back.
 */
export interface CaseFactPayload {
  caseId: string;
  number: string;
  title: string;
  version: number;
  /**
   * Who may see the case (the cases service's row-level rules, for read models that mirror them):
   * the path of the tenant holding it now, and the accused unit of an accusation.
   */
  holderTenantPath: string;
  accusedUnitId: string | null;
  /** The step that made this row; `REPLAY` when emitted again for a rebuild of the facts. */
  action: CaseAction | typeof FACT_REPLAY;
  fromState: CaseState | null;
  toState: CaseState;
  at: string;
  registeringTenantId: string;
  problemJurisdictionId: string;
  problemJurisdictionPath: string;
  handlingTenantId: string;
  handlingUnitId: string | null;
  kind: string;
  channel: string;
  categoryId: string;
  firstPetition: boolean;
  repeatOfId: string | null;
  levelSkipping: boolean;
  collective: boolean;
  personCount: number;
  leaderOwnerId: string | null;
  receptionId: string | null;
  registeredOn: IsoDate;
  finishedOn: IsoDate | null;
  rating: string | null;
  /** The outcome in force: the latest opinion's (a review or re-examination may change it). */
  outcome: string | null;
  declineReason: string | null;
  closeReason: string | null;
  /**
   * How the matter ended (办结方式); null while it is open. DECIDED: a handling opinion (信访处理意见书)
   * issued, from then on, also while a review runs; MEDIATED 调解; WITHDRAWN 撤回; DECLINED 不予受理
   * (reason in `declineReason`); ANSWERED: a suggestion or accusation answered and closed.
   */
  ending: `${CaseEnding}` | null;
  /** 终结: re-examined, or a review or re-examination window lapsed. */
  final: boolean;
  /** 复查 维持/变更/撤销 of the handling opinion. */
  reviewResult: `${OpinionResult}` | null;
  /** 复核 维持/变更/撤销 of the review opinion. */
  reexaminationResult: `${OpinionResult}` | null;
  stages: StageFact[];
}

export type DeadlineChange = 'STARTED' | 'CHANGED' | 'STOPPED';

/**
 * `case.deadline`: a clock started, moved (extension, hearing, recomputed calendar) or stopped.
 * Emitted under the clock's owner, who always sees its case (the acting user may not, after an
 * objection hands the case back up), so consumers read the case back under the event's tenant.
 */
export interface CaseDeadlinePayload {
  caseId: string;
  number: string;
  caseTitle: string;
  change: DeadlineChange;
  /** The clock's own row (`case_stages.id`): a stage run again after a send-back is another clock. */
  stageId: string;
  stage: Stage;
  ownerTenantId: string;
  ownerTenantPath: string;
  handlingTenantId: string;
  handlingUnitId: string | null;
  startedOn: IsoDate;
  deadline: IsoDate | null;
  stoppedOn: IsoDate | null;
  onTime: boolean | null;
}

export function stageFact(stage: CaseStageEntity): StageFact {
  return {
    stage: stage.stage,
    ownerTenantId: stage.ownerTenantId,
    startedOn: stage.startedOn,
    deadline: stage.deadline,
    stoppedOn: stage.stoppedOn,
    onTime: stage.onTime,
  };
}

export function caseFactEvent(
  kase: CaseEntity,
  stages: readonly CaseStageEntity[],
  step: { action: CaseAction | typeof FACT_REPLAY; fromState: CaseState | null; at: Date },
): OutboxEvent {
  const { ending, final } = caseEnding(kase);
  const payload: CaseFactPayload = {
    caseId: kase.id,
    number: kase.number,
    title: kase.title,
    version: kase.version,
    holderTenantPath: kase.tenantPath,
    accusedUnitId: kase.accusedUnitId,
    action: step.action,
    fromState: step.fromState,
    toState: kase.state,
    at: step.at.toISOString(),
    registeringTenantId: kase.tenantId,
    problemJurisdictionId: kase.problemJurisdictionId,
    problemJurisdictionPath: kase.problemJurisdictionPath,
    handlingTenantId: kase.handlingTenantId,
    handlingUnitId: kase.handlingUnitId,
    kind: kase.kind,
    channel: kase.channel,
    categoryId: kase.categoryId,
    firstPetition: kase.repeatOfId === null,
    repeatOfId: kase.repeatOfId,
    levelSkipping: kase.levelSkipping,
    collective: isCollective(kase.personCount),
    personCount: kase.personCount,
    leaderOwnerId: kase.leaderOwnerId,
    receptionId: kase.receptionId,
    registeredOn: kase.registeredOn,
    finishedOn: kase.finishedOn,
    rating: kase.rating,
    outcome: kase.outcome,
    declineReason: kase.declineReason,
    closeReason: kase.closeReason,
    ending,
    final,
    reviewResult: kase.reviewResult,
    reexaminationResult: kase.reexaminationResult,
    stages: stages.map(stageFact),
  };
  return { topic: 'case.transitioned', payload };
}

/** The event of one clock, under its owner (`ownerTenantPath` is the path of `stage.ownerTenantId`). */
export function deadlineEvent(kase: CaseEntity, stage: CaseStageEntity, change: DeadlineChange, ownerTenantPath: string): OutboxEvent {
  const payload: CaseDeadlinePayload = {
    caseId: kase.id,
    number: kase.number,
    caseTitle: kase.title,
    change,
    stageId: stage.id,
    stage: stage.stage,
    ownerTenantId: stage.ownerTenantId,
    ownerTenantPath,
    handlingTenantId: kase.handlingTenantId,
    handlingUnitId: kase.handlingUnitId,
    startedOn: stage.startedOn,
    deadline: stage.deadline,
    stoppedOn: stage.stoppedOn,
    onTime: stage.onTime,
  };
  return { topic: 'case.deadline', payload, tenant: { tenantId: stage.ownerTenantId, tenantPath: ownerTenantPath } };
}
