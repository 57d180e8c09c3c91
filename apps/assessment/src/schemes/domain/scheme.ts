import { notFound, validation } from '#common/errors';
import { type GradeThresholds, DEFAULT_GRADE_THRESHOLDS, gradeOf, rankWithTies, validateGradeThresholds } from './grades.js';
import { type ItemRaw, type ItemScore, type SchemeItem, formatNumber, itemValue, roundPoints, scoreItem, validateSchemeItem } from './scoring.js';
import { type Grade, ItemKind, ScoringRuleKind } from './vocabulary.js';
import { childLevelOf, levelRank, type TenantLevel } from '#common/vocabulary';

/** A scheme (考核方案): its items and the total their points must make. */
export interface Scheme {
  name: string;
  totalPoints: number;
  items: readonly SchemeItem[];
  /** DEFAULT_GRADE_THRESHOLDS when absent. */
  grades?: GradeThresholds;
}

/**
 * The level a scheme of a tenant at level `own` assesses: the one asked for, by default the level
 * below its own; NOT_FOUND when the tenant's level is not known.
 */
export function targetLevelOf(own: TenantLevel | null, requested: TenantLevel | null | undefined): TenantLevel {
  if (own === null) throw notFound('本机构');
  // A tenant assesses the level below by default; a township has none, its own is the one it can assess.
  const targetLevel = requested ?? childLevelOf(own) ?? own;
  // The own level assesses the own jurisdiction (the figures it reports upward); never a level above.
  if (levelRank(targetLevel) < levelRank(own)) throw validation('被考核的层级不能高于本机构', { targetLevel });
  return targetLevel;
}

/** The points of the REGULAR items: bonuses and deductions come on top of the total. */
export function regularPoints(items: readonly SchemeItem[]): number {
  return roundPoints(items.filter((item) => item.kind === ItemKind.REGULAR).reduce((sum, item) => sum + item.points, 0));
}

/** The scheme when sound; VALIDATION for a bad item, a repeated code, or points not summing to the total. */
export function validateScheme(scheme: Scheme): Scheme {
  if (typeof scheme.name !== 'string' || scheme.name.trim() === '') throw validation('考核方案须有名称', { field: 'name' });
  if (typeof scheme.totalPoints !== 'number' || !Number.isFinite(scheme.totalPoints) || scheme.totalPoints <= 0) {
    throw validation('考核方案的总分须为正数', { field: 'totalPoints' });
  }
  if (!Array.isArray(scheme.items) || scheme.items.length === 0) throw validation('考核方案须至少有一个考核项', { field: 'items' });
  const codes = new Set<string>();
  for (const item of scheme.items) {
    validateSchemeItem(item);
    if (codes.has(item.code)) throw validation(`考核项代码“${item.code}”重复`, { field: 'items', item: item.code });
    codes.add(item.code);
  }
  const sum = regularPoints(scheme.items);
  if (sum !== roundPoints(scheme.totalPoints)) {
    throw validation(`考核项分值合计 ${formatNumber(sum)} 分，与方案总分 ${formatNumber(scheme.totalPoints)} 分不符（加分项、扣分项不计入）`, {
      field: 'items',
      sum,
      totalPoints: scheme.totalPoints,
    });
  }
  if (scheme.grades) validateGradeThresholds(scheme.grades);
  return scheme;
}

/** The sum of the items' points, or null while any is pending (a MANUAL item not yet entered). */
export function totalPoints(points: readonly (number | null)[]): number | null {
  if (points.some((p) => p === null)) return null;
  return roundPoints((points as number[]).reduce((sum, p) => sum + p, 0));
}

/**
 * Ranks of the targets on one item, for RANK rules: by the scored value (see `itemValue`), ties
 * sharing a rank; a target without a value is unranked and not counted among `targets`.
 */
export function itemRanks(item: SchemeItem, raws: ReadonlyMap<string, ItemRaw>): Map<string, { rank: number | null; targets: number }> {
  const ascending = item.rule.kind === ScoringRuleKind.RANK && !item.rule.higherIsBetter;
  const ranked = rankWithTies([...raws.entries()], ([, raw]) => itemValue(item, raw).scored, { ascending });
  const targets = ranked.filter((r) => r.rank !== null).length;
  return new Map(ranked.map(({ entry: [id], rank }) => [id, { rank, targets }]));
}

export interface TargetInput {
  id: string;
  /** Per item code; a missing item counts as nothing found (all zero, no manual entry). */
  raw: Readonly<Record<string, ItemRaw>>;
}

export interface TargetResult {
  id: string;
  items: Record<string, ItemScore>;
  /** Null while any item is pending. */
  total: number | null;
  grade: Grade | null;
  rank: number | null;
}

/**
 * Scores every target on every item (RANK items ranked across the targets first), totals, grades
 * and ranks them. Results come best first; pending targets last, unranked.
 */
export function scoreScheme(scheme: Scheme, targets: readonly TargetInput[]): TargetResult[] {
  const rawOf = (target: TargetInput, code: string): ItemRaw => target.raw[code] ?? {};
  const ranks = scheme.items.map((item) =>
    item.rule.kind === ScoringRuleKind.RANK ? itemRanks(item, new Map(targets.map((t) => [t.id, rawOf(t, item.code)]))) : null,
  );
  const thresholds = scheme.grades ?? DEFAULT_GRADE_THRESHOLDS;
  // Built field by field, not spread: a province's townships are some 30,000 item scores.
  const totalled = targets.map((target) => {
    const items: Record<string, ItemScore> = {};
    const points = scheme.items.map((item, i) => {
      const rank = ranks[i]?.get(target.id);
      const score = scoreItem(item, rank ? { ...rawOf(target, item.code), ...rank } : rawOf(target, item.code));
      items[item.code] = score;
      return score.points;
    });
    const total = totalPoints(points);
    return { id: target.id, items, total, grade: total === null ? null : gradeOf(total, thresholds) };
  });
  return rankWithTies(totalled, (target) => target.total).map(({ entry, rank }) => ({
    id: entry.id,
    items: entry.items,
    total: entry.total,
    grade: entry.grade,
    rank,
  }));
}
