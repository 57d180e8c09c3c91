import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { Clock } from '#common/clock';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import type { KeptJobScheduler } from '#common/worker';
import {
  CASE_DEADLINES_QUEUE,
  CaseDeadlinesQueue,
  DEFAULT_RECONCILE_EVERY_MS,
  RECONCILE_JOB,
  type TriggerJob,
} from './case-deadlines.queue.js';
import { DeadlineReconciler, type ReconcileResult } from './deadline-reconcile.processor.js';
import { DeadlineTriggerProcessor, type FireOutcome } from './deadline-trigger.processor.js';

export const DEADLINE_WORKER_OPTIONS = Symbol('DEADLINE_WORKER_OPTIONS');

export interface DeadlineWorkerOptions {
  /** Consume and register the reconciliation as soon as the application starts (default true); tests drive both by hand. */
  autoStart?: boolean;
  /** How often the reconciliation runs (default five minutes). */
  reconcileEveryMs?: number;
}

/**
 * A job's lock, renewed every half of it while the job runs: a worker that dies holding one loses
 * it after 10 s, and the stalled-job check of any live worker (every 5 s) hands the job to another.
 */
const LOCK_DURATION_MS = 10_000;
const STALLED_INTERVAL_MS = 5_000;

/** Consumes `case-deadlines` in the cases worker process, which may run several times. */
@Injectable()
export class CaseDeadlinesWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CaseDeadlinesWorker.name);
  private worker: Worker<TriggerJob> | null = null;
  private reconciliation: KeptJobScheduler | null = null;

  constructor(
    @Inject(DEADLINE_WORKER_OPTIONS) private readonly options: DeadlineWorkerOptions,
    private readonly queue: CaseDeadlinesQueue,
    private readonly processor: DeadlineTriggerProcessor,
    private readonly reconciler: DeadlineReconciler,
    private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.autoStart === false) return;
    this.start();
    // The one place the reconciliation is registered.
    this.reconciliation = this.queue.reconciliation(this.options.reconcileEveryMs ?? DEFAULT_RECONCILE_EVERY_MS);
    await this.reconciliation.keep();
  }

  start(): Worker<TriggerJob> {
    this.worker = new Worker<TriggerJob>(CASE_DEADLINES_QUEUE, (job, token) => this.process(job, token), {
      connection: this.redis,
      prefix: this.config.queuePrefix,
      concurrency: 4,
      lockDuration: LOCK_DURATION_MS,
      stalledInterval: STALLED_INTERVAL_MS,
      // A job killed with its worker more than twice is failed; the reconciliation still covers it.
      maxStalledCount: 2,
    });
    this.worker.on('failed', (job, error) => this.logger.error(`deadline job ${job?.id} failed: ${error.message}`));
    return this.worker;
  }

  private async process(job: Job<TriggerJob>, token?: string): Promise<FireOutcome | ReconcileResult> {
    if (job.name === RECONCILE_JOB) return this.reconciler.reconcileOnce();
    const result = await this.processor.fire(job.data);
    if (result.outcome !== 'RETRY') return result;
    // Delays run on Redis's time, the moment on the services' clock (which tests and demos move).
    await job.moveToDelayed(Date.now() + Math.max(0, result.at.getTime() - this.clock.now().getTime()), token);
    throw new DelayedError();
  }

  async stop(): Promise<void> {
    this.reconciliation?.stop();
    await this.worker?.close();
    this.worker = null;
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
