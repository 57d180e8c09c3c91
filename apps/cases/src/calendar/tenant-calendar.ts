import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type IsoDate,
  type Pause,
  type ProvisionalCalendar,
  type Stage,
  type TenantCalendarSettings,
  deadlineFor,
  mergeOverrides,
  officialCalendar,
  provisionalCalendar,
  yearOf,
} from '#common/calendar';
import { CalendarSettingsEntity, HolidayOverrideEntity } from './entities/calendar.entities.js';
import { chainSettings } from './calendar-rules.js';

/** Everything the arithmetic needs for one tenant: its calendar and its chain of settings. */
export interface TenantCalendar {
  calendar: ProvisionalCalendar;
  /** From the root down to the tenant. */
  settings: TenantCalendarSettings[];
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
  async forTenantPath(em: EntityManager, tenantPath: string): Promise<TenantCalendar> {
    const [settingsRows, overrideLevels] = await Promise.all([this.settingsChain(em, tenantPath), this.overrideChain(em, tenantPath)]);
    const overrides = mergeOverrides(overrideLevels);
    const extraYears = settingsRows.flatMap((s) => s.declaredYears);
    return {
      calendar: provisionalCalendar(officialCalendar({ overrides, extraYears })),
      settings: settingsRows.map(chainSettings),
    };
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
