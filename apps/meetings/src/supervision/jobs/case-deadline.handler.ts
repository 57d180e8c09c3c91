import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import type { EventEnvelope } from '#common/events';
import { SubjectType, clockStoppedReason } from '../domain/index.js';
import { NoticeLifecycle } from '../notice-lifecycle.js';
import { SupervisedSubjects, type SubjectReport } from '../supervised-subjects.js';

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
 * `case.deadline`, applied under the clock's owner: keeps the subject and its running clocks, and
 * when a clock stops (its stage completed) closes that clock's open notices with the reason.
 */
@Injectable()
export class CaseDeadlineHandler {
  constructor(
    private readonly subjects: SupervisedSubjects,
    private readonly lifecycle: NoticeLifecycle,
    private readonly clock: Clock,
  ) {}

  async handle(em: EntityManager, event: EventEnvelope<CaseDeadlineEvent>): Promise<void> {
    const change = event.payload;
    const subject: SubjectReport = {
      tenantId: change.ownerTenantId,
      tenantPath: change.ownerTenantPath,
      type: SubjectType.CASE,
      id: change.caseId,
      number: change.number,
      title: change.caseTitle,
      // The unit handles for the owner only while the case is with the owner itself.
      handlingUnitId: change.handlingTenantId === change.ownerTenantId ? change.handlingUnitId : null,
    };
    const clock = { id: change.stageId, stage: change.stage, deadline: change.deadline };
    const at = this.clock.now();
    if (change.change !== 'STOPPED') {
      await this.subjects.clockRuns(em, subject, clock, at);
      return;
    }
    await this.subjects.clockStopped(em, subject, clock, at);
    await this.lifecycle.closeOpen(em, change.stageId, clockStoppedReason(change.stage, change.stoppedOn ? isoDate(change.stoppedOn) : null));
  }
}
