import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventEnvelope, HandlesEvent, type TenantCreatedPayload } from '#common/events';
import { JurisdictionStore } from '../jurisdiction.store.js';

/** Keeps the jurisdictions table in step with the directory. */
@Injectable()
export class TenantCreatedHandler {
  constructor(private readonly jurisdictions: JurisdictionStore) {}

  @HandlesEvent('tenant.created')
  handle(em: EntityManager, event: EventEnvelope<TenantCreatedPayload>): Promise<void> {
    return this.jurisdictions.record(em, event.payload);
  }
}
