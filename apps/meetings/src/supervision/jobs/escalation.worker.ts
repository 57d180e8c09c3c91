import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import { KeptJobScheduler, ProcessesQueue, queueOfProcessor } from '#common/worker';
import { NoticeEscalation } from './notice-escalation.js';

export const NOTICE_ESCALATION_QUEUE = 'notice-escalation';
const SCHEDULER_ID = 'notice-escalation-hourly';
const EVERY_MS = 3600_000;

export const ESCALATION_WORKER_OPTIONS = Symbol('ESCALATION_WORKER_OPTIONS');

export interface EscalationWorkerOptions {
  /** Register the scheduler and consume on application bootstrap (default true). */
  autoStart?: boolean;
}

/**
 * Runs the escalation pass every hour in the meetings worker, from a job scheduler registered
 * from one place and kept (KeptJobScheduler). Every worker consumes; a pass that overlaps another
 * escalates nothing twice.
 */
@Injectable()
@ProcessesQueue(NOTICE_ESCALATION_QUEUE)
export class EscalationWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EscalationWorker.name);
  readonly queue: Queue;
  readonly scheduler: KeptJobScheduler;
  private worker: Worker | null = null;

  constructor(
    @Inject(ESCALATION_WORKER_OPTIONS) private readonly options: EscalationWorkerOptions,
    private readonly escalation: NoticeEscalation,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.queue = new Queue(NOTICE_ESCALATION_QUEUE, { connection: redis, prefix: config.queuePrefix });
    this.scheduler = new KeptJobScheduler(this.queue, redis, {
      id: SCHEDULER_ID,
      everyMs: EVERY_MS,
      jobName: 'escalate',
      jobOptions: { removeOnComplete: 100, removeOnFail: 1000 },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.autoStart === false) return;
    await this.scheduler.keep();
    this.start();
  }

  start(): void {
    this.worker = new Worker(queueOfProcessor(this), (job) => this.escalation.escalateOnce(`escalation-${job.id}`), {
      connection: this.redis,
      prefix: this.config.queuePrefix,
      concurrency: 1,
    });
    this.worker.on('failed', (job, error) => this.logger.error(`notice escalation ${job?.id} failed: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    this.scheduler.stop();
    await this.worker?.close();
    this.worker = null;
    await this.queue.close();
  }
}
