import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { groupBy } from '#common/collections';
import { validation } from '#common/errors';
import {
  type DateRange,
  FACT_SOURCES,
  FactSource,
  type IndicatorDefinition,
  type ItemRaw,
  type ManualEntry,
  type Scheme,
  type SchemeItem,
  type TargetResult,
  compileIndicator,
  compilePart,
  indicatorValue,
  periodOnly,
  scoreScheme,
} from './domain/index.js';
import type { FactPart, FactReferenceView, IndicatorPreviewTargetView, ItemResultView, ManualScoreView, TargetScoreView } from './dto/scheme.types.js';

/** A jurisdiction assessed by a scheme. */
export interface Target {
  tenantId: string;
  path: string;
  name: string;
  code: string;
}

/** What a scheme's computation needs of the stored scheme. */
export interface SchemeForScoring {
  id: string;
  tenantPath: string;
  targetLevel: string;
  period: DateRange;
  scheme: Scheme;
}

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

interface FactRow {
  id: string;
  label: string;
  date: string | null;
  tenantId: string;
}

/**
 * One part of an indicator as the rows it counts (its params from `firstParam` on) and the columns
 * naming each row, over alias `f`; VALIDATION when the indicator has no such part.
 */
function countedPart(indicator: IndicatorDefinition, part: FactPart, period: DateRange, asOf: IsoDate, firstParam: number, what: string) {
  const counted = compilePart(indicator, part, { alias: 'f', period, asOf, firstParam });
  if (!counted) throw validation(`${what}没有${part === 'DENOMINATOR' ? '分母' : '上年同期数'}`, { part });
  const { key, label, date } = FACT_COLUMNS[indicator.source];
  return { ...counted, key, columns: `f.${key}::text AS id, f.${label}::text AS label, f.${date}::text AS date, f.tenant_id AS "tenantId"` };
}

function factView(source: FactSource, row: FactRow): FactReferenceView {
  return { source, ...row, case: source === FactSource.CASE ? { id: row.id } : null };
}

/**
 * Computes a scheme's results from the facts: one query per fact table for all its items and all
 * targets at once (facts grouped by the prefix of their path at the targets' depth), the manual
 * points as entered, then the domain's scoring, grading and ranking.
 */
@Injectable()
export class ScoreComputation {
  /**
   * The jurisdictions of the scheme's target level in the assessing tenant's subtree (or the one
   * given, if it is one): at the assessing tenant's own level, the assessing tenant alone, its
   * facts those of its whole subtree.
   */
  targets(em: EntityManager, scheme: Pick<SchemeForScoring, 'tenantPath' | 'targetLevel'>, only?: string): Promise<Target[]> {
    return em.query(
      `SELECT tenant_id AS "tenantId", tenant_path::text AS path, name, code FROM assessment.jurisdictions
        WHERE tenant_path <@ $1::ltree AND level::text = $2${only ? ' AND tenant_id = $3' : ''} ORDER BY code`,
      only ? [scheme.tenantPath, scheme.targetLevel, only] : [scheme.tenantPath, scheme.targetLevel],
    );
  }

  async compute(em: EntityManager, scheme: SchemeForScoring, asOf: IsoDate): Promise<TargetScoreView[]> {
    const targets = await this.targets(em, scheme);
    if (targets.length === 0) return [];
    const depth = targets[0]!.path.split('.').length;
    const raws = new Map(targets.map((t) => [t.path, {} as Record<string, ItemRaw>]));
    const quantitative = scheme.scheme.items.filter((item) => item.indicator !== null);
    for (const source of new Set(quantitative.map((item) => item.indicator!.source))) {
      await this.countSource(em, scheme, asOf, depth, source, quantitative.filter((item) => item.indicator!.source === source), raws);
    }
    const manual = new Map((await this.manualEntries(em, scheme.id)).map((entry) => [`${entry.tenantId} ${entry.itemCode}`, entry]));
    const byTenant = new Map(targets.map((t) => [t.tenantId, t]));
    for (const [key, entry] of manual) {
      const target = byTenant.get(entry.tenantId);
      if (target) raws.get(target.path)![entry.itemCode] = { ...raws.get(target.path)![entry.itemCode], manual: entry };
      else manual.delete(key);
    }
    const results = scoreScheme(
      scheme.scheme,
      targets.map((t) => ({ id: t.tenantId, raw: raws.get(t.path)! })),
    );
    return results.map((result) => this.view(scheme.scheme, byTenant.get(result.id)!, result, raws.get(byTenant.get(result.id)!.path)!, manual));
  }

  /**
   * Indicators counted over one jurisdiction's facts (its whole subtree) in a period, exactly as a
   * scheme's item counts them for a target: the statistics read the same definitions.
   */
  async indicatorRaws(em: EntityManager, path: string, period: DateRange, asOf: IsoDate, indicators: readonly IndicatorDefinition[]): Promise<Record<string, ItemRaw>> {
    const raws = new Map([[path, {} as Record<string, ItemRaw>]]);
    const items = indicators.map((indicator) => ({ code: indicator.code, indicator }));
    for (const source of new Set(indicators.map((indicator) => indicator.source))) {
      await this.countSource(em, { tenantPath: path, period }, asOf, path.split('.').length, source, items.filter((item) => item.indicator.source === source), raws);
    }
    return raws.get(path)!;
  }

  /** The facts counted in one part of one item for one target, in key order, `first` after `after`. */
  async facts(
    em: EntityManager,
    scheme: SchemeForScoring,
    item: SchemeItem,
    target: Target,
    part: FactPart,
    asOf: IsoDate,
    page: { first: number; after: string | null },
  ): Promise<FactReferenceView[]> {
    const indicator = item.indicator;
    if (!indicator) throw validation(`考核项“${item.name}”为人工评分项，没有计入的事实`, { item: item.code });
    const counted = countedPart(indicator, part, scheme.period, asOf, 4, `考核项“${item.name}”的指标`);
    const rows: FactRow[] = await em.query(
      `SELECT ${counted.columns} FROM ${counted.table} f
        WHERE ${belowTarget(indicator.source)} AND (${counted.where}) AND f.${counted.key}::text > $3
        ORDER BY f.${counted.key}::text LIMIT ${page.first}`,
      [target.path, target.path.split('.').length, page.after ?? '', ...counted.params],
    );
    return rows.map((row) => factView(indicator.source, row));
  }

  /**
   * An indicator of no scheme yet, counted for the targets of a scope exactly as a scheme's item
   * counts it (the same compiled SQL, the same grouping), with the first `perTarget` facts of one
   * part of each target, in key order as the drill-down lists them.
   */
  async preview(
    em: EntityManager,
    scope: Pick<SchemeForScoring, 'tenantPath' | 'targetLevel' | 'period'>,
    indicator: IndicatorDefinition,
    part: FactPart,
    asOf: IsoDate,
    perTarget: number,
  ): Promise<IndicatorPreviewTargetView[]> {
    const counted = countedPart(indicator, part, scope.period, asOf, 4, `指标“${indicator.name}”`);
    const targets = await this.targets(em, scope);
    if (targets.length === 0) return [];
    const depth = targets[0]!.path.split('.').length;
    const raws = new Map(targets.map((t) => [t.path, {} as Record<string, ItemRaw>]));
    await this.countSource(em, scope, asOf, depth, indicator.source, [{ code: indicator.code, indicator }], raws);
    const rows: (FactRow & { target: string })[] = await em.query(
      `SELECT id, label, date, "tenantId", target FROM (
         SELECT ${counted.columns}, subpath(f.tenant_path, 0, $2::int)::text AS target,
                row_number() OVER (PARTITION BY subpath(f.tenant_path, 0, $2::int) ORDER BY f.${counted.key}::text) AS n
           FROM ${counted.table} f
          WHERE ${belowTarget(indicator.source)} AND (${counted.where})) counted
        WHERE n <= $3 ORDER BY target, id`,
      [scope.tenantPath, depth, perTarget, ...counted.params],
    );
    const facts = groupBy(rows, (row) => row.target);
    return targets.map((target) => {
      const raw = raws.get(target.path)![indicator.code]!;
      return {
        tenantId: target.tenantId,
        name: target.name,
        code: target.code,
        value: indicatorValue(indicator, raw),
        numerator: raw.numerator ?? 0,
        denominator: raw.denominator ?? null,
        previous: raw.previous ?? null,
        facts: (facts.get(target.path) ?? []).map(({ target: _target, ...row }) => factView(indicator.source, row)),
      };
    });
  }

  private async countSource(
    em: EntityManager,
    scheme: Pick<SchemeForScoring, 'tenantPath' | 'period'>,
    asOf: IsoDate,
    depth: number,
    source: FactSource,
    items: readonly Pick<SchemeItem, 'code' | 'indicator'>[],
    raws: Map<string, Record<string, ItemRaw>>,
  ): Promise<void> {
    const params: unknown[] = [scheme.tenantPath, depth];
    const selects: string[] = [];
    // The scan is narrowed by the items' distinct periods, not by the OR of their own filters:
    // the sums are self-contained, and items share a few period bases (registration, completion,
    // backlog), while the OR of ten filters was evaluated on every row none of them admits.
    const wheres = new Map<string, string>();
    for (const [i, item] of items.entries()) {
      const compiled = compileIndicator(item.indicator as IndicatorDefinition, { alias: 'f', period: scheme.period, asOf, firstParam: params.length + 1 });
      params.push(...compiled.params);
      selects.push(`${compiled.select.numerator} AS n${i}`);
      if (compiled.select.denominator) selects.push(`${compiled.select.denominator} AS d${i}`);
      if (compiled.select.previous) selects.push(`${compiled.select.previous} AS p${i}`);
      const period = periodOnly(item.indicator as IndicatorDefinition);
      const canonical = compileIndicator(period, { alias: 'f', period: scheme.period, asOf });
      const key = `${canonical.where} ${JSON.stringify(canonical.params)}`;
      if (!wheres.has(key)) {
        const bound = compileIndicator(period, { alias: 'f', period: scheme.period, asOf, firstParam: params.length + 1 });
        params.push(...bound.params);
        wheres.set(key, `(${bound.where})`);
      }
    }
    const rows: Record<string, string>[] = await em.query(
      `SELECT subpath(f.tenant_path, 0, $2::int)::text AS target, ${selects.join(', ')}
         FROM ${FACT_SOURCES[source].table} f
        WHERE ${belowTarget(source)} AND (${[...wheres.values()].join(' OR ')})
        GROUP BY 1`,
      params,
    );
    for (const row of rows) {
      const raw = raws.get(row.target!);
      if (!raw) continue;
      items.forEach((item, i) => {
        raw[item.code] = {
          numerator: Number(row[`n${i}`]),
          ...(row[`d${i}`] !== undefined ? { denominator: Number(row[`d${i}`]) } : {}),
          ...(row[`p${i}`] !== undefined ? { previous: Number(row[`p${i}`]) } : {}),
        };
      });
    }
    // A target without a row has counted nothing: zero, not absent (a rate's denominator is 0).
    for (const raw of raws.values()) {
      for (const item of items) {
        raw[item.code] ??= { numerator: 0, ...(item.indicator!.kind === 'RATE' ? { denominator: 0 } : {}), ...(item.indicator!.kind === 'YOY_CHANGE' ? { previous: 0 } : {}) };
      }
    }
  }

  private manualEntries(em: EntityManager, schemeId: string): Promise<(ManualEntry & ManualScoreView & { tenantId: string; itemCode: string })[]> {
    return em.query(
      `SELECT m.target_tenant_id AS "tenantId", i.code AS "itemCode", m.points::float8 AS points, m.comment, m.evidence, m.assessor_name AS "assessorName"
         FROM assessment.manual_scores m JOIN assessment.scheme_items i ON i.tenant_id = m.tenant_id AND i.id = m.item_id
        WHERE m.scheme_id = $1`,
      [schemeId],
    );
  }

  private view(
    scheme: Scheme,
    target: Target,
    result: TargetResult,
    raw: Record<string, ItemRaw>,
    manual: ReadonlyMap<string, ManualScoreView>,
  ): TargetScoreView {
    const items: ItemResultView[] = scheme.items.map((item) => {
      const score = result.items[item.code]!;
      const counted = raw[item.code] ?? {};
      const entry = manual.get(`${target.tenantId} ${item.code}`);
      return {
        code: item.code,
        name: item.name,
        value: score.value,
        numerator: item.indicator ? (counted.numerator ?? 0) : null,
        denominator: counted.denominator ?? null,
        previous: counted.previous ?? null,
        belowMinimum: score.belowMinimum,
        points: score.points,
        manual: entry ? { points: entry.points, comment: entry.comment, evidence: entry.evidence, assessorName: entry.assessorName } : null,
      };
    });
    return {
      tenantId: target.tenantId,
      name: target.name,
      code: target.code,
      total: result.total,
      rank: result.rank,
      grade: result.grade,
      items,
      publishedTotal: null,
      publishedRank: null,
    };
  }
}
