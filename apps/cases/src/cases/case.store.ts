import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, yearOf } from '#common/calendar';
import { UnitEntity, UserEntity } from '#common/directory';
import { conflict, forbidden, notFound } from '#common/errors';
import { TenantContextStore, auditStatement, type AuditEntry } from '#common/tenancy';
import { CASES_SCHEMA } from '../database.js';
import { ClockService } from '../clocks/clocks.service.js';
import { ClockStore, stageInsert } from '../clocks/clock.store.js';
import { earliestOpenClock } from '../clocks/domain/index.js';
import { caseFactEvent, deadlineEvent, type DeadlineChange } from './case-events.js';
import { outboxStatement } from '#common/events';
import { entityColumnList, entityRow, executeTogether, type Statement } from '#common/db';
import { OPINION_KIND_OF, OpinionKind, type CaseSnapshot, type FinalMatter, type RegisteredMatter, type TransitionResult } from './domain/index.js';
import { CaseEntity, CaseStageEntity } from './entities/index.js';

/** A tenant as the lifecycle needs it: in the caller's subtree or above it (core.tenant_in_lineage). */
export interface TenantRef {
  id: string;
  path: string;
  parentId: string | null;
  level: string;
  code: string;
  name: string;
}

/** A case the petitioner's rating link opens, found by the token's hash without a tenant context. */
export interface RatingLinkTarget {
  id: string;
  tenantId: string;
  tenantPath: string;
  validUntil: string | null;
}

/** Petitioners as stored: identity encrypted and bound to the row, with keyed hashes for matching. */
export interface SealedPetitioner {
  id: string;
  ordinal: number;
  name: string;
  idNumberCipher: string | null;
  idNumberHash: string | null;
  idNumberMasked: string | null;
  phoneCipher: string | null;
  phoneHash: string | null;
  phoneMasked: string | null;
  emailCipher: string | null;
  emailMasked: string | null;
  address: string | null;
  representative: boolean;
}

/** What a registration writes beside the case row. */
export interface RegistrationRecords {
  kase: CaseEntity;
  petitioners: readonly SealedPetitioner[];
  /** The clocks the registration starts, planned (see `ClockService.start`). */
  stages: CaseStageEntity[];
  result: TransitionResult;
  /** Why, for the timeline. */
  details: Record<string, unknown>;
  audit: AuditEntry;
  /** The case the new one repeats, if any. */
  repeatOf: Pick<CaseEntity, 'tenantId' | 'id'> | null;
  at: Date;
}

/** The advisory lock class of registrations by petitioner identity (see `sameIdentityCases`). */
const IDENTITY_LOCK_CLASS = 490;

/** A case with a petitioner of the same identity, as the strong-match rule and its refusals need it. */
export interface SameIdentityCase extends RegisteredMatter, FinalMatter {
  categoryId: string;
  title: string;
}

/** A loaded case with its clocks, locked for the rest of the transaction. */
export interface LockedCase {
  kase: CaseEntity;
  stages: CaseStageEntity[];
}

/** One transition to write: the domain's result plus the columns the action sets. */
export interface CaseChange {
  locked: LockedCase;
  result: TransitionResult;
  /** Columns beyond the snapshot (holder, routing, decision text …). */
  set?: Partial<CaseEntity>;
  /** Why and to whom, for the timeline (reasons, targets, dates). */
  details?: Record<string, unknown>;
  /**
   * The case changes hands upwards and the caller loses sight of it, so the holder columns are
   * written by a function of the database: 异议退回 to the router, 上报 to the office above.
   */
  handOver?: HandOver;
  today: IsoDate;
  at: Date;
}

export type HandOver = 'ROUTER' | 'PARENT';

const HAND_OVER_FUNCTIONS: Readonly<Record<HandOver, string>> = {
  ROUTER: 'cases.hand_back_to_router',
  PARENT: 'cases.report_up_to_parent',
};

const SNAPSHOT_COLUMNS = [
  'state',
  'openStages',
  'assigned',
  'completionReport',
  'sendBackCount',
  'extensionUsed',
  'delivered',
  'rating',
  'outcome',
  'reviewResult',
  'reexaminationResult',
  'declineReason',
  'closeReason',
  'hearings',
] as const satisfies readonly (keyof CaseSnapshot & keyof CaseEntity)[];

/** Column names of the case row, for the one UPDATE a transition makes. */
const COLUMN_OF: Partial<Record<keyof CaseEntity, string>> = {
  tenantPath: 'tenant_path',
  state: 'state',
  openStages: 'open_stages',
  deadline: 'deadline',
  deadlineStage: 'deadline_stage',
  handlingTenantId: 'handling_tenant_id',
  handlingUnitId: 'handling_unit_id',
  routingTenantId: 'routing_tenant_id',
  assigningTenantId: 'assigning_tenant_id',
  completionReportDue: 'completion_report_due',
  decidingTenantId: 'deciding_tenant_id',
  reviewTenantId: 'review_tenant_id',
  chainTenantIds: 'chain_tenant_ids',
  assigned: 'assigned',
  completionReport: 'completion_report',
  sendBackCount: 'send_back_count',
  extensionUsed: 'extension_used',
  delivered: 'delivered',
  rating: 'rating',
  ratedAt: 'rated_at',
  ratingTokenHash: 'rating_token_hash',
  ratingLinkValidUntil: 'rating_link_valid_until',
  outcome: 'outcome',
  decisionText: 'decision_text',
  decidedOn: 'decided_on',
  reviewResult: 'review_result',
  reexaminationResult: 'reexamination_result',
  declineReason: 'decline_reason',
  declineTarget: 'decline_target',
  closeReason: 'close_reason',
  hearings: 'hearings',
  finishedOn: 'finished_on',
  updatedAt: 'updated_at',
};

export function snapshotOf(kase: CaseEntity): CaseSnapshot {
  return {
    state: kase.state,
    kind: kase.kind,
    channel: kase.channel,
    openStages: kase.openStages,
    assigned: kase.assigned,
    completionReport: kase.completionReport,
    sendBackCount: kase.sendBackCount,
    extensionUsed: kase.extensionUsed,
    delivered: kase.delivered,
    rating: kase.rating,
    outcome: kase.outcome,
    reviewResult: kase.reviewResult,
    reexaminationResult: kase.reexaminationResult,
    declineReason: kase.declineReason,
    closeReason: kase.closeReason,
    hearings: kase.hearings,
  };
}

/**
 * Reads and writes cases for the lifecycle, so that every transition is written the same way:
 * the case row locked and its version checked, clocks stopped, moved and started with their
 * deadlines, the timeline row, the audit row, the fact event and the deadline events — in the
 * caller's transaction.
 */
@Injectable()
export class CaseStore {
  constructor(
    private readonly clocks: ClockService,
    private readonly clockStore: ClockStore,
  ) {}

  async tenant(em: EntityManager, id: string): Promise<TenantRef | null> {
    const [row] = await em.query(`SELECT id, path, parent_id AS "parentId", level, code, name FROM core.tenant_in_lineage($1)`, [id]);
    return row ?? null;
  }

  /**
   * The cases the caller sees with a petitioner whose ID number has one of these keyed hashes,
   * newest first. Row-level security bounds them as it bounds the caller (an accuser's identity
   * outside the handling chain matches nothing).
   */
  async sameIdentityCases(em: EntityManager, idNumberHashes: readonly string[], limit = 200): Promise<SameIdentityCase[]> {
    if (!idNumberHashes.length) return [];
    // Registrations of the same person wait for each other until commit, so that two at once
    // cannot both miss the other as a match. In hash order: two such registrations never deadlock.
    await em.query(`SELECT pg_advisory_xact_lock(${IDENTITY_LOCK_CLASS}, hashtext(h)) FROM (SELECT DISTINCT unnest($1::text[]) AS h ORDER BY 1) u`, [
      idNumberHashes,
    ]);
    return em.query(
      `SELECT c.id, c.number, c.state, c.registered_on::text AS "registeredOn", c.category_id AS "categoryId", c.title,
              c.finished_on::text AS "finishedOn", c.outcome, c.decision_text AS "decisionText", c.close_reason AS "closeReason",
              c.review_tenant_id AS "reviewTenantId"
         FROM cases.cases c
        WHERE c.id IN (SELECT p.case_id FROM cases.petitioners p WHERE p.id_number_hash = ANY ($1::text[]))
        ORDER BY c.registered_at DESC, c.id
        LIMIT $2`,
      [idNumberHashes, limit],
    );
  }

  /** A case as row-level security shows it, unlocked. */
  find(em: EntityManager, caseId: string): Promise<CaseEntity | null> {
    return em.getRepository(CaseEntity).findOneBy({ id: caseId });
  }

  /**
   * Cases registered between two dates whose problem lies in a subtree, by id after `afterId`
   * (from the first when null), at most `limit`.
   */
  registeredWithProblemIn(em: EntityManager, path: string, period: { from: string; to: string }, afterId: string | null, limit: number): Promise<CaseEntity[]> {
    return em
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where('c.problemJurisdictionPath <@ :path::ltree', { path })
      .andWhere('c.registeredOn BETWEEN :from AND :to', { from: period.from, to: period.to })
      .andWhere('c.id > :after', { after: afterId ?? '00000000-0000-0000-0000-000000000000' })
      .orderBy('c.id')
      .take(limit)
      .getMany();
  }

  /** A unit as row-level security shows it, of one tenant when given. */
  unit(em: EntityManager, unitId: string, tenantId?: string): Promise<UnitEntity | null> {
    return em.getRepository(UnitEntity).findOneBy(tenantId === undefined ? { id: unitId } : { id: unitId, tenantId });
  }

  /** An active user as row-level security shows users, of one tenant when given. */
  activeUser(em: EntityManager, userId: string, tenantId?: string): Promise<UserEntity | null> {
    return em.getRepository(UserEntity).findOneBy(tenantId === undefined ? { id: userId, active: true } : { id: userId, tenantId, active: true });
  }

  /** The case a rating link's token hash opens, with the link's expiry, through the function granted for it. */
  async ratingLinkTarget(em: EntityManager, tokenHash: string): Promise<RatingLinkTarget | null> {
    const [row]: RatingLinkTarget[] = await em.query(
      `SELECT id, tenant_id AS "tenantId", tenant_path AS "tenantPath", valid_until::text AS "validUntil" FROM cases.case_by_rating_token_hash($1)`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Inserts a new case, numbering it from the sequence in the same statement: `<division code>-<year>-<serial>`. */
  async insertCase(em: EntityManager, kase: CaseEntity, code: string, today: IsoDate): Promise<string> {
    const metadata = em.connection.getMetadata(CaseEntity);
    const columns = entityColumnList(metadata);
    // The number is the registrar's code, the year and the next serial: made by the same statement.
    const [row] = await em.query(
      `INSERT INTO cases.cases (${columns})
       SELECT ${columns} FROM jsonb_populate_record(NULL::cases.cases,
                $1::jsonb || jsonb_build_object('number', $2::text || lpad(nextval('cases.case_number_seq')::text, 8, '0')))
       RETURNING number`,
      [JSON.stringify(entityRow(metadata, kase)), `${code}-${yearOf(today)}-`],
    );
    return row.number;
  }

  /**
   * Writes the rest of a registration in one round trip: the petitioners, the started clocks, the
   * timeline row, the audit row, the fact and deadline events, and the repeat count of the original.
   */
  async insertRegistrationRecords(em: EntityManager, r: RegistrationRecords): Promise<void> {
    const started = r.stages.map((stage) => ({ stage, change: 'STARTED' as const }));
    await executeTogether(em, [
      this.petitionersInsert(r.kase, r.petitioners),
      ...r.stages.map(stageInsert),
      this.timelineStatement(r.kase, r.result, r.details, r.at),
      auditStatement(CASES_SCHEMA, r.audit),
      await this.eventsStatement(em, r.kase, r.stages, r.result, r.at, started),
      ...(r.repeatOf ? [this.repeatCountStatement(r.repeatOf)] : []),
    ]);
  }

  /** The INSERT of a new case's petitioners, all in one statement whatever their number. */
  private petitionersInsert(kase: CaseEntity, petitioners: readonly SealedPetitioner[]): Statement {
    return {
      sql: `INSERT INTO cases.petitioners (tenant_id, case_id, id, ordinal, name, id_number_cipher, id_number_hash, id_number_masked,
                                     phone_cipher, phone_hash, phone_masked, email_cipher, email_masked, address, representative)
            SELECT $1, $2, p.id, p.ordinal, p.name, p."idNumberCipher", p."idNumberHash", p."idNumberMasked",
                   p."phoneCipher", p."phoneHash", p."phoneMasked", p."emailCipher", p."emailMasked", p.address, p.representative
              FROM jsonb_to_recordset($3::jsonb) AS p(id uuid, ordinal integer, name text, "idNumberCipher" text, "idNumberHash" text,
                   "idNumberMasked" text, "phoneCipher" text, "phoneHash" text, "phoneMasked" text, "emailCipher" text, "emailMasked" text,
                   address text, representative boolean)`,
      params: [kase.tenantId, kase.id, JSON.stringify(petitioners)],
    };
  }

  /** Counts a repeat on the original without touching its version: a repeat is not an edit of it. */
  private repeatCountStatement(original: Pick<CaseEntity, 'tenantId' | 'id'>): Statement {
    return { sql: `UPDATE cases.cases SET repeat_count = repeat_count + 1 WHERE tenant_id = $1 AND id = $2`, params: [original.tenantId, original.id] };
  }

  /** Locks the case (a concurrent transition waits, then sees the new version) and checks the version the user saw. */
  async lock(em: EntityManager, caseId: string, version: number | null): Promise<LockedCase> {
    const kase = await em.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = :caseId', { caseId }).setLock('pessimistic_write').getOne();
    if (!kase) throw notFound('信访事项');
    if (version !== null && kase.version !== version) {
      throw conflict(`信访事项 ${kase.number} 已被他人修改（当前版本 ${kase.version}，提交的版本 ${version}），请刷新后重试`);
    }
    const stages = await this.clockStore.stagesOf(em, kase.tenantId, kase.id);
    return { kase, stages };
  }

  /**
   * Writes a transition. Children first: once the case row changes hands (an objection, a route)
   * the acting user may no longer see it, and the children's policy asks whether the case is visible.
   */
  async commit(em: EntityManager, change: CaseChange): Promise<CaseEntity> {
    const { locked, result, today, at } = change;
    const before = locked.kase;
    const stages = [...locked.stages];
    const stopped = await this.clocks.stop(em, stages, result.stopped, today);
    const extension = result.extended ? { stage: result.extended, days: Number(change.details?.days) } : undefined;
    const moved = await this.clocks.move(em, stages, { extension, pause: result.paused });
    const stageEvents: { stage: CaseStageEntity; change: DeadlineChange }[] = [
      ...stopped.map((stage) => ({ stage, change: 'STOPPED' as const })),
      ...moved.map((stage) => ({ stage, change: 'CHANGED' as const })),
    ];

    const after: CaseEntity = Object.assign(new CaseEntity(), before, change.set ?? {});
    for (const column of SNAPSHOT_COLUMNS) (after as unknown as Record<string, unknown>)[column] = result.snapshot[column];
    const started: CaseStageEntity[] = [];
    for (const stage of result.started) started.push(await this.clocks.start(em, after, stage, today));
    for (const row of started) {
      stages.push(row);
      stageEvents.push({ stage: row, change: 'STARTED' });
    }
    const earliest = earliestOpenClock(stages);
    after.deadline = earliest?.deadline ?? null;
    after.deadlineStage = earliest?.stage ?? null;
    after.updatedAt = at;
    after.version = before.version + 1;

    const opinion = OPINION_KIND_OF[result.action];
    await executeTogether(em, [
      ...started.map(stageInsert),
      this.timelineStatement(after, result, change.details ?? {}, at),
      ...(opinion ? [this.opinionStatement(after, opinion, today, at)] : []),
    ]);
    await this.updateCase(em, before, change.handOver ? { ...after, ...holderOf(before) } : after);
    if (change.handOver) {
      const [{ moved }] = await em.query(`SELECT ${HAND_OVER_FUNCTIONS[change.handOver]}($1, $2) AS moved`, [after.tenantId, after.id]);
      if (!moved) throw forbidden('只有当前办理机构可以将事项移交上级机关');
    }
    await executeTogether(em, [
      auditStatement(CASES_SCHEMA, {
        action: `case.${result.action.toLowerCase()}`,
        entity: 'case',
        entityId: after.id,
        before: { state: before.state, version: before.version },
        after: { state: after.state, version: after.version, ...(change.details ?? {}) },
      }),
      await this.eventsStatement(em, after, stages, result, at, stageEvents),
    ]);
    return after;
  }

  /** The timeline row of a step, stamped with who acts now. */
  timelineStatement(kase: CaseEntity, result: TransitionResult, details: Record<string, unknown>, at: Date): Statement {
    const ctx = TenantContextStore.current();
    // A new case's first step needs no look at its (empty) timeline.
    const seq = result.from === null ? '1' : '(SELECT coalesce(max(seq), 0) + 1 FROM cases.case_transitions WHERE case_id = $2)';
    return {
      sql: `INSERT INTO cases.case_transitions (tenant_id, case_id, seq, action, from_state, to_state, actor_id, actor_name, actor_tenant_id, details, request_id, at)
       VALUES ($1, $2, ${seq}, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      params: [
        kase.tenantId,
        kase.id,
        result.action,
        result.from,
        kase.state,
        ctx.userId,
        ctx.username,
        ctx.tenantId,
        JSON.stringify(details),
        ctx.requestId,
        at,
      ],
    };
  }

  /**
   * The opinion a deciding step issues, as the case now holds it (outcome, text, result), with
   * the opinion it reviews: the one in force until now, the case's latest.
   */
  opinionStatement(kase: CaseEntity, kind: OpinionKind, today: IsoDate, at: Date): Statement {
    const ctx = TenantContextStore.current();
    const result = kind === OpinionKind.REVIEW ? kase.reviewResult : kind === OpinionKind.REEXAMINATION ? kase.reexaminationResult : null;
    return {
      sql: `INSERT INTO cases.case_opinions (tenant_id, case_id, seq, kind, outcome, result, reviewed_opinion_id, text,
              issuer_tenant_id, issuer_unit_id, issued_by, issued_by_name, issued_on, issued_at)
       SELECT $1, $2, coalesce(max(o.seq), 0) + 1, $3, $4, $5,
              CASE WHEN $3 <> 'HANDLING' THEN (array_agg(o.id ORDER BY o.seq DESC))[1] END,
              $6, $7, $8, $9, $10, $11, $12
         FROM cases.case_opinions o WHERE o.case_id = $2`,
      params: [
        kase.tenantId,
        kase.id,
        kind,
        kase.outcome,
        result,
        kase.decisionText,
        ctx.tenantId,
        kind === OpinionKind.HANDLING ? kase.handlingUnitId : null,
        ctx.userId,
        ctx.username,
        today,
        at,
      ],
    };
  }

  /** The fact event of a step and a deadline event per clock it started, moved or stopped, under the clock's owner. */
  async eventsStatement(
    em: EntityManager,
    kase: CaseEntity,
    stages: readonly CaseStageEntity[],
    result: TransitionResult,
    at: Date,
    clocks: readonly { stage: CaseStageEntity; change: DeadlineChange }[],
  ): Promise<Statement> {
    const owners = await this.clocks.ownerPaths(
      em,
      clocks.map(({ stage }) => stage.ownerTenantId),
    );
    return outboxStatement(CASES_SCHEMA, [
      caseFactEvent(kase, stages, { action: result.action, fromState: result.from, at }),
      ...clocks.map(({ stage, change }) => {
        const ownerPath = owners.get(stage.ownerTenantId);
        if (!ownerPath) throw new Error(`owner ${stage.ownerTenantId} of stage ${stage.id} is outside the acting tenant's lineage`);
        return deadlineEvent(kase, stage, change, ownerPath);
      }),
    ]).statement;
  }

  private async updateCase(em: EntityManager, before: CaseEntity, after: Partial<CaseEntity>): Promise<void> {
    const assignments: string[] = [];
    const values: unknown[] = [before.tenantId, before.id, before.version];
    for (const [property, column] of Object.entries(COLUMN_OF) as [keyof CaseEntity, string][]) {
      const value = after[property];
      if (value === undefined || sameValue(value, before[property])) continue;
      values.push(property === 'hearings' ? JSON.stringify(value) : value);
      assignments.push(`${column} = $${values.length}`);
    }
    const [, updated] = await em.query(
      `UPDATE cases.cases SET ${[...assignments, 'version = version + 1'].join(', ')} WHERE tenant_id = $1 AND id = $2 AND version = $3`,
      values,
    );
    if (updated !== 1) throw conflict(`信访事项 ${before.number} 已被他人修改，请刷新后重试`);
  }
}

const holderOf = (kase: CaseEntity): Partial<CaseEntity> => ({
  tenantPath: kase.tenantPath,
  handlingTenantId: kase.handlingTenantId,
  handlingUnitId: kase.handlingUnitId,
  routingTenantId: kase.routingTenantId,
});

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}
