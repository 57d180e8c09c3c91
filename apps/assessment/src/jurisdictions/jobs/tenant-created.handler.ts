import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, TenantCreatedPayload } from '#common/events';
import { ASSESSMENT_SCHEMA } from '../../database.js';

/**
 * Keeps the jurisdictions table in step with the directory. Runs in the event consumer's
 * transaction, in the new tenant's context; the tenant id is the natural key, so an event
 * delivered again, or a second event about the same tenant, adds nothing.
 */
@Injectable()
export class TenantCreatedHandler {
  async handle(em: EntityManager, event: EventEnvelope<TenantCreatedPayload>): Promise<void> {
    const tenant = event.payload;
    await em.query(
      `INSERT INTO ${ASSESSMENT_SCHEMA}.jurisdictions (tenant_id, tenant_path, parent_id, code, name, level)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id) DO NOTHING`,
      [tenant.id, tenant.path, tenant.parentId, tenant.code, tenant.name, tenant.level],
    );
  }
}
