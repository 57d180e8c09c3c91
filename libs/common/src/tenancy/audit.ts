import type { EntityManager } from 'typeorm';
import type { Statement } from '../db/sql.js';
import { TenantContextStore } from './tenant-context.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** The tenant the record belongs to; defaults to the acting tenant. */
  tenant?: { tenantId: string; tenantPath: string };
}

/** The INSERT of an audit row stamped with who acts now (see `audit`, or `executeTogether` to batch it). */
export function auditStatement(schema: string, entry: AuditEntry): Statement {
  const ctx = TenantContextStore.current();
  return {
    sql: `INSERT INTO ${schema}.audit_log (tenant_id, tenant_path, actor_id, actor_name, action, entity, entity_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    params: [
      entry.tenant?.tenantId ?? ctx.tenantId,
      entry.tenant?.tenantPath ?? ctx.tenantPath,
      ctx.userId,
      ctx.username,
      entry.action,
      entry.entity,
      entry.entityId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      ctx.requestId,
    ],
  };
}

/** Appends a row to the service's audit log, in the caller's transaction, stamped with who acted. */
export async function audit(em: EntityManager, schema: string, entry: AuditEntry): Promise<void> {
  const { sql, params } = auditStatement(schema, entry);
  await em.query(sql, params);
}
