import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import { ProcessesQueue, queueOfProcessor } from '#common/worker';
import { observeJobs } from '#common/metrics';
import { DeadlineRecomputer } from '../deadline-recompute.service.js';
import { DEADLINE_RECOMPUTE_QUEUE, type DeadlineRecomputeJob } from './deadline-recompute.queue.js';

export const RECOMPUTE_WORKER_OPTIONS = Symbol('RECOMPUTE_WORKER_OPTIONS');

export interface RecomputeWorkerOptions {
  /** Consume as soon as the application starts (default true); tests start it or call the processor themselves. */
  autoStart?: boolean;
}

/** Consumes `deadline-recompute` in the cases worker process. */
@Injectable()
@ProcessesQueue(DEADLINE_RECOMPUTE_QUEUE)
export class DeadlineRecomputeProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineRecomputeProcessor.name);
  private worker: Worker<DeadlineRecomputeJob> | null = null;

  constructor(
    @Inject(RECOMPUTE_WORKER_OPTIONS) private readonly options: RecomputeWorkerOptions,
    private readonly recomputer: DeadlineRecomputer,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.autoStart !== false) this.start();
  }

  start(): Worker<DeadlineRecomputeJob> {
    // One at a time per process: overlapping subtrees would only wait on each other's row locks.
    this.worker = new Worker<DeadlineRecomputeJob>(queueOfProcessor(this), (job: Job<DeadlineRecomputeJob>) => this.recomputer.recompute(job.data), {
      connection: this.redis,
      prefix: this.config.queuePrefix,
      concurrency: 1,
    });
    this.worker.on('failed', (job, error) => this.logger.error(`deadline recomputation ${job?.id} for ${job?.data.tenantPath} failed: ${error.message}`));
    return observeJobs(this.worker);
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
