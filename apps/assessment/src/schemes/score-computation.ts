import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { groupBy } from '#common/collections';
import { validation } from '#common/errors';
import { TenantTransactions } from '#common/tenancy';
import { JurisdictionStore, type Target } from '../jurisdictions/jurisdiction.store.js';
import {
  type DateRange,
  FactSource,
  type IndicatorDefinition,
  type ItemRaw,
  type Scheme,
  type SchemeItem,
  type TargetResult,
  backlogCarryOver,
  compilePart,
  indicatorValue,
  rollupPlan,
  scoreScheme,
} from './domain/index.js';
import type { FactPart, FactReferenceView, IndicatorPreviewTargetView, ItemResultView, ManualScoreView, TargetScoreView } from './dto/scheme.types.js';
import { type CountedPart, type FactRow, type RolledUpItem, ScoreStore, type TargetCounts } from './score.store.js';

/**
 * Where the counts come from: the per-jurisdiction case counts for the indicators they answer (the
 * facts for the others), or the facts for every indicator (the reference the counts are checked
 * against).
 */
export type CountingMode = 'ROLLUPS' | 'FACTS';

/** Adds counts found to those of the same targets and items. */
function addCounts(raws: Map<string, Record<string, ItemRaw>>, found: TargetCounts): void {
  for (const [target, counted] of found) {
    const raw = raws.get(target);
    if (!raw) continue;
    for (const code in counted) {
      const c = counted[code]!;
      const sum = raw[code];
      // The first counts of an item are taken as they are (a province's townships are some 30,000).
      if (!sum) {
        raw[code] = c;
        continue;
      }
      sum.numerator = (sum.numerator ?? 0) + (c.numerator ?? 0);
      if (c.denominator != null) sum.denominator = (sum.denominator ?? 0) + c.denominator;
      if (c.previous != null) sum.previous = (sum.previous ?? 0) + c.previous;
    }
  }
}

/** What a scheme's computation needs of the stored scheme. */
export interface SchemeForScoring {
  id: string;
  tenantPath: string;
  targetLevel: string;
  period: DateRange;
  scheme: Scheme;
}

/** One part of an indicator as the rows it counts, its params from `$4` on; VALIDATION when the indicator has no such part. */
function countedPart(indicator: IndicatorDefinition, part: FactPart, period: DateRange, asOf: IsoDate, what: string): CountedPart {
  const counted = compilePart(indicator, part, { alias: 'f', period, asOf, firstParam: 4 });
  if (!counted) throw validation(`${what}没有${part === 'DENOMINATOR' ? '分母' : '上年同期数'}`, { part });
  return { source: indicator.source, ...counted };
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
  constructor(
    private readonly scores: ScoreStore,
    private readonly jurisdictions: JurisdictionStore,
    private readonly transactions: TenantTransactions,
  ) {}

  /**
   * The jurisdictions of the scheme's target level in the assessing tenant's subtree (or the one
   * given, if it is one): at the assessing tenant's own level, the assessing tenant alone, its
   * facts those of its whole subtree.
   */
  targets(em: EntityManager, scheme: Pick<SchemeForScoring, 'tenantPath' | 'targetLevel'>, only?: string): Promise<Target[]> {
    return this.jurisdictions.atLevel(em, scheme.tenantPath, scheme.targetLevel, only);
  }

  async compute(em: EntityManager, scheme: SchemeForScoring, asOf: IsoDate, mode: CountingMode = 'ROLLUPS'): Promise<TargetScoreView[]> {
    const targets = await this.targets(em, scheme);
    if (targets.length === 0) return [];
    const depth = targets[0]!.path.split('.').length;
    const raws = new Map(targets.map((t) => [t.path, {} as Record<string, ItemRaw>]));
    const quantitative = scheme.scheme.items.filter((item) => item.indicator !== null);
    for (const source of new Set(quantitative.map((item) => item.indicator!.source))) {
      await this.countSource(
        em,
        scheme,
        asOf,
        depth,
        source,
        quantitative.filter((item) => item.indicator!.source === source),
        raws,
        mode,
      );
    }
    const manual = new Map((await this.scores.manualScores(em, scheme.id)).map((entry) => [`${entry.tenantId} ${entry.itemCode}`, entry]));
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
  async indicatorRaws(
    em: EntityManager,
    path: string,
    period: DateRange,
    asOf: IsoDate,
    indicators: readonly IndicatorDefinition[],
  ): Promise<Record<string, ItemRaw>> {
    const raws = new Map([[path, {} as Record<string, ItemRaw>]]);
    const items = indicators.map((indicator) => ({ code: indicator.code, indicator }));
    for (const source of new Set(indicators.map((indicator) => indicator.source))) {
      await this.countSource(
        em,
        { tenantPath: path, period },
        asOf,
        path.split('.').length,
        source,
        items.filter((item) => item.indicator.source === source),
        raws,
      );
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
    const counted = countedPart(indicator, part, scheme.period, asOf, `考核项“${item.name}”的指标`);
    const rows = await this.scores.facts(em, counted, target, page);
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
    const counted = countedPart(indicator, part, scope.period, asOf, `指标“${indicator.name}”`);
    const targets = await this.targets(em, scope);
    if (targets.length === 0) return [];
    const depth = targets[0]!.path.split('.').length;
    const raws = new Map(targets.map((t) => [t.path, {} as Record<string, ItemRaw>]));
    await this.countSource(em, scope, asOf, depth, indicator.source, [{ code: indicator.code, indicator }], raws);
    const rows = await this.scores.firstFacts(em, counted, scope.tenantPath, depth, perTarget);
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
    mode: CountingMode = 'ROLLUPS',
  ): Promise<void> {
    const rolled: RolledUpItem[] = [];
    const fromFacts: Pick<SchemeItem, 'code' | 'indicator'>[] = [];
    for (const item of items) {
      const plan = mode === 'ROLLUPS' ? rollupPlan(item.indicator!) : null;
      if (plan) rolled.push({ code: item.code, indicator: item.indicator!, plan });
      else fromFacts.push(item);
    }
    if (fromFacts.length) addCounts(raws, await this.scores.count(em, scheme, asOf, depth, source, fromFacts));
    if (rolled.length) {
      const unsettled = rolled.filter((item) => item.plan.unsettled);
      const carried = rolled.flatMap((item) => {
        const carry = item.plan.backlogCarryOver ? backlogCarryOver(item.indicator, scheme.period, asOf) : null;
        return carry ? [{ code: item.code, ...carry }] : [];
      });
      // The counts and what they leave to the facts, side by side in one snapshot: neither waits for the other.
      const counted = await this.scores.withoutParallelWorkers(em, (settings) =>
        this.transactions.sideBySide(
          em,
          settings,
          (em) => this.scores.countRollups(em, scheme, asOf, depth, rolled),
          (em) => (unsettled.length || carried.length ? this.scores.countFromFacts(em, scheme, asOf, depth, unsettled, carried) : Promise.resolve(new Map())),
        ),
      );
      for (const found of counted) addCounts(raws, found);
    }
    // A target without a row has counted nothing: zero, not absent (a rate's denominator is 0).
    for (const raw of raws.values()) {
      for (const item of items) {
        const counted = (raw[item.code] ??= {});
        counted.numerator ??= 0;
        if (item.indicator!.kind === 'RATE') counted.denominator ??= 0;
        if (item.indicator!.kind === 'YOY_CHANGE') counted.previous ??= 0;
      }
    }
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
      const entry = manual.size ? manual.get(`${target.tenantId} ${item.code}`) : undefined;
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
