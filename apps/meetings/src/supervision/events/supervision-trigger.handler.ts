import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { type EventEnvelope, HandlesEvents, type SupervisionTriggerPayload } from '#common/events';
import type { SubjectType } from '../domain/index.js';
import { NoticeLifecycle } from '../notice-lifecycle.service.js';
import { NoticeStore } from '../notice.store.js';
import { SupervisedSubjectStore } from '../supervised-subject.store.js';

/**
 * `supervision.triggered`, a batch of one responsible tenant's: the subjects and their clocks are
 * recorded, and each trigger becomes its notice unless its clock stopped meanwhile.
 */
@Injectable()
export class SupervisionTriggerHandler {
  constructor(
    private readonly subjects: SupervisedSubjectStore,
    private readonly notices: NoticeStore,
    private readonly lifecycle: NoticeLifecycle,
    private readonly clock: Clock,
  ) {}

  @HandlesEvents('supervision.triggered')
  async handle(em: EntityManager, events: readonly EventEnvelope<SupervisionTriggerPayload>[]): Promise<void> {
    await this.notices.planForCurrentSize(em);
    const running = await this.subjects.record(
      em,
      events.map(({ payload: trigger }) => ({
        subject: {
          tenantId: trigger.responsibleTenantId,
          tenantPath: trigger.responsibleTenantPath,
          type: trigger.subjectType as SubjectType,
          id: trigger.subjectId,
          number: trigger.subjectNumber,
          title: trigger.subjectTitle,
          handlingUnitId: trigger.responsibleUnitId,
        },
        clock: { id: trigger.clockId, stage: trigger.stage, deadline: trigger.deadline },
        stopped: false,
      })),
      this.clock.now(),
    );
    await this.lifecycle.fromTriggers(
      em,
      events.filter((event) => running.has(event.payload.clockId)),
    );
  }
}
