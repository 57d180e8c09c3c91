import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type IsoDate, compareDates, isoDate, plusDays } from '#common/calendar';
import { Clock } from '#common/clock';
import { notFound, validation } from '#common/errors';
import { decodeCursor, toConnection, withTotalCount, type Connection, type PageArgs } from '#common/graphql';
import { TenantTransactions, scopeUnitOf, type TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import { FEEDBACK_OWED_STATES, NoticeKind, NoticeState, issuedListScope, type SubjectType } from './domain/index.js';
import type { NoticeFilter, SupervisionPeriodInput } from './dto/notice.inputs.js';
import type { SupervisionSummary } from './dto/notice.types.js';
import { NoticeEntity, NoticeFeedbackEntity, NoticeHistoryEntity } from './entities/index.js';

/** Feedback owed and its due date passed (the rule of `isFeedbackOverdue`, in SQL). */
const OVERDUE = `(n.feedbackDue < :today AND n.state IN (:...owed))`;

/** The start of a China date, as an instant. */
function chinaDayStart(date: IsoDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

const KIND_ORDER = Object.values(NoticeKind);

/**
 * Reads of notices. Row-level security decides what the caller sees (their subtree; a
 * unit-scoped user only what is addressed to the unit); each list adds its own condition and
 * walks its index in (issued_at, id) order.
 */
@Injectable()
export class NoticeQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly clock: Clock,
  ) {}

  /** Notices addressed to the caller's unit (unit-scoped users) or tenant, newest first. */
  inbox(ctx: TenantContext, filter: NoticeFilter, page: PageArgs): Promise<Connection<NoticeEntity> & { unreadCount: number }> {
    const addressed = (em: EntityManager) => {
      const qb = em.getRepository(NoticeEntity).createQueryBuilder('n').where('n.addresseeTenantId = :tenantId', { tenantId: ctx.tenantId });
      const scope = scopeUnitOf(ctx);
      if (scope) qb.andWhere('n.addresseeUnitId = :unitId', { unitId: scope });
      return qb;
    };
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.page(this.filtered(addressed(em), filter), page).getMany();
      const unreadCount = await addressed(em).andWhere('n.state = :issued', { issued: NoticeState.ISSUED }).getCount();
      const connection = toConnection(rows, page.first, (n) => [n.issuedAt.toISOString(), n.id]);
      return { ...this.counted(ctx, connection, (em2) => this.filtered(addressed(em2), filter)), unreadCount };
    });
  }

  /** Notices the caller's tenant issued, newest first. */
  issued(ctx: TenantContext, filter: NoticeFilter, page: PageArgs): Promise<Connection<NoticeEntity>> {
    const issuedHere = (em: EntityManager) => {
      const qb = em.getRepository(NoticeEntity).createQueryBuilder('n').where('n.issuerTenantId = :tenantId', { tenantId: ctx.tenantId });
      // The conference office lists what its tenant issued on tasks, not on cases.
      const only = issuedListScope(ctx);
      if (only) qb.andWhere('n.subjectType = :only', { only });
      return qb;
    };
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.page(this.filtered(issuedHere(em), filter), page).getMany();
      return this.counted(ctx, toConnection(rows, page.first, (n) => [n.issuedAt.toISOString(), n.id]), (em2) => this.filtered(issuedHere(em2), filter));
    });
  }

  /** The list's total, counted with the same conditions under the same row-level security when asked for. */
  private counted(ctx: TenantContext, connection: Connection<NoticeEntity>, list: (em: EntityManager) => SelectQueryBuilder<NoticeEntity>): Connection<NoticeEntity> {
    return withTotalCount(connection, () => this.transactions.run(ctx, (em) => list(em).getCount()));
  }

  notice(ctx: TenantContext, id: string): Promise<NoticeEntity> {
    return this.transactions.run(ctx, async (em) => {
      const notice = await em.getRepository(NoticeEntity).findOneBy({ id });
      if (!notice) throw notFound('督办通知');
      return notice;
    });
  }

  /** The notices on some subjects that the caller may see, oldest first. */
  bySubjects(ctx: TenantContext, subjectType: SubjectType, subjectIds: readonly string[]): Promise<NoticeEntity[]> {
    return this.transactions.run(ctx, (em) =>
      em.getRepository(NoticeEntity).find({ where: { subjectType, subjectId: In([...subjectIds]) }, order: { issuedAt: 'ASC', id: 'ASC' } }),
    );
  }

  /** The notices on some subjects (cases or tasks, told apart by their random ids) that the caller may see. */
  onSubjects(ctx: TenantContext, subjectIds: readonly string[]): Promise<NoticeEntity[]> {
    return this.transactions.run(ctx, (em) => em.getRepository(NoticeEntity).find({ where: { subjectId: In([...subjectIds]) } }));
  }

  historyOf(ctx: TenantContext, noticeIds: readonly string[]): Promise<NoticeHistoryEntity[]> {
    return this.transactions.run(ctx, (em) =>
      em.getRepository(NoticeHistoryEntity).find({ where: { noticeId: In([...noticeIds]) }, order: { seq: 'ASC' } }),
    );
  }

  feedbackOf(ctx: TenantContext, noticeIds: readonly string[]): Promise<NoticeFeedbackEntity[]> {
    return this.transactions.run(ctx, (em) =>
      em.getRepository(NoticeFeedbackEntity).find({ where: { noticeId: In([...noticeIds]) }, order: { submittedAt: 'ASC', id: 'ASC' } }),
    );
  }

  /**
   * Per child jurisdiction of the caller's tenant, the notices issued in the period on its subtree:
   * how many, how many had their feedback late (the due date passed before the feedback came, the
   * notice ended, or today), how many escalated; by kind, and in total without reminders.
   */
  summary(ctx: TenantContext, period: SupervisionPeriodInput): Promise<SupervisionSummary[]> {
    const from = isoDate(period.from);
    const to = isoDate(period.to);
    if (compareDates(from, to) > 0) throw validation('统计期间的起始日期不能晚于截止日期');
    return this.transactions.run(ctx, async (em) => {
      const rows: { tenantId: string; tenantName: string; kind: NoticeKind | null; issued: number; overdueFeedback: number; escalated: number }[] =
        await em.query(
          `SELECT c.tenant_id AS "tenantId", c.name AS "tenantName", n.kind,
                  count(n.id)::int AS issued,
                  count(n.id) FILTER (
                    WHERE n.feedback_due < (coalesce(n.first_feedback_at, n.closed_at, $4) AT TIME ZONE 'Asia/Shanghai')::date
                  )::int AS "overdueFeedback",
                  count(n.id) FILTER (WHERE n.state = 'ESCALATED')::int AS escalated
             FROM ${MEETINGS_SCHEMA}.jurisdictions c
             LEFT JOIN ${MEETINGS_SCHEMA}.notices n
               ON n.tenant_path <@ c.tenant_path AND n.issued_at >= $2 AND n.issued_at < $3
            WHERE c.parent_id = $1
            GROUP BY c.tenant_id, c.name, c.code, n.kind
            ORDER BY c.code`,
          [ctx.tenantId, chinaDayStart(from), chinaDayStart(plusDays(to, 1)), this.clock.now()],
        );
      const summaries = new Map<string, SupervisionSummary>();
      for (const row of rows) {
        let summary = summaries.get(row.tenantId);
        if (!summary) {
          summary = { tenantId: row.tenantId, tenantName: row.tenantName, issued: 0, overdueFeedback: 0, escalated: 0, byKind: [] };
          summaries.set(row.tenantId, summary);
        }
        if (row.kind === null) continue;
        summary.byKind.push({ kind: row.kind, issued: row.issued, overdueFeedback: row.overdueFeedback, escalated: row.escalated });
        if (row.kind === NoticeKind.REMINDER) continue;
        summary.issued += row.issued;
        summary.overdueFeedback += row.overdueFeedback;
        summary.escalated += row.escalated;
      }
      for (const summary of summaries.values()) summary.byKind.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
      return [...summaries.values()];
    });
  }

  /** The filters shared by the lists. */
  private filtered(qb: SelectQueryBuilder<NoticeEntity>, filter: NoticeFilter): SelectQueryBuilder<NoticeEntity> {
    if (filter.kind) qb.andWhere('n.kind = :kind', { kind: filter.kind });
    if (filter.state) qb.andWhere('n.state = :state', { state: filter.state });
    if (filter.subjectType) qb.andWhere('n.subjectType = :subjectType', { subjectType: filter.subjectType });
    if (filter.unread !== undefined && filter.unread !== null) {
      qb.andWhere(filter.unread ? 'n.state = :issued' : 'n.state <> :issued', { issued: NoticeState.ISSUED });
    }
    if (filter.overdue !== undefined && filter.overdue !== null) {
      qb.andWhere(filter.overdue ? OVERDUE : `NOT coalesce(${OVERDUE}, false)`, { today: this.clock.today(), owed: FEEDBACK_OWED_STATES });
    }
    return qb;
  }

  /** The keyset cursor and the order shared by the lists. */
  private page(qb: SelectQueryBuilder<NoticeEntity>, page: PageArgs): SelectQueryBuilder<NoticeEntity> {
    const after = decodeCursor(page.after, ['timestamp', 'uuid']);
    if (after) {
      qb.andWhere('(n.issuedAt, n.id) < (:afterAt, :afterId)', { afterAt: new Date(after[0]), afterId: after[1] });
    }
    return qb.orderBy('n.issuedAt', 'DESC').addOrderBy('n.id', 'DESC').limit(page.first + 1);
  }
}
