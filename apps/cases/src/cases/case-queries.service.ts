import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { isoDate, plusDays, type IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { decodeCursor, toConnection, withTotalCount, type Connection, type CursorPart } from '#common/graphql';
import { forbidden, invalidField, notFound, validation } from '#common/errors';
import { PiiCipher, parsePhone, parseResidentId } from '#common/pii';
import { TenantTransactions, audit, scopeUnitOf, type TenantContext } from '#common/tenancy';
import type { TenantLevel, UnitKind } from '#common/directory';
import { groupBy } from '#common/collections';
import { Role } from '#common/auth';
import { CASES_SCHEMA } from '../database.js';
import {
  CASE_KIND_LABELS,
  CASE_STATE_LABELS,
  CHANNEL_LABELS,
  CaseAction,
  CaseState,
  acceptRefusal,
  actingOfficeRefusal,
  actionsAllowedNow,
  caseOffices,
  isHandledBelow,
  repeatScore,
  reportUpRefusal,
  type CaseKind,
  type Channel,
} from './domain/index.js';
import { snapshotOf } from './case-store.js';
import { openStage, runningClocks, type RunningClock } from '../clocks/domain/index.js';
import { TenantCalendars } from '../calendar/tenant-calendar.js';
import { CaseEntity, CaseOpinionEntity, CaseStageEntity, CaseTransitionEntity, PetitionerEntity } from './entities/index.js';
import { CaseCountBasis, CaseGrouping, CaseOrderField, OrderDirection, type CaseFilter, type CaseOrder, type PeriodInput, type RepeatCandidatesInput } from './dto/case-filter.input.js';
import { petitionerCipherContext } from './registration.service.js';

const DEFAULT_ORDER = { field: CaseOrderField.REGISTERED_AT, direction: OrderDirection.DESC } as const;

/** A case without a running clock sorts after every deadline; the migration indexes this very expression. */
const NO_DEADLINE = '9999-12-31';

/** Each order's sort key: its SQL, its SQL type, the cursor part that checks it, and its value on a row. */
const CASE_SORT_KEYS: Readonly<Record<CaseOrderField, { sql: string; cast: string; part: CursorPart; keyOf: (c: CaseEntity) => string }>> = {
  [CaseOrderField.REGISTERED_AT]: { sql: 'c.registered_at', cast: 'timestamptz', part: 'timestamp', keyOf: (c) => c.registeredAt.toISOString() },
  [CaseOrderField.DEADLINE]: { sql: `coalesce(c.deadline, '${NO_DEADLINE}'::date)`, cast: 'date', part: 'date', keyOf: (c) => c.deadline ?? NO_DEADLINE },
  [CaseOrderField.NUMBER]: { sql: 'c.number', cast: 'text', part: 'text', keyOf: (c) => c.number },
};

/** The generated column holding the problem jurisdiction's code at each level below the province (migration 1767000000440). */
const PROBLEM_LEVEL_COLUMNS: Readonly<Record<number, string>> = { 2: 'problem_city', 3: 'problem_county', 4: 'problem_township' };

export interface Page {
  first: number;
  after?: string;
}

/** Roles that may see a petitioner's full ID number and phone (each reading audited). */
export const UNMASKING_ROLES: ReadonlySet<Role> = new Set([Role.REGISTRAR, Role.HANDLER]);

export interface CaseCountRow {
  key: string;
  label: string;
  batches: number;
  personTimes: number;
  reviews: number;
  reviewsUpheld: number;
  reviewsChanged: number;
  reviewsRevoked: number;
  reexaminations: number;
  reexaminationsUpheld: number;
  reexaminationsChanged: number;
  reexaminationsRevoked: number;
}

export interface CaseBacklogRow {
  asOf: string;
  open: number;
  personTimes: number;
  overdue: number;
  longPending: number;
}

/** A statistics period's days, refused when reversed; counting by problem jurisdiction is refused to a unit's staff. */
function statisticsPeriod(ctx: TenantContext, period: PeriodInput, basis: CaseCountBasis): { from: IsoDate; to: IsoDate } {
  const from = isoDate(period.from);
  const to = isoDate(period.to);
  if (from > to) throw validation(`统计期间的起始日期 ${from} 晚于截止日期 ${to}`);
  if (basis === CaseCountBasis.PROBLEM_JURISDICTION && scopeUnitOf(ctx)) {
    throw forbidden('本单位人员只能查看本单位办理的事项，不能按问题属地统计');
  }
  return { from, to };
}

/** An office as a case names it, with its names from the root (`path`) and its parent (for the acting-office rules). */
export interface OfficeRow {
  id: string;
  code: string;
  name: string;
  level: TenantLevel;
  parentId: string | null;
  path: string[];
}

export interface UnitRow {
  id: string;
  tenantId: string;
  name: string;
  kind: UnitKind;
}

export interface RepeatCandidateRow {
  kase: CaseEntity;
  sameIdNumber: boolean;
  samePhone: boolean;
  textSimilarity: number;
  score: number;
  finalized: boolean;
  handledBelow: boolean;
}

/** Reads of cases: one case, lists, timelines, petitioners, statistics and repeat candidates. */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: PiiCipher,
    private readonly clock: Clock,
    private readonly calendars: TenantCalendars,
  ) {}

  casesByIds(ctx: TenantContext, ids: readonly string[]): Promise<CaseEntity[]> {
    return this.transactions.run(ctx, (em) => em.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany());
  }

  async case(ctx: TenantContext, id: string): Promise<CaseEntity> {
    const [kase] = await this.casesByIds(ctx, [id]);
    if (!kase) throw notFound('信访事项');
    return kase;
  }

  /**
   * A page of the caller's cases in `order`; without one, by deadline when asking for what is due,
   * else newest first. Each filter maps to an indexed column, and each order to an index walked
   * in list order. The cursor names its order, so a cursor of another order is refused.
   */
  cases(ctx: TenantContext, filter: CaseFilter, page: Page, order?: CaseOrder): Promise<Connection<CaseEntity>> {
    const byDeadline = filter.overdue === true || filter.dueWithinDays !== undefined;
    const { field, direction } = order?.field
      ? { field: order.field, direction: order.direction ?? OrderDirection.ASC }
      : byDeadline
        ? { field: CaseOrderField.DEADLINE, direction: OrderDirection.ASC }
        : DEFAULT_ORDER;
    const sort = CASE_SORT_KEYS[field];
    const tag = `${field}.${direction}`;
    const tagged = decodeCursor(page.after, ['text', 'text', 'uuid']);
    if (tagged && tagged[0] !== tag) throw invalidField('after', '分页游标与排序不一致，请从第一页重新查询');
    const after = decodeCursor(page.after, ['text', sort.part, 'uuid']);
    return this.transactions.run(ctx, async (em) => {
      // The subtree rule of row-level security and a jurisdiction filter select nearly the same
      // rows, but the planner multiplies their selectivities, expects a handful, and would read and
      // sort a county's whole history (bitmap or subtree-index scan, then sort: ~18 ms); a page
      // should walk an index in list order instead, so neither bitmaps nor sorts are offered.
      // Which of the two it picks otherwise turned on the sample of the last ANALYZE. Trigram text
      // search needs bitmap scans, so it keeps them, and so do the orders other than the default.
      // A page is never worth parallel workers, nor JIT compilation, which the walk's pessimistic
      // cost estimate would otherwise buy (~20 ms).
      const walk = field === DEFAULT_ORDER.field && direction === DEFAULT_ORDER.direction && !byDeadline && filter.text === undefined;
      await em.query(
        `SELECT set_config('enable_bitmapscan', $1, true), set_config('enable_sort', $1, true),
                set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)`,
        [walk ? 'off' : 'on'],
      );
      const query = em.getRepository(CaseEntity).createQueryBuilder('c').limit(page.first + 1);
      await this.applyFilter(em, ctx, query, filter);
      query.orderBy(sort.sql, direction).addOrderBy('c.id', direction);
      if (after) {
        const comparison = direction === OrderDirection.ASC ? '>' : '<';
        query.andWhere(`(${sort.sql}, c.id) ${comparison} (:sortKey::${sort.cast}, :sortId::uuid)`, { sortKey: after[1], sortId: after[2] });
      }
      const rows = await query.getMany();
      const connection = toConnection(rows, page.first, (c) => [tag, sort.keyOf(c), c.id]);
      return withTotalCount(connection, () => this.countCases(ctx, filter));
    });
  }

  /** How many cases the caller sees under `filter`: the page's filter under the page's row-level security. */
  countCases(ctx: TenantContext, filter: CaseFilter): Promise<number> {
    return this.transactions.run(ctx, async (em) => {
      const query = em.getRepository(CaseEntity).createQueryBuilder('c');
      await this.applyFilter(em, ctx, query, filter);
      return query.getCount();
    });
  }

  private async applyFilter(em: EntityManager, ctx: TenantContext, query: SelectQueryBuilder<CaseEntity>, filter: CaseFilter): Promise<void> {
    const today = this.clock.today();
    // Row-level security already confines a unit user to the unit; saying so lets the planner use the unit's index.
    const scopeUnit = scopeUnitOf(ctx);
    if (scopeUnit) query.andWhere('c.handlingUnitId = :scopeUnit', { scopeUnit });
    if (filter.states?.length) query.andWhere('c.state = ANY(:states)', { states: filter.states });
    if (filter.channels?.length) query.andWhere('c.channel = ANY(:channels)', { channels: filter.channels });
    if (filter.kinds?.length) query.andWhere('c.kind = ANY(:kinds)', { kinds: filter.kinds });
    if (filter.categoryIds?.length) query.andWhere('c.categoryId = ANY(:categoryIds)', { categoryIds: filter.categoryIds });
    if (filter.handlingTenantId) query.andWhere('c.handlingTenantId = :handlingTenantId', { handlingTenantId: filter.handlingTenantId });
    if (filter.handlingUnitId) query.andWhere('c.handlingUnitId = :handlingUnitId', { handlingUnitId: filter.handlingUnitId });
    if (filter.leaderOwnerId) query.andWhere('c.leaderOwnerId = :leaderOwnerId', { leaderOwnerId: filter.leaderOwnerId });
    if (filter.receptionId) query.andWhere('c.receptionId = :receptionId', { receptionId: filter.receptionId });
    if (filter.registeredByMe) {
      if (!ctx.userId) throw forbidden('只有登录用户才能查看本人登记的事项');
      query.andWhere('c.registeredBy = :registeredBy', { registeredBy: ctx.userId });
    }
    if (filter.ownedByMe) {
      if (!ctx.userId) throw forbidden('只有登录用户才能查看本人包案的事项');
      query.andWhere('c.leaderOwnerId = :ownerMe', { ownerMe: ctx.userId });
    }
    if (filter.problemJurisdictionId) {
      const [row] = await em.query(`SELECT path::text AS path FROM core.tenants WHERE id = $1`, [filter.problemJurisdictionId]);
      if (!row) throw validation('问题属地不在本辖区内');
      const column = PROBLEM_LEVEL_COLUMNS[row.path.split('.').length];
      // A province is the whole tree the caller may see; below it, the level's code column is indexed in list order.
      if (column) query.andWhere(`c.${column} = :problemCode`, { problemCode: row.path.split('.').at(-1) });
      else query.andWhere('c.problemJurisdictionPath <@ :problemPath::ltree', { problemPath: row.path });
    }
    if (filter.overdue === true) query.andWhere('c.deadline < :today', { today });
    if (filter.overdue === false) query.andWhere('(c.deadline IS NULL OR c.deadline >= :today)', { today });
    if (filter.dueWithinDays !== undefined) {
      query.andWhere('c.deadline <= :dueBy', { dueBy: plusDays(today, filter.dueWithinDays) });
    }
    // China dates as instants, so the range runs on the registration-time index.
    if (filter.registeredFrom) query.andWhere(`c.registeredAt >= (:from::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, { from: isoDate(filter.registeredFrom) });
    if (filter.registeredTo) query.andWhere(`c.registeredAt < ((:to::date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`, { to: isoDate(filter.registeredTo) });
    if (filter.text !== undefined) {
      const text = filter.text.trim();
      if (text.length < 2) throw validation('检索文字至少 2 个字');
      query.andWhere(`c.search_text ILIKE :pattern`, { pattern: `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%` });
    }
    const hashes = this.petitionerHashes(filter);
    if (hashes.length) {
      query.andWhere(
        `c.id IN (SELECT p.case_id FROM cases.petitioners p WHERE p.id_number_hash = ANY(:hashes) OR p.phone_hash = ANY(:hashes))`,
        { hashes },
      );
    }
  }

  private petitionerHashes(filter: CaseFilter): string[] {
    const hashes: string[] = [];
    if (filter.petitionerIdNumber) {
      const parsed = parseResidentId(filter.petitionerIdNumber);
      if (!parsed.ok) throw validation('信访人公民身份号码不正确');
      hashes.push(this.cipher.blindIndex(parsed.value));
    }
    if (filter.petitionerPhone) {
      const parsed = parsePhone(filter.petitionerPhone);
      if (!parsed.ok) throw validation('信访人联系电话不正确');
      hashes.push(this.cipher.blindIndex(parsed.value));
    }
    return hashes;
  }

  petitionersOf(ctx: TenantContext, caseIds: readonly string[]): Promise<PetitionerEntity[]> {
    return this.transactions.run(ctx, (em) =>
      em.getRepository(PetitionerEntity).createQueryBuilder('p').where('p.caseId = ANY(:caseIds)', { caseIds }).orderBy('p.ordinal').getMany(),
    );
  }

  /** One petitioner's full ID number or phone; refused to roles that do not need it, and each reading audited. */
  revealPetitioner(ctx: TenantContext, petitioner: PetitionerEntity, field: 'idNumber' | 'phone'): Promise<string | null> {
    if (!ctx.roles.some((role) => UNMASKING_ROLES.has(role))) throw forbidden('只有登记、办理人员可以查看完整的身份证号码和电话');
    const cipher = field === 'idNumber' ? petitioner.idNumberCipher : petitioner.phoneCipher;
    if (!cipher) return Promise.resolve(null);
    return this.transactions.run(ctx, async (em) => {
      await audit(em, CASES_SCHEMA, {
        action: 'petitioner.revealed',
        entity: 'petitioner',
        entityId: petitioner.id,
        after: { caseId: petitioner.caseId, field },
      });
      return this.cipher.decrypt(cipher, petitionerCipherContext(petitioner.id, field));
    });
  }

  timelinesOf(ctx: TenantContext, caseIds: readonly string[]): Promise<CaseTransitionEntity[]> {
    return this.transactions.run(ctx, (em) =>
      em.getRepository(CaseTransitionEntity).createQueryBuilder('t').where('t.caseId = ANY(:caseIds)', { caseIds }).orderBy('t.seq').getMany(),
    );
  }

  stagesOf(ctx: TenantContext, caseIds: readonly string[]): Promise<CaseStageEntity[]> {
    return this.transactions.run(ctx, (em) =>
      em
        .getRepository(CaseStageEntity)
        .createQueryBuilder('s')
        .where('s.caseId = ANY(:caseIds)', { caseIds })
        .orderBy('s.startedOn')
        .addOrderBy('s.stage')
        .getMany(),
    );
  }

  /**
   * Batches, person-times and review results of the cases registered in a period, grouped, on a
   * named basis: what the caller's subtree holds (under its row-level security), or the cases
   * whose problem lies in its subtree as the assessment counts them (aggregates only, from a
   * function of the database). `jurisdictionId` narrows either to a jurisdiction below the caller
   * (what its offices hold, or what arose in it). `CHILD_JURISDICTION` groups by the direct child of
   * the counted jurisdiction the problem is in.
   */
  statistics(ctx: TenantContext, period: PeriodInput, groupBy: CaseGrouping, basis: CaseCountBasis, jurisdictionId?: string | null): Promise<CaseCountRow[]> {
    const { from, to } = statisticsPeriod(ctx, period, basis);
    const source =
      basis === CaseCountBasis.PROBLEM_JURISDICTION
        ? `cases.case_counts_by_problem_jurisdiction($1, $2, $3, $4::ltree)`
        : `cases.case_counts($1, $2, $3, NULL, $4::ltree)`;
    return this.transactions.run(ctx, async (em) => {
      const path = jurisdictionId ? (await this.jurisdiction(em, jurisdictionId)).path : null;
      const rows: Record<string, string>[] = await em.query(`SELECT * FROM ${source}`, [from, to, groupBy, path]);
      const labels = await this.labelsFor(em, groupBy, rows.map((r) => r.key));
      return rows.map((r) => ({
        key: r.key,
        label: labels.get(r.key) ?? r.key,
        batches: Number(r.batches),
        personTimes: Number(r.person_times),
        reviews: Number(r.reviews),
        reviewsUpheld: Number(r.reviews_upheld),
        reviewsChanged: Number(r.reviews_changed),
        reviewsRevoked: Number(r.reviews_revoked),
        reexaminations: Number(r.reexaminations),
        reexaminationsUpheld: Number(r.reexaminations_upheld),
        reexaminationsChanged: Number(r.reexaminations_changed),
        reexaminationsRevoked: Number(r.reexaminations_revoked),
      }));
    });
  }

  /** The backlog (积存) at the end of a period, on the same bases and jurisdictions as `statistics`. */
  backlog(ctx: TenantContext, period: PeriodInput, basis: CaseCountBasis, jurisdictionId?: string | null): Promise<CaseBacklogRow> {
    const { to } = statisticsPeriod(ctx, period, basis);
    const source =
      basis === CaseCountBasis.PROBLEM_JURISDICTION ? `cases.case_backlog_by_problem_jurisdiction($1, $2::ltree)` : `cases.case_backlog($1, NULL, $2::ltree)`;
    return this.transactions.run(ctx, async (em) => {
      const path = jurisdictionId ? (await this.jurisdiction(em, jurisdictionId)).path : null;
      // No row when the problem-jurisdiction function refuses the caller: nothing counted.
      const [row]: Record<string, string>[] = await em.query(`SELECT * FROM ${source}`, [to, path]);
      return { asOf: to, open: Number(row?.open ?? 0), personTimes: Number(row?.person_times ?? 0), overdue: Number(row?.overdue ?? 0), longPending: Number(row?.long_pending ?? 0) };
    });
  }

  /** The opinions of cases in the order issued, each marked whether it is the one in force. */
  opinionsOf(ctx: TenantContext, caseIds: readonly string[]): Promise<(CaseOpinionEntity & { inForce: boolean })[]> {
    return this.transactions.run(ctx, async (em) => {
      const opinions = await em
        .getRepository(CaseOpinionEntity)
        .createQueryBuilder('o')
        .where('o.caseId = ANY(:caseIds)', { caseIds })
        .orderBy('o.caseId')
        .addOrderBy('o.seq')
        .getMany();
      // A send-back withdraws the opinion in force: the case then has no outcome until decided again.
      const decided: { id: string }[] = await em.query(`SELECT id FROM cases.cases WHERE id = ANY($1) AND outcome IS NOT NULL`, [caseIds]);
      const withOutcome = new Set(decided.map((r) => r.id));
      const latest = new Map<string, number>();
      for (const o of opinions) latest.set(o.caseId, Math.max(latest.get(o.caseId) ?? 0, o.seq));
      return opinions.map((o) => Object.assign(o, { inForce: withOutcome.has(o.caseId) && latest.get(o.caseId) === o.seq }));
    });
  }

  /** The name of a jurisdiction in the caller's subtree, the caller's own by default. */
  jurisdictionName(ctx: TenantContext, tenantId: string | null): Promise<string> {
    return this.transactions.run(ctx, async (em) => (await this.jurisdiction(em, tenantId ?? ctx.tenantId)).name);
  }

  /** A jurisdiction in the caller's subtree (the caller's own included). */
  private async jurisdiction(em: EntityManager, tenantId: string): Promise<{ path: string; name: string }> {
    const rows: { path: string; name: string }[] = await em.query(
      `SELECT path::text, name FROM core.tenants WHERE id::text = $1 AND path <@ core.current_tenant_path()`,
      [tenantId],
    );
    if (!rows[0]) throw notFound('辖区');
    return rows[0];
  }

  private async labelsFor(em: EntityManager, groupBy: CaseGrouping, keys: string[]): Promise<Map<string, string>> {
    switch (groupBy) {
      case CaseGrouping.MONTH:
        return new Map(keys.map((k) => [k, `${k.slice(0, 4)}年${Number(k.slice(5))}月`]));
      case CaseGrouping.CHANNEL:
        return new Map(keys.map((k) => [k, CHANNEL_LABELS[k as Channel]]));
      case CaseGrouping.KIND:
        return new Map(keys.map((k) => [k, CASE_KIND_LABELS[k as CaseKind]]));
      case CaseGrouping.STATE:
        return new Map(keys.map((k) => [k, CASE_STATE_LABELS[k as CaseState]]));
      case CaseGrouping.CATEGORY: {
        const rows: { id: string; name: string }[] = await em.query(`SELECT id::text, name FROM cases.categories WHERE id = ANY($1::uuid[])`, [keys]);
        return new Map(rows.map((r) => [r.id, r.name]));
      }
      case CaseGrouping.CHILD_JURISDICTION: {
        const rows: { path: string; name: string }[] = await em.query(`SELECT path::text, name FROM core.tenants WHERE path = ANY($1::ltree[])`, [keys]);
        return new Map(rows.map((r) => [r.path, r.name]));
      }
    }
  }

  /**
   * Cases in the caller's subtree that may be the same matter: same petitioner (keyed hashes of the
   * ID number and phone) or similar wording (trigram similarity), ranked by `repeatScore`.
   */
  repeatCandidates(ctx: TenantContext, input: RepeatCandidatesInput, limit = 10): Promise<RepeatCandidateRow[]> {
    const idHashes = input.idNumbers.map((value) => parseResidentId(value)).filter((p) => p.ok).map((p) => this.cipher.blindIndex(p.value));
    const phoneHashes = input.phones.map((value) => parsePhone(value)).filter((p) => p.ok).map((p) => this.cipher.blindIndex(p.value));
    const text = `${input.title} ${input.content.slice(0, 1000)}`.trim();
    if (!idHashes.length && !phoneHashes.length && text.length < 4) throw validation('请至少提供信访人身份证号码、电话或信访内容之一');
    return this.transactions.run(ctx, async (em) => {
      await em.query(`SELECT set_config('pg_trgm.similarity_threshold', '0.3', true)`);
      const rows: { id: string; same_id: boolean; same_phone: boolean; similarity: number }[] = await em.query(
        `WITH identity AS (
           SELECT p.case_id, bool_or(p.id_number_hash = ANY($1)) AS same_id, bool_or(p.phone_hash = ANY($2)) AS same_phone
             FROM cases.petitioners p
            WHERE p.id_number_hash = ANY($1) OR p.phone_hash = ANY($2)
            GROUP BY p.case_id
         ), wording AS (
           SELECT c.id AS case_id FROM cases.cases c WHERE $3 <> '' AND c.search_text % $3
            ORDER BY similarity(c.search_text, $3) DESC LIMIT 50
         )
         SELECT c.id, coalesce(i.same_id, false) AS same_id, coalesce(i.same_phone, false) AS same_phone,
                CASE WHEN $3 = '' THEN 0 ELSE similarity(c.search_text, $3) END AS similarity
           FROM cases.cases c
           JOIN (SELECT case_id FROM identity UNION SELECT case_id FROM wording) u ON u.case_id = c.id
           LEFT JOIN identity i ON i.case_id = c.id`,
        [idHashes, phoneHashes, text],
      );
      const ranked = rows
        .map((r) => ({ id: r.id, sameIdNumber: r.same_id, samePhone: r.same_phone, textSimilarity: Number(r.similarity) }))
        .map((r) => ({ ...r, score: repeatScore(r) }))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, limit);
      const cases = await em.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: ranked.map((r) => r.id) }).getMany();
      const byId = new Map(cases.map((c) => [c.id, c]));
      const today = this.clock.today();
      return ranked.map((r) => {
        const kase = byId.get(r.id)!;
        return { ...r, kase, finalized: kase.state === CaseState.FINALIZED, handledBelow: isHandledBelow(kase, ctx.tenantPath, today) };
      });
    });
  }

  /**
   * Offices by id with their names from the root, for the names shown beside a case's ids. Only
   * offices in the caller's lineage (its subtree and the offices above it) are returned: offices'
   * names are not secret, and a case the caller sees names offices of that lineage; any other id
   * reads as missing. One statement for a whole page, walking up through the lineage function.
   */
  officesByIds(ctx: TenantContext, ids: readonly string[]): Promise<OfficeRow[]> {
    return this.transactions.run(ctx, async (em) => {
      const rows: { start: string; id: string; code: string; name: string; level: TenantLevel; parent_id: string | null; depth: number }[] = await em.query(
        `WITH RECURSIVE up AS (
           SELECT u.id AS start, t.id, t.code, t.name, t.level, t.parent_id, 0 AS depth
             FROM unnest($1::uuid[]) u(id), core.tenant_in_lineage(u.id) t
           UNION ALL
           SELECT up.start, t.id, t.code, t.name, t.level, t.parent_id, up.depth + 1
             FROM up, core.tenant_in_lineage(up.parent_id) t
            WHERE up.parent_id IS NOT NULL
         )
         SELECT start, id, code, name, level, parent_id, depth FROM up ORDER BY start, depth DESC`,
        [[...new Set(ids)]],
      );
      const offices: OfficeRow[] = [];
      for (const [start, chain] of groupBy(rows, (row) => row.start)) {
        const self = chain.find((row) => row.depth === 0)!;
        // Rows come root first: the names from the province down to the office itself.
        offices.push({ id: start, code: self.code, name: self.name, level: self.level, parentId: self.parent_id, path: chain.map((row) => row.name) });
      }
      return offices;
    });
  }

  /** Units by id, as row-level security shows them (the caller's subtree). */
  unitsByIds(ctx: TenantContext, ids: readonly string[]): Promise<UnitRow[]> {
    return this.transactions.run(ctx, (em) =>
      em.query(`SELECT id, tenant_id AS "tenantId", name, kind FROM core.units WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]),
    );
  }

  /** The cases registered as repeats of each of `caseIds`, oldest first, as row-level security shows them. */
  repeatsOf(ctx: TenantContext, caseIds: readonly string[]): Promise<CaseEntity[]> {
    return this.transactions.run(ctx, (em) =>
      em
        .getRepository(CaseEntity)
        .createQueryBuilder('c')
        .where('c.repeatOfId = ANY(:caseIds)', { caseIds: [...new Set(caseIds)] })
        .orderBy('c.registeredAt')
        .addOrderBy('c.id')
        .getMany(),
    );
  }

  /**
   * Who may approve extending the case's handling period: the active leaders of its handling
   * office, the same rule `extendCase` checks.
   */
  async extensionApprovers(ctx: TenantContext, caseId: string): Promise<{ id: string; name: string }[]> {
    const kase = await this.case(ctx, caseId);
    return this.transactions.run(ctx, (em) =>
      em.query(
        `SELECT id, display_name AS name FROM core.users
          WHERE tenant_id = $1 AND active AND $2 = ANY(roles)
          ORDER BY display_name, id`,
        [kase.handlingTenantId, Role.LEADER],
      ),
    );
  }

  /** Staff names by id, as row-level security shows them (the caller's subtree). */
  staffByIds(ctx: TenantContext, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    return this.transactions.run(ctx, (em) => em.query(`SELECT id, display_name AS name FROM core.users WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]));
  }

  /** The reminder leads of the offices owning clocks, by office id (offices outside the caller's lineage are missing). */
  reminderLeadDaysOf(ctx: TenantContext, ownerTenantIds: readonly string[]): Promise<Map<string, number[]>> {
    return this.transactions.run(ctx, async (em) => {
      const rows: { id: string; path: string }[] = await em.query(`SELECT t.id, t.path FROM unnest($1::uuid[]) u(id), core.tenant_in_lineage(u.id) t`, [
        [...new Set(ownerTenantIds)],
      ]);
      const calendars = await this.calendars.forTenantPaths(em, rows.map((r) => r.path));
      return new Map(rows.map((r) => [r.id, calendars.get(r.path)!.reminderLeadDays]));
    });
  }

  /** The clocks a case has running now, with the days left on each (see `runningClock`). */
  runningClocks(stages: readonly CaseStageEntity[], leads: ReadonlyMap<string, readonly number[]>): RunningClock[] {
    return runningClocks(stages, this.clock.today(), (owner) => leads.get(owner) ?? []);
  }

  /**
   * The steps the caller's office may take on a case now, by the rules its mutations enforce: the
   * lifecycle table and the preconditions of its guards (`actionsAllowedNow`), the acting office of
   * each step, and the rules a step reads from the case (accepting a matter handled below, reporting
   * up from the top). Roles are the resolver's part: they are declared on the mutations.
   */
  availableActions(ctx: TenantContext, kase: CaseEntity, stages: readonly CaseStageEntity[], offices: ReadonlyMap<string, OfficeRow>): CaseAction[] {
    const parentOf = (id: string) => offices.get(id)?.parentId;
    const acting = caseOffices(kase, parentOf);
    const refusals: Partial<Record<CaseAction, () => string | null>> = {
      [CaseAction.ACCEPT]: () => acceptRefusal(kase),
      [CaseAction.REPORT_UP]: () => reportUpRefusal(parentOf(kase.handlingTenantId) ?? null),
    };
    return actionsAllowedNow(snapshotOf(kase), this.clock.today(), (stage) => openStage(stages, stage)?.deadline)
      .filter((action) => actingOfficeRefusal(action, kase.state, acting, ctx.tenantId) === null)
      .filter((action) => (refusals[action]?.() ?? null) === null);
  }
}
