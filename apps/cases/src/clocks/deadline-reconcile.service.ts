import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { type ClockTrigger, clockTriggers, mayEmitNow, owedTrigger } from '#common/deadlines';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { TenantCalendars } from '../calendar/tenant-calendar.js';
import { ClockStore } from './clock.store.js';
import { DeadlineTriggerStore } from './deadline-trigger.store.js';
import type { ClockKey } from './domain/index.js';
import { CASE_TRIGGER_PREFIX } from './queues/case-deadlines.queue.js';
import { TriggerFiring } from './trigger-firing.service.js';

export interface ReconcileResult {
  /** Provinces (root tenants) passed over. */
  roots: number;
  /** Open clocks the scan looked at closely. */
  scanned: number;
  /** Of those, clocks owing a trigger that had none. */
  owed: number;
  /** Triggers emitted (fewer than owed when a job got there first). */
  emitted: number;
}

/** Clocks locked, recorded and emitted per transaction: row locks are held for one chunk only. */
const CHUNK = 2_000;
/** Chunks written two at a time: one transaction's round trips overlap the other's writes. */
const LANES = 2;

/**
 * The safety net under the delayed jobs: finds open office clocks that owe a trigger (overdue, or
 * inside a reminder's window in office hours) without one recorded, and emits them; a petitioner's
 * window owes none (its lapse is `WindowLapses`'). A Redis that lost its
 * jobs therefore loses no deadline, and what a job already did is not done twice. Runs once per
 * province as that province, so row-level security bounds it as it bounds the province's own staff.
 */
@Injectable()
export class DeadlineReconciler {
  private readonly logger = new Logger(DeadlineReconciler.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly calendars: TenantCalendars,
    private readonly store: ClockStore,
    private readonly triggers: DeadlineTriggerStore,
    private readonly firing: TriggerFiring,
    private readonly clock: Clock,
  ) {}

  async reconcileOnce(): Promise<ReconcileResult> {
    const now = this.clock.now();
    const roots = await this.transactions.runAsSystem((em) => this.store.rootTenants(em));
    const result: ReconcileResult = { roots: roots.length, scanned: 0, owed: 0, emitted: 0 };
    for (const root of roots) {
      const ctx = systemContextFor(root.id, root.path, `deadline-reconcile-${now.toISOString()}`);
      const { scanned, owed } = await this.transactions.run(ctx, (em) => this.owed(em, now));
      result.scanned += scanned;
      result.owed += owed.length;
      const chunks = Array.from({ length: Math.ceil(owed.length / CHUNK) }, (_, i) => owed.slice(i * CHUNK, (i + 1) * CHUNK));
      const lane = async () => {
        let emitted = 0;
        for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) emitted += await this.transactions.run(ctx, (em) => this.emit(em, chunk!, now));
        return emitted;
      };
      for (const emitted of await Promise.all(Array.from({ length: LANES }, lane))) result.emitted += emitted;
    }
    if (result.emitted) this.logger.log(`reconciliation emitted ${result.emitted} missing deadline triggers`);
    return result;
  }

  /** The clocks of the province that owe a trigger now and have not got it, with that trigger. */
  private async owed(em: EntityManager, now: Date): Promise<{ scanned: number; owed: { key: ClockKey; trigger: ClockTrigger }[] }> {
    // Every tenant's calendar and leads, read once for the pass.
    const tenants = await this.store.tenants(em);
    const calendars = await this.calendars.forTenantPaths(
      em,
      tenants.map((t) => t.path),
    );
    const calendarOf = new Map(tenants.map((t) => [t.id, calendars.get(t.path)!]));
    const leads = new Map(tenants.map((t) => [t.id, calendarOf.get(t.id)!.reminderLeadDays]));
    const candidates = await this.triggers.reconcileCandidates(em, leads, this.clock.today());
    const owed: { key: ClockKey; trigger: ClockTrigger }[] = [];
    for (const candidate of candidates) {
      const { calendar, reminderLeadDays } = calendarOf.get(candidate.ownerTenantId)!;
      const trigger = owedTrigger(
        clockTriggers(CASE_TRIGGER_PREFIX, candidate.stageId, candidate.deadline, reminderLeadDays, calendar),
        candidate.recorded,
        now,
      );
      if (trigger && mayEmitNow(trigger, now, calendar)) owed.push({ key: candidate, trigger });
    }
    return { scanned: candidates.length, owed };
  }

  /** Locks what is still open with the same deadline (skipping clocks a job holds) and records. */
  private async emit(em: EntityManager, owed: readonly { key: ClockKey; trigger: ClockTrigger }[], now: Date): Promise<number> {
    const byStage = new Map(owed.map((o) => [o.key.stageId, o.trigger]));
    const clocks = await this.triggers.lockOpenClocks(
      em,
      owed.map((o) => o.key),
      { skipLocked: true },
    );
    const due = clocks.map((clock) => ({ clock, trigger: byStage.get(clock.stageId)! })).filter(({ clock, trigger }) => clock.deadline === trigger.deadline);
    return this.firing.record(em, due, now);
  }
}
