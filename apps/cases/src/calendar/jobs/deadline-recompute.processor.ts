import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { AppError } from '#common/errors';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { refreshCaseDeadline } from '../../cases/case-deadline.js';
import { deadlineEvent } from '../../cases/case-events.js';
import { CASES_SCHEMA } from '../../database.js';
import { emitEvents } from '#common/events';
import { CaseEntity, CaseStageEntity } from '../../cases/entities/index.js';
import { DeadlineRecomputationEntity } from '../entities/calendar.entities.js';
import { TenantCalendars, stageDeadline, type TenantCalendar } from '../tenant-calendar.js';
import type { DeadlineRecomputeJob } from './deadline-recompute.queue.js';

export interface RecomputedDeadline {
  /** Before the approved extension, hearings excluded. */
  baseDeadline: IsoDate | null;
  /** With the approved extension, hearings excluded. */
  deadline: IsoDate | null;
  provisional: boolean;
}

/** The stage's deadlines under `calendar`, or `null` when the stored ones still hold. */
export function recomputedDeadline(
  stage: Pick<CaseStageEntity, 'stage' | 'startedOn' | 'pauses' | 'extensionDays' | 'baseDeadline' | 'deadline' | 'provisional'>,
  calendar: TenantCalendar,
): RecomputedDeadline | null {
  const pauses = stage.pauses;
  const base = stageDeadline(stage.stage, stage.startedOn, calendar, { pauses });
  const full = stage.extensionDays ? stageDeadline(stage.stage, stage.startedOn, calendar, { pauses, extensionDays: stage.extensionDays }) : base;
  const next = { baseDeadline: base.deadline, deadline: full.deadline, provisional: full.provisional || base.provisional };
  const same = next.deadline === stage.deadline && next.baseDeadline === stage.baseDeadline && next.provisional === stage.provisional;
  return same ? null : next;
}

/**
 * Recomputes the open deadlines of every stage owned by a tenant in the subtree of the tenant
 * whose calendar changed: a holiday override there, or a year declared, moves deadlines that the
 * arithmetic had rolled over or guessed. Runs under that tenant's context, so row-level security
 * bounds it to the subtree as it bounds an administrator of it; one transaction, so the stages,
 * the cases, their events and the record commit together.
 */
@Injectable()
export class DeadlineRecomputer {
  private readonly logger = new Logger(DeadlineRecomputer.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly calendars: TenantCalendars,
    private readonly clock: Clock,
  ) {}

  recompute(job: DeadlineRecomputeJob): Promise<DeadlineRecomputationEntity> {
    const ctx = systemContextFor(job.tenantId, job.tenantPath, job.requestId);
    return this.transactions.run(ctx, async (em) => {
      const owners: { id: string; path: string }[] = await em.query(`SELECT id, path::text AS path FROM core.tenants WHERE path <@ $1::ltree`, [
        job.tenantPath,
      ]);
      const ownerPaths = new Map(owners.map((o) => [o.id, o.path]));
      // Locked in a fixed order: a case action changing the same stage waits rather than being overwritten.
      const stages = await em
        .getRepository(CaseStageEntity)
        .createQueryBuilder('s')
        .where('s.stoppedOn IS NULL')
        .andWhere('s.ownerTenantId = ANY(:owners)', { owners: [...ownerPaths.keys()] })
        .orderBy('s.caseId')
        .addOrderBy('s.id')
        .setLock('pessimistic_write')
        .getMany();

      const calendars = new Map<string, TenantCalendar>();
      const changed: CaseStageEntity[] = [];
      for (const stage of stages) {
        const path = ownerPaths.get(stage.ownerTenantId)!;
        let calendar = calendars.get(path);
        if (!calendar) {
          calendar = await this.calendars.forTenantPath(em, path);
          calendars.set(path, calendar);
        }
        const next = this.recomputeOne(stage, calendar);
        if (!next) continue;
        await em.query(
          `UPDATE cases.case_stages SET deadline = $3, base_deadline = $4, provisional = $5, version = version + 1 WHERE tenant_id = $1 AND id = $2`,
          [stage.tenantId, stage.id, next.deadline, next.baseDeadline, next.provisional],
        );
        changed.push(Object.assign(stage, next, { version: stage.version + 1 }));
      }
      await this.announce(em, changed, ownerPaths);

      const record = em.getRepository(DeadlineRecomputationEntity).create({
        tenantId: job.tenantId,
        id: randomUUID(),
        tenantPath: job.tenantPath,
        reason: job.reason,
        stagesChecked: stages.length,
        stagesChanged: changed.length,
        requestedAt: new Date(job.requestedAt),
        finishedAt: this.clock.now(),
      });
      await em.getRepository(DeadlineRecomputationEntity).insert(record);
      return record;
    });
  }

  /** A stage whose recorded pauses or extension the rules refuse is left as it is, not the whole run. */
  private recomputeOne(stage: CaseStageEntity, calendar: TenantCalendar): RecomputedDeadline | null {
    try {
      return recomputedDeadline(stage, calendar);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.logger.warn(`stage ${stage.id} of case ${stage.caseId} kept its deadline: ${error.message}`);
      return null;
    }
  }

  /** Each changed case gets its earliest deadline again, and each moved clock a `case.deadline` event under its owner. */
  private async announce(em: EntityManager, changed: readonly CaseStageEntity[], ownerPaths: ReadonlyMap<string, string>): Promise<void> {
    if (changed.length === 0) return;
    const tenantOfCase = new Map(changed.map((s) => [s.caseId, s.tenantId]));
    for (const [caseId, tenantId] of tenantOfCase) await refreshCaseDeadline(em, tenantId, caseId);
    const caseIds = [...tenantOfCase.keys()];
    const cases = await em.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = ANY(:caseIds)', { caseIds }).getMany();
    const byId = new Map(cases.map((c) => [c.id, c]));
    await emitEvents(
      em,
      CASES_SCHEMA,
      changed.map((stage) => deadlineEvent(byId.get(stage.caseId)!, stage, 'CHANGED', ownerPaths.get(stage.ownerTenantId)!)),
    );
  }
}
