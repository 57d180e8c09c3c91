import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CalendarOverride, type ProvisionalCalendar, chainCalendar } from '#common/calendar';
import { effectiveReminderLeadDays } from '#common/deadlines';
import { type CalendarChangedPayload, type EventEnvelope, HandlesEvent } from '#common/events';
import { MEETINGS_SCHEMA } from '../database.js';

/** A tenant's calendar as task deadlines use it: its days, and the leads of its reminders. */
export interface TaskCalendar {
  calendar: ProvisionalCalendar;
  reminderLeadDays: number[];
}

interface Row {
  tenantPath: string;
  reminderLeadDays: number[] | null;
  declaredYears: number[];
  overrides: CalendarOverride[];
}

/**
 * The statutory calendar of tenants, as the cases service keeps it (official arrangement, the
 * chain's holiday overrides and declared years, reminder leads), from `calendar.changed`.
 */
@Injectable()
export class TaskCalendars {
  /** Keeps a tenant's own settings; an event older than what is kept changes nothing. */
  @HandlesEvent('calendar.changed')
  async record(em: EntityManager, event: EventEnvelope<CalendarChangedPayload>): Promise<void> {
    const { reminderLeadDays, declaredYears, overrides, changedAt } = event.payload;
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.tenant_calendars (tenant_id, tenant_path, reminder_lead_days, declared_years, overrides, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id) DO UPDATE SET reminder_lead_days = $3, declared_years = $4, overrides = $5, changed_at = $6
        WHERE tenant_calendars.changed_at <= EXCLUDED.changed_at`,
      [event.tenantId, event.tenantPath, reminderLeadDays, declaredYears, JSON.stringify(overrides), changedAt],
    );
  }

  async forTenantPath(em: EntityManager, tenantPath: string): Promise<TaskCalendar> {
    return (await this.forTenantPaths(em, [tenantPath])).get(tenantPath)!;
  }

  /** The calendars of tenants, from their chains (readable to each as its ancestors' rows), in one round trip. */
  async forTenantPaths(em: EntityManager, tenantPaths: readonly string[]): Promise<Map<string, TaskCalendar>> {
    const unique = [...new Set(tenantPaths)];
    const rows: Row[] = unique.length
      ? await em.query(
          `SELECT tenant_path::text AS "tenantPath", reminder_lead_days AS "reminderLeadDays", declared_years AS "declaredYears", overrides
             FROM ${MEETINGS_SCHEMA}.tenant_calendars WHERE tenant_path @> ANY ($1::ltree[]) ORDER BY nlevel(tenant_path)`,
          [unique],
        )
      : [];
    return new Map(
      unique.map((path) => {
        const chain = rows.filter((row) => path === row.tenantPath || path.startsWith(`${row.tenantPath}.`));
        return [
          path,
          {
            calendar: chainCalendar(chain.map((row) => row.overrides), chain.flatMap((row) => row.declaredYears)),
            reminderLeadDays: effectiveReminderLeadDays(chain),
          },
        ];
      }),
    );
  }
}
