import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Between, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type IsoDate, plusDays } from '#common/calendar';
import { entityRow, executeTogether, type Statement } from '#common/db';
import { UnitEntity } from '#common/directory';
import { conflict, notFound } from '#common/errors';
import { outboxStatement, type SupervisionTriggerPayload } from '#common/events';
import { TenantContextStore, auditStatement } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import {
  FEEDBACK_OWED_STATES,
  FINAL_STATES,
  NoticeAction,
  type FeedbackDecision,
  NoticeState,
  type Addressing,
  type JurisdictionRef,
  type NoticeKind,
  type NoticeReason,
  type SubjectType,
  type UnitRef,
} from './domain/index.js';
import type { NoticeFilter } from './dto/notice.inputs.js';
import { NoticeEntity, NoticeFeedbackEntity, NoticeHistoryEntity } from './entities/index.js';
import { noticeFactEvent } from './notice-events.js';

/** Whose notices a list shows: those addressed to a tenant (or one unit of it), or those a tenant issued. */
export type NoticeListScope = { addresseeTenantId: string; addresseeUnitId: string | null } | { issuerTenantId: string; subjectType: SubjectType | null };

/** Feedback owed and its due date passed (the rule of `isFeedbackOverdue`, in SQL). */
const OVERDUE = `(n.feedbackDue < :today AND n.state IN (:...owed))`;

/** The start of a China date, as an instant. */
function chinaDayStart(date: IsoDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** A row of the supervision summary: one child jurisdiction and one kind (null: no notice). */
export interface SummaryRow {
  tenantId: string;
  tenantName: string;
  kind: NoticeKind | null;
  issued: number;
  overdueFeedback: number;
  escalated: number;
}

/** Everything a new notice needs; the store adds its identity, state and who issued it. */
export interface NoticeDraft {
  /** The jurisdiction supervised: the notice is its row. */
  responsible: { id: string; path: string };
  kind: NoticeKind;
  reason: NoticeReason | null;
  text: string;
  subject: { type: SubjectType; id: string; number: string; title: string };
  clock: { stage: string | null; clockId: string | null; deadline: IsoDate | null };
  addressing: Addressing;
  feedbackDue: IsoDate | null;
  fixBy: IsoDate | null;
  escalateOn: IsoDate | null;
  triggerId: string | null;
  escalatedFrom: string | null;
  /** The request the notice answers, when not the acting one (a batch applies several requests' events). */
  requestId?: string;
}

/** The columns a transition may set besides state and version. */
type Settable = Partial<Pick<NoticeEntity, 'readAt' | 'firstFeedbackAt' | 'escalateOn' | 'closedAt' | 'closeReason' | 'ladderStoppedReason'>>;

const COLUMN_OF: Record<keyof Settable, { name: string; type: string }> = {
  readAt: { name: 'read_at', type: 'timestamptz' },
  firstFeedbackAt: { name: 'first_feedback_at', type: 'timestamptz' },
  escalateOn: { name: 'escalate_on', type: 'date' },
  closedAt: { name: 'closed_at', type: 'timestamptz' },
  closeReason: { name: 'close_reason', type: 'text' },
  ladderStoppedReason: { name: 'ladder_stopped_reason', type: 'text' },
};

export interface NoticeChange {
  action: Exclude<NoticeAction, NoticeAction.ISSUE>;
  to: NoticeState;
  at: Date;
  /** Why, for the history (a rejection's reason, a closing's cause). */
  reason?: string | null;
  set?: Settable;
  /** Writes that belong to the change (a feedback row, its decision). */
  also?: Statement[];
  /** The request the change answers, when not the acting one (see `NoticeDraft`). */
  requestId?: string;
}

/** One change of a notice as its history, audit row and fact event record it. */
interface NoticeRecord {
  after: NoticeEntity;
  action: NoticeAction;
  from: NoticeState | null;
  reason: string | null;
  at: Date;
  requestId: string | undefined;
}

/** Refuses a change made on a version of the notice other than the current one. */
export function checkVersion(notice: NoticeEntity, version: number): void {
  if (notice.version !== version) {
    throw conflict(`督办通知已被他人处理（当前版本 ${notice.version}，提交的版本 ${version}），请刷新后重试`);
  }
}

/**
 * Reads and writes notices, so that every change is written the same way: the notice rows
 * (locked by the caller through `lock`), their history rows, audit rows and fact events, in the
 * caller's transaction, with one statement for each kind of row however many notices change.
 */
@Injectable()
export class NoticeStore {
  /** Locks a notice visible to the caller (a concurrent change waits, then sees the new version). */
  async lock(em: EntityManager, id: string): Promise<NoticeEntity> {
    const notice = await em.getRepository(NoticeEntity).createQueryBuilder('n').setLock('pessimistic_write').where('n.id = :id', { id }).getOne();
    if (!notice) throw notFound('督办通知');
    return notice;
  }

  /** Inserts a notice raised by hand or by escalation (see `createAll`). */
  async create(em: EntityManager, draft: NoticeDraft & { triggerId: null }, at: Date): Promise<NoticeEntity> {
    const [notice] = await this.createAll(em, [draft], at);
    return notice;
  }

  /**
   * Inserts new notices; one made from a trigger that made one already (before, or earlier in
   * `drafts`) is skipped. Returns the notices inserted, in order.
   */
  async createAll(em: EntityManager, drafts: readonly NoticeDraft[], at: Date): Promise<NoticeEntity[]> {
    if (drafts.length === 0) return [];
    const ctx = TenantContextStore.current();
    const notices = drafts.map((draft): NoticeEntity => {
      const { addressing } = draft;
      return {
        tenantId: draft.responsible.id,
        id: randomUUID(),
        tenantPath: draft.responsible.path,
        kind: draft.kind,
        state: NoticeState.ISSUED,
        reason: draft.reason,
        text: draft.text,
        subjectType: draft.subject.type,
        subjectId: draft.subject.id,
        subjectNumber: draft.subject.number,
        subjectTitle: draft.subject.title,
        stage: draft.clock.stage,
        clockId: draft.clock.clockId,
        deadline: draft.clock.deadline,
        triggerId: draft.triggerId,
        issuerTenantId: addressing.issuer.id,
        issuerTenantPath: addressing.issuer.path,
        issuerTenantName: addressing.issuer.name,
        addresseeTenantId: addressing.addressee.id,
        addresseeTenantPath: addressing.addressee.path,
        addresseeTenantName: addressing.addressee.name,
        addresseeUnitId: addressing.addresseeUnit?.id ?? null,
        addresseeUnitName: addressing.addresseeUnit?.name ?? null,
        issuedById: ctx.userId,
        issuedByName: ctx.username,
        feedbackDue: draft.feedbackDue,
        fixBy: draft.fixBy,
        escalateOn: draft.escalateOn,
        escalatedFrom: draft.escalatedFrom,
        issuedAt: at,
        readAt: null,
        firstFeedbackAt: null,
        closedAt: null,
        closeReason: null,
        ladderStoppedReason: null,
        version: 1,
      };
    });
    const metadata = em.connection.getMetadata(NoticeEntity);
    const rows = notices.map((notice) => entityRow(metadata, notice));
    // The trigger's unique key is the idempotency of its deliveries (a NULL key never conflicts);
    // in key order, so that batches inserting the same triggers at once do not deadlock.
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.notices
       SELECT * FROM jsonb_populate_recordset(NULL::${MEETINGS_SCHEMA}.notices, $1::jsonb) ORDER BY tenant_id, trigger_id
       ON CONFLICT (tenant_id, trigger_id) DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows)],
    );
    const ids = new Set(inserted.map((row) => row.id));
    const created = notices.filter((notice) => ids.has(notice.id));
    const requestOf = new Map(notices.map((notice, i) => [notice.id, drafts[i].requestId]));
    // After the insert, not beside it: the history rows' policy must see their notices.
    await executeTogether(
      em,
      this.recordStatements(created.map((after) => ({ after, action: NoticeAction.ISSUE, from: null, reason: null, at, requestId: requestOf.get(after.id) }))),
    );
    return created;
  }

  /**
   * Records, in the audit log of the supervised tenant, the triggers no office is left to issue a
   * notice for (the root's own clock with no unit handling it), with the reason.
   */
  async recordUnissued(
    em: EntityManager,
    unissued: readonly { trigger: SupervisionTriggerPayload; tenant: { id: string; path: string }; reason: string; requestId: string }[],
  ): Promise<void> {
    if (unissued.length === 0) return;
    const { sql, params } = auditStatement(
      MEETINGS_SCHEMA,
      unissued.map(({ trigger, tenant, reason, requestId }) => ({
        action: 'notice.not_issued',
        entity: 'supervision_trigger',
        entityId: trigger.triggerId,
        after: { reason, kind: trigger.kind, subjectType: trigger.subjectType, subjectId: trigger.subjectId, stage: trigger.stage, deadline: trigger.deadline },
        tenant: { tenantId: tenant.id, tenantPath: tenant.path },
        requestId,
      })),
    );
    await em.query(sql, params);
  }

  /** Applies a transition to a notice the caller has locked; returns the notice after it. */
  async transition(em: EntityManager, notice: NoticeEntity, change: NoticeChange): Promise<NoticeEntity> {
    const [after] = await this.transitionAll(em, [{ notice, change }]);
    return after;
  }

  /** Applies transitions to notices the caller has locked, with one statement; returns them after, in order. */
  async transitionAll(em: EntityManager, changes: readonly { notice: NoticeEntity; change: NoticeChange }[]): Promise<NoticeEntity[]> {
    if (changes.length === 0) return [];
    const afters = changes.map(({ notice, change }): NoticeEntity => ({ ...notice, ...change.set, state: change.to, version: notice.version + 1 }));
    const keys = [...new Set(changes.flatMap(({ change }) => Object.keys(change.set ?? {}) as (keyof Settable)[]))];
    const update: Statement = {
      sql: `UPDATE ${MEETINGS_SCHEMA}.notices n
               SET state = u.state, version = n.version + 1${keys
                 .map(
                   (key) =>
                     `, ${COLUMN_OF[key].name} = CASE WHEN u.set ? '${key}' THEN (u.set->>'${key}')::${COLUMN_OF[key].type} ELSE n.${COLUMN_OF[key].name} END`,
                 )
                 .join('')}
              FROM jsonb_to_recordset($1::jsonb) u (tenant_id uuid, id uuid, state text, version integer, set jsonb)
             WHERE n.tenant_id = u.tenant_id AND n.id = u.id AND n.version = u.version`,
      params: [
        JSON.stringify(
          changes.map(({ notice, change }) => ({
            tenant_id: notice.tenantId,
            id: notice.id,
            state: change.to,
            version: notice.version,
            set: change.set ?? {},
          })),
        ),
      ],
    };
    const records = changes.map(({ notice, change }, i): NoticeRecord => ({
      after: afters[i],
      action: change.action,
      from: notice.state,
      reason: change.reason ?? null,
      at: change.at,
      requestId: change.requestId,
    }));
    await executeTogether(em, [update, ...changes.flatMap(({ change }) => change.also ?? []), ...this.recordStatements(records)]);
    return afters;
  }

  /** The INSERT of the addressee's written feedback, for the change that submits it. */
  feedbackStatement(notice: NoticeEntity, text: string, attachments: readonly string[], at: Date): Statement {
    const ctx = TenantContextStore.current();
    return {
      sql: `INSERT INTO ${MEETINGS_SCHEMA}.notice_feedback
              (tenant_id, id, tenant_path, notice_id, text, attachments, submitted_by_id, submitted_by_name, submitted_tenant_id, submitted_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      params: [notice.tenantId, randomUUID(), notice.tenantPath, notice.id, text, attachments, ctx.userId, ctx.username, ctx.tenantId, at],
    };
  }

  /** The issuer's decision on the feedback awaiting it, for the change that accepts or rejects it. */
  decisionStatement(notice: NoticeEntity, decision: FeedbackDecision, comment: string | null, at: Date): Statement {
    const ctx = TenantContextStore.current();
    return {
      sql: `UPDATE ${MEETINGS_SCHEMA}.notice_feedback
               SET decision = $3, decision_comment = $4, decided_by_id = $5, decided_by_name = $6, decided_at = $7
             WHERE tenant_id = $1 AND notice_id = $2 AND decision IS NULL`,
      params: [notice.tenantId, notice.id, decision, comment, ctx.userId, ctx.username, at],
    };
  }

  /** History, audit rows and fact events of changes, stamped with who acts now. */
  private recordStatements(records: readonly NoticeRecord[]): Statement[] {
    if (records.length === 0) return [];
    const ctx = TenantContextStore.current();
    const tenantOf = (notice: NoticeEntity) => ({ tenantId: notice.tenantId, tenantPath: notice.tenantPath });
    return [
      {
        sql: `INSERT INTO ${MEETINGS_SCHEMA}.notice_history
                (tenant_id, tenant_path, notice_id, seq, action, from_state, to_state, actor_id, actor_name, actor_tenant_id, reason, request_id, at)
              SELECT u.tenant_id, u.tenant_path, u.notice_id, u.seq, u.action, u.from_state, u.to_state, $11::uuid, $12::text, $13::uuid, u.reason, u.request_id, u.at
                FROM unnest($1::uuid[], $2::ltree[], $3::uuid[], $4::integer[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])
                     u (tenant_id, tenant_path, notice_id, seq, action, from_state, to_state, reason, request_id, at)`,
        params: [
          records.map((r) => r.after.tenantId),
          records.map((r) => r.after.tenantPath),
          records.map((r) => r.after.id),
          records.map((r) => r.after.version),
          records.map((r) => r.action),
          records.map((r) => r.from),
          records.map((r) => r.after.state),
          records.map((r) => r.reason),
          records.map((r) => r.requestId ?? ctx.requestId),
          records.map((r) => r.at),
          ctx.userId,
          ctx.username,
          ctx.tenantId,
        ],
      },
      auditStatement(
        MEETINGS_SCHEMA,
        records.map(({ after, action, from, reason, requestId }) => ({
          action: `notice.${action.toLowerCase()}`,
          entity: 'notice',
          entityId: after.id,
          before: from === null ? undefined : { state: from, version: after.version - 1 },
          after: { state: after.state, version: after.version, kind: after.kind, ...(reason ? { reason } : {}) },
          tenant: tenantOf(after),
          requestId,
        })),
      ),
      outboxStatement(
        MEETINGS_SCHEMA,
        records.map(({ after, action, from, at, requestId }) => ({ ...noticeFactEvent(after, action, from, at), tenant: tenantOf(after), requestId })),
      ).statement,
    ];
  }

  /**
   * The jurisdictions from the root down to `path`, as far as this service knows them
   * (`tenant.created`); answered for a path in the caller's subtree or lineage.
   */
  async lineage(em: EntityManager, path: string): Promise<JurisdictionRef[]> {
    return em.query(`SELECT tenant_id AS id, tenant_path AS path, name FROM ${MEETINGS_SCHEMA}.jurisdiction_lineage($1::ltree)`, [path]);
  }

  /** A tenant as addressed; named by its division code while its `tenant.created` has not arrived. */
  async jurisdiction(em: EntityManager, id: string, path: string): Promise<JurisdictionRef> {
    const known = (await this.lineage(em, path)).at(-1);
    return known?.id === id ? known : { id, path, name: path.slice(path.lastIndexOf('.') + 1) };
  }

  async unit(em: EntityManager, id: string | null): Promise<UnitRef | null> {
    return id === null ? null : (await this.units(em, [id])).get(id)!;
  }

  /** Units as addressed, by id; one the directory does not show has no name. */
  async units(em: EntityManager, ids: readonly (string | null)[]): Promise<Map<string, UnitRef>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const found = wanted.length ? await em.getRepository(UnitEntity).findBy({ id: In(wanted) }) : [];
    const names = new Map(found.map((unit) => [unit.id, unit.name]));
    return new Map(wanted.map((id) => [id, { id, name: names.get(id) ?? null }]));
  }

  /** A page of a list of notices, newest first; `after` is the (issued at, id) the page before ended on. */
  listPage(
    em: EntityManager,
    scope: NoticeListScope,
    filter: NoticeFilter,
    today: IsoDate,
    page: { after: readonly [string, string] | null; limit: number },
  ): Promise<NoticeEntity[]> {
    const qb = this.listed(em, scope, filter, today);
    if (page.after) qb.andWhere('(n.issuedAt, n.id) < (:afterAt, :afterId)', { afterAt: new Date(page.after[0]), afterId: page.after[1] });
    return qb.orderBy('n.issuedAt', 'DESC').addOrderBy('n.id', 'DESC').limit(page.limit).getMany();
  }

  /** How many notices a list holds, under the same conditions. */
  listCount(em: EntityManager, scope: NoticeListScope, filter: NoticeFilter, today: IsoDate): Promise<number> {
    return this.listed(em, scope, filter, today).getCount();
  }

  byId(em: EntityManager, id: string): Promise<NoticeEntity | null> {
    return em.getRepository(NoticeEntity).findOneBy({ id });
  }

  /** The notices on some subjects, oldest first. */
  bySubjects(em: EntityManager, subjectType: SubjectType, subjectIds: readonly string[]): Promise<NoticeEntity[]> {
    return em.getRepository(NoticeEntity).find({ where: { subjectType, subjectId: In([...subjectIds]) }, order: { issuedAt: 'ASC', id: 'ASC' } });
  }

  /** The notices on some subjects of any type. */
  onSubjects(em: EntityManager, subjectIds: readonly string[]): Promise<NoticeEntity[]> {
    return em.getRepository(NoticeEntity).find({ where: { subjectId: In([...subjectIds]) } });
  }

  /** The notices issued between two instants, by id. */
  issuedBetween(em: EntityManager, from: Date, to: Date): Promise<NoticeEntity[]> {
    return em.getRepository(NoticeEntity).find({ where: { issuedAt: Between(from, to) }, order: { id: 'ASC' } });
  }

  historyOf(em: EntityManager, noticeIds: readonly string[]): Promise<NoticeHistoryEntity[]> {
    return em.getRepository(NoticeHistoryEntity).find({ where: { noticeId: In([...noticeIds]) }, order: { seq: 'ASC' } });
  }

  feedbackOf(em: EntityManager, noticeIds: readonly string[]): Promise<NoticeFeedbackEntity[]> {
    return em.getRepository(NoticeFeedbackEntity).find({ where: { noticeId: In([...noticeIds]) }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }

  /** The open notices of clocks (of all kinds, or of `kinds`), locked, by id. */
  lockOpenOfClocks(em: EntityManager, clockIds: readonly string[], kinds?: readonly NoticeKind[]): Promise<NoticeEntity[]> {
    const query = em
      .getRepository(NoticeEntity)
      .createQueryBuilder('n')
      .setLock('pessimistic_write')
      .where('n.clockId = ANY (:clockIds) AND n.state NOT IN (:...final)', { clockIds: [...clockIds], final: [...FINAL_STATES] })
      .orderBy('n.id');
    if (kinds) query.andWhere('n.kind = ANY (:kinds)', { kinds });
    return query.getMany();
  }

  /** Notices past their escalation day, across tenants (the caller runs as the system), at most `limit`. */
  dueForEscalation(em: EntityManager, today: IsoDate, limit: number): Promise<{ tenant_id: string; id: string; tenant_path: string }[]> {
    return em.query(`SELECT tenant_id, id, tenant_path FROM ${MEETINGS_SCHEMA}.notices_due_for_escalation($1, $2)`, [today, limit]);
  }

  /**
   * Per child jurisdiction of a tenant and kind, the notices issued on its subtree in the period
   * (China days, inclusive): how many, how many had their feedback late (the due date passed
   * before the feedback came, the notice ended, or `now`), how many escalated.
   */
  summary(em: EntityManager, tenantId: string, from: IsoDate, to: IsoDate, now: Date): Promise<SummaryRow[]> {
    return em.query(
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
      [tenantId, chinaDayStart(from), chinaDayStart(plusDays(to, 1)), now],
    );
  }

  /**
   * A connection keeps the plan of its foreign-key checks (history -> notice) from its first
   * batches; made while `notices` was small, it scans the table for every row it checks, which
   * grows through a burst of triggers. Planned for the table as it is, each check uses the index.
   */
  async planForCurrentSize(em: EntityManager): Promise<void> {
    await em.query(`SELECT set_config('plan_cache_mode', 'force_custom_plan', true)`);
  }

  /** A list's conditions: its scope and the filters shared by the lists. */
  private listed(em: EntityManager, scope: NoticeListScope, filter: NoticeFilter, today: IsoDate): SelectQueryBuilder<NoticeEntity> {
    const qb = em.getRepository(NoticeEntity).createQueryBuilder('n');
    if ('addresseeTenantId' in scope) {
      qb.where('n.addresseeTenantId = :tenantId', { tenantId: scope.addresseeTenantId });
      if (scope.addresseeUnitId) qb.andWhere('n.addresseeUnitId = :unitId', { unitId: scope.addresseeUnitId });
    } else {
      qb.where('n.issuerTenantId = :tenantId', { tenantId: scope.issuerTenantId });
      if (scope.subjectType) qb.andWhere('n.subjectType = :only', { only: scope.subjectType });
    }
    if (filter.kind) qb.andWhere('n.kind = :kind', { kind: filter.kind });
    if (filter.state) qb.andWhere('n.state = :state', { state: filter.state });
    if (filter.subjectType) qb.andWhere('n.subjectType = :subjectType', { subjectType: filter.subjectType });
    if (filter.unread !== undefined && filter.unread !== null) {
      qb.andWhere(filter.unread ? 'n.state = :issued' : 'n.state <> :issued', { issued: NoticeState.ISSUED });
    }
    if (filter.overdue !== undefined && filter.overdue !== null) {
      qb.andWhere(filter.overdue ? OVERDUE : `NOT coalesce(${OVERDUE}, false)`, { today, owed: FEEDBACK_OWED_STATES });
    }
    return qb;
  }
}
