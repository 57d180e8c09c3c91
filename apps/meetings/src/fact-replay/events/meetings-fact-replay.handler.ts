import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { chinaTime, isoDate, plusDays } from '#common/calendar';
import { Clock } from '#common/clock';
import { emitEvents, type EventEnvelope, FACT_REPLAY, type FactReplayRequest, HandlesEvent, type OutboxEvent } from '#common/events';
import { meetingHeldPayload } from '../../conference-meetings/conference-meetings.service.js';
import { MeetingStore } from '../../conference-meetings/meeting.store.js';
import { MEETINGS_SCHEMA } from '../../database.js';
import { noticeFactEvent } from '../../supervision/notice-events.js';
import { NoticeStore } from '../../supervision/notice.store.js';
import { taskTransitionedEvent } from '../../tasks/task-facts.js';
import { TaskStore } from '../../tasks/task.store.js';

/**
 * `facts.replay.requested` for MEETINGS: the fact events of the tasks created or due in the
 * period (assignments only: a list's own task has no fact), the notices issued in it and the
 * meetings held in it, as they stand now, each under its own tenant, applied as the requesting
 * tenant (row-level security bounds what is emitted).
 */
@Injectable()
export class MeetingsFactReplay {
  constructor(
    private readonly tasks: TaskStore,
    private readonly notices: NoticeStore,
    private readonly meetings: MeetingStore,
    private readonly clock: Clock,
  ) {}

  @HandlesEvent('facts.replay.requested')
  async onReplayRequested(em: EntityManager, event: EventEnvelope<FactReplayRequest>): Promise<void> {
    const { source, from, to } = event.payload;
    if (source !== 'MEETINGS') return;
    const today = this.clock.today();
    const at = this.clock.now();
    const tasks = await this.tasks.assignmentsCreatedOrDueIn(em, from, to);
    // Issued on the period's days, China time.
    const notices = await this.notices.issuedBetween(em, chinaTime(isoDate(from)), chinaTime(plusDays(isoDate(to), 1)));
    const meetings = await this.meetings.heldIn(em, from, to);
    const events: OutboxEvent[] = [
      ...tasks.map((task) => taskTransitionedEvent(null, task, FACT_REPLAY, today)),
      ...notices.map((notice) => ({ ...noticeFactEvent(notice, FACT_REPLAY, null, at), tenant: { tenantId: notice.tenantId, tenantPath: notice.tenantPath } })),
      ...meetings.map((meeting) => ({
        topic: 'meeting.held' as const,
        payload: meetingHeldPayload(meeting),
        tenant: { tenantId: meeting.tenantId, tenantPath: meeting.tenantPath },
      })),
    ];
    await emitEvents(em, MEETINGS_SCHEMA, events);
  }
}
