import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventEnvelope, HandlesEvents } from '#common/events';
import type { TaskDeadlinePayload } from '../domain/index.js';
import { TaskDeadlines } from '../task-deadlines.service.js';

/** `task.deadline`, a batch of one tenant's: the named clocks get the jobs their rows call for now (none once stopped). */
@Injectable()
export class TaskDeadlineHandler {
  constructor(private readonly deadlines: TaskDeadlines) {}

  @HandlesEvents('task.deadline')
  handle(em: EntityManager, events: readonly EventEnvelope<TaskDeadlinePayload>[]): Promise<void> {
    return this.deadlines.schedule(em, [...new Set(events.map(({ payload }) => payload.clockId))]);
  }
}
