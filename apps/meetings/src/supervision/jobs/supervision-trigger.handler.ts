import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import type { EventEnvelope, SupervisionTriggerPayload } from '#common/events';
import type { SubjectType } from '../domain/index.js';
import { NoticeLifecycle } from '../notice-lifecycle.js';
import { SupervisedSubjects } from '../supervised-subjects.js';

/**
 * `supervision.triggered`, applied under the responsible tenant: the subject and its clock are
 * recorded, and the trigger becomes its notice unless the clock stopped meanwhile.
 */
@Injectable()
export class SupervisionTriggerHandler {
  constructor(
    private readonly subjects: SupervisedSubjects,
    private readonly lifecycle: NoticeLifecycle,
    private readonly clock: Clock,
  ) {}

  async handle(em: EntityManager, event: EventEnvelope<SupervisionTriggerPayload>): Promise<void> {
    const trigger = event.payload;
    const running = await this.subjects.clockRuns(
      em,
      {
        tenantId: trigger.responsibleTenantId,
        tenantPath: trigger.responsibleTenantPath,
        type: trigger.subjectType as SubjectType,
        id: trigger.subjectId,
        number: trigger.subjectNumber,
        title: trigger.subjectTitle,
        handlingUnitId: trigger.responsibleUnitId,
      },
      { id: trigger.clockId, stage: trigger.stage, deadline: trigger.deadline },
      this.clock.now(),
    );
    if (running) await this.lifecycle.fromTrigger(em, trigger);
  }
}
