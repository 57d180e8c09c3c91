import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, PETITIONER_WINDOWS } from '#common/calendar';
import { Clock } from '#common/clock';
import { type ClockTrigger, type RecordedTrigger, clockTriggers, mayEmitNow, owedTrigger } from '#common/deadlines';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { TenantCalendars } from '../../calendar/tenant-calendar.js';
import { DeadlineTriggers, type ClockKey } from '../deadline-triggers.js';
import { CASE_TRIGGER_PREFIX } from './case-deadlines.queue.js';

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

interface Candidate extends ClockKey {
  deadline: IsoDate;
  ownerTenantId: string;
  recorded: RecordedTrigger[];
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
    private readonly triggers: DeadlineTriggers,
    private readonly clock: Clock,
  ) {}

  async reconcileOnce(): Promise<ReconcileResult> {
    const now = this.clock.now();
    const roots: { id: string; path: string }[] = await this.transactions.runAsSystem((em) => em.query(`SELECT id, path FROM core.root_tenants()`));
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
    const tenants: { id: string; path: string }[] = await em.query(`SELECT id, path::text AS path FROM core.tenants`);
    const calendars = await this.calendars.forTenantPaths(em, tenants.map((t) => t.path));
    const calendarOf = new Map(tenants.map((t) => [t.id, calendars.get(t.path)!]));
    const leadsOf = (id: string) => calendarOf.get(id)!.reminderLeadDays;
    const today = this.clock.today();
    // JIT would spend longer compiling this plan than running it.
    await em.query(`SELECT set_config('jit', 'off', true)`);
    // A conservative filter; the exact decision is `owedTrigger`'s, below. A clock is skipped when
    // it is overdue and has its overdue trigger, or when the reminder with the shortest lead not
    // shorter than the days left is recorded: no reminder comes before its lead day (`reminderAt`),
    // so none after that one can be owed yet.
    const candidates: Candidate[] = await em.query(
      `WITH leads AS (SELECT owner, leads::int[] AS leads FROM unnest($1::uuid[], $2::text[]) l (owner, leads))
       SELECT s.tenant_id AS "caseTenantId", s.id AS "stageId", s.deadline::text AS deadline, s.owner_tenant_id AS "ownerTenantId",
              (SELECT coalesce(json_agg(json_build_object('kind', t.kind, 'leadDays', t.lead_days)), '[]')
                 FROM cases.deadline_triggers t WHERE t.stage_id = s.id AND t.deadline = s.deadline) AS recorded
         FROM cases.case_stages s
         JOIN leads l ON l.owner = s.owner_tenant_id
        WHERE s.stopped_on IS NULL
          AND s.stage <> ALL ($5::text[])
          AND s.deadline <= $3::date + $4::int
          AND (s.deadline < $3::date OR s.deadline - $3::date <= (SELECT max(x) FROM unnest(l.leads) x))
          AND NOT EXISTS (
                SELECT 1 FROM cases.deadline_triggers t
                 WHERE t.stage_id = s.id AND t.deadline = s.deadline
                   AND CASE WHEN s.deadline < $3::date THEN t.kind = 'OVERDUE'
                            ELSE t.kind = 'REMINDER' AND t.lead_days = (SELECT min(x) FROM unnest(l.leads) x WHERE x >= s.deadline - $3::date)
                       END)
        -- By owner, so that a chunk holds few owners' clocks whole: their triggers then reach the
        -- consumer in few batches (one per tenant) instead of one event per tenant.
        ORDER BY s.owner_tenant_id`,
      [tenants.map((t) => t.id), tenants.map((t) => `{${leadsOf(t.id).join(',')}}`), today, Math.max(0, ...tenants.flatMap((t) => leadsOf(t.id))), PETITIONER_WINDOWS],
    );
    const owed: { key: ClockKey; trigger: ClockTrigger }[] = [];
    for (const candidate of candidates) {
      const { calendar, reminderLeadDays } = calendarOf.get(candidate.ownerTenantId)!;
      const trigger = owedTrigger(clockTriggers(CASE_TRIGGER_PREFIX, candidate.stageId, candidate.deadline, reminderLeadDays, calendar), candidate.recorded, now);
      if (trigger && mayEmitNow(trigger, now, calendar)) owed.push({ key: candidate, trigger });
    }
    return { scanned: candidates.length, owed };
  }

  /** Locks what is still open with the same deadline (skipping clocks a job holds) and records. */
  private async emit(em: EntityManager, owed: readonly { key: ClockKey; trigger: ClockTrigger }[], now: Date): Promise<number> {
    const byStage = new Map(owed.map((o) => [o.key.stageId, o.trigger]));
    const clocks = await this.triggers.lockOpenClocks(em, owed.map((o) => o.key), { skipLocked: true });
    const due = clocks
      .map((clock) => ({ clock, trigger: byStage.get(clock.stageId)! }))
      .filter(({ clock, trigger }) => clock.deadline === trigger.deadline);
    return this.triggers.record(em, due, now);
  }
}
