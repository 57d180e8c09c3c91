import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '#common/clock';
import { clockLapse } from '#common/deadlines';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { LifecycleService } from '../cases/lifecycle.service.js';
import { ClockStore, type LapsedWindow } from './clock.store.js';
import { CASE_TRIGGER_PREFIX, type LapseJob } from './queues/case-deadlines.queue.js';

export type LapseOutcome =
  /** The window had lapsed: the matter is now final. */
  | { outcome: 'FINALIZED' }
  /** The window closed otherwise (a request, a send-back), moved, or was finalized already. */
  | { outcome: 'DROPPED' }
  /** The job came before the window's last day was over. */
  | { outcome: 'RETRY'; at: Date };

export interface LapseReconcileResult {
  /** Open windows found past their last day. */
  lapsed: number;
  /** Of those, the matters this pass finalized (fewer when a job got there first). */
  finalized: number;
}

/**
 * Ends a petitioner's window that lapsed: the matter becomes final by itself (FINALIZED with
 * WINDOW_LAPSED), as the clock's owner acting as the system, through the lifecycle like any other
 * step (history, audit, fact event, stopped-clock event). The fired job and the reconciliation,
 * which catches windows whose job Redis lost, both come here; the lifecycle re-checks under the
 * case's lock, so either may run first, or twice.
 */
@Injectable()
export class WindowLapses {
  private readonly logger = new Logger(WindowLapses.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly lifecycle: LifecycleService,
    private readonly store: ClockStore,
    private readonly clock: Clock,
  ) {}

  async fire(job: LapseJob): Promise<LapseOutcome> {
    const { at } = clockLapse(CASE_TRIGGER_PREFIX, job.stageId, job.deadline);
    if (this.clock.now() < at) return { outcome: 'RETRY', at };
    return (await this.finalize(job, `lapse-${job.triggerId}`)) ? { outcome: 'FINALIZED' } : { outcome: 'DROPPED' };
  }

  /** Finalizes every open window of every province whose last day is over, each case in its own transaction. */
  async reconcileOnce(): Promise<LapseReconcileResult> {
    const now = this.clock.now();
    const roots = await this.transactions.runAsSystem((em) => this.store.rootTenants(em));
    const result: LapseReconcileResult = { lapsed: 0, finalized: 0 };
    for (const root of roots) {
      const ctx = systemContextFor(root.id, root.path, `lapse-reconcile-${now.toISOString()}`);
      const windows = await this.transactions.run(ctx, (em) => this.store.lapsedWindows(em, this.clock.today()));
      result.lapsed += windows.length;
      for (const window of windows) {
        if (await this.finalize(window, `lapse-reconcile-${window.stageId}`)) result.finalized += 1;
      }
    }
    if (result.finalized) this.logger.log(`reconciliation finalized ${result.finalized} matters whose window lapsed`);
    return result;
  }

  private async finalize(window: LapsedWindow, requestId: string): Promise<boolean> {
    const ctx = systemContextFor(window.ownerTenantId, window.ownerTenantPath, requestId);
    return (await this.lifecycle.lapse(ctx, window)) !== null;
  }
}
