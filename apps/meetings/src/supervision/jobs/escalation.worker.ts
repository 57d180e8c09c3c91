import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import { NoticeEscalation } from './notice-escalation.js';

export const NOTICE_ESCALATION_QUEUE = 'notice-escalation';
const SCHEDULER_ID = 'notice-escalation-hourly';
const EVERY_MS = 3600_000;
/** Held while one worker registers the scheduler; longer than a registration takes. */
const REGISTRATION_LOCK_MS = 30_000;

export const ESCALATION_WORKER_OPTIONS = Symbol('ESCALATION_WORKER_OPTIONS');

export interface EscalationWorkerOptions {
  /** Register the scheduler and consume on application bootstrap (default true). */
  autoStart?: boolean;
}

/**
 * Runs the escalation pass every hour in the meetings worker. The job scheduler is registered
 * from one place: of several workers starting together, only the one that takes a Redis lock
 * (`SET NX PX`) upserts it, as concurrent `upsertJobScheduler` calls drop or duplicate schedules
 * (bullmq #3085). Every worker consumes; a pass that overlaps another escalates nothing twice.
 */
@Injectable()
export class EscalationWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EscalationWorker.name);
  readonly queue: Queue;
  private worker: Worker | null = null;

  constructor(
    @Inject(ESCALATION_WORKER_OPTIONS) private readonly options: EscalationWorkerOptions,
    private readonly escalation: NoticeEscalation,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.queue = new Queue(NOTICE_ESCALATION_QUEUE, { connection: redis, prefix: config.queuePrefix });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.autoStart === false) return;
    await this.registerScheduler();
    this.start();
  }

  /** Upserts the hourly scheduler unless another worker holds the registration lock; true if this one did. */
  async registerScheduler(): Promise<boolean> {
    const lock = `${this.config.queuePrefix}:${NOTICE_ESCALATION_QUEUE}:scheduler-lock`;
    const taken = await this.redis.set(lock, randomUUID(), 'PX', REGISTRATION_LOCK_MS, 'NX');
    if (taken !== 'OK') return false;
    await this.queue.upsertJobScheduler(SCHEDULER_ID, { every: EVERY_MS }, { name: 'escalate', opts: { removeOnComplete: 100, removeOnFail: 1000 } });
    return true;
  }

  start(): void {
    this.worker = new Worker(NOTICE_ESCALATION_QUEUE, (job) => this.escalation.escalateOnce(`escalation-${job.id}`), {
      connection: this.redis,
      prefix: this.config.queuePrefix,
      concurrency: 1,
    });
    this.worker.on('failed', (job, error) => this.logger.error(`notice escalation ${job?.id} failed: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
    await this.queue.close();
  }
}
