import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { clockTriggers, jobVerdict } from '#common/deadlines';
import { emitEvents } from '#common/events';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { TenantCalendars } from '../calendar/tenant-calendar.js';
import { CASES_SCHEMA } from '../database.js';
import { DeadlineTriggerStore } from './deadline-trigger.store.js';
import { type DueTrigger, supervisionTriggerEvent } from './domain/index.js';
import { CASE_TRIGGER_PREFIX, type TriggerJob } from './queues/case-deadlines.queue.js';

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
 * Fires the supervision triggers of office clocks: the trigger row and its `supervision.triggered`
 * event are written in the caller's locking transaction, and only when the row is new — for the
 * fired job and the reconciliation alike.
 */
@Injectable()
export class TriggerFiring {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly calendars: TenantCalendars,
    private readonly triggers: DeadlineTriggerStore,
    private readonly clock: Clock,
  ) {}

  /**
   * Fires one trigger job: as the clock's owner, in one transaction, locks the clock, checks that
   * it is still open with the job's deadline and owes this trigger now, and records it.
   */
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
      const emitted = await this.record(em, [{ clock, trigger: verdict.trigger }], now);
      return { outcome: emitted ? 'EMITTED' : 'DUPLICATE' };
    });
  }

  /**
   * Records the triggers (a row already there, from anyone, wins) and emits an event for each row
   * this call inserted, under the clock's owner. Returns how many it emitted.
   */
  async record(em: EntityManager, due: readonly DueTrigger[], firedAt: Date): Promise<number> {
    if (due.length === 0) return 0;
    const fresh = await this.triggers.insert(em, due, firedAt);
    // In owner order (the tenant each goes out under): a relay's claim then spans few tenants, whose
    // events a consumer taking them in batches gets as few jobs.
    const emitted = due.filter((d) => fresh.has(d.trigger.id)).sort((a, b) => a.clock.ownerTenantId.localeCompare(b.clock.ownerTenantId));
    await emitEvents(
      em,
      CASES_SCHEMA,
      emitted.map((d) => supervisionTriggerEvent(d, firedAt)),
    );
    return fresh.size;
  }
}
