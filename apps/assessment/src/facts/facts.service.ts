import { Injectable } from '@nestjs/common';
import { compareDates, elapsedDays, isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { validation } from '#common/errors';
import { emitEvent, type FactReplayRequest } from '#common/events';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { ASSESSMENT_SCHEMA } from '../database.js';
import type { FactRebuild, RebuildFactsInput } from './dto/fact-rebuild.dto.js';

/** A rebuild spans at most two years: a province's replay is hundreds of thousands of events. */
const MAX_REBUILD_DAYS = 731;

/** The facts read model as users reach it: a rebuild from the source services. */
@Injectable()
export class FactsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly clock: Clock,
  ) {}

  /**
   * Asks the source to emit its facts of the period again, within the caller's subtree; they are
   * applied as any fact event is (latest version wins, a replay rewriting its own version), so the
   * rebuilt rows equal those kept incrementally — and repair any that went astray, or fill in what
   * facts kept before an upgrade could not show (the endings migration 1767000000330 left empty).
   */
  rebuild(ctx: TenantContext, input: RebuildFactsInput): Promise<FactRebuild> {
    return this.transactions.run(ctx, async (em) => {
      const from = isoDate(input.from);
      const to = isoDate(input.to);
      if (compareDates(to, from) < 0) throw validation('期间截止日期不能早于起始日期', { from, to });
      if (elapsedDays(from, to) > MAX_REBUILD_DAYS) throw validation('一次重建的期间不超过两年', { from, to });
      const request: FactReplayRequest = { source: input.source, from, to };
      const id = await emitEvent(em, ASSESSMENT_SCHEMA, 'facts.replay.requested', request);
      await audit(em, ASSESSMENT_SCHEMA, { action: 'facts.rebuild', entity: 'fact_rebuild', entityId: id, after: request });
      return { id, ...request, requestedAt: this.clock.now() };
    });
  }
}
