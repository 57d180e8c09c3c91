import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type TenantLevel, recordJurisdiction } from '#common/directory';
import type { TenantCreatedPayload } from '#common/events';
import { MEETINGS_SCHEMA } from '../database.js';

/** The statements on this service's copy of the tenant tree (`jurisdictions`). */
@Injectable()
export class JurisdictionStore {
  record(em: EntityManager, tenant: TenantCreatedPayload): Promise<void> {
    return recordJurisdiction(em, MEETINGS_SCHEMA, tenant);
  }

  /** The jurisdictions of one level within a tenant's subtree, and how many of them have a conference. */
  async coverage(em: EntityManager, tenantId: string, level: TenantLevel): Promise<{ jurisdictions: number; withConference: number }> {
    const [counts]: { jurisdictions: number; with_conference: number }[] = await em.query(
      `SELECT count(j.tenant_id)::int AS jurisdictions,
              count(j.tenant_id) FILTER (WHERE j.has_conference)::int AS with_conference
         FROM ${MEETINGS_SCHEMA}.jurisdictions t
         JOIN ${MEETINGS_SCHEMA}.jurisdictions j ON j.tenant_path <@ t.tenant_path
        WHERE t.tenant_id = $1 AND j.level = $2`,
      [tenantId, level],
    );
    return { jurisdictions: counts.jurisdictions, withConference: counts.with_conference };
  }

  /**
   * Marks a tenant as having its conference. Where `tenant.created` has not reached this service
   * yet, the jurisdiction is recorded from the directory now; the event then finds it.
   */
  async markCovered(em: EntityManager, tenantId: string): Promise<void> {
    const updated: unknown[] = await em.query(
      `WITH marked AS (UPDATE ${MEETINGS_SCHEMA}.jurisdictions SET has_conference = true WHERE tenant_id = $1 RETURNING tenant_id)
       SELECT tenant_id FROM marked`,
      [tenantId],
    );
    if (updated.length > 0) return;
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.jurisdictions (tenant_id, tenant_path, parent_id, code, name, level, has_conference)
       SELECT id, path, parent_id, code, name, level, true FROM core.tenants WHERE id = $1
       ON CONFLICT (tenant_id) DO UPDATE SET has_conference = true`,
      [tenantId],
    );
  }

  /** The direct children of a tenant that have their conference. */
  childrenWithConference(em: EntityManager, tenantId: string): Promise<{ tenantId: string; name: string; path: string }[]> {
    return em.query(
      `SELECT tenant_id AS "tenantId", name, tenant_path::text AS path FROM ${MEETINGS_SCHEMA}.jurisdictions WHERE parent_id = $1 AND has_conference`,
      [tenantId],
    );
  }

  /** A tenant's path, as far as the caller sees it. */
  async pathOf(em: EntityManager, tenantId: string): Promise<string | null> {
    const [tenant]: { path: string }[] = await em.query(`SELECT tenant_path::text AS path FROM ${MEETINGS_SCHEMA}.jurisdictions WHERE tenant_id = $1`, [
      tenantId,
    ]);
    return tenant?.path ?? null;
  }
}
