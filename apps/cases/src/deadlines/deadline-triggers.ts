import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, type Stage, PETITIONER_WINDOWS } from '#common/calendar';
import type { ClockTrigger, RecordedTrigger } from '#common/deadlines';
import { emitEvents, type OutboxEvent, type SupervisionTriggerPayload } from '#common/events';
import { CASES_SCHEMA } from '../database.js';
import { DeadlineTriggerEntity } from './entities/deadline-trigger.entity.js';

/** An open clock as supervision needs it, with its case and its owner. */
export interface OpenClock {
  caseTenantId: string;
  stageId: string;
  caseId: string;
  stage: Stage;
  deadline: IsoDate | null;
  ownerTenantId: string;
  ownerTenantPath: string;
  caseNumber: string;
  caseTitle: string;
  handlingTenantId: string;
  handlingUnitId: string | null;
}

export interface ClockKey {
  caseTenantId: string;
  stageId: string;
}

export interface DueTrigger {
  clock: OpenClock;
  trigger: ClockTrigger;
}

/**
 * Reads open clocks under a lock and records their triggers, for the fired job and the
 * reconciliation alike: the trigger row and its `supervision.triggered` event are written in the
 * locking transaction, and only when the row is new.
 */
@Injectable()
export class DeadlineTriggers {
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
   * Inserts the trigger rows (a row already there, from anyone, wins) and emits an event for each
   * row this call inserted, under the clock's owner. Returns how many it emitted. One statement
   * for any number of rows: the reconciliation records thousands at a time.
   */
  async record(em: EntityManager, due: readonly DueTrigger[], firedAt: Date): Promise<number> {
    if (due.length === 0) return 0;
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
    const fresh = new Set(inserted.map((row) => row.trigger_id));
    // In owner order (the tenant each goes out under): a relay's claim then spans few tenants, whose
    // events a consumer taking them in batches gets as few jobs.
    const emitted = due.filter((d) => fresh.has(d.trigger.id)).sort((a, b) => a.clock.ownerTenantId.localeCompare(b.clock.ownerTenantId));
    await emitEvents(em, CASES_SCHEMA, emitted.map((d) => triggerEvent(d, firedAt)));
    return fresh.size;
  }
}

function triggerEvent({ clock, trigger }: DueTrigger, firedAt: Date): OutboxEvent {
  const payload: SupervisionTriggerPayload = {
    triggerId: trigger.id,
    kind: trigger.kind,
    subjectType: 'CASE',
    subjectId: clock.caseId,
    subjectNumber: clock.caseNumber,
    subjectTitle: clock.caseTitle,
    stage: clock.stage,
    clockId: clock.stageId,
    deadline: trigger.deadline,
    leadDays: trigger.leadDays,
    responsibleTenantId: clock.ownerTenantId,
    responsibleTenantPath: clock.ownerTenantPath,
    // A unit is the handling tenant's; a reviewing tenant answers for its clock as a whole.
    responsibleUnitId: clock.ownerTenantId === clock.handlingTenantId ? clock.handlingUnitId : null,
    firedAt: firedAt.toISOString(),
  };
  return { topic: 'supervision.triggered', payload, tenant: { tenantId: clock.ownerTenantId, tenantPath: clock.ownerTenantPath } };
}
