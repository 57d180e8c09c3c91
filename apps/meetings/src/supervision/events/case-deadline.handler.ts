import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { type EventEnvelope, HandlesEvents } from '#common/events';
import { SubjectType, clockStoppedReason } from '../domain/index.js';
import { NoticeLifecycle } from '../notice-lifecycle.service.js';
import { SupervisedSubjectStore } from '../supervised-subject.store.js';

/**
 * The fields of the cases service's `case.deadline` that supervision reads (this service does not
 * import the cases app). Emitted under the clock's owner.
 */
export interface CaseDeadlineEvent {
  caseId: string;
  number: string;
  caseTitle: string;
  change: 'STARTED' | 'CHANGED' | 'STOPPED';
  /** The clock's own id: a stage run again after a send-back is another clock. */
  stageId: string;
  stage: string;
  ownerTenantId: string;
  ownerTenantPath: string;
  handlingTenantId: string;
  handlingUnitId: string | null;
  deadline: string | null;
  stoppedOn: string | null;
}

/**
 * `case.deadline`, a batch of one clock owner's: keeps the subjects and their running clocks, and
 * closes the open notices of the clocks that stopped (their stages completed) with the reason.
 */
@Injectable()
export class CaseDeadlineHandler {
  constructor(
    private readonly subjects: SupervisedSubjectStore,
    private readonly lifecycle: NoticeLifecycle,
    private readonly clock: Clock,
  ) {}

  @HandlesEvents('case.deadline')
  async handle(em: EntityManager, events: readonly EventEnvelope<CaseDeadlineEvent>[]): Promise<void> {
    await this.subjects.record(
      em,
      events.map(({ payload: change }) => ({
        subject: {
          tenantId: change.ownerTenantId,
          tenantPath: change.ownerTenantPath,
          type: SubjectType.CASE,
          id: change.caseId,
          number: change.number,
          title: change.caseTitle,
          // The unit handles for the owner only while the case is with the owner itself.
          handlingUnitId: change.handlingTenantId === change.ownerTenantId ? change.handlingUnitId : null,
        },
        clock: { id: change.stageId, stage: change.stage, deadline: change.deadline },
        stopped: change.change === 'STOPPED',
      })),
      this.clock.now(),
    );
    await this.lifecycle.closeOpen(
      em,
      events
        .filter(({ payload: change }) => change.change === 'STOPPED')
        .map(({ payload: change, requestId }) => ({
          clockId: change.stageId,
          reason: clockStoppedReason(change.stage, change.stoppedOn ? isoDate(change.stoppedOn) : null),
          requestId,
        })),
    );
  }
}
