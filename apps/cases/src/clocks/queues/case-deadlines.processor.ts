import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Clock } from '#common/clock';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { ClockJobsWorker, type ClockJobsWorkerOptions } from '#common/deadlines';
import { REDIS } from '#common/redis';
import { ProcessesQueue } from '#common/worker';
import { CASE_DEADLINES_QUEUE, CaseDeadlinesQueue, RECONCILE_JOB, type CaseClockJob } from './case-deadlines.queue.js';
import { DeadlineReconciler } from '../deadline-reconcile.service.js';
import { TriggerFiring } from '../trigger-firing.service.js';
import { WindowLapses } from '../window-lapse.service.js';

export const DEADLINE_WORKER_OPTIONS = Symbol('DEADLINE_WORKER_OPTIONS');

export type DeadlineWorkerOptions = ClockJobsWorkerOptions;

/**
 * Consumes `case-deadlines` in the cases worker process, which may run several times: an office
 * clock's trigger goes to supervision, a petitioner window's lapse finalizes the matter, and the
 * reconciliation covers both.
 */
@Injectable()
@ProcessesQueue(CASE_DEADLINES_QUEUE)
export class CaseDeadlinesProcessor extends ClockJobsWorker<CaseClockJob> implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(DEADLINE_WORKER_OPTIONS) options: DeadlineWorkerOptions,
    queue: CaseDeadlinesQueue,
    firing: TriggerFiring,
    reconciler: DeadlineReconciler,
    lapses: WindowLapses,
    clock: Clock,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(
      queue,
      {
        fire: (job) => (job.kind === 'LAPSE' ? lapses.fire(job) : firing.fire(job)),
        reconcileOnce: async () => ({ ...(await reconciler.reconcileOnce()), ...(await lapses.reconcileOnce()) }),
      },
      RECONCILE_JOB,
      options,
      clock,
      redis,
      config.queuePrefix,
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.begin();
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
