import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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

const UPSERT = `INSERT INTO ${MEETINGS_SCHEMA}.supervised_subjects
    (tenant_id, subject_type, subject_id, tenant_path, number, title, handling_unit_id, open_clocks, stopped_clocks, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  ON CONFLICT (tenant_id, subject_type, subject_id) DO UPDATE
    SET tenant_path = EXCLUDED.tenant_path, number = EXCLUDED.number, title = EXCLUDED.title,
        handling_unit_id = EXCLUDED.handling_unit_id, updated_at = EXCLUDED.updated_at`;

/**
 * The subjects read model (`meetings.supervised_subjects`), upserted from `case.deadline` and
 * `supervision.triggered` under the responsible tenant, one row per tenant and subject.
 */
@Injectable()
export class SupervisedSubjects {
  /**
   * Records a running clock; returns false when that clock had stopped already (an event that
   * arrives late must not reopen it).
   */
  async clockRuns(em: EntityManager, subject: SubjectReport, clock: ClockReport, at: Date): Promise<boolean> {
    const entry = { [clock.id]: { stage: clock.stage, deadline: clock.deadline } };
    const [row]: { running: boolean }[] = await em.query(
      `${UPSERT}, open_clocks = CASE WHEN $11::uuid = ANY (supervised_subjects.stopped_clocks) THEN supervised_subjects.open_clocks
                                     ELSE supervised_subjects.open_clocks || EXCLUDED.open_clocks END
       RETURNING NOT ($11::uuid = ANY (stopped_clocks)) AS running`,
      [...this.params(subject, at, entry, []), clock.id],
    );
    return row.running;
  }

  /** Records a stopped clock. */
  async clockStopped(em: EntityManager, subject: SubjectReport, clock: ClockReport, at: Date): Promise<void> {
    await em.query(
      `${UPSERT}, open_clocks = supervised_subjects.open_clocks - $11::text,
                  stopped_clocks = CASE WHEN $12::uuid = ANY (supervised_subjects.stopped_clocks) THEN supervised_subjects.stopped_clocks
                                        ELSE supervised_subjects.stopped_clocks || $12::uuid END`,
      [...this.params(subject, at, {}, [clock.id]), clock.id, clock.id],
    );
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

  private params(subject: SubjectReport, at: Date, openClocks: object, stoppedClocks: string[]): unknown[] {
    return [
      subject.tenantId,
      subject.type,
      subject.id,
      subject.tenantPath,
      subject.number,
      subject.title,
      subject.handlingUnitId,
      JSON.stringify(openClocks),
      stoppedClocks,
      at,
    ];
  }
}
