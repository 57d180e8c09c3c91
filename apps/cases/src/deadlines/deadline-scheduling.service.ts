import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, type Stage, isPetitionerWindow } from '#common/calendar';
import { clockLapse, clockTriggers } from '#common/deadlines';
import { type EventEnvelope, HandlesEvents } from '#common/events';
import type { CaseDeadlinePayload } from '../cases/case-events.js';
import { TenantCalendars } from '../calendar/tenant-calendar.js';
import { CASE_TRIGGER_PREFIX, CaseDeadlinesQueue, lapseJob, triggerJob, type ClockJobs } from './jobs/case-deadlines.queue.js';

interface ClockRow {
  caseTenantId: string;
  caseId: string;
  stageId: string;
  stage: Stage;
  deadline: IsoDate | null;
  open: boolean;
  ownerTenantId: string;
  ownerTenantPath: string;
}

/**
 * The cases worker's `case.deadline` handler, a batch of one clock owner's events (a single event
 * is a batch of one): schedules the jobs of the clocks the events name. It is applied under the
 * clocks' owner, so the clocks are visible; it schedules from the rows as they are now rather than
 * from the events, since events of one clock may arrive out of order. An office's clock gets its
 * reminders and overdue trigger; a petitioner's window gets none, only the job that ends the
 * matter when it lapses.
 */
@Injectable()
export class DeadlineScheduling {
  constructor(
    private readonly calendars: TenantCalendars,
    private readonly queue: CaseDeadlinesQueue,
  ) {}

  @HandlesEvents('case.deadline')
  async onCaseDeadline(em: EntityManager, events: readonly EventEnvelope<CaseDeadlinePayload>[]): Promise<void> {
    // A clock named twice is scheduled once, from its row.
    const clocks = new Map(events.map(({ payload }) => [payload.stageId, payload.caseId]));
    if (!clocks.size) return;
    // FOR SHARE: a transition moving one of these clocks waits until its jobs are in place, and its
    // own event, applied afterwards, then sees the new row. In id order, as overlapping batches lock.
    const rows: ClockRow[] = await em.query(
      `SELECT s.tenant_id AS "caseTenantId", s.case_id AS "caseId", s.id AS "stageId", s.stage, s.deadline::text AS deadline, s.stopped_on IS NULL AS open,
              s.owner_tenant_id AS "ownerTenantId", o.path::text AS "ownerTenantPath"
         FROM cases.case_stages s JOIN core.tenants o ON o.id = s.owner_tenant_id
         JOIN unnest($1::uuid[], $2::uuid[]) c (case_id, id) ON c.case_id = s.case_id AND c.id = s.id
        ORDER BY s.id
          FOR SHARE OF s`,
      [[...clocks.values()], [...clocks.keys()]],
    );
    const running = rows.filter((row) => row.open && row.deadline);
    const jobsOf = new Map<string, ClockJobs['jobs']>();
    for (const row of running.filter((r) => isPetitionerWindow(r.stage))) {
      const lapse = clockLapse(CASE_TRIGGER_PREFIX, row.stageId, row.deadline!);
      jobsOf.set(row.stageId, [{ data: lapseJob(row, lapse), at: lapse.at }]);
    }
    const supervised = running.filter((row) => !isPetitionerWindow(row.stage));
    const calendars = supervised.length
      ? await this.calendars.forTenantPaths(em, [...new Set(supervised.map((row) => row.ownerTenantPath))])
      : new Map();
    for (const row of supervised) {
      const calendar = calendars.get(row.ownerTenantPath)!;
      const triggers = clockTriggers(CASE_TRIGGER_PREFIX, row.stageId, row.deadline!, calendar.reminderLeadDays, calendar.calendar);
      jobsOf.set(row.stageId, triggers.map((trigger) => ({ data: triggerJob(row, trigger), at: trigger.at })));
    }
    // A clock stopped, or not found, keeps no jobs.
    await this.queue.reschedule([...clocks.keys()].map((stageId) => ({ clockId: stageId, jobs: jobsOf.get(stageId) ?? [] })));
  }
}
