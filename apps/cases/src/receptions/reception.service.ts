import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { Role } from '#common/auth';
import { isoDate, type IsoDate } from '#common/calendar';
import { decodeCursor, toConnection, withTotalCount, type Connection } from '#common/graphql';
import { conflict, notFound, validation } from '#common/errors';
import { CASES_SCHEMA } from '../database.js';
import type { ReceptionEntity } from './entities/reception.entity.js';
import { NO_CASES, resolutionRate, type CaseTally } from './domain/reception-tally.js';
import { ReceptionStore, type LeaderTally } from './reception.store.js';
import type { ReceptionFilter, ScheduleReceptionInput } from './dto/reception.inputs.js';

export interface Page {
  first: number;
  after?: string;
}

export interface LeaderStatistics extends LeaderTally {
  resolutionRate: number | null;
}

/**
 * Leader reception days (领导接访): a tenant schedules its leaders' days, visitors' cases are
 * registered against them, and the figures per reception and per leader count those cases. Case
 * counts go through row-level security like every read: they cover the cases the caller may see.
 */
@Injectable()
export class ReceptionService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: ReceptionStore,
  ) {}

  scheduleReception(ctx: TenantContext, input: ScheduleReceptionInput): Promise<ReceptionEntity> {
    const date = isoDate(input.date);
    return this.transactions.run(ctx, async (em) => {
      const leader = await this.store.user(em, ctx.tenantId, input.leaderId);
      if (!leader?.active || !leader.roles.includes(Role.LEADER)) throw validation('接访领导应为本机构在用的领导账号');
      if (await this.store.scheduled(em, ctx.tenantId, leader.id, date)) {
        throw conflict(`${leader.displayName} 在 ${date} 已安排接访`);
      }
      const reception = await this.store.insert(em, {
        tenantId: ctx.tenantId,
        tenantPath: ctx.tenantPath,
        leaderId: leader.id,
        leaderName: leader.displayName,
        date,
        place: input.place ?? null,
      });
      await audit(em, CASES_SCHEMA, {
        action: 'reception.scheduled',
        entity: 'reception',
        entityId: reception.id,
        after: { leaderId: leader.id, leaderName: leader.displayName, date, place: reception.place },
      });
      return reception;
    });
  }

  async reception(ctx: TenantContext, id: string): Promise<ReceptionEntity> {
    const reception = await this.transactions.run(ctx, (em) => this.store.find(em, id));
    if (!reception) throw notFound('领导接访活动');
    return reception;
  }

  /** Receptions in the caller's subtree, latest first. */
  receptions(ctx: TenantContext, filter: ReceptionFilter, page: Page): Promise<Connection<ReceptionEntity>> {
    const after = decodeCursor(page.after, ['date', 'uuid']);
    const selection = { ...dateRange(filter.from, filter.to), leaderId: filter.leaderId, tenantId: filter.tenantId };
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.list(em, selection, page.first + 1, after ? [after[0], after[1]] : null);
      const connection = toConnection(rows, page.first, (r) => [r.date, r.id]);
      return withTotalCount(connection, () => this.transactions.run(ctx, (em2) => this.store.count(em2, selection)));
    });
  }

  /** The case figures of several receptions in one query; a reception without cases gets zeros. */
  tallies(ctx: TenantContext, receptionIds: readonly string[]): Promise<CaseTally[]> {
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.tallies(em, receptionIds);
      const byReception = new Map(rows.map(({ receptionId, ...tally }) => [receptionId, tally]));
      return receptionIds.map((id) => byReception.get(id) ?? NO_CASES);
    });
  }

  /** Per leader, over the receptions held between `from` and `to` in the caller's subtree (or `tenantId`'s). */
  statistics(ctx: TenantContext, fromDate: string, toDate: string, tenantId?: string | null): Promise<LeaderStatistics[]> {
    const { from, to } = dateRange(fromDate, toDate);
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.leaderTallies(em, from, to, tenantId);
      return rows.map((row) => ({ ...row, resolutionRate: resolutionRate(row.resolvedCount, row.caseCount) }));
    });
  }

  /**
   * For case registration, inside its transaction: a visitor's case may be registered against a
   * reception of the registering tenant held today, and no other.
   */
  async requireForRegistration(em: EntityManager, receptionId: string, registeringTenantId: string, today: string): Promise<ReceptionEntity> {
    const reception = isUUID(receptionId, 'all') ? await this.store.find(em, receptionId, registeringTenantId) : null;
    if (!reception) throw validation('领导接访活动不存在或不属于本机构', { field: 'receptionId' });
    if (reception.date !== today) throw validation(`该领导接访活动的日期是 ${reception.date}，只能登记当天接访的事项`, { field: 'receptionId' });
    return reception;
  }
}

/** Validates optional bounds of a date range; an inverted range is refused rather than read as empty. */
function dateRange(from?: string | null, to?: string | null): { from: IsoDate | null; to: IsoDate | null } {
  const range = { from: from ? isoDate(from) : null, to: to ? isoDate(to) : null };
  if (range.from && range.to && range.from > range.to) throw validation('起始日期不能晚于截止日期');
  return range;
}
