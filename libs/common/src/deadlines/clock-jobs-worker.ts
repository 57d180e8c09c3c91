import { Logger } from '@nestjs/common';
import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock/index.js';
import type { KeptJobScheduler } from '../worker/job-scheduler.js';
import type { ClockJobsQueue } from './clock-jobs-queue.js';
import { queueOfProcessor } from '../worker/processes-queue.js';
import { observeJobs } from '../metrics/index.js';
import { inSpan } from '../telemetry/trace-context.js';

export interface ClockJobsWorkerOptions {
  /** Consume and register the reconciliation as soon as the application starts (default true); tests drive both by hand. */
  autoStart?: boolean;
  /** How often the reconciliation runs (default five minutes). */
  reconcileEveryMs?: number;
}

/** What a worker of clock jobs runs: a fired trigger job, and the reconciliation. */
export interface ClockJobsProcessor<J> {
  fire(job: J): Promise<{ outcome: string } | { outcome: 'RETRY'; at: Date }>;
  reconcileOnce(): Promise<unknown>;
}

export const DEFAULT_RECONCILE_EVERY_MS = 5 * 60_000;

/**
 * A job's lock, renewed every half of it while the job runs: a worker that dies holding one loses
 * it after 10 s, and the stalled-job check of any live worker (every 5 s) hands the job to another.
 */
const LOCK_DURATION_MS = 10_000;
const STALLED_INTERVAL_MS = 5_000;

/**
 * Consumes a `ClockJobsQueue` (the one its subclass declares with `@ProcessesQueue`) in a worker process, which may run several times: trigger jobs go to
 * the processor, which answers RETRY for a job that came early or waits for office hours (the job
 * is delayed again), and the reconciliation job runs the processor's pass. The reconciliation is
 * registered here, and only here, when the worker starts.
 */
export class ClockJobsWorker<J extends { triggerId: string }> {
  private readonly logger: Logger;
  private worker: Worker<J> | null = null;
  private reconciliation: KeptJobScheduler | null = null;

  constructor(
    private readonly queue: ClockJobsQueue<J>,
    private readonly processor: ClockJobsProcessor<J>,
    private readonly reconcileJobName: string,
    private readonly options: ClockJobsWorkerOptions,
    private readonly clock: Clock,
    private readonly redis: Redis,
    private readonly queuePrefix: string,
  ) {
    this.logger = new Logger(`${queue.queueName} worker`);
  }

  async begin(): Promise<void> {
    if (this.options.autoStart === false) return;
    this.start();
    this.reconciliation = this.queue.reconciliation(this.options.reconcileEveryMs ?? DEFAULT_RECONCILE_EVERY_MS);
    await this.reconciliation.keep();
  }

  start(): Worker<J> {
    this.worker = new Worker<J>(queueOfProcessor(this), (job, token) => this.process(job, token), {
      connection: this.redis,
      prefix: this.queuePrefix,
      concurrency: 4,
      lockDuration: LOCK_DURATION_MS,
      stalledInterval: STALLED_INTERVAL_MS,
      // A job killed with its worker more than twice is failed; the reconciliation still covers it.
      maxStalledCount: 2,
    });
    this.worker.on('failed', (job, error) => this.logger.error(`deadline job ${job?.id} failed: ${error.message}`));
    return observeJobs(this.worker);
  }

  private async process(job: Job<J>, token?: string): Promise<unknown> {
    // Caused by the clock, not a request: a trace of its own, which a job held back does not fail.
    const traced = <T>(work: () => Promise<T>) => inSpan(`job ${job.name}`, null, work, { attributes: { 'messaging.destination.name': job.queueName } });
    if (job.name === this.reconcileJobName) return traced(() => this.processor.reconcileOnce());
    const result = await traced(() => this.processor.fire(job.data));
    if (!('at' in result)) return result;
    // Delays run on Redis's time, the moment on the services' clock (which tests and demos move).
    await job.moveToDelayed(Date.now() + Math.max(0, result.at.getTime() - this.clock.now().getTime()), token);
    throw new DelayedError();
  }

  async stop(): Promise<void> {
    this.reconciliation?.stop();
    await this.worker?.close();
    this.worker = null;
  }
}
