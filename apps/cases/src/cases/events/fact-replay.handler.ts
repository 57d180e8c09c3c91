import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { groupBy } from '#common/collections';
import { emitEvent, emitEvents, type EventEnvelope, FACT_REPLAY, type FactReplayRequest, HandlesEvent } from '#common/events';
import { CASES_SCHEMA } from '../../database.js';
import { caseFactEvent } from '../case-events.js';
import { CaseStore } from '../case.store.js';
import { ClockStore } from '../../clocks/clock.store.js';

/** How much one transaction replays: rounds of cases read and emitted together (a province's year is hundreds of thousands). */
export interface ReplayLimits {
  perRound: number;
  rounds: number;
}

const DEFAULT_LIMITS: ReplayLimits = { perRound: 1_000, rounds: 5 };

export const REPLAY_LIMITS = Symbol('REPLAY_LIMITS');

/**
 * `facts.replay.requested` for CASES: the fact event of every case registered in the period whose
 * problem lies in the requesting tenant's subtree, as the case stands now, applied as that tenant
 * (row-level security bounds what is emitted as it bounds the tenant's staff), in id order, a
 * bounded number per transaction.
 */
@Injectable()
export class CaseFactReplay {
  private readonly limits: ReplayLimits;

  constructor(
    private readonly clock: Clock,
    private readonly store: CaseStore,
    private readonly clockStore: ClockStore,
    @Optional() @Inject(REPLAY_LIMITS) limits?: ReplayLimits,
  ) {
    this.limits = limits ?? DEFAULT_LIMITS;
  }

  @HandlesEvent('facts.replay.requested')
  async onReplayRequested(em: EntityManager, event: EventEnvelope<FactReplayRequest>): Promise<void> {
    const { source, from, to } = event.payload;
    if (source !== 'CASES') return;
    const at = this.clock.now();
    for (let after = event.payload.after ?? '', round = 0; ; round++) {
      // The rest goes on in a transaction of its own: one request to the same worker, after the last case.
      if (round === this.limits.rounds) {
        const rest: FactReplayRequest = { source, from, to, after };
        await emitEvent(em, CASES_SCHEMA, 'facts.replay.requested', rest);
        return;
      }
      const cases = await this.store.registeredWithProblemIn(em, event.tenantPath, { from, to }, after || null, this.limits.perRound);
      if (cases.length === 0) return;
      const stages = groupBy(
        await this.clockStore.stagesOfCases(
          em,
          cases.map((c) => c.id),
        ),
        (stage) => stage.caseId,
      );
      await emitEvents(
        em,
        CASES_SCHEMA,
        cases.map((kase) => caseFactEvent(kase, stages.get(kase.id) ?? [], { action: FACT_REPLAY, fromState: null, at })),
      );
      // A short round was the last.
      if (cases.length < this.limits.perRound) return;
      after = cases.at(-1)!.id;
    }
  }
}
