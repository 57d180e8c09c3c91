import type { EntityManager } from 'typeorm';
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

/** Appends a row to the service's audit log, in the caller's transaction, stamped with who acted. */
export async function audit(em: EntityManager, schema: string, entry: AuditEntry): Promise<void> {
  const ctx = TenantContextStore.current();
  await em.query(
    `INSERT INTO ${schema}.audit_log (tenant_id, tenant_path, actor_id, actor_name, action, entity, entity_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
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
  );
}
