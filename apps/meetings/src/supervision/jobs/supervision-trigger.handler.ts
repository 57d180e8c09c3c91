import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { type EventEnvelope, HandlesEvents, type SupervisionTriggerPayload } from '#common/events';
import type { SubjectType } from '../domain/index.js';
import { NoticeLifecycle } from '../notice-lifecycle.js';
import { SupervisedSubjects } from '../supervised-subjects.js';

/**
 * `supervision.triggered`, a batch of one responsible tenant's: the subjects and their clocks are
 * recorded, and each trigger becomes its notice unless its clock stopped meanwhile.
 */
@Injectable()
export class SupervisionTriggerHandler {
  constructor(
    private readonly subjects: SupervisedSubjects,
    private readonly lifecycle: NoticeLifecycle,
    private readonly clock: Clock,
  ) {}

  @HandlesEvents('supervision.triggered')
  async handle(em: EntityManager, events: readonly EventEnvelope<SupervisionTriggerPayload>[]): Promise<void> {
    // A connection keeps the plan of its foreign-key checks (history -> notice) from its first
    // batches; made while \`notices\` was small, it scans the table for every row it checks, which
    // grows through a burst of triggers. Planned for the table as it is, each check uses the index.
    await em.query(`SELECT set_config('plan_cache_mode', 'force_custom_plan', true)`);
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
    await this.lifecycle.fromTriggers(em, events.filter((event) => running.has(event.payload.clockId)));
  }
}
