import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Clock } from '#common/clock';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { ClockJobsWorker, type ClockJobsWorkerOptions } from '#common/deadlines';
import { REDIS } from '#common/redis';
import { ProcessesQueue } from '#common/worker';
import { TaskDeadlines } from '../task-deadlines.service.js';
import { TASK_DEADLINES_QUEUE, TASK_RECONCILE_JOB, TaskDeadlinesQueue, type TaskTriggerJob } from './task-deadlines.queue.js';

export const TASK_DEADLINE_WORKER_OPTIONS = Symbol('TASK_DEADLINE_WORKER_OPTIONS');

/** Consumes `task-deadlines` in the meetings worker process, which may run several times. */
@Injectable()
@ProcessesQueue(TASK_DEADLINES_QUEUE)
export class TaskDeadlinesProcessor extends ClockJobsWorker<TaskTriggerJob> implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(TASK_DEADLINE_WORKER_OPTIONS) options: ClockJobsWorkerOptions,
    queue: TaskDeadlinesQueue,
    deadlines: TaskDeadlines,
    clock: Clock,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(queue, deadlines, TASK_RECONCILE_JOB, options, clock, redis, config.queuePrefix);
  }

  onApplicationBootstrap(): Promise<void> {
    return this.begin();
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
