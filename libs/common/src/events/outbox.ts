import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { TenantContextStore } from '../tenancy/tenant-context.js';
import type { EventTopic } from './catalogue.js';

export interface EventTenant {
  tenantId: string;
  tenantPath: string;
}

/**
 * Records an event in the service's outbox, in the caller's transaction: it is published if and
 * only if the change it describes commits. The tenant defaults to the acting context's.
 */
export async function emitEvent(
  em: EntityManager,
  schema: string,
  topic: EventTopic,
  payload: object,
  tenant?: EventTenant,
): Promise<string> {
  const ctx = TenantContextStore.current();
  const id = randomUUID();
  await em.query(
    `INSERT INTO ${schema}.outbox (id, tenant_id, tenant_path, topic, payload, request_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, tenant?.tenantId ?? ctx.tenantId, tenant?.tenantPath ?? ctx.tenantPath, topic, JSON.stringify(payload), ctx.requestId],
  );
  return id;
}
