import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { compareDates, isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { notFound, validation } from '#common/errors';
import { decodeCursor, toConnection, withTotalCount, type Connection, type PageArgs } from '#common/graphql';
import { TenantTransactions, scopeUnitOf, type TenantContext } from '#common/tenancy';
import { NoticeKind, issuedListScope, type SubjectType, tenantSettings } from './domain/index.js';
import type { NoticeFilter, SupervisionPeriodInput } from './dto/notice.inputs.js';
import type { SupervisionSettings, SupervisionSummary } from './dto/notice.types.js';
import type { NoticeEntity, NoticeFeedbackEntity, NoticeHistoryEntity } from './entities/index.js';
import { NoticeStore, type NoticeListScope } from './notice.store.js';
import { SupervisionSettingsStore } from './supervision-settings.store.js';

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
    private readonly store: NoticeStore,
    private readonly settingsStore: SupervisionSettingsStore,
    private readonly clock: Clock,
  ) {}

  /** The caller's tenant's supervision settings: those in force, and its own. */
  settings(ctx: TenantContext): Promise<SupervisionSettings> {
    return this.transactions.run(ctx, async (em) => tenantSettings(await this.settingsStore.chain(em, ctx.tenantPath), ctx.tenantPath));
  }

  /** Notices addressed to the caller's unit (unit-scoped users) or tenant, newest first. */
  inbox(ctx: TenantContext, filter: NoticeFilter, page: PageArgs): Promise<Connection<NoticeEntity> & { unreadCount: number }> {
    const scope: NoticeListScope = { addresseeTenantId: ctx.tenantId, addresseeUnitId: scopeUnitOf(ctx) };
    return this.transactions.run(ctx, async (em) => {
      const connection = await this.list(em, ctx, scope, filter, page);
      return { ...connection, unreadCount: await this.store.listCount(em, scope, { unread: true }, this.clock.today()) };
    });
  }

  /** Notices the caller's tenant issued, newest first. */
  issued(ctx: TenantContext, filter: NoticeFilter, page: PageArgs): Promise<Connection<NoticeEntity>> {
    // The conference office lists what its tenant issued on tasks, not on cases.
    const scope: NoticeListScope = { issuerTenantId: ctx.tenantId, subjectType: issuedListScope(ctx) };
    return this.transactions.run(ctx, (em) => this.list(em, ctx, scope, filter, page));
  }

  /** A page of a list, and its total counted with the same conditions under the same row-level security when asked for. */
  private async list(em: EntityManager, ctx: TenantContext, scope: NoticeListScope, filter: NoticeFilter, page: PageArgs): Promise<Connection<NoticeEntity>> {
    const today = this.clock.today();
    const rows = await this.store.listPage(em, scope, filter, today, { after: decodeCursor(page.after, ['timestamp', 'uuid']), limit: page.first + 1 });
    return withTotalCount(
      toConnection(rows, page.first, (n) => [n.issuedAt.toISOString(), n.id]),
      () => this.transactions.run(ctx, (em2) => this.store.listCount(em2, scope, filter, this.clock.today())),
    );
  }

  notice(ctx: TenantContext, id: string): Promise<NoticeEntity> {
    return this.transactions.run(ctx, async (em) => {
      const notice = await this.store.byId(em, id);
      if (!notice) throw notFound('督办通知');
      return notice;
    });
  }

  /** The notices on some subjects that the caller may see, oldest first. */
  bySubjects(ctx: TenantContext, subjectType: SubjectType, subjectIds: readonly string[]): Promise<NoticeEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.bySubjects(em, subjectType, subjectIds));
  }

  /** The notices on some subjects (cases or tasks, told apart by their random ids) that the caller may see. */
  onSubjects(ctx: TenantContext, subjectIds: readonly string[]): Promise<NoticeEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.onSubjects(em, subjectIds));
  }

  historyOf(ctx: TenantContext, noticeIds: readonly string[]): Promise<NoticeHistoryEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.historyOf(em, noticeIds));
  }

  feedbackOf(ctx: TenantContext, noticeIds: readonly string[]): Promise<NoticeFeedbackEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.feedbackOf(em, noticeIds));
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
      const rows = await this.store.summary(em, ctx.tenantId, from, to, this.clock.now());
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
}
