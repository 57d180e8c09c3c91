import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { UserEntity } from '#common/directory';
import { Role } from '#common/auth';
import { isoDate, type IsoDate } from '#common/calendar';
import { decodeCursor, toConnection, withTotalCount, type Connection } from '#common/graphql';
import { conflict, notFound, validation } from '#common/errors';
import { CASES_SCHEMA } from '../database.js';
import { ReceptionEntity } from './entities/reception.entity.js';
import { NO_CASES, resolutionRate, resolvedCaseSql, type CaseTally } from './reception-tally.js';
import type { ReceptionFilter, ScheduleReceptionInput } from './dto/reception.inputs.js';

export interface Page {
  first: number;
  after?: string;
}

export interface LeaderStatistics extends CaseTally {
  leaderId: string;
  leaderName: string;
  tenantId: string;
  receptionCount: number;
  resolutionRate: number | null;
}

/**
 * Leader reception days (领导接访): a tenant schedules its leaders' days, visitors' cases are
 * registered against them, and the figures per reception and per leader count those cases. Case
 * counts go through row-level security like every read: they cover the cases the caller may see.
 */
@Injectable()
export class ReceptionService {
  constructor(private readonly transactions: TenantTransactions) {}

  /** The leaders a reception day may be scheduled for: the active leader accounts of the caller's own office. */
  leaders(ctx: TenantContext): Promise<{ id: string; name: string }[]> {
    return this.transactions.run(ctx, async (em) => {
      const users = await em.getRepository(UserEntity).findBy({ tenantId: ctx.tenantId, active: true });
      return users
        .filter((user) => user.roles.includes(Role.LEADER))
        .map((user) => ({ id: user.id, name: user.displayName }))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    });
  }

  scheduleReception(ctx: TenantContext, input: ScheduleReceptionInput): Promise<ReceptionEntity> {
    const date = isoDate(input.date);
    return this.transactions.run(ctx, async (em) => {
      const leader = await em.getRepository(UserEntity).findOneBy({ id: input.leaderId, tenantId: ctx.tenantId });
      if (!leader?.active || !leader.roles.includes(Role.LEADER)) throw validation('接访领导应为本机构在用的领导账号');
      const repository = em.getRepository(ReceptionEntity);
      if (await repository.existsBy({ tenantId: ctx.tenantId, leaderId: leader.id, date })) {
        throw conflict(`${leader.displayName} 在 ${date} 已安排接访`);
      }
      const reception = repository.create({
        tenantId: ctx.tenantId,
        id: randomUUID(),
        tenantPath: ctx.tenantPath,
        leaderId: leader.id,
        leaderName: leader.displayName,
        date,
        place: input.place ?? null,
      });
      await repository.insert(reception);
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
    const reception = await this.transactions.run(ctx, (em) => em.getRepository(ReceptionEntity).findOneBy({ id }));
    if (!reception) throw notFound('领导接访活动');
    return reception;
  }

  /** Receptions in the caller's subtree, latest first. */
  receptions(ctx: TenantContext, filter: ReceptionFilter, page: Page): Promise<Connection<ReceptionEntity>> {
    const after = decodeCursor(page.after, ['date', 'uuid']);
    const { from, to } = dateRange(filter.from, filter.to);
    const filtered = (em: EntityManager) => {
      const query = em.getRepository(ReceptionEntity).createQueryBuilder('r');
      if (from) query.andWhere('r.date >= :from', { from });
      if (to) query.andWhere('r.date <= :to', { to });
      if (filter.leaderId) query.andWhere('r.leaderId = :leaderId', { leaderId: filter.leaderId });
      if (filter.tenantId) query.andWhere(`r.tenant_path <@ ${TENANT_PATH}`, { tenantId: filter.tenantId });
      return query;
    };
    return this.transactions.run(ctx, async (em) => {
      const query = filtered(em).orderBy('r.date', 'DESC').addOrderBy('r.id', 'DESC').limit(page.first + 1);
      if (after) query.andWhere('(r.date, r.id) < (:afterDate::date, :afterId::uuid)', { afterDate: after[0], afterId: after[1] });
      const connection = toConnection(await query.getMany(), page.first, (r) => [r.date, r.id]);
      return withTotalCount(connection, () => this.transactions.run(ctx, (em2) => filtered(em2).getCount()));
    });
  }


  /** The case figures of several receptions in one query; a reception without cases gets zeros. */
  tallies(ctx: TenantContext, receptionIds: readonly string[]): Promise<CaseTally[]> {
    return this.transactions.run(ctx, async (em) => {
      const rows: ({ receptionId: string } & CaseTally)[] = await em.query(
        `SELECT c.reception_id AS "receptionId",
                count(*)::int AS "caseCount",
                sum(c.person_count)::int AS "personCount",
                (count(*) FILTER (WHERE ${resolvedCaseSql('c')}))::int AS "resolvedCount"
           FROM cases.cases c
          WHERE c.reception_id = ANY ($1::uuid[])
          GROUP BY c.reception_id`,
        [receptionIds],
      );
      const byReception = new Map(rows.map(({ receptionId, ...tally }) => [receptionId, tally]));
      return receptionIds.map((id) => byReception.get(id) ?? NO_CASES);
    });
  }

  /** Per leader, over the receptions held between `from` and `to` in the caller's subtree (or `tenantId`'s). */
  statistics(ctx: TenantContext, fromDate: string, toDate: string, tenantId?: string | null): Promise<LeaderStatistics[]> {
    const { from, to } = dateRange(fromDate, toDate);
    return this.transactions.run(ctx, async (em) => {
      const params: unknown[] = [from, to];
      let subtree = '';
      if (tenantId) {
        params.push(tenantId);
        subtree = `AND r.tenant_path <@ (SELECT t.path FROM core.tenants t WHERE t.id = $3)`;
      }
      const rows: Omit<LeaderStatistics, 'resolutionRate'>[] = await em.query(
        `SELECT r.leader_id AS "leaderId",
                (array_agg(r.leader_name ORDER BY r.date DESC))[1] AS "leaderName",
                r.tenant_id AS "tenantId",
                count(DISTINCT r.id)::int AS "receptionCount",
                count(c.id)::int AS "caseCount",
                coalesce(sum(c.person_count), 0)::int AS "personCount",
                (count(c.id) FILTER (WHERE ${resolvedCaseSql('c')}))::int AS "resolvedCount"
           FROM cases.receptions r
           LEFT JOIN cases.cases c ON c.reception_id = r.id
          WHERE r.date BETWEEN $1 AND $2 ${subtree}
          GROUP BY r.tenant_id, r.leader_id
          ORDER BY "receptionCount" DESC, "caseCount" DESC, "leaderName"`,
        params,
      );
      return rows.map((row) => ({ ...row, resolutionRate: resolutionRate(row.resolvedCount, row.caseCount) }));
    });
  }

  /**
   * For case registration, inside its transaction: a visitor's case may be registered against a
   * reception of the registering tenant held today, and no other.
   */
  async requireForRegistration(em: EntityManager, receptionId: string, registeringTenantId: string, today: string): Promise<ReceptionEntity> {
    const reception = isUUID(receptionId, 'all') ? await em.getRepository(ReceptionEntity).findOneBy({ id: receptionId, tenantId: registeringTenantId }) : null;
    if (!reception) throw validation('领导接访活动不存在或不属于本机构');
    if (reception.date !== today) throw validation(`该领导接访活动的日期是 ${reception.date}，只能登记当天接访的事项`);
    return reception;
  }
}

const TENANT_PATH = '(SELECT t.path FROM core.tenants t WHERE t.id = :tenantId)';

/** Validates optional bounds of a date range; an inverted range is refused rather than read as empty. */
function dateRange(from?: string | null, to?: string | null): { from: IsoDate | null; to: IsoDate | null } {
  const range = { from: from ? isoDate(from) : null, to: to ? isoDate(to) : null };
  if (range.from && range.to && range.from > range.to) throw validation('起始日期不能晚于截止日期');
  return range;
}
