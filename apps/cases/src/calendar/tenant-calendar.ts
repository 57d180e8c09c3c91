import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CalendarOverride, type ProvisionalCalendar, chainCalendar } from '#common/calendar';
import { effectiveReminderLeadDays } from '#common/deadlines';
import type { ClockCalendar, TenantCalendarSettings } from '../clocks/domain/index.js';
import { CalendarSettingsEntity, HolidayOverrideEntity } from './entities/calendar.entities.js';
import { chainSettings } from './calendar-rules.js';

/** Everything the arithmetic needs for one tenant: its calendar and its chain of settings. */
export interface TenantCalendar extends ClockCalendar {
  calendar: ProvisionalCalendar;
  /** From the root down to the tenant. */
  settings: TenantCalendarSettings[];
  /** Days before a deadline that its clocks remind, longest first. */
  reminderLeadDays: number[];
}

/**
 * Reads a tenant's calendar inside the caller's transaction: the official arrangement, the
 * holiday overrides of the tenant and its ancestors (nearer wins), and their settings. Ancestors'
 * rows are readable by row-level security for exactly this.
 */
@Injectable()
export class TenantCalendars {
  /** One round trip: a deadline is computed on every transition. */
  async forTenantPath(em: EntityManager, tenantPath: string): Promise<TenantCalendar> {
    return (await this.forTenantPaths(em, [tenantPath])).get(tenantPath)!;
  }

  /** The calendars of many tenants, still in one round trip (the deadline reconciliation reads a whole province's). */
  async forTenantPaths(em: EntityManager, tenantPaths: readonly string[]): Promise<Map<string, TenantCalendar>> {
    const [{ settings, overrides }] = await em.query(
      `SELECT (SELECT coalesce(json_agg(json_build_object('tenantPath', s.tenant_path::text, 'dayCounting', s.day_counting,
                        'tightenings', s.tightenings, 'declaredYears', s.declared_years, 'reminderLeadDays', s.reminder_lead_days)
                        ORDER BY nlevel(s.tenant_path)), '[]')
                 FROM cases.calendar_settings s WHERE s.tenant_path @> ANY ($1::ltree[])) AS settings,
              (SELECT coalesce(json_agg(json_build_object('tenantPath', o.tenant_path::text, 'date', o.date, 'kind', o.kind, 'name', o.name)
                        ORDER BY nlevel(o.tenant_path), o.date), '[]')
                 FROM cases.holiday_overrides o WHERE o.tenant_path @> ANY ($1::ltree[])) AS overrides`,
      [tenantPaths],
    );
    const chainOf = <T extends { tenantPath: string }>(rows: T[], path: string) =>
      rows.filter((row) => path === row.tenantPath || path.startsWith(`${row.tenantPath}.`));
    return new Map(tenantPaths.map((path) => [path, tenantCalendar(chainOf(settings, path), chainOf(overrides, path))]));
  }

  /** The settings rows of the tenant and its ancestors, from the root down. */
  settingsChain(em: EntityManager, tenantPath: string): Promise<CalendarSettingsEntity[]> {
    return em
      .getRepository(CalendarSettingsEntity)
      .createQueryBuilder('s')
      .where('s.tenantPath @> :path::ltree', { path: tenantPath })
      .orderBy('nlevel(s.tenantPath)')
      .getMany();
  }

  /** The override rows of the tenant and its ancestors, one list per tenant from the root down, each by date. */
  async overrideChain(em: EntityManager, tenantPath: string): Promise<HolidayOverrideEntity[][]> {
    const rows = await em
      .getRepository(HolidayOverrideEntity)
      .createQueryBuilder('o')
      .where('o.tenantPath @> :path::ltree', { path: tenantPath })
      .orderBy('nlevel(o.tenantPath)')
      .addOrderBy('o.date')
      .getMany();
    const byLevel = new Map<string, HolidayOverrideEntity[]>();
    for (const row of rows) byLevel.set(row.tenantPath, [...(byLevel.get(row.tenantPath) ?? []), row]);
    return [...byLevel.values()];
  }
}

type SettingsRow = Pick<CalendarSettingsEntity, 'tenantPath' | 'dayCounting' | 'tightenings' | 'declaredYears' | 'reminderLeadDays'>;

/** A tenant's calendar from the rows of its chain, each list from the root down. */
function tenantCalendar(settings: readonly SettingsRow[], overrides: readonly (CalendarOverride & { tenantPath: string })[]): TenantCalendar {
  const levels = new Map<string, CalendarOverride[]>();
  for (const o of overrides) levels.set(o.tenantPath, [...(levels.get(o.tenantPath) ?? []), { date: o.date, kind: o.kind, name: o.name }]);
  return {
    calendar: chainCalendar([...levels.values()], settings.flatMap((s) => s.declaredYears)),
    settings: settings.map(chainSettings),
    reminderLeadDays: effectiveReminderLeadDays(settings),
  };
}
