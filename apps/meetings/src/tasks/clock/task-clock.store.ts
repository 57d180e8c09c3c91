import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import type { ClockTrigger, RecordedTrigger } from '#common/deadlines';
import type { CalendarChangedPayload } from '#common/events';
import { MEETINGS_SCHEMA } from '../../database.js';
import type { RunningClock, TenantCalendarRow } from './domain/index.js';

const RUNNING_COLUMNS = `t.tenant_id AS "tenantId", t.tenant_path::text AS "tenantPath", t.id AS "taskId", t.clock_id AS "clockId",
  t.deadline::text AS deadline, t.number, t.title, t.assignee_unit_id AS "assigneeUnitId",
  t.assigning_tenant_id AS "assigningTenantId", t.assigning_tenant_path::text AS "assigningTenantPath"`;

/** The statements of task clocks: running clocks on `tasks`, `task_deadline_triggers`, `tenant_calendars`. */
@Injectable()
export class TaskClockStore {
  /** The running clocks among `clockIds`, FOR SHARE: a transition moving one of them waits until its jobs are in place. */
  runningShared(em: EntityManager, clockIds: readonly string[]): Promise<RunningClock[]> {
    return em.query(`SELECT ${RUNNING_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t WHERE t.clock_id = ANY($1::uuid[]) ORDER BY t.id FOR SHARE`, [[...clockIds]]);
  }

  /** The tasks among `taskIds` whose clock runs, locked (those another transaction holds skipped, with `skipLocked`). */
  lockRunning(em: EntityManager, taskIds: readonly string[], skipLocked: boolean): Promise<RunningClock[]> {
    return em.query(
      `SELECT ${RUNNING_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t WHERE t.id = ANY($1::uuid[]) AND t.clock_id IS NOT NULL
        ORDER BY t.id FOR NO KEY UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
      [[...taskIds]],
    );
  }

  /** The triggers recorded for a clock at its deadline. */
  recorded(em: EntityManager, clock: Pick<RunningClock, 'clockId' | 'deadline'>): Promise<RecordedTrigger[]> {
    return em.query(`SELECT kind, lead_days AS "leadDays" FROM ${MEETINGS_SCHEMA}.task_deadline_triggers WHERE clock_id = $1 AND deadline = $2`, [
      clock.clockId,
      clock.deadline,
    ]);
  }

  /** Records triggers (a row already there wins); returns the ids of those this call recorded. */
  async record(em: EntityManager, due: readonly { clock: RunningClock; trigger: ClockTrigger }[], firedAt: Date): Promise<Set<string>> {
    const inserted: { trigger_id: string }[] = await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.task_deadline_triggers (trigger_id, tenant_id, tenant_path, task_id, clock_id, kind, lead_days, deadline, fired_at)
       SELECT u.*, $9::timestamptz FROM unnest($1::text[], $2::uuid[], $3::ltree[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::date[]) u
       ON CONFLICT DO NOTHING RETURNING trigger_id`,
      [
        due.map((d) => d.trigger.id),
        due.map((d) => d.clock.tenantId),
        due.map((d) => d.clock.tenantPath),
        due.map((d) => d.clock.taskId),
        due.map((d) => d.clock.clockId),
        due.map((d) => d.trigger.kind),
        due.map((d) => d.trigger.leadDays),
        due.map((d) => d.trigger.deadline),
        firedAt,
      ],
    );
    return new Set(inserted.map((row) => row.trigger_id));
  }

  /** Tasks of every tenant whose clock may owe a trigger by `until` (the caller runs as the system), at most `limit`. */
  due(em: EntityManager, until: IsoDate, limit: number): Promise<{ tenant_id: string; id: string; tenant_path: string }[]> {
    return em.query(`SELECT tenant_id, id, tenant_path FROM ${MEETINGS_SCHEMA}.task_clocks_due($1, $2)`, [until, limit]);
  }

  /** Keeps a tenant's own calendar settings; older settings than those kept change nothing. */
  async recordCalendar(em: EntityManager, tenant: { tenantId: string; tenantPath: string }, settings: CalendarChangedPayload): Promise<void> {
    const { reminderLeadDays, declaredYears, overrides, changedAt } = settings;
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.tenant_calendars (tenant_id, tenant_path, reminder_lead_days, declared_years, overrides, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id) DO UPDATE SET reminder_lead_days = $3, declared_years = $4, overrides = $5, changed_at = $6
        WHERE tenant_calendars.changed_at <= EXCLUDED.changed_at`,
      [tenant.tenantId, tenant.tenantPath, reminderLeadDays, declaredYears, JSON.stringify(overrides), changedAt],
    );
  }

  /** The calendar rows of the chains of tenants (readable to each as its ancestors' rows), root first. */
  calendarChains(em: EntityManager, tenantPaths: readonly string[]): Promise<TenantCalendarRow[]> {
    if (tenantPaths.length === 0) return Promise.resolve([]);
    return em.query(
      `SELECT tenant_path::text AS "tenantPath", reminder_lead_days AS "reminderLeadDays", declared_years AS "declaredYears", overrides
         FROM ${MEETINGS_SCHEMA}.tenant_calendars WHERE tenant_path @> ANY ($1::ltree[]) ORDER BY nlevel(tenant_path)`,
      [[...tenantPaths]],
    );
  }
}
