import { FACT_REPLAY, type OutboxEvent } from '#common/events';
import type { NoticeAction, NoticeKind, NoticeReason, NoticeState, SubjectType } from './domain/index.js';
import type { NoticeEntity } from './entities/index.js';

/**
 * `supervision.notice`: one transition of a notice, with the whole notice as it stands after it,
 * so that a consumer (the assessment facts) keeps its read model by upsert on `noticeId` (latest
 * `version` wins) without asking back.
 */
export interface SupervisionNoticeFact {
  noticeId: string;
  version: number;
  /** The step that made this row; `REPLAY` when emitted again for a rebuild of the facts. */
  action: NoticeAction | typeof FACT_REPLAY;
  fromState: NoticeState | null;
  toState: NoticeState;
  at: string;
  kind: NoticeKind;
  reason: NoticeReason | null;
  subjectType: SubjectType;
  subjectId: string;
  subjectNumber: string;
  stage: string | null;
  clockId: string | null;
  responsibleTenantId: string;
  responsibleTenantPath: string;
  issuerTenantId: string;
  addresseeTenantId: string;
  addresseeUnitId: string | null;
  escalatedFromId: string | null;
  feedbackDue: string | null;
  issuedAt: string;
  firstFeedbackAt: string | null;
}

export function noticeFactEvent(notice: NoticeEntity, action: NoticeAction | typeof FACT_REPLAY, fromState: NoticeState | null, at: Date): OutboxEvent {
  const payload: SupervisionNoticeFact = {
    noticeId: notice.id,
    version: notice.version,
    action,
    fromState,
    toState: notice.state,
    at: at.toISOString(),
    kind: notice.kind,
    reason: notice.reason,
    subjectType: notice.subjectType,
    subjectId: notice.subjectId,
    subjectNumber: notice.subjectNumber,
    stage: notice.stage,
    clockId: notice.clockId,
    responsibleTenantId: notice.tenantId,
    responsibleTenantPath: notice.tenantPath,
    issuerTenantId: notice.issuerTenantId,
    addresseeTenantId: notice.addresseeTenantId,
    addresseeUnitId: notice.addresseeUnitId,
    escalatedFromId: notice.escalatedFrom,
    feedbackDue: notice.feedbackDue,
    issuedAt: notice.issuedAt.toISOString(),
    firstFeedbackAt: notice.firstFeedbackAt?.toISOString() ?? null,
  };
  return { topic: 'supervision.notice', payload };
}
