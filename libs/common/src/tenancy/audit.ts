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
  /** The request the change answers, when not the acting one (a batch applies several requests' events). */
  requestId?: string;
}

/**
 * The INSERT of audit rows stamped with who acts now, one statement for any number (see `audit`,
 * or `executeTogether` to batch it).
 */
export function auditStatement(schema: string, entries: AuditEntry | readonly AuditEntry[]): Statement {
  const ctx = TenantContextStore.current();
  const list: readonly AuditEntry[] = Array.isArray(entries) ? entries : [entries as AuditEntry];
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  return {
    sql: `INSERT INTO ${schema}.audit_log (tenant_id, tenant_path, actor_id, actor_name, action, entity, entity_id, before, after, request_id)
     SELECT u.tenant_id, u.tenant_path, $3::uuid, $4::text, u.action, u.entity, u.entity_id, u.before, u.after, u.request_id
       FROM unnest($1::uuid[], $2::ltree[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[], $10::text[])
            u (tenant_id, tenant_path, action, entity, entity_id, before, after, request_id)`,
    params: [
      list.map((e) => e.tenant?.tenantId ?? ctx.tenantId),
      list.map((e) => e.tenant?.tenantPath ?? ctx.tenantPath),
      ctx.userId,
      ctx.username,
      list.map((e) => e.action),
      list.map((e) => e.entity),
      list.map((e) => e.entityId),
      list.map((e) => json(e.before)),
      list.map((e) => json(e.after)),
      list.map((e) => e.requestId ?? ctx.requestId),
    ],
  };
}

/** Appends a row to the service's audit log, in the caller's transaction, stamped with who acted. */
export async function audit(em: EntityManager, schema: string, entry: AuditEntry): Promise<void> {
  const { sql, params } = auditStatement(schema, entry);
  await em.query(sql, params);
}
