import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { clockLapse, clockTriggers } from '#common/deadlines';
import { type EventEnvelope, HandlesEvents } from '#common/events';
import { TenantCalendars } from '../../calendar/tenant-calendar.js';
import type { CaseDeadlinePayload } from '../../cases/case-events.js';
import { ClockStore } from '../clock.store.js';
import { isPetitionerWindow } from '../domain/index.js';
import { CASE_TRIGGER_PREFIX, CaseDeadlinesQueue, lapseJob, triggerJob, type ClockJobs } from '../queues/case-deadlines.queue.js';

/**
 * The cases worker's `case.deadline` handler, a batch of one clock owner's events (a single event
 * is a batch of one): schedules the jobs of the clocks the events name. It is applied under the
 * clocks' owner, so the clocks are visible; it schedules from the rows as they are now rather than
 * from the events, since events of one clock may arrive out of order. An office's clock gets its
 * reminders and overdue trigger; a petitioner's window gets none, only the job that ends the
 * matter when it lapses.
 */
@Injectable()
export class CaseDeadlineHandler {
  constructor(
    private readonly calendars: TenantCalendars,
    private readonly store: ClockStore,
    private readonly queue: CaseDeadlinesQueue,
  ) {}

  @HandlesEvents('case.deadline')
  async onCaseDeadline(em: EntityManager, events: readonly EventEnvelope<CaseDeadlinePayload>[]): Promise<void> {
    // A clock named twice is scheduled once, from its row.
    const clocks = new Map(events.map(({ payload }) => [payload.stageId, payload.caseId]));
    if (!clocks.size) return;
    // Locked FOR SHARE: a transition moving one of these clocks waits until its jobs are in place,
    // and its own event, applied afterwards, then sees the new row.
    const rows = await this.store.clocksToSchedule(em, clocks);
    const running = rows.filter((row) => row.open && row.deadline);
    const jobsOf = new Map<string, ClockJobs['jobs']>();
    for (const row of running.filter((r) => isPetitionerWindow(r.stage))) {
      const lapse = clockLapse(CASE_TRIGGER_PREFIX, row.stageId, row.deadline!);
      jobsOf.set(row.stageId, [{ data: lapseJob(row, lapse), at: lapse.at }]);
    }
    const supervised = running.filter((row) => !isPetitionerWindow(row.stage));
    const calendars = supervised.length ? await this.calendars.forTenantPaths(em, [...new Set(supervised.map((row) => row.ownerTenantPath))]) : new Map();
    for (const row of supervised) {
      const calendar = calendars.get(row.ownerTenantPath)!;
      const triggers = clockTriggers(CASE_TRIGGER_PREFIX, row.stageId, row.deadline!, calendar.reminderLeadDays, calendar.calendar);
      jobsOf.set(
        row.stageId,
        triggers.map((trigger) => ({ data: triggerJob(row, trigger), at: trigger.at })),
      );
    }
    // A clock stopped, or not found, keeps no jobs.
    await this.queue.reschedule([...clocks.keys()].map((stageId) => ({ clockId: stageId, jobs: jobsOf.get(stageId) ?? [] })));
  }
}
