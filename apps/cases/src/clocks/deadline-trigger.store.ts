import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import type { RecordedTrigger } from '#common/deadlines';
import { type ClockKey, type DueTrigger, type OpenClock, PETITIONER_WINDOWS } from './domain/index.js';
import { DeadlineTriggerEntity } from './entities/deadline-trigger.entity.js';

/** A candidate of the reconciliation: an open office clock that may owe a trigger, with the triggers recorded for its deadline. */
export interface ReconcileCandidate extends ClockKey {
  deadline: IsoDate;
  ownerTenantId: string;
  recorded: RecordedTrigger[];
}

/** The SQL on `cases.deadline_triggers`, and the reads of open clocks that supervision locks or scans. */
@Injectable()
export class DeadlineTriggerStore {
  /**
   * Locks the still-open clocks among `keys` against a concurrent transition, recomputation or
   * job (`FOR NO KEY UPDATE`: a trigger's foreign key check still passes). The reconciliation
   * skips clocks someone else holds (their job or the next pass sees to them); a job waits.
   * A petitioner's window is never among them: nobody is reminded or supervised because a
   * petitioner did not act (a trigger job scheduled for one before that rule finds nothing).
   */
  lockOpenClocks(em: EntityManager, keys: readonly ClockKey[], options: { skipLocked: boolean }): Promise<OpenClock[]> {
    return em.query(
      `SELECT s.tenant_id AS "caseTenantId", s.id AS "stageId", s.case_id AS "caseId", s.stage, s.deadline::text AS deadline,
              s.owner_tenant_id AS "ownerTenantId", o.path::text AS "ownerTenantPath",
              c.number AS "caseNumber", c.title AS "caseTitle", c.handling_tenant_id AS "handlingTenantId", c.handling_unit_id AS "handlingUnitId"
         FROM unnest($1::uuid[], $2::uuid[]) k (tenant_id, id)
         JOIN cases.case_stages s ON s.tenant_id = k.tenant_id AND s.id = k.id
         JOIN cases.cases c ON c.tenant_id = s.tenant_id AND c.id = s.case_id
         JOIN core.tenants o ON o.id = s.owner_tenant_id
        WHERE s.stopped_on IS NULL AND s.stage <> ALL ($3::text[])
          FOR NO KEY UPDATE OF s${options.skipLocked ? ' SKIP LOCKED' : ''}`,
      [keys.map((k) => k.caseTenantId), keys.map((k) => k.stageId), PETITIONER_WINDOWS],
    );
  }

  /** The triggers recorded for a clock's deadline. */
  recorded(em: EntityManager, stageId: string, deadline: IsoDate): Promise<RecordedTrigger[]> {
    return em.getRepository(DeadlineTriggerEntity).find({ select: { kind: true, leadDays: true }, where: { stageId, deadline } });
  }

  /**
   * Inserts the trigger rows (a row already there, from anyone, wins) and returns the ids this call
   * inserted. One statement for any number of rows: the reconciliation records thousands at a time.
   */
  async insert(em: EntityManager, due: readonly DueTrigger[], firedAt: Date): Promise<Set<string>> {
    const inserted: { trigger_id: string }[] = await em.query(
      `INSERT INTO cases.deadline_triggers (trigger_id, tenant_id, tenant_path, case_tenant_id, case_id, stage_id, kind, lead_days, deadline, fired_at)
       SELECT u.*, $10::timestamptz
         FROM unnest($1::text[], $2::uuid[], $3::ltree[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::int[], $9::date[]) u
       ON CONFLICT DO NOTHING
       RETURNING trigger_id`,
      [
        due.map((d) => d.trigger.id),
        due.map((d) => d.clock.ownerTenantId),
        due.map((d) => d.clock.ownerTenantPath),
        due.map((d) => d.clock.caseTenantId),
        due.map((d) => d.clock.caseId),
        due.map((d) => d.clock.stageId),
        due.map((d) => d.trigger.kind),
        due.map((d) => d.trigger.leadDays),
        due.map((d) => d.trigger.deadline),
        firedAt,
      ],
    );
    return new Set(inserted.map((row) => row.trigger_id));
  }

  /**
   * The open office clocks of the caller's province that may owe a trigger on `today`, by owner.
   * `leads` gives each owner's reminder leads. A conservative filter; the exact decision is
   * `owedTrigger`'s. A clock is skipped when it is overdue and has its overdue trigger, or when the
   * reminder with the shortest lead not shorter than the days left is recorded: no reminder comes
   * before its lead day (`reminderAt`), so none after that one can be owed yet.
   */
  async reconcileCandidates(em: EntityManager, leads: ReadonlyMap<string, readonly number[]>, today: IsoDate): Promise<ReconcileCandidate[]> {
    // JIT would spend longer compiling this plan than running it.
    await em.query(`SELECT set_config('jit', 'off', true)`);
    const owners = [...leads.keys()];
    return em.query(
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
      [owners, owners.map((id) => `{${leads.get(id)!.join(',')}}`), today, Math.max(0, ...owners.flatMap((id) => leads.get(id)!)), PETITIONER_WINDOWS],
    );
  }
}
