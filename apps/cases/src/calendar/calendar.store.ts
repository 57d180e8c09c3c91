import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CalendarOverride, IsoDate } from '#common/calendar';
import { TenantEntity } from '#common/directory';
import { CalendarSettingsEntity, DeadlineRecomputationEntity, HolidayOverrideEntity } from './entities/calendar.entities.js';

/** The settings columns a tenant sets itself. */
export type SettingsFields = Pick<CalendarSettingsEntity, 'dayCounting' | 'tightenings' | 'declaredYears' | 'reminderLeadDays'>;

export type SettingsRow = Pick<CalendarSettingsEntity, 'tenantPath'> & SettingsFields;

export type OverrideRow = CalendarOverride & { tenantPath: string };

export type NewOverride = Pick<HolidayOverrideEntity, 'tenantId' | 'tenantPath' | 'date' | 'kind' | 'name' | 'createdAt'>;

/**
 * The SQL of tenant calendars (cases.calendar_settings, cases.holiday_overrides) and of the
 * recomputation records they are read with, in the caller's transaction. Row-level security lets
 * a tenant read its ancestors' rows but write only within its subtree.
 */
@Injectable()
export class CalendarStore {
  tenant(em: EntityManager, id: string): Promise<TenantEntity | null> {
    return em.getRepository(TenantEntity).findOneBy({ id });
  }

  /** The settings and override rows of several tenants and their ancestors in one round trip, each list from the root down. */
  async chainsOf(em: EntityManager, tenantPaths: readonly string[]): Promise<{ settings: SettingsRow[]; overrides: OverrideRow[] }> {
    const [row]: { settings: SettingsRow[]; overrides: OverrideRow[] }[] = await em.query(
      `SELECT (SELECT coalesce(json_agg(json_build_object('tenantPath', s.tenant_path::text, 'dayCounting', s.day_counting,
                        'tightenings', s.tightenings, 'declaredYears', s.declared_years, 'reminderLeadDays', s.reminder_lead_days)
                        ORDER BY nlevel(s.tenant_path)), '[]')
                 FROM cases.calendar_settings s WHERE s.tenant_path @> ANY ($1::ltree[])) AS settings,
              (SELECT coalesce(json_agg(json_build_object('tenantPath', o.tenant_path::text, 'date', o.date, 'kind', o.kind, 'name', o.name)
                        ORDER BY nlevel(o.tenant_path), o.date), '[]')
                 FROM cases.holiday_overrides o WHERE o.tenant_path @> ANY ($1::ltree[])) AS overrides`,
      [tenantPaths],
    );
    return row;
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

  /** The override rows of the tenant and its ancestors, from the root down, each tenant's by date. */
  overrideChain(em: EntityManager, tenantPath: string): Promise<HolidayOverrideEntity[]> {
    return em
      .getRepository(HolidayOverrideEntity)
      .createQueryBuilder('o')
      .where('o.tenantPath @> :path::ltree', { path: tenantPath })
      .orderBy('nlevel(o.tenantPath)')
      .addOrderBy('o.date')
      .getMany();
  }

  ownSettings(em: EntityManager, tenantId: string): Promise<CalendarSettingsEntity | null> {
    return em.getRepository(CalendarSettingsEntity).findOneBy({ tenantId });
  }

  /** The tenant's own overrides by date. */
  ownOverrides(em: EntityManager, tenantId: string): Promise<HolidayOverrideEntity[]> {
    return em.getRepository(HolidayOverrideEntity).find({ where: { tenantId }, order: { date: 'ASC' } });
  }

  /** Replaces the tenant's settings if still at `version`, raising it; false when they were changed since. */
  async updateSettings(em: EntityManager, tenantId: string, version: number, fields: SettingsFields, at: Date): Promise<boolean> {
    const result = await em
      .getRepository(CalendarSettingsEntity)
      .createQueryBuilder()
      .update()
      .set({ ...fields, version: () => 'version + 1', updatedAt: at })
      .where('tenant_id = :tenantId AND version = :version', { tenantId, version })
      .execute();
    return result.affected === 1;
  }

  /** The tenant's first settings; false when another transaction inserted them first. */
  async insertSettings(em: EntityManager, tenant: { id: string; path: string }, fields: SettingsFields, at: Date): Promise<boolean> {
    const result = await em
      .getRepository(CalendarSettingsEntity)
      .createQueryBuilder()
      .insert()
      .values({ tenantId: tenant.id, tenantPath: tenant.path, ...fields, version: 1, updatedAt: at })
      .orIgnore()
      .returning(['tenantId'])
      .execute();
    return result.raw.length === 1;
  }

  overrideExists(em: EntityManager, tenantId: string, date: IsoDate): Promise<boolean> {
    return em.getRepository(HolidayOverrideEntity).existsBy({ tenantId, date });
  }

  async insertOverride(em: EntityManager, fields: NewOverride): Promise<HolidayOverrideEntity> {
    const repository = em.getRepository(HolidayOverrideEntity);
    const row = repository.create({ id: randomUUID(), ...fields });
    await repository.insert(row);
    return row;
  }

  /** An override set within the caller's subtree (an ancestor's is readable but not found here). */
  overrideInSubtree(em: EntityManager, id: string): Promise<HolidayOverrideEntity | null> {
    return em
      .getRepository(HolidayOverrideEntity)
      .createQueryBuilder('o')
      .where('o.id = :id', { id })
      .andWhere('o.tenantPath <@ core.current_tenant_path()')
      .getOne();
  }

  async deleteOverride(em: EntityManager, row: Pick<HolidayOverrideEntity, 'tenantId' | 'id'>): Promise<void> {
    await em.getRepository(HolidayOverrideEntity).delete({ tenantId: row.tenantId, id: row.id });
  }

  /** A tenant's recomputation records, newest first, after the (finishedAt, id) key when given. */
  recomputations(em: EntityManager, tenantId: string, limit: number, after: [string, string] | null): Promise<DeadlineRecomputationEntity[]> {
    const query = em
      .getRepository(DeadlineRecomputationEntity)
      .createQueryBuilder('r')
      .where('r.tenantId = :tenantId', { tenantId })
      .orderBy('r.finishedAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit);
    if (after) query.andWhere('(r.finishedAt, r.id) < (:at::timestamptz, :id::uuid)', { at: after[0], id: after[1] });
    return query.getMany();
  }
}
