import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CalendarOverride, type ProvisionalCalendar, chainCalendar } from '#common/calendar';
import { effectiveReminderLeadDays } from '#common/deadlines';
import { isWithin } from '#common/tenancy';
import type { ClockCalendar, TenantCalendarSettings } from '../clocks/domain/index.js';
import type { CalendarSettingsEntity, HolidayOverrideEntity } from './entities/calendar.entities.js';
import { chainSettings } from './domain/calendar-rules.js';
import { CalendarStore, type OverrideRow, type SettingsRow } from './calendar.store.js';

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
  constructor(private readonly store: CalendarStore) {}

  /** One round trip: a deadline is computed on every transition. */
  async forTenantPath(em: EntityManager, tenantPath: string): Promise<TenantCalendar> {
    return (await this.forTenantPaths(em, [tenantPath])).get(tenantPath)!;
  }

  /** The calendars of many tenants, still in one round trip (the deadline reconciliation reads a whole province's). */
  async forTenantPaths(em: EntityManager, tenantPaths: readonly string[]): Promise<Map<string, TenantCalendar>> {
    const { settings, overrides } = await this.store.chainsOf(em, tenantPaths);
    const chainOf = <T extends { tenantPath: string }>(rows: T[], path: string) => rows.filter((row) => isWithin(path, row.tenantPath));
    return new Map(tenantPaths.map((path) => [path, tenantCalendar(chainOf(settings, path), chainOf(overrides, path))]));
  }

  /** The settings rows of the tenant and its ancestors, from the root down. */
  settingsChain(em: EntityManager, tenantPath: string): Promise<CalendarSettingsEntity[]> {
    return this.store.settingsChain(em, tenantPath);
  }

  /** The override rows of the tenant and its ancestors, one list per tenant from the root down, each by date. */
  async overrideChain(em: EntityManager, tenantPath: string): Promise<HolidayOverrideEntity[][]> {
    const rows = await this.store.overrideChain(em, tenantPath);
    const byLevel = new Map<string, HolidayOverrideEntity[]>();
    for (const row of rows) byLevel.set(row.tenantPath, [...(byLevel.get(row.tenantPath) ?? []), row]);
    return [...byLevel.values()];
  }
}

/** A tenant's calendar from the rows of its chain, each list from the root down. */
function tenantCalendar(settings: readonly SettingsRow[], overrides: readonly OverrideRow[]): TenantCalendar {
  const levels = new Map<string, CalendarOverride[]>();
  for (const o of overrides) levels.set(o.tenantPath, [...(levels.get(o.tenantPath) ?? []), { date: o.date, kind: o.kind, name: o.name }]);
  return {
    calendar: chainCalendar(
      [...levels.values()],
      settings.flatMap((s) => s.declaredYears),
    ),
    settings: settings.map(chainSettings),
    reminderLeadDays: effectiveReminderLeadDays(settings),
  };
}
