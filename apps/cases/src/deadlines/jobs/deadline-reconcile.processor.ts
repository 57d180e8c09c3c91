import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { effectiveReminderLeadDays } from '../../calendar/calendar-rules.js';
import { TenantCalendars, type TenantCalendar } from '../../calendar/tenant-calendar.js';
import { type ClockTrigger, type RecordedTrigger, clockTriggers, mayEmitNow, owedTrigger } from '../deadline-rules.js';
import { DeadlineTriggers, type ClockKey } from '../deadline-triggers.js';

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

/**
 * The safety net under the delayed jobs: finds open clocks that owe a trigger (overdue, or inside
 * a reminder's window in office hours) without one recorded, and emits them. A Redis that lost its
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
      for (let i = 0; i < owed.length; i += CHUNK) {
        const chunk = owed.slice(i, i + CHUNK);
        result.emitted += await this.transactions.run(ctx, (em) => this.emit(em, chunk, now));
      }
    }
    if (result.emitted) this.logger.log(`reconciliation emitted ${result.emitted} missing deadline triggers`);
    return result;
  }

  /** The clocks of the province that owe a trigger now and have not got it, with that trigger. */
  private async owed(em: EntityManager, now: Date): Promise<{ scanned: number; owed: { key: ClockKey; trigger: ClockTrigger }[] }> {
    const owners = await this.ownersWithLeads(em);
    const today = this.clock.today();
    const widest = Math.max(0, ...[...owners.values()].map((o) => Math.max(0, ...o.leads)));
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
          AND s.deadline <= $3::date + $4::int
          AND (s.deadline < $3::date OR s.deadline - $3::date <= (SELECT max(x) FROM unnest(l.leads) x))
          AND NOT EXISTS (
                SELECT 1 FROM cases.deadline_triggers t
                 WHERE t.stage_id = s.id AND t.deadline = s.deadline
                   AND CASE WHEN s.deadline < $3::date THEN t.kind = 'OVERDUE'
                            ELSE t.kind = 'REMINDER' AND t.lead_days = (SELECT min(x) FROM unnest(l.leads) x WHERE x >= s.deadline - $3::date)
                       END)`,
      [[...owners.keys()], [...owners.values()].map((o) => `{${o.leads.join(',')}}`), today, widest],
    );
    const calendars = new Map<string, TenantCalendar>();
    const owed: { key: ClockKey; trigger: ClockTrigger }[] = [];
    for (const candidate of candidates) {
      const path = owners.get(candidate.ownerTenantId)!.path;
      let calendar = calendars.get(path);
      if (!calendar) {
        calendar = await this.calendars.forTenantPath(em, path);
        calendars.set(path, calendar);
      }
      const triggers = clockTriggers(candidate.stageId, candidate.deadline, calendar.reminderLeadDays, calendar.calendar);
      const trigger = owedTrigger(triggers, candidate.recorded, now);
      if (trigger && mayEmitNow(trigger, now, calendar.calendar)) owed.push({ key: candidate, trigger });
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
    const due = clocks.filter((clock) => clock.deadline === byStage.get(clock.stageId)!.deadline).map((clock) => ({ clock, trigger: byStage.get(clock.stageId)! }));
    return this.triggers.record(em, due, now);
  }

  /**
   * Every tenant of the province with its path and reminder leads: the leads in force follow the
   * settings chain (`effectiveReminderLeadDays`), read in two queries for the whole tree.
   */
  private async ownersWithLeads(em: EntityManager): Promise<Map<string, { path: string; leads: number[] }>> {
    const tenants: { id: string; path: string }[] = await em.query(`SELECT id, path::text AS path FROM core.tenants`);
    const settings: { path: string; reminderLeadDays: number[] }[] = await em.query(
      `SELECT tenant_path::text AS path, reminder_lead_days AS "reminderLeadDays" FROM cases.calendar_settings WHERE reminder_lead_days IS NOT NULL`,
    );
    const isAncestorOrSelf = (ancestor: string, path: string) => path === ancestor || path.startsWith(`${ancestor}.`);
    return new Map(
      tenants.map((tenant) => {
        const chain = settings.filter((s) => isAncestorOrSelf(s.path, tenant.path)).sort((a, b) => a.path.length - b.path.length);
        return [tenant.id, { path: tenant.path, leads: effectiveReminderLeadDays(chain) }];
      }),
    );
  }
}
