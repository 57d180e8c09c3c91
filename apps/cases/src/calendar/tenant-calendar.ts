import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type CalendarOverride,
  type IsoDate,
  type Pause,
  type ProvisionalCalendar,
  type Stage,
  type TenantCalendarSettings,
  deadlineFor,
  chainCalendar,
  yearOf,
} from '#common/calendar';
import { effectiveReminderLeadDays } from '#common/deadlines';
import { isWithin } from '#common/tenancy';
import type { CalendarSettingsEntity, HolidayOverrideEntity } from './entities/calendar.entities.js';
import { chainSettings } from './domain/calendar-rules.js';
import { CalendarStore, type OverrideRow, type SettingsRow } from './calendar.store.js';

/** Everything the arithmetic needs for one tenant: its calendar and its chain of settings. */
export interface TenantCalendar {
  calendar: ProvisionalCalendar;
  /** From the root down to the tenant. */
  settings: TenantCalendarSettings[];
  /** Days before a deadline that its clocks remind, longest first. */
  reminderLeadDays: number[];
}

export interface StageDeadline {
  deadline: IsoDate | null;
  /** Computed across a year whose official arrangement is not yet known. */
  provisional: boolean;
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

/** The deadline of a stage under a tenant's calendar, flagged provisional when a year was guessed. */
export function stageDeadline(
  stage: Stage,
  start: IsoDate,
  { calendar, settings }: TenantCalendar,
  options: { pauses?: readonly Pause[]; extensionDays?: number } = {},
): StageDeadline {
  const deadline = deadlineFor(stage, start, { calendar, settings, ...options });
  const provisional = calendar.isGuessed(yearOf(start)) || (deadline !== null && calendar.isGuessed(yearOf(deadline)));
  return { deadline, provisional };
}

/** A tenant's calendar from the rows of its chain, each list from the root down. */
function tenantCalendar(settings: readonly SettingsRow[], overrides: readonly OverrideRow[]): TenantCalendar {
  const levels = new Map<string, CalendarOverride[]>();
  for (const o of overrides) levels.set(o.tenantPath, [...(levels.get(o.tenantPath) ?? []), { date: o.date, kind: o.kind, name: o.name }]);
  return {
    calendar: chainCalendar([...levels.values()], settings.flatMap((s) => s.declaredYears)),
    settings: settings.map(chainSettings),
    reminderLeadDays: effectiveReminderLeadDays(settings),
  };
}
