import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { executeTogether, type Statement } from '#common/db';
import { UnitEntity } from '#common/directory';
import { conflict, notFound } from '#common/errors';
import { outboxStatement } from '#common/events';
import { TenantContextStore, auditStatement } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import {
  NoticeAction,
  type FeedbackDecision,
  NoticeState,
  effectiveSettings,
  type Addressing,
  type EffectiveSupervisionSettings,
  type JurisdictionRef,
  type NoticeKind,
  type NoticeReason,
  type OwnSupervisionSettings,
  type SubjectType,
  type UnitRef,
} from './domain/index.js';
import { NoticeEntity } from './entities/index.js';
import { noticeFactEvent } from './notice-events.js';

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
}

/** The columns a transition may set besides state and version. */
type Settable = Partial<Pick<NoticeEntity, 'readAt' | 'firstFeedbackAt' | 'escalateOn' | 'closedAt' | 'closeReason'>>;

const COLUMN_OF: Record<keyof Settable, string> = {
  readAt: 'read_at',
  firstFeedbackAt: 'first_feedback_at',
  escalateOn: 'escalate_on',
  closedAt: 'closed_at',
  closeReason: 'close_reason',
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
}

/** Refuses a change made on a version of the notice other than the current one. */
export function checkVersion(notice: NoticeEntity, version: number): void {
  if (notice.version !== version) {
    throw conflict(`督办通知已被他人处理（当前版本 ${notice.version}，提交的版本 ${version}），请刷新后重试`);
  }
}

/**
 * Reads and writes notices, so that every change is written the same way: the notice row
 * (locked by the caller through `lock`), its history row, the audit row and the fact event, in
 * the caller's transaction.
 */
@Injectable()
export class NoticeStore {
  /** Locks a notice visible to the caller (a concurrent change waits, then sees the new version). */
  async lock(em: EntityManager, id: string): Promise<NoticeEntity> {
    const notice = await em.getRepository(NoticeEntity).createQueryBuilder('n').setLock('pessimistic_write').where('n.id = :id', { id }).getOne();
    if (!notice) throw notFound('督办通知');
    return notice;
  }

  /** Inserts a new notice; one made from a trigger that made one already is skipped (null). */
  create(em: EntityManager, draft: NoticeDraft & { triggerId: string }, at: Date): Promise<NoticeEntity | null>;
  create(em: EntityManager, draft: NoticeDraft & { triggerId: null }, at: Date): Promise<NoticeEntity>;
  async create(em: EntityManager, draft: NoticeDraft, at: Date): Promise<NoticeEntity | null> {
    const ctx = TenantContextStore.current();
    const { addressing } = draft;
    const notice: NoticeEntity = {
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
      version: 1,
    };
    const insert = em.getRepository(NoticeEntity).createQueryBuilder().insert().values(notice).returning('id');
    // The trigger's unique key is the idempotency of its deliveries; any other conflict is a fault.
    if (draft.triggerId !== null) insert.orIgnore();
    const { raw } = await insert.execute();
    if ((raw as unknown[]).length === 0) return null;
    // After the insert, not beside it: the history row's policy must see its notice.
    await executeTogether(em, this.recordStatements(notice, NoticeAction.ISSUE, null, null, at));
    return notice;
  }

  /** Applies a transition to a notice the caller has locked; returns the notice after it. */
  async transition(em: EntityManager, notice: NoticeEntity, change: NoticeChange): Promise<NoticeEntity> {
    const set = change.set ?? {};
    const after: NoticeEntity = { ...notice, ...set, state: change.to, version: notice.version + 1 };
    const keys = Object.keys(set) as (keyof Settable)[];
    const update: Statement = {
      sql: `UPDATE ${MEETINGS_SCHEMA}.notices SET state = $3, version = version + 1${keys.map((key, i) => `, ${COLUMN_OF[key]} = $${i + 5}`).join('')}
             WHERE tenant_id = $1 AND id = $2 AND version = $4`,
      params: [notice.tenantId, notice.id, change.to, notice.version, ...keys.map((key) => set[key])],
    };
    await executeTogether(em, [update, ...(change.also ?? []), ...this.recordStatements(after, change.action, notice.state, change.reason ?? null, change.at)]);
    return after;
  }

  /** The INSERT of the addressee's written feedback, for the change that submits it. */
  feedbackStatement(notice: NoticeEntity, text: string, attachments: readonly string[], at: Date): Statement {
    const ctx = TenantContextStore.current();
    return {
      sql: `INSERT INTO ${MEETINGS_SCHEMA}.notice_feedback
              (tenant_id, id, notice_id, text, attachments, submitted_by_id, submitted_by_name, submitted_tenant_id, submitted_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      params: [notice.tenantId, randomUUID(), notice.id, text, attachments, ctx.userId, ctx.username, ctx.tenantId, at],
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

  /** History, audit and fact event of one change, stamped with who acts now. */
  private recordStatements(after: NoticeEntity, action: NoticeAction, from: NoticeState | null, reason: string | null, at: Date): Statement[] {
    const ctx = TenantContextStore.current();
    const tenant = { tenantId: after.tenantId, tenantPath: after.tenantPath };
    return [
      {
        sql: `INSERT INTO ${MEETINGS_SCHEMA}.notice_history
                (tenant_id, notice_id, seq, action, from_state, to_state, actor_id, actor_name, actor_tenant_id, reason, request_id, at)
              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        params: [after.tenantId, after.id, after.version, action, from, after.state, ctx.userId, ctx.username, ctx.tenantId, reason, ctx.requestId, at],
      },
      auditStatement(MEETINGS_SCHEMA, {
        action: `notice.${action.toLowerCase()}`,
        entity: 'notice',
        entityId: after.id,
        before: from === null ? undefined : { state: from, version: after.version - 1 },
        after: { state: after.state, version: after.version, kind: after.kind, ...(reason ? { reason } : {}) },
        tenant,
      }),
      outboxStatement(MEETINGS_SCHEMA, [noticeFactEvent(after, action, from, at)], tenant).statement,
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
    if (id === null) return null;
    const unit = await em.getRepository(UnitEntity).findOneBy({ id });
    return { id, name: unit?.name ?? null };
  }

  /** The settings in force for the tenant at `path` (its own and its ancestors' rows). */
  async settingsFor(em: EntityManager, path: string): Promise<EffectiveSupervisionSettings> {
    return effectiveSettings(await this.settingsChain(em, path));
  }

  /** Own settings rows from the root down to the tenant at `path`. */
  async settingsChain(em: EntityManager, path: string): Promise<(OwnSupervisionSettings & { tenantPath: string; version: number })[]> {
    return em.query(
      `SELECT tenant_path AS "tenantPath", feedback_days AS "feedbackDays", escalation_interval_days AS "escalationIntervalDays", version
         FROM ${MEETINGS_SCHEMA}.supervision_settings WHERE tenant_path @> $1::ltree ORDER BY nlevel(tenant_path)`,
      [path],
    );
  }
}
