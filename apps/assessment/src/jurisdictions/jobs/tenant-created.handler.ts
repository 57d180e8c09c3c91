import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { recordJurisdiction } from '#common/directory';
import { type EventEnvelope, HandlesEvent, type TenantCreatedPayload } from '#common/events';
import { ASSESSMENT_SCHEMA } from '../../database.js';

/** Keeps the jurisdictions table in step with the directory. */
@Injectable()
export class TenantCreatedHandler {
  @HandlesEvent('tenant.created')
  handle(em: EntityManager, event: EventEnvelope<TenantCreatedPayload>): Promise<void> {
    return recordJurisdiction(em, ASSESSMENT_SCHEMA, event.payload);
  }
}
