import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';

export const DEADLINE_RECOMPUTE_QUEUE = 'deadline-recompute';

/** What the recomputation needs: the tenant whose calendar changed, and why. */
export interface DeadlineRecomputeJob {
  tenantId: string;
  tenantPath: string;
  /** Shown to administrators in the recomputation record. */
  reason: string;
  /** ISO instant of the change that asked for it. */
  requestedAt: string;
  /** The request that changed the calendar, carried into the job's audit trail. */
  requestId: string;
}

export const RECOMPUTE_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;

/** Asks the cases worker to recompute the open deadlines under a tenant whose calendar changed. */
@Injectable()
export class DeadlineRecomputeQueue implements OnApplicationShutdown {
  readonly queue: Queue<DeadlineRecomputeJob>;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.queue = new Queue<DeadlineRecomputeJob>(DEADLINE_RECOMPUTE_QUEUE, { connection: redis, prefix: config.queuePrefix });
  }

  async enqueue(job: DeadlineRecomputeJob): Promise<void> {
    await this.queue.add('recompute', job, RECOMPUTE_JOB_OPTIONS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.queue.close();
  }
}
