import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import type { TenantLevel, UnitKind } from '#common/directory';
import type { TransactionShape } from '#common/tenancy';
import type { CaseKind, CaseState, Channel } from './domain/index.js';
import { CaseEntity, CaseOpinionEntity, CaseTransitionEntity, PetitionerEntity } from './entities/index.js';
import { CaseCountBasis, CaseOrderField, OrderDirection, type CaseGrouping } from './dto/case-filter.input.js';

/** A case without a running clock sorts after every deadline; the migration indexes this very expression. */
export const NO_DEADLINE = '9999-12-31';

/** Each order's sort key in SQL, with the SQL type a cursor's key is cast to. */
const CASE_ORDER_SQL: Readonly<Record<CaseOrderField, { sql: string; cast: string }>> = {
  [CaseOrderField.REGISTERED_AT]: { sql: 'c.registered_at', cast: 'timestamptz' },
  [CaseOrderField.DEADLINE]: { sql: `coalesce(c.deadline, '${NO_DEADLINE}'::date)`, cast: 'date' },
  [CaseOrderField.NUMBER]: { sql: 'c.number', cast: 'text' },
};

/** The generated column holding the problem jurisdiction's code at each level below the province (migration 1767000000440). */
const PROBLEM_LEVEL_COLUMNS: Readonly<Record<number, string>> = { 2: 'problem_city', 3: 'problem_county', 4: 'problem_township' };

/** Which cases a list or a count takes, each condition already checked and resolved by the caller. */
export interface CaseSelection {
  /** The unit row-level security confines the caller to, said again for the planner. */
  scopeUnitId: string | null;
  states?: CaseState[];
  channels?: Channel[];
  kinds?: CaseKind[];
  categoryIds?: string[];
  handlingTenantId?: string;
  handlingUnitId?: string;
  leaderOwnerId?: string;
  receptionId?: string;
  registeredBy?: string;
  ownedBy?: string;
  problemJurisdictionPath?: string;
  today: IsoDate;
  overdue?: boolean;
  dueBy?: IsoDate;
  registeredFrom?: IsoDate;
  registeredTo?: IsoDate;
  /** Words the search text contains, trimmed. */
  text?: string;
  /** Keyed hashes of a petitioner's ID number or phone. */
  petitionerHashes: string[];
}

export interface CaseListOrder {
  field: CaseOrderField;
  direction: OrderDirection;
}

/** One row of `cases.case_counts` or `cases.case_counts_by_problem_jurisdiction`, as PostgreSQL returns it. */
export type CaseCountSqlRow = Record<string, string>;

export interface UnitRow {
  id: string;
  tenantId: string;
  name: string;
  kind: UnitKind;
}

export interface OfficeChainRow {
  start: string;
  id: string;
  code: string;
  name: string;
  level: TenantLevel;
  parent_id: string | null;
  depth: number;
}

export interface RepeatMatchRow {
  id: string;
  same_id: boolean;
  same_phone: boolean;
  similarity: number;
}

/**
 * The reads of cases for the API: lists and counts, what a case shows beside itself (petitioners,
 * timeline, clocks, opinions, offices, staff), statistics and repeat candidates. All under the
 * caller's row-level security.
 */
@Injectable()
export class CaseListsStore {
  casesByIds(em: EntityManager, ids: readonly string[]): Promise<CaseEntity[]> {
    return em.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany();
  }

  /**
   * The subtree rule of row-level security and a jurisdiction filter select nearly the same rows,
   * but the planner multiplies their selectivities, expects a handful, and would read and sort a
   * county's whole history (bitmap or subtree-index scan, then sort: ~18 ms); a page that can
   * walk an index in list order (`walk`) should, so neither bitmaps nor sorts are offered. Which of
   * the two it picks otherwise turned on the sample of the last ANALYZE. Trigram text search needs
   * bitmap scans, so it keeps them, and so do the orders other than the default. A page is never
   * worth parallel workers, nor JIT compilation, which the walk's pessimistic cost estimate would
   * otherwise buy (~20 ms). Settings for the page's transaction (`TenantTransactions.run`).
   */
  pagePlan(walk: boolean): TransactionShape {
    const offered = walk ? 'off' : 'on';
    return { settings: { enable_bitmapscan: offered, enable_sort: offered, max_parallel_workers_per_gather: '0', jit: 'off' } };
  }

  /** A page of cases in `order`, after the cursor's (key, id) when given. */
  page(em: EntityManager, selection: CaseSelection, order: CaseListOrder, limit: number, after: [string, string] | null): Promise<CaseEntity[]> {
    const sort = CASE_ORDER_SQL[order.field];
    const query = this.selected(em, selection).limit(limit);
    query.orderBy(sort.sql, order.direction).addOrderBy('c.id', order.direction);
    if (after) {
      const comparison = order.direction === OrderDirection.ASC ? '>' : '<';
      query.andWhere(`(${sort.sql}, c.id) ${comparison} (:sortKey::${sort.cast}, :sortId::uuid)`, { sortKey: after[0], sortId: after[1] });
    }
    return query.getMany();
  }

  count(em: EntityManager, selection: CaseSelection): Promise<number> {
    return this.selected(em, selection).getCount();
  }

  /** A tenant's path, as row-level security shows tenants (the caller's subtree). */
  async tenantPath(em: EntityManager, tenantId: string): Promise<string | null> {
    const [row]: { path: string }[] = await em.query(`SELECT path::text AS path FROM core.tenants WHERE id = $1`, [tenantId]);
    return row?.path ?? null;
  }

  petitionersOf(em: EntityManager, caseIds: readonly string[]): Promise<PetitionerEntity[]> {
    return em.getRepository(PetitionerEntity).createQueryBuilder('p').where('p.caseId = ANY(:caseIds)', { caseIds }).orderBy('p.ordinal').getMany();
  }

  timelinesOf(em: EntityManager, caseIds: readonly string[]): Promise<CaseTransitionEntity[]> {
    return em.getRepository(CaseTransitionEntity).createQueryBuilder('t').where('t.caseId = ANY(:caseIds)', { caseIds }).orderBy('t.seq').getMany();
  }

  /**
   * Counts of the cases registered in a period, grouped, from the function of the basis (the
   * problem-jurisdiction one returns aggregates only); under `path` when given.
   */
  caseCounts(em: EntityManager, basis: CaseCountBasis, from: IsoDate, to: IsoDate, groupBy: CaseGrouping, path: string | null): Promise<CaseCountSqlRow[]> {
    const source =
      basis === CaseCountBasis.PROBLEM_JURISDICTION
        ? `cases.case_counts_by_problem_jurisdiction($1, $2, $3, $4::ltree)`
        : `cases.case_counts($1, $2, $3, NULL, $4::ltree)`;
    return em.query(`SELECT * FROM ${source}`, [from, to, groupBy, path]);
  }

  /** The backlog on `to` on a basis; none when the problem-jurisdiction function refuses the caller. */
  async backlog(em: EntityManager, basis: CaseCountBasis, to: IsoDate, path: string | null): Promise<CaseCountSqlRow | undefined> {
    const source =
      basis === CaseCountBasis.PROBLEM_JURISDICTION ? `cases.case_backlog_by_problem_jurisdiction($1, $2::ltree)` : `cases.case_backlog($1, NULL, $2::ltree)`;
    const [row]: CaseCountSqlRow[] = await em.query(`SELECT * FROM ${source}`, [to, path]);
    return row;
  }

  /** The opinions of cases, each case's in the order issued. */
  opinionsOf(em: EntityManager, caseIds: readonly string[]): Promise<CaseOpinionEntity[]> {
    return em
      .getRepository(CaseOpinionEntity)
      .createQueryBuilder('o')
      .where('o.caseId = ANY(:caseIds)', { caseIds })
      .orderBy('o.caseId')
      .addOrderBy('o.seq')
      .getMany();
  }

  /** Which of the cases have an outcome now. */
  async decidedCaseIds(em: EntityManager, caseIds: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM cases.cases WHERE id = ANY($1) AND outcome IS NOT NULL`, [caseIds]);
    return rows.map((r) => r.id);
  }

  /** A jurisdiction in the caller's subtree (the caller's own included). */
  async jurisdiction(em: EntityManager, tenantId: string): Promise<{ path: string; name: string } | null> {
    const rows: { path: string; name: string }[] = await em.query(
      `SELECT path::text, name FROM core.tenants WHERE id::text = $1 AND path <@ core.current_tenant_path()`,
      [tenantId],
    );
    return rows[0] ?? null;
  }

  categoryNames(em: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    return em.query(`SELECT id::text, name FROM cases.categories WHERE id = ANY($1::uuid[])`, [ids]);
  }

  tenantNamesByPath(em: EntityManager, paths: readonly string[]): Promise<{ path: string; name: string }[]> {
    return em.query(`SELECT path::text, name FROM core.tenants WHERE path = ANY($1::ltree[])`, [paths]);
  }

  /**
   * Cases with a petitioner of these keyed hashes (ID numbers, phones) or wording similar to
   * `text` (trigram similarity over 0.3, the 50 closest), with what matched.
   */
  async repeatMatches(em: EntityManager, idHashes: readonly string[], phoneHashes: readonly string[], text: string): Promise<RepeatMatchRow[]> {
    await em.query(`SELECT set_config('pg_trgm.similarity_threshold', '0.3', true)`);
    return em.query(
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
  }

  /**
   * Each office with the offices above it, walking up through the lineage function (so only
   * offices in the caller's lineage), by office and then from the root down.
   */
  officeChains(em: EntityManager, ids: readonly string[]): Promise<OfficeChainRow[]> {
    return em.query(
      `WITH RECURSIVE up AS (
         SELECT u.id AS start, t.id, t.code, t.name, t.level, t.parent_id, 0 AS depth
           FROM unnest($1::uuid[]) u(id), core.tenant_in_lineage(u.id) t
         UNION ALL
         SELECT up.start, t.id, t.code, t.name, t.level, t.parent_id, up.depth + 1
           FROM up, core.tenant_in_lineage(up.parent_id) t
          WHERE up.parent_id IS NOT NULL
       )
       SELECT start, id, code, name, level, parent_id, depth FROM up ORDER BY start, depth DESC`,
      [ids],
    );
  }

  units(em: EntityManager, ids: readonly string[]): Promise<UnitRow[]> {
    return em.query(`SELECT id, tenant_id AS "tenantId", name, kind FROM core.units WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The cases registered as repeats of any of `caseIds`, oldest first. */
  repeatsOf(em: EntityManager, caseIds: readonly string[]): Promise<CaseEntity[]> {
    return em
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where('c.repeatOfId = ANY(:caseIds)', { caseIds })
      .orderBy('c.registeredAt')
      .addOrderBy('c.id')
      .getMany();
  }

  staff(em: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    return em.query(`SELECT id, display_name AS name FROM core.users WHERE id = ANY($1::uuid[])`, [ids]);
  }

  private selected(em: EntityManager, s: CaseSelection): SelectQueryBuilder<CaseEntity> {
    const query = em.getRepository(CaseEntity).createQueryBuilder('c');
    if (s.scopeUnitId) query.andWhere('c.handlingUnitId = :scopeUnit', { scopeUnit: s.scopeUnitId });
    if (s.states?.length) query.andWhere('c.state = ANY(:states)', { states: s.states });
    if (s.channels?.length) query.andWhere('c.channel = ANY(:channels)', { channels: s.channels });
    if (s.kinds?.length) query.andWhere('c.kind = ANY(:kinds)', { kinds: s.kinds });
    if (s.categoryIds?.length) query.andWhere('c.categoryId = ANY(:categoryIds)', { categoryIds: s.categoryIds });
    if (s.handlingTenantId) query.andWhere('c.handlingTenantId = :handlingTenantId', { handlingTenantId: s.handlingTenantId });
    if (s.handlingUnitId) query.andWhere('c.handlingUnitId = :handlingUnitId', { handlingUnitId: s.handlingUnitId });
    if (s.leaderOwnerId) query.andWhere('c.leaderOwnerId = :leaderOwnerId', { leaderOwnerId: s.leaderOwnerId });
    if (s.receptionId) query.andWhere('c.receptionId = :receptionId', { receptionId: s.receptionId });
    if (s.registeredBy) query.andWhere('c.registeredBy = :registeredBy', { registeredBy: s.registeredBy });
    if (s.ownedBy) query.andWhere('c.leaderOwnerId = :ownerMe', { ownerMe: s.ownedBy });
    if (s.problemJurisdictionPath) {
      const path = s.problemJurisdictionPath;
      const column = PROBLEM_LEVEL_COLUMNS[path.split('.').length];
      // A province is the whole tree the caller may see; below it, the level's code column is indexed in list order.
      if (column) query.andWhere(`c.${column} = :problemCode`, { problemCode: path.split('.').at(-1) });
      else query.andWhere('c.problemJurisdictionPath <@ :problemPath::ltree', { problemPath: path });
    }
    if (s.overdue === true) query.andWhere('c.deadline < :today', { today: s.today });
    if (s.overdue === false) query.andWhere('(c.deadline IS NULL OR c.deadline >= :today)', { today: s.today });
    if (s.dueBy !== undefined) query.andWhere('c.deadline <= :dueBy', { dueBy: s.dueBy });
    // China dates as instants, so the range runs on the registration-time index.
    if (s.registeredFrom) query.andWhere(`c.registeredAt >= (:from::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, { from: s.registeredFrom });
    if (s.registeredTo) query.andWhere(`c.registeredAt < ((:to::date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`, { to: s.registeredTo });
    if (s.text !== undefined) {
      query.andWhere(`c.search_text ILIKE :pattern`, { pattern: `%${s.text.replace(/[\\%_]/g, (m) => `\\${m}`)}%` });
    }
    if (s.petitionerHashes.length) {
      query.andWhere(`c.id IN (SELECT p.case_id FROM cases.petitioners p WHERE p.id_number_hash = ANY(:hashes) OR p.phone_hash = ANY(:hashes))`, {
        hashes: s.petitionerHashes,
      });
    }
    return query;
  }
}
