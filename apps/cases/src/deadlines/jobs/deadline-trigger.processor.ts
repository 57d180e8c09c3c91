import { Injectable } from '@nestjs/common';
import { Clock } from '#common/clock';
import { clockTriggers, jobVerdict } from '#common/deadlines';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { TenantCalendars } from '../../calendar/tenant-calendar.js';
import { DeadlineTriggers } from '../deadline-triggers.js';
import { CASE_TRIGGER_PREFIX, type TriggerJob } from './case-deadlines.queue.js';

export type FireOutcome =
  /** The trigger row and its event were written. */
  | { outcome: 'EMITTED' }
  /** Someone (a retry, another worker, the reconciliation) had written it already. */
  | { outcome: 'DUPLICATE' }
  /** The clock stopped, moved, or owes another trigger (or none) now: nothing to do. */
  | { outcome: 'DROPPED' }
  /** Not yet: the job came early, or a reminder waits for office hours. */
  | { outcome: 'RETRY'; at: Date };

/**
 * Fires one trigger job: as the clock's owner, in one transaction, locks the clock, checks that
 * it is still open with the job's deadline and owes this trigger now, and records it.
 */
@Injectable()
export class DeadlineTriggerProcessor {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly calendars: TenantCalendars,
    private readonly triggers: DeadlineTriggers,
    private readonly clock: Clock,
  ) {}

  fire(job: TriggerJob): Promise<FireOutcome> {
    const ctx = systemContextFor(job.ownerTenantId, job.ownerTenantPath, `deadline-${job.triggerId}`);
    return this.transactions.run(ctx, async (em): Promise<FireOutcome> => {
      const [clock] = await this.triggers.lockOpenClocks(em, [job], { skipLocked: false });
      if (!clock || clock.deadline !== job.deadline) return { outcome: 'DROPPED' };
      const { calendar, reminderLeadDays } = await this.calendars.forTenantPath(em, clock.ownerTenantPath);
      const now = this.clock.now();
      const triggers = clockTriggers(CASE_TRIGGER_PREFIX, clock.stageId, job.deadline, reminderLeadDays, calendar);
      const verdict = jobVerdict(job.triggerId, triggers, await this.triggers.recorded(em, clock.stageId, job.deadline), now, calendar);
      if (verdict.action === 'DROP') return { outcome: 'DROPPED' };
      if (verdict.action === 'DUPLICATE') return { outcome: 'DUPLICATE' };
      if (verdict.action === 'RETRY') return { outcome: 'RETRY', at: verdict.at };
      const emitted = await this.triggers.record(em, [{ clock, trigger: verdict.trigger }], now);
      return { outcome: emitted ? 'EMITTED' : 'DUPLICATE' };
    });
  }
}
