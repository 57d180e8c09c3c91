import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import type { OutboxEvent } from '#common/events';
import { SubjectType, clockStoppedReason } from '../../supervision/domain/index.js';
import { NoticeLifecycle } from '../../supervision/notice-lifecycle.service.js';
import { SupervisedSubjectStore } from '../../supervision/supervised-subject.store.js';
import type { TaskRow } from '../task.store.js';
import type { TaskDeadlinePayload } from './domain/index.js';

/**
 * A task's deadline clock as its rows change: kept as a supervised subject here (this service
 * supervises its own tasks), and announced as `task.deadline` for its jobs.
 */
@Injectable()
export class TaskClocks {
  constructor(
    private readonly subjects: SupervisedSubjectStore,
    private readonly lifecycle: NoticeLifecycle,
    private readonly clock: Clock,
  ) {}

  /**
   * A clock that stopped closes its open notices and leaves the subject; one that started is
   * recorded as a running clock of the subject. Both announce themselves for their jobs.
   */
  async changed(em: EntityManager, before: TaskRow | null, after: TaskRow): Promise<OutboxEvent[]> {
    if (before?.clockId === after.clockId) return [];
    const tenant = { tenantId: after.tenantId, tenantPath: after.tenantPath };
    const subject = {
      tenantId: after.tenantId,
      tenantPath: after.tenantPath,
      type: SubjectType.TASK,
      id: after.id,
      number: after.number,
      title: after.title,
      handlingUnitId: after.assigneeUnitId,
    };
    const news = [];
    const events: OutboxEvent[] = [];
    if (before?.clockId) {
      news.push({ subject, clock: { id: before.clockId, stage: 'TASK', deadline: before.deadline }, stopped: true });
      const payload: TaskDeadlinePayload = { taskId: after.id, clockId: before.clockId, change: 'STOPPED', deadline: before.deadline };
      events.push({ topic: 'task.deadline', payload, tenant });
    }
    if (after.clockId) {
      news.push({ subject, clock: { id: after.clockId, stage: 'TASK', deadline: after.deadline }, stopped: false });
      const payload: TaskDeadlinePayload = { taskId: after.id, clockId: after.clockId, change: 'STARTED', deadline: after.deadline };
      events.push({ topic: 'task.deadline', payload, tenant });
    }
    await this.subjects.record(em, news, this.clock.now());
    if (before?.clockId) {
      await this.lifecycle.closeOpen(em, [{ clockId: before.clockId, reason: clockStoppedReason('TASK', isoDate(this.clock.today())), requestId: undefined }]);
    }
    return events;
  }
}
