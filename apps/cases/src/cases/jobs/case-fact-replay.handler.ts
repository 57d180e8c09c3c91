import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { FACT_REPLAY, emitEvents, type EventEnvelope, type FactReplayRequest } from '#common/events';
import { CASES_SCHEMA } from '../../database.js';
import { caseFactEvent } from '../case-events.js';
import { CaseEntity, CaseStageEntity } from '../entities/index.js';

/** Cases read and emitted per round: a province's year is hundreds of thousands. */
const CHUNK = 1_000;

/**
 * `facts.replay.requested` for CASES: the fact event of every case registered in the period whose
 * problem lies in the requesting tenant's subtree, as the case stands now, applied as that tenant
 * (row-level security bounds what is emitted as it bounds the tenant's staff).
 */
@Injectable()
export class CaseFactReplay {
  constructor(private readonly clock: Clock) {}

  async onReplayRequested(em: EntityManager, event: EventEnvelope<FactReplayRequest>): Promise<void> {
    const { source, from, to } = event.payload;
    if (source !== 'CASES') return;
    const at = this.clock.now();
    for (let after = ''; ; ) {
      const cases = await em
        .getRepository(CaseEntity)
        .createQueryBuilder('c')
        .where('c.problemJurisdictionPath <@ :path::ltree', { path: event.tenantPath })
        .andWhere('c.registeredOn BETWEEN :from AND :to', { from, to })
        .andWhere('c.id > :after', { after: after || '00000000-0000-0000-0000-000000000000' })
        .orderBy('c.id')
        .take(CHUNK)
        .getMany();
      if (cases.length === 0) return;
      const stages = await em.getRepository(CaseStageEntity).find({ where: { caseId: In(cases.map((c) => c.id)) }, order: { startedOn: 'ASC' } });
      await emitEvents(
        em,
        CASES_SCHEMA,
        cases.map((kase) => caseFactEvent(kase, stages.filter((s) => s.caseId === kase.id), { action: FACT_REPLAY, fromState: null, at })),
      );
      after = cases.at(-1)!.id;
    }
  }
}
