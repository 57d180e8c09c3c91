import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { type ClockJobs as ClockJobsOf, type ClockLapse, ClockJobsQueue, type ClockTrigger } from '#common/deadlines';
import type { DeadlineTriggerKind } from '#common/events';
import { REDIS } from '#common/redis';

export const CASE_DEADLINES_QUEUE = 'case-deadlines';
export const TRIGGER_JOB = 'trigger';
export const RECONCILE_JOB = 'reconcile';
export const RECONCILE_SCHEDULER_ID = 'deadline-reconcile';
/** The subject prefix of the cases' trigger ids: `case-<stageId>-…` (see `triggerId`). */
export const CASE_TRIGGER_PREFIX = 'case';

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

/**
 * The job that ends a petitioner's window (see `clockLapse`): the case, which window, and the
 * clock's owner whose context finalizes it. Its id is `triggerId`, as for every job of the queue.
 */
export interface LapseJob {
  triggerId: string;
  kind: 'LAPSE';
  deadline: IsoDate;
  caseTenantId: string;
  caseId: string;
  stageId: string;
  ownerTenantId: string;
  ownerTenantPath: string;
}

export function lapseJob(clock: Omit<LapseJob, 'triggerId' | 'kind' | 'deadline'>, lapse: ClockLapse): LapseJob {
  return {
    triggerId: lapse.id,
    kind: 'LAPSE',
    deadline: lapse.deadline,
    caseTenantId: clock.caseTenantId,
    caseId: clock.caseId,
    stageId: clock.stageId,
    ownerTenantId: clock.ownerTenantId,
    ownerTenantPath: clock.ownerTenantPath,
  };
}

/** A job of the queue: an office clock's trigger, or a petitioner window's lapse. */
export type CaseClockJob = TriggerJob | LapseJob;

/** The jobs a stage's clock should have now, the stage id as clock id: none once it stopped. */
export type ClockJobs = ClockJobsOf<CaseClockJob>;

export const TRIGGER_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  // Kept a day for operators, no more: a province fires tens of thousands a day, and what keeps a
  // trigger single is its row, not its job.
  removeOnComplete: { age: 24 * 3600, count: 20_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/**
 * The `case-deadlines` queue: one delayed job per trigger of every open office clock of a case's
 * stages, and one lapse job per open petitioner window (see ClockJobsQueue).
 */
@Injectable()
export class CaseDeadlinesQueue extends ClockJobsQueue<CaseClockJob> implements OnApplicationShutdown {
  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig, clock: Clock) {
    super(redis, config.queuePrefix, clock, CASE_DEADLINES_QUEUE, {
      jobName: TRIGGER_JOB,
      jobOptions: TRIGGER_JOB_OPTIONS,
      reconcile: {
        id: RECONCILE_SCHEDULER_ID,
        jobName: RECONCILE_JOB,
        jobOptions: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      },
    });
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
