import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import { KeptJobScheduler } from '#common/worker';

export const NOTICE_ESCALATION_QUEUE = 'notice-escalation';
const SCHEDULER_ID = 'notice-escalation-hourly';
const EVERY_MS = 3600_000;

/**
 * The `notice-escalation` queue of the meetings worker: one escalation pass every hour, from a job
 * scheduler registered from one place and kept (KeptJobScheduler).
 */
@Injectable()
export class NoticeEscalationQueue implements OnApplicationShutdown {
  readonly queue: Queue;
  readonly scheduler: KeptJobScheduler;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.queue = new Queue(NOTICE_ESCALATION_QUEUE, { connection: redis, prefix: config.queuePrefix });
    this.scheduler = new KeptJobScheduler(this.queue, redis, {
      id: SCHEDULER_ID,
      everyMs: EVERY_MS,
      jobName: 'escalate',
      jobOptions: { removeOnComplete: 100, removeOnFail: 1000 },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.scheduler.stop();
    await this.queue.close();
  }
}
