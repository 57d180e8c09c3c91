import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventEnvelope, HandlesEvents } from '#common/events';
import { CaseRefStore } from '../case-ref.store.js';
import { type CaseTransitionedEvent, latestPerCase } from '../domain/case-refs.js';

/**
 * `case.transitioned`, a batch: keeps the cases this service may reference (`case_refs`), whose
 * row-level security mirrors the cases service's rules.
 */
@Injectable()
export class CaseTransitionedHandler {
  constructor(private readonly store: CaseRefStore) {}

  @HandlesEvents('case.transitioned')
  async handle(em: EntityManager, events: readonly EventEnvelope<CaseTransitionedEvent>[]): Promise<void> {
    const latest = latestPerCase(events.map(({ payload }) => payload));
    if (latest.length > 0) await this.store.upsert(em, latest);
  }
}
