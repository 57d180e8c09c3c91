import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CalendarChangedPayload, type EventEnvelope, HandlesEvent } from '#common/events';
import { TaskClockStore } from '../task-clock.store.js';

/** `calendar.changed`: keeps the tenant's own calendar settings for its tasks' deadlines; an event older than what is kept changes nothing. */
@Injectable()
export class CalendarChangedHandler {
  constructor(private readonly store: TaskClockStore) {}

  @HandlesEvent('calendar.changed')
  handle(em: EntityManager, event: EventEnvelope<CalendarChangedPayload>): Promise<void> {
    return this.store.recordCalendar(em, { tenantId: event.tenantId, tenantPath: event.tenantPath }, event.payload);
  }
}
