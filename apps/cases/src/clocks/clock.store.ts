import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { IsoDate, Stage } from '#common/calendar';
import type { Statement } from '#common/db';
import { DeadlineRecomputationEntity } from '../calendar/entities/calendar.entities.js';
import { CaseEntity, CaseStageEntity } from '../cases/entities/index.js';
import { PETITIONER_WINDOWS, type RecomputedDeadline } from './domain/index.js';

export interface TenantPath {
  id: string;
  path: string;
}

/** A clock the `case.deadline` handler schedules jobs for, as it is now. */
export interface ScheduledClock {
  caseTenantId: string;
  caseId: string;
  stageId: string;
  stage: Stage;
  deadline: IsoDate | null;
  open: boolean;
  ownerTenantId: string;
  ownerTenantPath: string;
}

/** A petitioner's window still open past its last day. */
export interface LapsedWindow {
  caseId: string;
  stageId: string;
  deadline: IsoDate;
  ownerTenantId: string;
  ownerTenantPath: string;
}

/** A case's deadline columns, as `earliestOpenClock` sets them. */
export interface CaseDeadline {
  tenantId: string;
  caseId: string;
  deadline: IsoDate | null;
  stage: Stage | null;
}

/** The INSERT of a planned clock (see `ClockService.start`). */
export function stageInsert(row: CaseStageEntity): Statement {
  return {
    sql: `INSERT INTO cases.case_stages (tenant_id, id, case_id, stage, owner_tenant_id, started_on, base_deadline, deadline, provisional)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)`,
    params: [row.tenantId, row.id, row.caseId, row.stage, row.ownerTenantId, row.startedOn, row.deadline, row.provisional],
  };
}

/**
 * The SQL on a case's clocks (`cases.case_stages`), the case's deadline columns that follow them,
 * and the tenants whose calendars the clocks run on, in the caller's transaction.
 */
@Injectable()
export class ClockStore {
  newStage(em: EntityManager, fields: Omit<CaseStageEntity, 'version'>): CaseStageEntity {
    return em.getRepository(CaseStageEntity).create({ ...fields, version: 1 });
  }

  /** The clocks of several cases, each case's in the order they started. */
  stagesOfCases(em: EntityManager, caseIds: readonly string[]): Promise<CaseStageEntity[]> {
    return em.getRepository(CaseStageEntity).find({ where: { caseId: In([...caseIds]) }, order: { startedOn: 'ASC', stage: 'ASC' } });
  }

  /** A case's clocks, oldest first. */
  stagesOf(em: EntityManager, tenantId: string, caseId: string): Promise<CaseStageEntity[]> {
    return em.getRepository(CaseStageEntity).find({ where: { tenantId, caseId }, order: { startedOn: 'ASC' } });
  }

  async stop(em: EntityManager, row: CaseStageEntity): Promise<void> {
    await em.query(`UPDATE cases.case_stages SET stopped_on = $3, on_time = $4, version = version + 1 WHERE tenant_id = $1 AND id = $2`, [
      row.tenantId,
      row.id,
      row.stoppedOn,
      row.onTime,
    ]);
  }

  /** Writes a clock an extension or a pause moved. */
  async move(em: EntityManager, row: CaseStageEntity): Promise<void> {
    await em.query(
      `UPDATE cases.case_stages SET deadline = $3, provisional = $4, extension_days = $5, pauses = $6, version = version + 1
        WHERE tenant_id = $1 AND id = $2`,
      [row.tenantId, row.id, row.deadline, row.provisional, row.extensionDays, JSON.stringify(row.pauses)],
    );
  }

  /** The paths of these tenants that are in the caller's lineage (core.tenant_in_lineage); others are missing. */
  lineagePaths(em: EntityManager, ids: readonly string[]): Promise<TenantPath[]> {
    return em.query(`SELECT t.id, t.path FROM unnest($1::uuid[]) u(id), core.tenant_in_lineage(u.id) t`, [ids]);
  }

  /** Every tenant the caller sees, with its path as text. */
  tenants(em: EntityManager): Promise<TenantPath[]> {
    return em.query(`SELECT id, path::text AS path FROM core.tenants`);
  }

  /** The tenants of a subtree. */
  tenantsUnder(em: EntityManager, path: string): Promise<TenantPath[]> {
    return em.query(`SELECT id, path::text AS path FROM core.tenants WHERE path <@ $1::ltree`, [path]);
  }

  /** The provinces (root tenants), for passes that run once per province as that province. */
  rootTenants(em: EntityManager): Promise<TenantPath[]> {
    return em.query(`SELECT id, path FROM core.root_tenants()`);
  }

  /**
   * The named clocks as they are now, with their owners, `FOR SHARE`: a transition moving one of
   * them waits until its jobs are in place. In id order, as overlapping batches lock.
   */
  clocksToSchedule(em: EntityManager, clocks: ReadonlyMap<string, string>): Promise<ScheduledClock[]> {
    return em.query(
      `SELECT s.tenant_id AS "caseTenantId", s.case_id AS "caseId", s.id AS "stageId", s.stage, s.deadline::text AS deadline, s.stopped_on IS NULL AS open,
              s.owner_tenant_id AS "ownerTenantId", o.path::text AS "ownerTenantPath"
         FROM cases.case_stages s JOIN core.tenants o ON o.id = s.owner_tenant_id
         JOIN unnest($1::uuid[], $2::uuid[]) c (case_id, id) ON c.case_id = s.case_id AND c.id = s.id
        ORDER BY s.id
          FOR SHARE OF s`,
      [[...clocks.values()], [...clocks.keys()]],
    );
  }

  /** The open petitioner's windows whose last day is before `today`, soonest first. */
  lapsedWindows(em: EntityManager, today: IsoDate): Promise<LapsedWindow[]> {
    return em.query(
      `SELECT s.case_id AS "caseId", s.id AS "stageId", s.deadline::text AS deadline, s.owner_tenant_id AS "ownerTenantId", o.path::text AS "ownerTenantPath"
         FROM cases.case_stages s JOIN core.tenants o ON o.id = s.owner_tenant_id
        WHERE s.stopped_on IS NULL AND s.stage = ANY ($1::text[]) AND s.deadline < $2::date
        ORDER BY s.deadline, s.id`,
      [PETITIONER_WINDOWS, today],
    );
  }

  /** The open clocks owned by these tenants, locked in a fixed order: a case action changing the same stage waits rather than being overwritten. */
  lockOpenStagesOwnedBy(em: EntityManager, ownerIds: readonly string[]): Promise<CaseStageEntity[]> {
    return em
      .getRepository(CaseStageEntity)
      .createQueryBuilder('s')
      .where('s.stoppedOn IS NULL')
      .andWhere('s.ownerTenantId = ANY(:owners)', { owners: ownerIds })
      .orderBy('s.caseId')
      .addOrderBy('s.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  async setRecomputed(em: EntityManager, stage: CaseStageEntity, next: RecomputedDeadline): Promise<void> {
    await em.query(`UPDATE cases.case_stages SET deadline = $3, base_deadline = $4, provisional = $5, version = version + 1 WHERE tenant_id = $1 AND id = $2`, [
      stage.tenantId,
      stage.id,
      next.deadline,
      next.baseDeadline,
      next.provisional,
    ]);
  }

  /** The open clocks of these cases (as far as the caller sees them). */
  openStagesOf(em: EntityManager, caseIds: readonly string[]): Promise<CaseStageEntity[]> {
    return em.getRepository(CaseStageEntity).createQueryBuilder('s').where('s.caseId = ANY(:caseIds)', { caseIds }).andWhere('s.stoppedOn IS NULL').getMany();
  }

  /** Sets cases' `deadline` and `deadline_stage` (the case's version stays: no user edited it). */
  async setCaseDeadlines(em: EntityManager, rows: readonly CaseDeadline[]): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `UPDATE cases.cases c
          SET deadline = u.deadline, deadline_stage = u.stage
         FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[]) u (tenant_id, id, deadline, stage)
        WHERE c.tenant_id = u.tenant_id AND c.id = u.id`,
      [rows.map((r) => r.tenantId), rows.map((r) => r.caseId), rows.map((r) => r.deadline), rows.map((r) => r.stage)],
    );
  }

  casesByIds(em: EntityManager, caseIds: readonly string[]): Promise<CaseEntity[]> {
    return em.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = ANY(:caseIds)', { caseIds }).getMany();
  }

  async insertRecomputation(em: EntityManager, fields: DeadlineRecomputationEntity): Promise<DeadlineRecomputationEntity> {
    const record = em.getRepository(DeadlineRecomputationEntity).create(fields);
    await em.getRepository(DeadlineRecomputationEntity).insert(record);
    return record;
  }
}
