import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { recordJurisdiction } from '#common/directory';
import type { TenantCreatedPayload } from '#common/events';
import type { TenantLevel } from '#common/vocabulary';
import { ASSESSMENT_SCHEMA } from '../database.js';
import { JurisdictionEntity } from './entities/jurisdiction.entity.js';

/** A jurisdiction as a scheme or a statistic names it: its tenant, path, name and division code. */
export interface Target {
  tenantId: string;
  path: string;
  name: string;
  code: string;
}

/** Every statement on `assessment.jurisdictions`. */
@Injectable()
export class JurisdictionStore {
  /** A tenant of the directory; one already kept stays as it is. */
  record(em: EntityManager, tenant: TenantCreatedPayload): Promise<void> {
    return recordJurisdiction(em, ASSESSMENT_SCHEMA, tenant);
  }

  /**
   * The jurisdictions one level below a tenant, by division code; none when the tenant itself is
   * not visible, so a tenant outside the caller's subtree lists nothing.
   */
  children(em: EntityManager, tenantId: string): Promise<JurisdictionEntity[]> {
    return em
      .createQueryBuilder(JurisdictionEntity, 'child')
      .innerJoin(JurisdictionEntity, 'tenant', 'tenant.tenantId = child.parentId')
      .where('tenant.tenantId = :tenantId', { tenantId })
      .orderBy('child.code')
      .getMany();
  }

  /** A tenant's level, null when it is not known (or not visible). */
  async levelOf(em: EntityManager, tenantId: string): Promise<TenantLevel | null> {
    const [own]: { level: TenantLevel }[] = await em.query(`SELECT level::text AS level FROM ${ASSESSMENT_SCHEMA}.jurisdictions WHERE tenant_id = $1`, [
      tenantId,
    ]);
    return own?.level ?? null;
  }

  /** The jurisdictions of a level within a subtree (or the one given, if it is one), by division code. */
  atLevel(em: EntityManager, path: string, level: string, only?: string): Promise<Target[]> {
    return em.query(
      `SELECT tenant_id AS "tenantId", tenant_path::text AS path, name, code FROM ${ASSESSMENT_SCHEMA}.jurisdictions
        WHERE tenant_path <@ $1::ltree AND level::text = $2${only ? ' AND tenant_id = $3' : ''} ORDER BY code`,
      only ? [path, level, only] : [path, level],
    );
  }

  /** A jurisdiction's path and name when it lies within the subtree of `path`. */
  async within(em: EntityManager, tenantId: string, path: string): Promise<{ path: string; name: string } | null> {
    const [row]: { path: string; name: string }[] = await em.query(
      `SELECT tenant_path::text AS path, name FROM ${ASSESSMENT_SCHEMA}.jurisdictions WHERE tenant_id::text = $1 AND tenant_path <@ $2::ltree`,
      [tenantId, path],
    );
    return row ?? null;
  }

  /** The tenant has a joint conference since that day (coverage counts it). */
  async recordConference(em: EntityManager, tenantId: string, since: string): Promise<void> {
    await em.query(`UPDATE ${ASSESSMENT_SCHEMA}.jurisdictions SET has_conference = true, conference_since = $2 WHERE tenant_id = $1`, [tenantId, since]);
  }
}
