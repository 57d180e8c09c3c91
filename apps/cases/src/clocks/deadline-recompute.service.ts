import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { AppError } from '#common/errors';
import { emitEvents } from '#common/events';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { TenantCalendars, type TenantCalendar } from '../calendar/tenant-calendar.js';
import type { DeadlineRecomputationEntity } from '../calendar/entities/calendar.entities.js';
import { deadlineEvent } from '../cases/case-events.js';
import type { CaseStageEntity } from '../cases/entities/index.js';
import { CASES_SCHEMA } from '../database.js';
import { ClockStore } from './clock.store.js';
import { earliestOpenClock, recomputedDeadline, type RecomputedDeadline } from './domain/index.js';
import type { DeadlineRecomputeJob } from './queues/deadline-recompute.queue.js';

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
    private readonly store: ClockStore,
    private readonly clock: Clock,
  ) {}

  recompute(job: DeadlineRecomputeJob): Promise<DeadlineRecomputationEntity> {
    const ctx = systemContextFor(job.tenantId, job.tenantPath, job.requestId);
    return this.transactions.run(ctx, async (em) => {
      const owners = await this.store.tenantsUnder(em, job.tenantPath);
      const ownerPaths = new Map(owners.map((o) => [o.id, o.path]));
      const stages = await this.store.lockOpenStagesOwnedBy(em, [...ownerPaths.keys()]);

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
        await this.store.setRecomputed(em, stage, next);
        changed.push(Object.assign(stage, next, { version: stage.version + 1 }));
      }
      await this.announce(em, changed, ownerPaths);

      return this.store.insertRecomputation(em, {
        tenantId: job.tenantId,
        id: randomUUID(),
        tenantPath: job.tenantPath,
        reason: job.reason,
        stagesChecked: stages.length,
        stagesChanged: changed.length,
        requestedAt: new Date(job.requestedAt),
        finishedAt: this.clock.now(),
      });
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
    const caseIds = [...tenantOfCase.keys()];
    // All the case's open clocks count, not only those of the subtree: a case's deadline is its earliest.
    const open = await this.store.openStagesOf(em, caseIds);
    await this.store.setCaseDeadlines(
      em,
      [...tenantOfCase].map(([caseId, tenantId]) => {
        const earliest = earliestOpenClock(open.filter((s) => s.caseId === caseId));
        return { tenantId, caseId, deadline: earliest?.deadline ?? null, stage: earliest?.stage ?? null };
      }),
    );
    const cases = await this.store.casesByIds(em, caseIds);
    const byId = new Map(cases.map((c) => [c.id, c]));
    await emitEvents(
      em,
      CASES_SCHEMA,
      changed.map((stage) => deadlineEvent(byId.get(stage.caseId)!, stage, 'CHANGED', ownerPaths.get(stage.ownerTenantId)!)),
    );
  }
}
