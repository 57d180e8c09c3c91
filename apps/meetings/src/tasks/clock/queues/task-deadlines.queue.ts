import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { ClockJobsQueue } from '#common/deadlines';
import type { DeadlineTriggerKind } from '#common/events';
import { REDIS } from '#common/redis';

export const TASK_DEADLINES_QUEUE = 'task-deadlines';
export const TASK_TRIGGER_JOB = 'trigger';
export const TASK_RECONCILE_JOB = 'reconcile';
export const TASK_RECONCILE_SCHEDULER_ID = 'task-deadline-reconcile';

/** A trigger job of a task's clock, and the tenant whose row the task is (its context re-checks it). */
export interface TaskTriggerJob {
  triggerId: string;
  kind: DeadlineTriggerKind;
  leadDays: number | null;
  deadline: IsoDate;
  taskId: string;
  clockId: string;
  tenantId: string;
  tenantPath: string;
}

/** The `task-deadlines` queue of the meetings worker (see `ClockJobsQueue`). */
@Injectable()
export class TaskDeadlinesQueue extends ClockJobsQueue<TaskTriggerJob> implements OnApplicationShutdown {
  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig, clock: Clock) {
    super(redis, config.queuePrefix, clock, TASK_DEADLINES_QUEUE, {
      jobName: TASK_TRIGGER_JOB,
      jobOptions: {
        attempts: 5,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: { age: 24 * 3600, count: 20_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
      reconcile: {
        id: TASK_RECONCILE_SCHEDULER_ID,
        jobName: TASK_RECONCILE_JOB,
        jobOptions: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      },
    });
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
