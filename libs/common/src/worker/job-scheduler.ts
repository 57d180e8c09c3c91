import { Logger } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';

export type SchedulerRegistration = 'REGISTERED' | 'UNCHANGED' | 'BUSY';

export interface JobSchedulerSpec {
  /** The scheduler's id in its queue. */
  id: string;
  everyMs: number;
  /** The name and options of the jobs it produces. */
  jobName: string;
  jobOptions?: JobsOptions;
}

/** Held while one instance checks and registers; longer than that takes. */
const REGISTRATION_LOCK_MS = 10_000;
/** How often each instance checks the scheduler is still there (a Redis that lost its data lost it too). */
const DEFAULT_CHECK_EVERY_MS = 60_000;

/**
 * A repeatable BullMQ job registered from one place: of several worker instances, only the one
 * holding a short Redis lock (`SET NX PX`) looks and upserts, as concurrent `upsertJobScheduler`
 * calls drop or duplicate schedules (bullmq #3085). Every instance looks again now and then, so a
 * scheduler lost with Redis's data comes back without a restart.
 */
export class KeptJobScheduler {
  private readonly logger = new Logger(KeptJobScheduler.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly queue: Queue,
    private readonly redis: Redis,
    private readonly spec: JobSchedulerSpec,
  ) {}

  /** Registers the scheduler unless another instance is at it, or it is there as specified. */
  async ensure(): Promise<SchedulerRegistration> {
    const lock = `${this.queue.opts.prefix ?? 'bull'}:${this.queue.name}:scheduler-lock:${this.spec.id}`;
    if ((await this.redis.set(lock, String(process.pid), 'PX', REGISTRATION_LOCK_MS, 'NX')) !== 'OK') return 'BUSY';
    const current = await this.queue.getJobScheduler(this.spec.id);
    if (current?.every === this.spec.everyMs) return 'UNCHANGED';
    await this.queue.upsertJobScheduler(this.spec.id, { every: this.spec.everyMs }, { name: this.spec.jobName, opts: this.spec.jobOptions });
    this.logger.log(`${this.queue.name}: ${this.spec.id} scheduled every ${this.spec.everyMs} ms`);
    return 'REGISTERED';
  }

  /** Ensures it now and then every `checkEveryMs` until stopped. */
  async keep(checkEveryMs = DEFAULT_CHECK_EVERY_MS): Promise<SchedulerRegistration> {
    this.stop();
    this.timer = setInterval(() => {
      this.ensure().catch((error: Error) => this.logger.error(`${this.queue.name}: checking ${this.spec.id} failed: ${error.message}`));
    }, checkEveryMs);
    this.timer.unref();
    return this.ensure();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
