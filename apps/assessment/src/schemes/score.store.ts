import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import type { PlannerSettings, TransactionShape } from '#common/tenancy';
import { ASSESSMENT_SCHEMA } from '../database.js';
import type { Target } from '../jurisdictions/jurisdiction.store.js';
import {
  type DateRange,
  FACT_SOURCES,
  FactSource,
  type IndicatorDefinition,
  type ItemRaw,
  type ManualEntry,
  type RollupPlan,
  type RollupGrain,
  type RollupRange,
  SETTLED,
  type SchemeItem,
  type SqlParam,
  compileIndicator,
  periodOnly,
  rollupBuckets,
  rollupDays,
} from './domain/index.js';
import type { ManualScoreView } from './dto/scheme.types.js';

/** A fact counted in one part of an indicator, as a drill-down names it. */
export interface FactRow {
  id: string;
  label: string;
  date: string | null;
  tenantId: string;
}

/** One part of an indicator compiled over alias `f`, its params numbered from `$4` (see `ScoreStore.facts`). */
export interface CountedPart {
  source: FactSource;
  table: string;
  where: string;
  params: SqlParam[];
}

/** A manual score as the computation reads it: for which target and item, and who entered it. */
export type ManualScoreRow = ManualEntry & ManualScoreView & { tenantId: string; itemCode: string };

/** How a fact of each source is named in a drill-down: its key, label and date columns. */
const FACT_COLUMNS: Readonly<Record<FactSource, { key: string; label: string; date: string }>> = {
  CASE: { key: 'case_id', label: 'number', date: 'registered_on' },
  TASK: { key: 'task_id', label: 'number', date: 'created_on' },
  NOTICE: { key: 'notice_id', label: 'subject_number', date: 'issued_on' },
  MEETING: { key: 'meeting_id', label: 'kind', date: 'held_on' },
  JURISDICTION: { key: 'tenant_id', label: 'name', date: 'conference_since' },
};

/**
 * Where the facts of targets lie, as SQL over alias `f` with a path as `$1` (a target's, or the
 * assessing tenant's for all targets at once) and the targets' depth as `$2`: a target and
 * everything below it; for jurisdiction facts (coverage), the jurisdictions one level below.
 */
function belowTarget(source: FactSource): string {
  return `f.tenant_path <@ $1::ltree AND nlevel(f.tenant_path) ${source === FactSource.JURISDICTION ? '= $2::int + 1' : '>= $2::int'}`;
}

/** The columns naming a counted fact, and the key it is ordered by. */
function factColumns(source: FactSource) {
  const { key, label, date } = FACT_COLUMNS[source];
  return { key, columns: `f.${key}::text AS id, f.${label}::text AS label, f.${date}::text AS date, f.tenant_id AS "tenantId"` };
}

/** An item counted from the case counts, and how. */
export interface RolledUpItem {
  code: string;
  indicator: IndicatorDefinition;
  plan: RollupPlan;
}

/** Counts per target path, per item code. */
export type TargetCounts = Map<string, Record<string, ItemRaw>>;

const COUNT_TABLES: Readonly<Record<RollupGrain, string>> = {
  Y: `${ASSESSMENT_SCHEMA}.case_fact_years`,
  M: `${ASSESSMENT_SCHEMA}.case_fact_months`,
  D: `${ASSESSMENT_SCHEMA}.case_fact_days`,
};

/** The rows of a grouped count as counts per target and item (`n<i>`, `d<i>`, `p<i>` of item i; absent when not selected). */
function countsOf(rows: Record<string, string | null>[], codes: readonly string[]): TargetCounts {
  const columns = codes.map((code, i) => ({ code, n: `n${i}`, d: `d${i}`, p: `p${i}` }));
  return new Map(
    rows.map((row) => {
      const counts: Record<string, ItemRaw> = {};
      for (const { code, n, d, p } of columns) {
        const counted: ItemRaw = { numerator: Number(row[n]) };
        if (row[d] !== undefined) counted.denominator = Number(row[d]);
        if (row[p] !== undefined) counted.previous = Number(row[p]);
        counts[code] = counted;
      }
      return [row.target!, counts];
    }),
  );
}

/**
 * The filter of each distinct period among the indicators (over alias `f`, its params pushed onto
 * `params`). A scan is narrowed by these, not by the OR of the items' own filters: the sums are
 * self-contained, and items share a few period bases (registration, completion, backlog), while the
 * OR of ten filters was evaluated on every row none of them admits.
 */
function periodFilters(indicators: readonly IndicatorDefinition[], period: DateRange, asOf: IsoDate, params: unknown[]): string[] {
  const filters = new Map<string, string>();
  for (const indicator of indicators) {
    const only = periodOnly(indicator);
    const canonical = compileIndicator(only, { alias: 'f', period, asOf });
    const key = `${canonical.where} ${JSON.stringify(canonical.params)}`;
    if (filters.has(key)) continue;
    const bound = compileIndicator(only, { alias: 'f', period, asOf, firstParam: params.length + 1 });
    params.push(...bound.params);
    filters.set(key, `(${bound.where})`);
  }
  return [...filters.values()];
}

/**
 * A transaction that counts (`TenantTransactions.run`). One snapshot for all its statements: the
 * counts and the facts not settled are read in two, and a batch of facts committed between them
 * (which moves facts from the one to the other) would otherwise be counted twice or not at all.
 * Its statements are few and heavy enough for PostgreSQL to compile them (JIT), which costs ~0.2 s
 * a statement and does not pay for itself; and their groupings (a row per target, of tens of
 * thousands of rows) fit in memory instead of sorting on disk.
 */
export const COUNTING: TransactionShape = { isolation: 'REPEATABLE READ', settings: { jit: 'off', work_mem: '32MB' } };

/** The statements a scheme's computation reads the facts and manual scores with. */
@Injectable()
export class ScoreStore {
  /**
   * Items of one fact source counted for every target under a path at once, in one statement (facts
   * grouped by the prefix of their path at the targets' depth): per target path, per item code, the
   * counts found. A target that counted nothing is absent.
   */
  async count(
    em: EntityManager,
    scope: { tenantPath: string; period: DateRange },
    asOf: IsoDate,
    depth: number,
    source: FactSource,
    items: readonly Pick<SchemeItem, 'code' | 'indicator'>[],
  ): Promise<Map<string, Record<string, ItemRaw>>> {
    const params: unknown[] = [scope.tenantPath, depth];
    const selects: string[] = [];
    for (const [i, item] of items.entries()) {
      const compiled = compileIndicator(item.indicator as IndicatorDefinition, { alias: 'f', period: scope.period, asOf, firstParam: params.length + 1 });
      params.push(...compiled.params);
      selects.push(`${compiled.select.numerator} AS n${i}`);
      if (compiled.select.denominator) selects.push(`${compiled.select.denominator} AS d${i}`);
      if (compiled.select.previous) selects.push(`${compiled.select.previous} AS p${i}`);
    }
    const periods = periodFilters(
      items.map((item) => item.indicator as IndicatorDefinition),
      scope.period,
      asOf,
      params,
    );
    const rows: Record<string, string>[] = await em.query(
      `SELECT subpath(f.tenant_path, 0, $2::int)::text AS target, ${selects.join(', ')}
         FROM ${FACT_SOURCES[source].table} f
        WHERE ${belowTarget(source)} AND (${periods.join(' OR ')})
        GROUP BY 1`,
      params,
    );
    return countsOf(
      rows,
      items.map((item) => item.code),
    );
  }

  /**
   * `work` with its statements planned without parallel workers, in this transaction and in those
   * it starts with the `settings` it is given. The rollups' statements read tens of thousands of
   * rows, which two workers cost more to start and gather than they share (at a million cases:
   * 100 ms alone, 176 ms with two for the facts not settled); the facts' own counts, which read
   * hundreds of thousands, keep them.
   */
  async withoutParallelWorkers<T>(em: EntityManager, work: (settings: PlannerSettings) => Promise<T>): Promise<T> {
    await em.query(`SET LOCAL max_parallel_workers_per_gather = 0`);
    // Not reset when the work fails: its transaction is then over.
    const result = await work({ ...COUNTING.settings, max_parallel_workers_per_gather: '0' });
    await em.query(`SET LOCAL max_parallel_workers_per_gather TO DEFAULT`);
    return result;
  }

  /**
   * Items counted from the case counts for every target under a path at once, in one statement.
   * Each distinct range of days is read once, as the year rows of its whole years, the month rows
   * of its other whole months and the day rows of its other days (each a scan of its table's day
   * index), its count columns summed per target; each part is then the sum of its terms, a column
   * of one range each. The counts are those of the settled facts (see `RollupPlan`). A target that
   * counted nothing is absent.
   */
  async countRollups(
    em: EntityManager,
    scope: { tenantPath: string; period: DateRange },
    asOf: IsoDate,
    depth: number,
    items: readonly RolledUpItem[],
  ): Promise<TargetCounts> {
    const params: unknown[] = [scope.tenantPath, depth];
    const bind = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;
    // Ranges of the same days (the period, and the period to an as-of day after it) are one range.
    const ranges = new Map<string, { k: number; days: DateRange | null }>();
    const rangeOf = (range: RollupRange) => {
      const days = rollupDays(range, scope.period, asOf);
      const key = JSON.stringify(days);
      if (!ranges.has(key)) ranges.set(key, { k: ranges.size, days });
      return ranges.get(key)!.k;
    };
    const columns = new Set<string>();
    const sum = (terms: readonly { column: string; sign: 1 | -1; range: RollupRange }[]) =>
      terms
        .map((t) => {
          columns.add(t.column);
          return `${t.sign < 0 ? '- ' : ''}COALESCE(SUM(r.${t.column}) FILTER (WHERE r.k = ${rangeOf(t.range)}), 0)`;
        })
        .join(' ');
    const selects = items.flatMap(({ plan }, i) => [
      `${sum(plan.numerator)} AS n${i}`,
      ...(plan.denominator ? [`${sum(plan.denominator)} AS d${i}`] : []),
      ...(plan.previous ? [`${sum(plan.previous)} AS p${i}`] : []),
    ]);
    const listed = [...columns];
    const branches = [...ranges.values()].flatMap(({ k, days }) =>
      (days ? rollupBuckets(days) : []).map(
        (b) =>
          `SELECT ${k} AS k, tenant_path, ${listed.join(', ')} FROM ${COUNT_TABLES[b.grain]}
            WHERE day >= ${bind(b.from, 'date')} AND day < ${bind(b.until, 'date')} AND tenant_path <@ $1::ltree AND nlevel(tenant_path) >= $2::int`,
      ),
    );
    if (branches.length === 0) return new Map();
    const rows: Record<string, string>[] = await em.query(
      `SELECT r.target, ${selects.join(', ')}
         FROM (SELECT subpath(b.tenant_path, 0, $2::int)::text AS target, b.k, ${listed.map((c) => `SUM(b.${c}) AS ${c}`).join(', ')}
                 FROM (${branches.join(' UNION ALL ')}) b
                GROUP BY 1, 2) r
        GROUP BY r.target`,
      params,
    );
    return countsOf(
      rows,
      items.map((item) => item.code),
    );
  }

  /**
   * What the counts leave to the facts, in one statement: for the `unsettled` items, each part
   * counted over the facts not settled at the as-of day (found by the day they settle, indexed,
   * few at a recent as-of day) at that day less the same counted as settled; and the `extra`
   * indicators, each counted over its own period (see `backlogCarryOver`). Per target (only
   * targets with such facts), per item code.
   */
  async countFromFacts(
    em: EntityManager,
    scope: { tenantPath: string; period: DateRange },
    asOf: IsoDate,
    depth: number,
    unsettled: readonly Pick<SchemeItem, 'code' | 'indicator'>[],
    extra: readonly { code: string; indicator: IndicatorDefinition; period: DateRange }[],
  ): Promise<TargetCounts> {
    const params: unknown[] = [scope.tenantPath, depth, asOf];
    const selects: string[] = [];
    const wheres: string[] = [];
    const compile = (indicator: IndicatorDefinition, period: DateRange, day: IsoDate) => {
      const compiled = compileIndicator(indicator, { alias: 'f', period, asOf: day, firstParam: params.length + 1 });
      params.push(...compiled.params);
      return compiled;
    };
    for (const [i, item] of unsettled.entries()) {
      const [now, settled] = [compile(item.indicator!, scope.period, asOf).select, compile(item.indicator!, scope.period, SETTLED).select];
      selects.push(`${now.numerator} - ${settled.numerator} AS n${i}`);
      if (now.denominator) selects.push(`${now.denominator} - ${settled.denominator} AS d${i}`);
    }
    if (unsettled.length) {
      // Of the facts not settled, only those in an item's period count (most are the newest, past it).
      const periods = periodFilters(
        unsettled.map((item) => item.indicator!),
        scope.period,
        asOf,
        params,
      );
      wheres.push(`(f.settled_on > $3::date AND (${periods.join(' OR ')}))`);
    }
    for (const [k, item] of extra.entries()) {
      selects.push(`${compile(item.indicator, item.period, asOf).select.numerator} AS n${unsettled.length + k}`);
      wheres.push(`(${compile(periodOnly(item.indicator), item.period, asOf).where})`);
    }
    const rows: Record<string, string>[] = await em.query(
      `SELECT subpath(f.tenant_path, 0, $2::int)::text AS target, ${selects.join(', ')}
         FROM ${FACT_SOURCES.CASE.table} f
        WHERE ${belowTarget(FactSource.CASE)} AND (${wheres.join(' OR ')})
        GROUP BY 1`,
      params,
    );
    return countsOf(
      rows,
      [...unsettled, ...extra].map((item) => item.code),
    );
  }

  /** The facts of one part counted for one target, in key order, `first` after `after`. */
  async facts(em: EntityManager, counted: CountedPart, target: Target, page: { first: number; after: string | null }): Promise<FactRow[]> {
    const { key, columns } = factColumns(counted.source);
    return em.query(
      `SELECT ${columns} FROM ${counted.table} f
        WHERE ${belowTarget(counted.source)} AND (${counted.where}) AND f.${key}::text > $3
        ORDER BY f.${key}::text LIMIT ${page.first}`,
      [target.path, target.path.split('.').length, page.after ?? '', ...counted.params],
    );
  }

  /** The first `perTarget` facts of one part of each target under a path (targets at `depth`), in key order. */
  async firstFacts(em: EntityManager, counted: CountedPart, tenantPath: string, depth: number, perTarget: number): Promise<(FactRow & { target: string })[]> {
    const { key, columns } = factColumns(counted.source);
    return em.query(
      `SELECT id, label, date, "tenantId", target FROM (
         SELECT ${columns}, subpath(f.tenant_path, 0, $2::int)::text AS target,
                row_number() OVER (PARTITION BY subpath(f.tenant_path, 0, $2::int) ORDER BY f.${key}::text) AS n
           FROM ${counted.table} f
          WHERE ${belowTarget(counted.source)} AND (${counted.where})) counted
        WHERE n <= $3 ORDER BY target, id`,
      [tenantPath, depth, perTarget, ...counted.params],
    );
  }

  /** The manual scores entered on a scheme. */
  manualScores(em: EntityManager, schemeId: string): Promise<ManualScoreRow[]> {
    return em.query(
      `SELECT m.target_tenant_id AS "tenantId", i.code AS "itemCode", m.points::float8 AS points, m.comment, m.evidence, m.assessor_name AS "assessorName"
         FROM ${ASSESSMENT_SCHEMA}.manual_scores m JOIN ${ASSESSMENT_SCHEMA}.scheme_items i ON i.tenant_id = m.tenant_id AND i.id = m.item_id
        WHERE m.scheme_id = $1`,
      [schemeId],
    );
  }
}
