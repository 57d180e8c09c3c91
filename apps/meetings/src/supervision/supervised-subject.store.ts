import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { notFound } from '#common/errors';
import { MEETINGS_SCHEMA } from '../database.js';
import type { SubjectType } from './domain/index.js';
import { SupervisedSubjectEntity } from './entities/index.js';

/** A subject as one responsible tenant's event describes it. */
export interface SubjectReport {
  tenantId: string;
  tenantPath: string;
  type: SubjectType;
  id: string;
  number: string;
  title: string;
  handlingUnitId: string | null;
}

export interface ClockReport {
  id: string;
  stage: string;
  deadline: string | null;
}

/** One event's word on a clock of a subject: it runs (started, changed, due), or it stopped. */
export interface ClockNews {
  subject: SubjectReport;
  clock: ClockReport;
  stopped: boolean;
}

/** A subject's row as a list of news leaves it, before what the table holds is merged in. */
interface SubjectRow {
  tenant_id: string;
  subject_type: SubjectType;
  subject_id: string;
  tenant_path: string;
  number: string;
  title: string;
  handling_unit_id: string | null;
  open_clocks: Record<string, { stage: string; deadline: string | null }>;
  stopped_clocks: string[];
}

/**
 * The subjects read model (`meetings.supervised_subjects`), upserted from `case.deadline` and
 * `supervision.triggered` under the responsible tenant, one row per tenant and subject.
 */
@Injectable()
export class SupervisedSubjectStore {
  /**
   * Records what events say of clocks, in their order, with one statement; returns the ids of the
   * running clocks among them that still run. A stopped clock never runs again: an event that
   * arrives late must not reopen it.
   */
  async record(em: EntityManager, news: readonly ClockNews[], at: Date): Promise<Set<string>> {
    if (news.length === 0) return new Set();
    // One row per subject (a statement may not upsert a row twice): its latest report, its clocks'
    // latest entries and the clocks stopped. The events applied one by one would leave the same,
    // since a stopped clock is out of `open_clocks` whether its entry came before or after.
    const rows = new Map<string, SubjectRow>();
    for (const { subject, clock, stopped } of news) {
      const key = `${subject.tenantId} ${subject.type} ${subject.id}`;
      const row: SubjectRow = {
        tenant_id: subject.tenantId,
        subject_type: subject.type,
        subject_id: subject.id,
        tenant_path: subject.tenantPath,
        number: subject.number,
        title: subject.title,
        handling_unit_id: subject.handlingUnitId,
        open_clocks: rows.get(key)?.open_clocks ?? {},
        stopped_clocks: rows.get(key)?.stopped_clocks ?? [],
      };
      if (!stopped) row.open_clocks[clock.id] = { stage: clock.stage, deadline: clock.deadline };
      else if (!row.stopped_clocks.includes(clock.id)) row.stopped_clocks.push(clock.id);
      rows.set(key, row);
    }
    // In key order, so that batches upserting the same subjects at once wait instead of deadlocking.
    const after: { stopped_clocks: string[] }[] = await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.supervised_subjects
              (tenant_id, subject_type, subject_id, tenant_path, number, title, handling_unit_id, open_clocks, stopped_clocks, updated_at)
       SELECT r.tenant_id, r.subject_type, r.subject_id, r.tenant_path, r.number, r.title, r.handling_unit_id,
              r.open_clocks - r.stopped_clocks::text[], r.stopped_clocks, $2::timestamptz
         FROM jsonb_populate_recordset(NULL::${MEETINGS_SCHEMA}.supervised_subjects, $1::jsonb) r
        ORDER BY r.tenant_id, r.subject_type, r.subject_id
       ON CONFLICT (tenant_id, subject_type, subject_id) DO UPDATE
          SET tenant_path = EXCLUDED.tenant_path, number = EXCLUDED.number, title = EXCLUDED.title,
              handling_unit_id = EXCLUDED.handling_unit_id, updated_at = EXCLUDED.updated_at,
              open_clocks = (supervised_subjects.open_clocks || EXCLUDED.open_clocks)
                            - (supervised_subjects.stopped_clocks || EXCLUDED.stopped_clocks)::text[],
              stopped_clocks = supervised_subjects.stopped_clocks
                               || ARRAY(SELECT c FROM unnest(EXCLUDED.stopped_clocks) c WHERE c <> ALL (supervised_subjects.stopped_clocks))
       RETURNING stopped_clocks`,
      [JSON.stringify([...rows.values()]), at],
    );
    const stopped = new Set(after.flatMap((row) => row.stopped_clocks));
    return new Set(news.filter((n) => !n.stopped && !stopped.has(n.clock.id)).map((n) => n.clock.id));
  }

  /** The tenant whose conference assigned a task the caller sees (its clock's owner). */
  async assigningTenantOf(em: EntityManager, taskId: string): Promise<string> {
    const [row]: { assigningTenantId: string }[] = await em.query(
      `SELECT assigning_tenant_id AS "assigningTenantId" FROM ${MEETINGS_SCHEMA}.tasks WHERE id = $1`,
      [taskId],
    );
    if (!row) throw notFound('任务');
    return row.assigningTenantId;
  }

  /**
   * The subject as the caller may supervise it: of the rows in the caller's subtree, the one of
   * the tenant with running clocks that reported last. Null when unknown or outside the subtree.
   */
  find(em: EntityManager, type: SubjectType, id: string): Promise<SupervisedSubjectEntity | null> {
    return em
      .getRepository(SupervisedSubjectEntity)
      .createQueryBuilder('s')
      .where('s.subjectId = :id AND s.subjectType = :type', { id, type })
      .orderBy(`s.open_clocks <> '{}'::jsonb`, 'DESC')
      .addOrderBy('s.updatedAt', 'DESC')
      .getOne();
  }
}
