import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { APP_CONFIG, type AppConfig } from '#common/config';
import type { DeadlineTriggerKind } from '#common/events';
import { REDIS } from '#common/redis';
import { KeptJobScheduler } from '#common/worker';
import type { ClockTrigger } from '../deadline-rules.js';

export const CASE_DEADLINES_QUEUE = 'case-deadlines';
export const TRIGGER_JOB = 'trigger';
export const RECONCILE_JOB = 'reconcile';
export const RECONCILE_SCHEDULER_ID = 'deadline-reconcile';
export const DEFAULT_RECONCILE_EVERY_MS = 5 * 60_000;

/** A trigger job: which clock, which trigger, and the owner whose context checks it. */
export interface TriggerJob {
  triggerId: string;
  kind: DeadlineTriggerKind;
  leadDays: number | null;
  deadline: IsoDate;
  caseTenantId: string;
  stageId: string;
  ownerTenantId: string;
  ownerTenantPath: string;
}

/** The job of one trigger of a clock (see `clockTriggers`). */
export function triggerJob(clock: Pick<TriggerJob, 'caseTenantId' | 'stageId' | 'ownerTenantId' | 'ownerTenantPath'>, trigger: ClockTrigger): TriggerJob {
  return {
    triggerId: trigger.id,
    kind: trigger.kind,
    leadDays: trigger.leadDays,
    deadline: trigger.deadline,
    caseTenantId: clock.caseTenantId,
    stageId: clock.stageId,
    ownerTenantId: clock.ownerTenantId,
    ownerTenantPath: clock.ownerTenantPath,
  };
}

/** The jobs a clock should have now: none once it stopped. */
export interface ClockJobs {
  stageId: string;
  jobs: readonly { data: TriggerJob; at: Date }[];
}

export const TRIGGER_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  // Kept a day for operators, no more: a province fires tens of thousands a day, and what keeps a
  // trigger single is its row, not its job.
  removeOnComplete: { age: 24 * 3600, count: 20_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/**
 * The `case-deadlines` queue: one delayed job per trigger of every open clock, with the trigger id
 * as job id, so scheduling again adds nothing. A Redis set per clock remembers its job ids, so
 * that a moved deadline replaces the clock's jobs and a stopped clock removes them.
 */
@Injectable()
export class CaseDeadlinesQueue implements OnApplicationShutdown {
  readonly queue: Queue<TriggerJob>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.queue = new Queue<TriggerJob>(CASE_DEADLINES_QUEUE, { connection: redis, prefix: config.queuePrefix });
  }

  /**
   * Makes each clock's jobs exactly these: adds the missing ones (delayed until each is owed, at
   * once when that has passed) and removes the others. A job already running is not removable; it
   * finds the clock changed when it re-checks. Any number of clocks in a few round trips: their
   * index sets read in one pipeline, all jobs added in one bulk, the removals sent together, and
   * the index sets replaced in one transaction.
   */
  async reschedule(clocks: readonly ClockJobs[]): Promise<void> {
    if (!clocks.length) return;
    const indexes = clocks.map(({ stageId }) => this.indexKey(stageId));
    const read = this.redis.pipeline();
    for (const index of indexes) read.smembers(index);
    const previous = (await read.exec())!.map(([error, members]) => {
      if (error) throw error;
      return members as string[];
    });
    const now = this.clock.now().getTime();
    const jobs = clocks.flatMap((clock) => clock.jobs);
    if (jobs.length) {
      await this.queue.addBulk(
        jobs.map(({ data, at }) => ({
          name: TRIGGER_JOB,
          data,
          opts: { ...TRIGGER_JOB_OPTIONS, jobId: data.triggerId, delay: Math.max(0, at.getTime() - now) },
        })),
      );
    }
    const keeps = clocks.map((clock) => new Set(clock.jobs.map(({ data }) => data.triggerId)));
    const stale = previous.flatMap((ids, i) => ids.filter((id) => !keeps[i].has(id)));
    await Promise.all(stale.map((id) => this.queue.remove(id)));
    const update = this.redis.multi();
    indexes.forEach((index, i) => {
      update.del(index);
      if (keeps[i].size) update.sadd(index, ...keeps[i]);
    });
    await update.exec();
  }

  /** The reconciliation as a job scheduler, registered from one instance and kept (see KeptJobScheduler). */
  reconciliation(everyMs: number): KeptJobScheduler {
    return new KeptJobScheduler(this.queue, this.redis, {
      id: RECONCILE_SCHEDULER_ID,
      everyMs,
      jobName: RECONCILE_JOB,
      jobOptions: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
    });
  }

  private indexKey(stageId: string): string {
    return `${this.config.queuePrefix}:${CASE_DEADLINES_QUEUE}:clock-jobs:${stageId}`;
  }

  onApplicationShutdown(): Promise<void> {
    return this.queue.close();
  }
}
