import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock/index.js';
import { KeptJobScheduler, type JobSchedulerSpec } from '../worker/job-scheduler.js';

const FINISHED: ReadonlySet<string> = new Set(['completed', 'failed']);

/** The jobs a clock should have now: none once it stopped. */
export interface ClockJobs<J> {
  clockId: string;
  jobs: readonly { data: J; at: Date }[];
}

export interface ClockJobsQueueOptions {
  /** The name of the trigger jobs. */
  jobName: string;
  /** Their options; the job id is the trigger id and the delay runs until the trigger is owed. */
  jobOptions: Omit<JobsOptions, 'jobId' | 'delay'>;
  /** The reconciliation's scheduler (see `reconciliation`), but for how often it runs. */
  reconcile: Omit<JobSchedulerSpec, 'everyMs'>;
}

/**
 * A queue of deadline clocks' trigger jobs: one delayed job per trigger of every open clock, with
 * the trigger id as job id, so scheduling again adds nothing. A Redis set per clock remembers its
 * job ids, so that a moved deadline replaces the clock's jobs and a stopped clock removes them.
 */
export class ClockJobsQueue<J extends { triggerId: string }> {
  /** `Queue<J>` spelt out: BullMQ's defaults cannot tell a generic `J` from a Job type. */
  readonly queue: Queue<J, unknown, string, J, unknown, string>;

  constructor(
    private readonly redis: Redis,
    private readonly queuePrefix: string,
    private readonly clock: Clock,
    readonly queueName: string,
    private readonly options: ClockJobsQueueOptions,
  ) {
    this.queue = new Queue(queueName, { connection: redis, prefix: queuePrefix });
  }

  /**
   * Makes each clock's jobs exactly these: adds the missing ones (delayed until each is owed, at
   * once when that has passed) and removes the others. A job already running is not removable; it
   * finds the clock changed when it re-checks. Any number of clocks in a few round trips: their
   * index sets read in one pipeline, all jobs added in one bulk, the removals sent together, and
   * the index sets replaced in one transaction.
   */
  async reschedule(clocks: readonly ClockJobs<J>[]): Promise<void> {
    if (!clocks.length) return;
    const indexes = clocks.map(({ clockId }) => this.indexKey(clockId));
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
          name: this.options.jobName,
          data,
          opts: { ...this.options.jobOptions, jobId: data.triggerId, delay: Math.max(0, at.getTime() - now) },
        })),
      );
    }
    const keeps = clocks.map((clock) => new Set(clock.jobs.map(({ data }) => data.triggerId)));
    const stale = previous.flatMap((ids, i) => ids.filter((id) => !keeps[i].has(id)));
    // Only jobs still waiting to run: one that ran is kept as its queue keeps finished jobs (for
    // operators, and for whoever waits for its result); a running one is locked and stays anyway.
    const states = await Promise.all(stale.map((id) => this.queue.getJobState(id)));
    await Promise.all(stale.filter((_, i) => !FINISHED.has(states[i])).map((id) => this.queue.remove(id)));
    const update = this.redis.multi();
    indexes.forEach((index, i) => {
      update.del(index);
      if (keeps[i].size) update.sadd(index, ...keeps[i]);
    });
    await update.exec();
  }

  /** The reconciliation as a job scheduler, registered from one instance and kept (see KeptJobScheduler). */
  reconciliation(everyMs: number): KeptJobScheduler {
    return new KeptJobScheduler(this.queue, this.redis, { ...this.options.reconcile, everyMs });
  }

  private indexKey(clockId: string): string {
    return `${this.queuePrefix}:${this.queueName}:clock-jobs:${clockId}`;
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
