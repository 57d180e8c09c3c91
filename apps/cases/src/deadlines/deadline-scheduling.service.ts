import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import type { EventEnvelope } from '#common/events';
import type { CaseDeadlinePayload } from '../cases/case-events.js';
import { TenantCalendars } from '../calendar/tenant-calendar.js';
import { clockTriggers } from './deadline-rules.js';
import { CaseDeadlinesQueue, triggerJob } from './jobs/case-deadlines.queue.js';

interface ClockRow {
  caseTenantId: string;
  stageId: string;
  deadline: IsoDate | null;
  open: boolean;
  ownerTenantId: string;
  ownerTenantPath: string;
}

/**
 * The cases worker's `case.deadline` handler: schedules the jobs of the clock the event names. It
 * is applied under the clock's owner, so the clock is visible; it schedules from the row as it is
 * now rather than from the event, since events of one clock may arrive out of order.
 */
@Injectable()
export class DeadlineScheduling {
  constructor(
    private readonly calendars: TenantCalendars,
    private readonly queue: CaseDeadlinesQueue,
  ) {}

  async onCaseDeadline(em: EntityManager, event: EventEnvelope<CaseDeadlinePayload>): Promise<void> {
    // FOR SHARE: a transition moving this clock waits until its jobs are in place, and its own
    // event, applied afterwards, then sees the new row.
    const [row]: ClockRow[] = await em.query(
      `SELECT s.tenant_id AS "caseTenantId", s.id AS "stageId", s.deadline::text AS deadline, s.stopped_on IS NULL AS open,
              s.owner_tenant_id AS "ownerTenantId", o.path::text AS "ownerTenantPath"
         FROM cases.case_stages s JOIN core.tenants o ON o.id = s.owner_tenant_id
        WHERE s.case_id = $1 AND s.id = $2
          FOR SHARE OF s`,
      [event.payload.caseId, event.payload.stageId],
    );
    const calendar = row?.open && row.deadline ? await this.calendars.forTenantPath(em, row.ownerTenantPath) : null;
    const triggers = calendar ? clockTriggers(row.stageId, row.deadline!, calendar.reminderLeadDays, calendar.calendar) : [];
    await this.queue.reschedule(
      event.payload.stageId,
      triggers.map((trigger) => ({ data: triggerJob(row, trigger), at: trigger.at })),
    );
  }
}
