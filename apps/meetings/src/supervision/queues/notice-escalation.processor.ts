import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import { ProcessesQueue, queueOfProcessor } from '#common/worker';
import { observeJobs } from '#common/metrics';
import { NoticeEscalation } from '../notice-escalation.service.js';
import { NOTICE_ESCALATION_QUEUE, NoticeEscalationQueue } from './notice-escalation.queue.js';

export const ESCALATION_WORKER_OPTIONS = Symbol('ESCALATION_WORKER_OPTIONS');

export interface EscalationWorkerOptions {
  /** Register the scheduler and consume on application bootstrap (default true). */
  autoStart?: boolean;
}

/** Runs the escalation passes in the meetings worker. Every worker consumes; a pass that overlaps another escalates nothing twice. */
@Injectable()
@ProcessesQueue(NOTICE_ESCALATION_QUEUE)
export class NoticeEscalationProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NoticeEscalationProcessor.name);
  private worker: Worker | null = null;

  constructor(
    @Inject(ESCALATION_WORKER_OPTIONS) private readonly options: EscalationWorkerOptions,
    private readonly queue: NoticeEscalationQueue,
    private readonly escalation: NoticeEscalation,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.autoStart === false) return;
    await this.queue.scheduler.keep();
    this.start();
  }

  start(): void {
    this.worker = new Worker(queueOfProcessor(this), (job) => this.escalation.escalateOnce(`escalation-${job.id}`), {
      connection: this.redis,
      prefix: this.config.queuePrefix,
      concurrency: 1,
    });
    this.worker.on('failed', (job, error) => this.logger.error(`notice escalation ${job?.id} failed: ${error.message}`));
    observeJobs(this.worker);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }
}
