import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { TenantContextStore } from '../tenancy/tenant-context.js';
import type { EventTopic } from './catalogue.js';
import type { Statement } from '../db/sql.js';
import { activeTraceparent } from '../telemetry/trace-context.js';

export interface EventTenant {
  tenantId: string;
  tenantPath: string;
}

export interface OutboxEvent {
  topic: EventTopic;
  payload: object;
  /**
   * The tenant a consumer applies the event under, when it is not the statement's: e.g. a clock's
   * owner, who always sees its case, where the acting user may no longer.
   */
  tenant?: EventTenant;
  /** The request the event answers, when not the acting one (a batch applies several requests' events). */
  requestId?: string;
}

/**
 * The INSERT of events into the service's outbox, with their ids (see `emitEvents`, or
 * `executeTogether` to batch it). Each event's tenant is its own, else `tenant`, else the acting
 * context's. The events carry the active span's trace context, so that their consumers' work
 * joins the trace of what emitted them.
 */
export function outboxStatement(schema: string, events: readonly OutboxEvent[], tenant?: EventTenant): { statement: Statement; ids: string[] } {
  const ctx = TenantContextStore.current();
  const ids = events.map(() => randomUUID());
  const tenants = events.map((e) => e.tenant ?? tenant ?? ctx);
  return {
    ids,
    statement: {
      sql: `INSERT INTO ${schema}.outbox (id, tenant_id, tenant_path, topic, payload, request_id, traceparent)
     SELECT e.*, $7::text FROM unnest($1::uuid[], $2::uuid[], $3::ltree[], $4::text[], $5::jsonb[], $6::text[]) e`,
      params: [
        ids,
        tenants.map((t) => t.tenantId),
        tenants.map((t) => t.tenantPath),
        events.map((e) => e.topic),
        events.map((e) => JSON.stringify(e.payload)),
        events.map((e) => e.requestId ?? ctx.requestId),
        activeTraceparent(),
      ],
    },
  };
}

/**
 * Records events in the service's outbox, in the caller's transaction, with one statement: they
 * are published if and only if the change they describe commits. Returns the event ids in order.
 */
export async function emitEvents(em: EntityManager, schema: string, events: readonly OutboxEvent[], tenant?: EventTenant): Promise<string[]> {
  if (events.length === 0) return [];
  const { statement, ids } = outboxStatement(schema, events, tenant);
  await em.query(statement.sql, statement.params);
  return ids;
}

/** Records one event (see `emitEvents`). */
export async function emitEvent(em: EntityManager, schema: string, topic: EventTopic, payload: object, tenant?: EventTenant): Promise<string> {
  const [id] = await emitEvents(em, schema, [{ topic, payload }], tenant);
  return id;
}
