import { Queue, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { eventQueueName, type ConsumerName } from '#common/events';
import { eventually, type SystemUnderTest } from './system.js';

/** The queues and schedulers of supervision (apps/cases/src/clocks/queues, apps/meetings/src/supervision/queues, apps/meetings/src/tasks/clock/queues). */
const CASE_DEADLINES_QUEUE = 'case-deadlines';
const TASK_DEADLINES_QUEUE = 'task-deadlines';
const RECONCILE_SCHEDULER_ID = 'deadline-reconcile';
const NOTICE_ESCALATION_QUEUE = 'notice-escalation';
const CONSUMERS: ConsumerName[] = ['cases', 'meetings', 'assessment'];

/** What became of a job the test ran: its state afterwards and what it returned (a clock job: its outcome), or why it failed. */
export interface JobRun {
  id: string;
  state: string;
  result: { outcome?: string; failedReason?: string; [field: string]: unknown } | undefined;
}

/**
 * The BullMQ side of supervision in the system under test, on its queue prefix: the delayed jobs
 * of a case's clocks, the reconciliation and the escalation schedulers. The workers run them; the
 * test only brings their time forward (a delayed job waits for Redis's clock, which the test
 * cannot move, while the services read the test's clock).
 */
export class SupervisionJobs {
  readonly deadlines: Queue;
  readonly taskDeadlines: Queue;
  readonly escalation: Queue;
  private readonly events: Queue[];
  private readonly connection: Redis;

  constructor(private readonly system: SystemUnderTest) {
    this.connection = new Redis(system.db.config.redisUrl, { maxRetriesPerRequest: null });
    const options = { connection: this.connection, prefix: system.db.config.queuePrefix };
    this.deadlines = new Queue(CASE_DEADLINES_QUEUE, options);
    this.taskDeadlines = new Queue(TASK_DEADLINES_QUEUE, options);
    this.escalation = new Queue(NOTICE_ESCALATION_QUEUE, options);
    this.events = CONSUMERS.map((consumer) => new Queue(eventQueueName(consumer), options));
  }

  /** The ids of the delayed jobs of one clock (a case's stage row), sorted. */
  async delayedOf(stageId: string): Promise<string[]> {
    return (await this.delayedJobsOf(this.deadlines, (job) => job.data?.stageId === stageId)).map((job) => job.id!).sort();
  }

  /** The ids of the delayed jobs of a task's clock, sorted. */
  async delayedOfTask(clockId: string): Promise<string[]> {
    return (await this.delayedJobsOf(this.taskDeadlines, (job) => job.data?.clockId === clockId)).map((job) => job.id!).sort();
  }

  /** Waits until the clock's delayed jobs are exactly these (its events are applied asynchronously). */
  async waitForClockJobs(stageId: string, ids: string[]): Promise<void> {
    const expected = JSON.stringify([...ids].sort());
    await eventually(async () => JSON.stringify(await this.delayedOf(stageId)) === expected).catch(async () => {
      throw new Error(`the jobs of clock ${stageId} are ${JSON.stringify(await this.delayedOf(stageId))}, not ${expected}`);
    });
  }

  /**
   * Promotes every delayed job of a clock and waits until each has run: completed (with its
   * outcome), or delayed again because its moment has not come on the services' clock.
   */
  promoteClock(stageId: string): Promise<Record<string, JobRun>> {
    return this.promote(this.deadlines, (job) => job.data?.stageId === stageId);
  }

  /** The same for a task's clock. */
  promoteTaskClock(clockId: string): Promise<Record<string, JobRun>> {
    return this.promote(this.taskDeadlines, (job) => job.data?.clockId === clockId);
  }

  /** Runs a finished trigger job once more, as a redelivery would. */
  async rerun(jobId: string, queue: Queue = this.deadlines): Promise<JobRun> {
    const job = await queue.getJob(jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    await job.retry('completed');
    return this.settled(queue, jobId);
  }

  /** Adds a trigger job again under its id (a copy a worker still held, say) and runs it. */
  async replay(job: { id: string; data: unknown }): Promise<JobRun> {
    await this.deadlines.add('trigger', job.data, { jobId: job.id });
    return this.settled(this.deadlines, job.id);
  }

  /** One reconciliation pass now: the next job of its scheduler, promoted; returns the pass's result (triggers, and lapsed windows). */
  reconcile(): Promise<{ roots: number; scanned: number; owed: number; emitted: number; lapsed: number; finalized: number }> {
    return this.runScheduled(this.deadlines, (job) => job.repeatJobKey === RECONCILE_SCHEDULER_ID);
  }

  /** One escalation pass now; returns how many notices it escalated. */
  escalate(): Promise<number> {
    return this.runScheduled(this.escalation, () => true);
  }

  /** The results of the reconciliation passes that have completed, newest first. */
  async reconciliations(): Promise<JobRun[]> {
    const done = await this.deadlines.getCompleted(0, -1);
    return done
      .filter((job) => job.repeatJobKey === RECONCILE_SCHEDULER_ID)
      .sort((a, b) => (b.finishedOn ?? 0) - (a.finishedOn ?? 0))
      .map((job) => ({ id: job.id!, state: 'completed', result: job.returnvalue }));
  }

  /**
   * Waits until the events in flight have been applied: every outbox row relayed and the
   * consumers' queues empty (checked around the queues, as a consumer may write new rows).
   */
  async quiet(timeoutMs = 20_000): Promise<void> {
    const unrelayed = async () =>
      Number(
        (
          await this.system.admin.query(
            `SELECT (SELECT count(*) FROM cases.outbox WHERE relayed_at IS NULL) + (SELECT count(*) FROM meetings.outbox WHERE relayed_at IS NULL) AS n`,
          )
        ).rows[0].n,
      );
    await eventually(async () => {
      if ((await unrelayed()) > 0) return false;
      for (const queue of this.events) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
        if (counts.failed) throw new Error(`${queue.name} has failed jobs: ${JSON.stringify((await queue.getFailed()).map((j) => j.failedReason))}`);
        if (counts.waiting + counts.active + counts.delayed + counts.prioritized > 0) return false;
      }
      return (await unrelayed()) === 0;
    }, timeoutMs);
  }

  /** Redis loses the system's data: every key of its queue prefix (other files share this Redis). */
  async loseRedisData(): Promise<number> {
    let deleted = 0;
    const stream = this.connection.scanStream({ match: `${this.system.db.config.queuePrefix}:*`, count: 1000 });
    for await (const keys of stream as AsyncIterable<string[]>) {
      if (keys.length) deleted += await this.connection.del(...keys);
    }
    return deleted;
  }

  async close(): Promise<void> {
    await Promise.all([this.deadlines, this.taskDeadlines, this.escalation, ...this.events].map((queue) => queue.close()));
    await this.connection.quit();
  }

  private async delayedJobsOf(queue: Queue, ofClock: (job: Job) => boolean): Promise<Job[]> {
    return (await queue.getDelayed(0, -1)).filter((job) => job.name === 'trigger' && ofClock(job));
  }

  private async promote(queue: Queue, ofClock: (job: Job) => boolean): Promise<Record<string, JobRun>> {
    const jobs = await this.delayedJobsOf(queue, ofClock);
    for (const job of jobs) await job.promote();
    return Object.fromEntries(await Promise.all(jobs.map(async (job) => [job.id!, await this.settled(queue, job.id!)] as const)));
  }

  /** Promotes the next delayed job of a job scheduler and waits for its result. */
  private async runScheduled<T>(queue: Queue, ofScheduler: (job: Job) => boolean): Promise<T> {
    let next: Job | undefined;
    await eventually(async () => {
      next = (await queue.getDelayed(0, -1)).find(ofScheduler);
      return next !== undefined;
    });
    await next!.promote();
    const run = await this.settled(queue, next!.id!);
    if (run.state !== 'completed') throw new Error(`${queue.name} job ${next!.id} ended ${run.state}: ${JSON.stringify(run.result)}`);
    return run.result as T;
  }

  /**
   * Waits until a job that was made to run has: completed, failed or delayed again. The worker is
   * another process on a machine the other test files keep busy: a minute, not the usual 20 s.
   */
  private async settled(queue: Queue, id: string): Promise<JobRun> {
    let state = '';
    await eventually(async () => {
      state = await queue.getJobState(id);
      return state === 'completed' || state === 'failed' || state === 'delayed';
    }, 60_000).catch(() => {
      const complaints = this.system
        .logs()
        .split('\n')
        .filter((line) => /ERROR|WARN|Error|"level":"(warn|error|fatal)"/.test(line))
        .slice(-40);
      throw new Error(`${queue.name} job ${id} is still ${state} after a minute; the processes' last complaints:\n${complaints.join('\n')}`);
    });
    const job = await queue.getJob(id);
    // A job that failed and waits for its next attempt is delayed too: its reason says why.
    return { id, state, result: state !== 'completed' && job?.failedReason ? { failedReason: job.failedReason } : job?.returnvalue };
  }
}
