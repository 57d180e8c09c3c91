import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate, Pause, Stage } from '#common/calendar';
import { notFound } from '#common/errors';
import { TenantContextStore } from '#common/tenancy';
import { TenantCalendars, type TenantCalendar } from '../calendar/tenant-calendar.js';
import type { CaseEntity, CaseStageEntity } from '../cases/entities/index.js';
import { ClockStore } from './clock.store.js';
import { clockOwner, openStage, stageDeadline, stoppedOnTime } from './domain/index.js';

/** What a transition does to a running clock beside stopping it: an approved extension, a hearing's pause. */
export interface ClockMove {
  extension?: { stage: Stage; days: number };
  pause?: { stage: Stage; period: Pause };
}

/**
 * A case's clocks as a transition changes them: started under their owner's calendar, stopped
 * (on time or not), moved by an extension or a hearing. Writes go through `ClockStore` in the
 * caller's transaction; a started clock is returned unwritten, for the caller's batch (`stageInsert`).
 */
@Injectable()
export class ClockService {
  constructor(
    private readonly store: ClockStore,
    private readonly calendars: TenantCalendars,
  ) {}

  /**
   * The paths of tenants in the caller's lineage (clock owners): the caller's own from its context,
   * the others with one query. A tenant outside the lineage is missing from the map.
   */
  async ownerPaths(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const ctx = TenantContextStore.current();
    const paths = new Map<string, string>();
    const others = [...new Set(ids)].filter((id) => id !== ctx.tenantId);
    if (ids.includes(ctx.tenantId)) paths.set(ctx.tenantId, ctx.tenantPath);
    if (others.length) for (const row of await this.store.lineagePaths(em, others)) paths.set(row.id, row.path);
    return paths;
  }

  async calendarOf(em: EntityManager, tenantId: string): Promise<TenantCalendar> {
    const path = (await this.ownerPaths(em, [tenantId])).get(tenantId);
    if (!path) throw notFound('机构');
    return this.calendars.forTenantPath(em, path);
  }

  /** A clock starting on `today` under its owner's calendar, not yet written (see `stageInsert`). */
  async start(em: EntityManager, kase: CaseEntity, stage: Stage, today: IsoDate): Promise<CaseStageEntity> {
    const ownerTenantId = clockOwner(stage, kase);
    const { deadline, provisional } = stageDeadline(stage, today, await this.calendarOf(em, ownerTenantId));
    return this.store.newStage(em, {
      tenantId: kase.tenantId,
      id: randomUUID(),
      caseId: kase.id,
      stage,
      ownerTenantId,
      startedOn: today,
      baseDeadline: deadline,
      deadline,
      extensionDays: 0,
      pauses: [],
      provisional,
      stoppedOn: null,
      onTime: null,
    });
  }

  /** Stops the open clocks of these stages on `today`; returns the rows it stopped. */
  async stop(em: EntityManager, clocks: readonly CaseStageEntity[], stages: readonly Stage[], today: IsoDate): Promise<CaseStageEntity[]> {
    const stopped: CaseStageEntity[] = [];
    for (const stage of stages) {
      const row = openStage(clocks, stage);
      if (!row) continue;
      row.stoppedOn = today;
      row.onTime = stoppedOnTime(row.deadline, today);
      await this.store.stop(em, row);
      stopped.push(row);
    }
    return stopped;
  }

  /** Applies an extension or a pause to its open clock, whose deadline is computed again under the same rule; returns the rows it moved. */
  async move(em: EntityManager, clocks: readonly CaseStageEntity[], { extension, pause }: ClockMove): Promise<CaseStageEntity[]> {
    const moved: CaseStageEntity[] = [];
    for (const stage of [extension?.stage, pause?.stage].filter((s): s is Stage => s !== undefined)) {
      const row = openStage(clocks, stage);
      if (!row) continue;
      if (extension?.stage === stage) row.extensionDays = extension.days;
      if (pause?.stage === stage) row.pauses = [...row.pauses, pause.period];
      const { deadline, provisional } = stageDeadline(stage, row.startedOn, await this.calendarOf(em, row.ownerTenantId), {
        pauses: row.pauses,
        extensionDays: row.extensionDays,
      });
      row.deadline = deadline;
      row.provisional = provisional;
      await this.store.move(em, row);
      moved.push(row);
    }
    return moved;
  }
}
