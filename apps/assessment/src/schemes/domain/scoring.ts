import { AppError, ErrorCode, validation } from '#common/errors';
import { yearOnYearChange } from '#common/statistics';
import { FACT_SOURCES } from './fields.js';
import { type IndicatorDefinition, validateIndicator } from './indicator.js';
import {
  BELOW_MINIMUM_RULE_LABELS,
  BelowMinimumRule,
  INDICATOR_KIND_LABELS,
  ITEM_KIND_LABELS,
  IndicatorKind,
  ItemKind,
  Measure,
  SCORING_RULE_KIND_LABELS,
  ScoringRuleKind,
} from './vocabulary.js';

/** Year-on-year bands: the first band whose `atMost` the change does not exceed gives its points. */
export interface ChangeBand {
  atMost: number;
  points: number;
}

/** How an item's points follow from its indicator's value. JSON-serialisable. */
export type ScoringRule =
  | { kind: ScoringRuleKind.RATE_TIMES_POINTS }
  /** 0 at or below `floor`, full points at or above `target`, linear between. */
  | { kind: ScoringRuleKind.LINEAR; floor: number; target: number }
  /** `perEvent` points per counted unit (negative deducts), starting from the full points when `fromFull`. */
  | { kind: ScoringRuleKind.PER_EVENT; perEvent: number; fromFull: boolean }
  /** `otherwise` above the last band, and when the year before had none and this year has some. */
  | { kind: ScoringRuleKind.CHANGE_BANDS; bands: readonly ChangeBand[]; otherwise: number }
  /**
   * By rank among the targets: `table[rank - 1]` when a table is given (`minimum` past its end),
   * else linear from the full points for the first to `minimum` for the last.
   */
  | { kind: ScoringRuleKind.RANK; higherIsBetter: boolean; minimum: number; table?: readonly number[] }
  /** Entered by an assessor within [min, max], with a comment and evidence. */
  | { kind: ScoringRuleKind.MANUAL; min: number; max: number };

/** An item (考核项) of a scheme. */
export interface SchemeItem {
  code: string;
  name: string;
  kind: ItemKind;
  /** Full points of a REGULAR item; the most a BONUS adds or a DEDUCTION takes. */
  points: number;
  /**
   * A copy of the definition, not a reference to the library: a published scheme keeps the formula
   * it was scored with, whatever the library becomes. Null for MANUAL items.
   */
  indicator: IndicatorDefinition | null;
  rule: ScoringRule;
  /** Rate indicators only, both required there: below this denominator the stated rule applies. */
  minDenominator?: number;
  belowMinimum?: BelowMinimumRule;
  /** Bounds of the item's points; by default [0, points], and [−points, 0] for a DEDUCTION. */
  cap?: number;
  floor?: number;
}

export interface ManualEntry {
  points: number;
  comment: string;
  /** Ids of the uploaded evidence (佐证材料). */
  evidence: readonly string[];
}

/** What the queries (and the assessor) give for one item and one jurisdiction. */
export interface ItemRaw {
  numerator?: number;
  denominator?: number | null;
  /** YOY_CHANGE: the numerator's count the same period a year earlier. */
  previous?: number | null;
  /** RANK: the jurisdiction's rank (see `itemRanks`) and the number ranked. */
  rank?: number | null;
  targets?: number | null;
  manual?: ManualEntry | null;
}

export interface ItemValue {
  /** The rate, count or change; null for a rate over nothing or a change from nothing. */
  value: number | null;
  /** The value the rule scores: the Wilson lower bound below the minimum when so stated; null when a fixed rule applies instead. */
  scored: number | null;
  belowMinimum: boolean;
}

export interface ItemScore extends ItemValue {
  /** Rounded to 2 decimals; null while a MANUAL item awaits its entry. */
  points: number | null;
}

const Z_95 = 1.96;

/**
 * The lower bound of the Wilson score interval for `successes` out of `trials` (95% by default): a
 * rate that does not reward a small sample for its luck. 0 for no trials.
 */
export function wilsonLowerBound(successes: number, trials: number, z = Z_95): number {
  if (trials <= 0) return 0;
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return Math.max(0, (centre - margin) / (1 + z2 / trials));
}

export { yearOnYearChange };

/**
 * Half away from zero, to 2 decimals; the representation error of e.g. 1.005 does not round it down
 * (the cents are read to 15 significant digits, a string conversion done only near a half cent,
 * the one place it can change the result: a scheme's scores round some 60,000 numbers).
 */
export function roundPoints(x: number): number {
  const raw = Math.abs(x) * 100;
  const nearHalf = Math.abs(raw - Math.floor(raw) - 0.5) <= raw * 1e-13;
  const cents = Math.round(nearHalf ? Number(raw.toPrecision(15)) : raw);
  return (Math.sign(x) * cents) / 100 || 0;
}

/** The item's bounds, defaults filled in. */
export function itemBounds(item: SchemeItem): { floor: number; cap: number } {
  const deduction = item.kind === ItemKind.DEDUCTION;
  return { floor: item.floor ?? (deduction ? -item.points : 0), cap: item.cap ?? (deduction ? 0 : item.points) };
}

/** The indicator's value for one jurisdiction, and the value its rule scores. */
/** An indicator's value from its counts: the count, the rate (null over nothing) or the change (null from nothing). */
export function indicatorValue(indicator: Pick<IndicatorDefinition, 'kind'>, raw: ItemRaw): number | null {
  const numerator = raw.numerator ?? 0;
  switch (indicator.kind) {
    case IndicatorKind.COUNT:
      return numerator;
    case IndicatorKind.YOY_CHANGE:
      return yearOnYearChange(numerator, raw.previous ?? 0);
    case IndicatorKind.RATE: {
      const denominator = raw.denominator ?? 0;
      return denominator > 0 ? numerator / denominator : null;
    }
  }
}

export function itemValue(item: SchemeItem, raw: ItemRaw): ItemValue {
  const numerator = raw.numerator ?? 0;
  switch (item.indicator?.kind) {
    case undefined:
      return { value: null, scored: null, belowMinimum: false };
    case IndicatorKind.COUNT:
    case IndicatorKind.YOY_CHANGE: {
      const value = indicatorValue(item.indicator, raw);
      return { value, scored: value, belowMinimum: false };
    }
    case IndicatorKind.RATE: {
      const denominator = raw.denominator ?? 0;
      const value = indicatorValue(item.indicator, raw);
      // A zero denominator is always below the minimum: no rule ever divides by it.
      if (denominator >= Math.max(1, item.minDenominator ?? 1)) return { value, scored: value, belowMinimum: false };
      const scored = item.belowMinimum === BelowMinimumRule.WILSON_LOWER_BOUND ? wilsonLowerBound(numerator, denominator) : null;
      return { value, scored, belowMinimum: true };
    }
  }
}

/**
 * The item's points for one jurisdiction: the rule on the scored value (or FULL_POINTS / ZERO
 * below the minimum denominator), the sign of a BONUS or DEDUCTION, the bounds, then rounding to
 * 2 decimals, once, at the end. A MANUAL entry outside its range is a VALIDATION error.
 */
export function scoreItem(item: SchemeItem, raw: ItemRaw): ItemScore {
  const { value, scored, belowMinimum } = itemValue(item, raw);
  return { value, scored, belowMinimum, points: itemPoints(item, raw, scored, belowMinimum) };
}

function itemPoints(item: SchemeItem, raw: ItemRaw, scored: number | null, belowMinimum: boolean): number | null {
  const { floor, cap } = itemBounds(item);
  const bounded = (points: number) => roundPoints(Math.min(cap, Math.max(floor, signed(item.kind, points))));
  if (item.rule.kind === ScoringRuleKind.MANUAL) return raw.manual ? bounded(validateManualEntry(item.rule, raw.manual).points) : null;
  if (belowMinimum && item.belowMinimum !== BelowMinimumRule.WILSON_LOWER_BOUND) {
    // FULL_POINTS is the best the item can give: its cap (0 for a deduction, i.e. nothing taken).
    return roundPoints(item.belowMinimum === BelowMinimumRule.FULL_POINTS ? cap : Math.min(cap, Math.max(floor, 0)));
  }
  return bounded(rulePoints(item, scored, raw));
}

function signed(kind: ItemKind, points: number): number {
  if (kind === ItemKind.BONUS) return Math.abs(points);
  if (kind === ItemKind.DEDUCTION) return -Math.abs(points);
  return points;
}

function rulePoints(item: SchemeItem, scored: number | null, raw: ItemRaw): number {
  const { rule, points } = item;
  const needed = (x: number | null): number => {
    if (x === null) throw new AppError(ErrorCode.INTERNAL, `考核项“${item.name}”缺少计分所需的指标值`);
    return x;
  };
  switch (rule.kind) {
    case ScoringRuleKind.RATE_TIMES_POINTS:
      return needed(scored) * points;
    case ScoringRuleKind.LINEAR: {
      const x = needed(scored);
      if (x <= rule.floor) return 0;
      if (x >= rule.target) return points;
      return (points * (x - rule.floor)) / (rule.target - rule.floor);
    }
    case ScoringRuleKind.PER_EVENT:
      return (rule.fromFull ? points : 0) + rule.perEvent * needed(scored);
    case ScoringRuleKind.CHANGE_BANDS:
      if (scored === null) return rule.otherwise;
      return rule.bands.find((band) => scored <= band.atMost)?.points ?? rule.otherwise;
    case ScoringRuleKind.RANK: {
      const { rank, targets } = raw;
      if (rank === null || rank === undefined) return rule.minimum;
      if (rule.table) return rule.table[rank - 1] ?? rule.minimum;
      if (!targets || targets <= 1) return points;
      return points - ((points - rule.minimum) * (rank - 1)) / (targets - 1);
    }
    case ScoringRuleKind.MANUAL:
      throw new AppError(ErrorCode.INTERNAL, '人工评分项不按规则计分');
  }
}

/** The entry when it fits the rule; VALIDATION otherwise (points outside [min, max], no comment). */
export function validateManualEntry(rule: { min: number; max: number }, entry: ManualEntry): ManualEntry {
  const { points } = entry;
  if (typeof points !== 'number' || !Number.isFinite(points) || points < rule.min || points > rule.max) {
    throw validation(`人工评分须在 ${formatNumber(rule.min)} 至 ${formatNumber(rule.max)} 分之间，填写的是 ${String(points)} 分`, {
      field: 'points',
      min: rule.min,
      max: rule.max,
    });
  }
  if (roundPoints(points) !== points) throw validation('人工评分最多保留两位小数', { field: 'points' });
  if (typeof entry.comment !== 'string' || entry.comment.trim() === '') throw validation('人工评分须填写评分说明', { field: 'comment' });
  if (!Array.isArray(entry.evidence) || entry.evidence.some((id) => typeof id !== 'string')) {
    throw validation('佐证材料须为材料编号列表', { field: 'evidence' });
  }
  return entry;
}

const CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

/** The scoring rules each kind of indicator can be scored by (MANUAL items have no indicator). */
export const RULES_FOR: Readonly<Record<IndicatorKind, readonly ScoringRuleKind[]>> = {
  RATE: [ScoringRuleKind.RATE_TIMES_POINTS, ScoringRuleKind.LINEAR, ScoringRuleKind.RANK],
  COUNT: [ScoringRuleKind.LINEAR, ScoringRuleKind.PER_EVENT, ScoringRuleKind.RANK],
  YOY_CHANGE: [ScoringRuleKind.CHANGE_BANDS, ScoringRuleKind.RANK],
};

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The item when it is sound (its indicator too); VALIDATION naming the item otherwise. */
export function validateSchemeItem(item: SchemeItem): SchemeItem {
  if (typeof item.code !== 'string' || !CODE_PATTERN.test(item.code)) {
    throw validation(`考核项代码“${String(item.code)}”无效，应由大写字母开头，只含大写字母、数字和下划线`, { field: 'code' });
  }
  const where = `考核项“${typeof item.name === 'string' && item.name.trim() !== '' ? item.name : item.code}”`;
  const refuse = (message: string, field: string) => validation(`${where}${message}`, { item: item.code, field });
  if (typeof item.name !== 'string' || item.name.trim() === '') throw refuse('须有名称', 'name');
  if (!Object.values(ItemKind).includes(item.kind)) throw refuse(`的类型“${String(item.kind)}”未知`, 'kind');
  if (!finite(item.points) || item.points < 0) throw refuse('的分值须为非负数', 'points');
  const { floor, cap } = itemBounds(item);
  if (!finite(floor) || !finite(cap) || floor > cap) throw refuse('的最低分不能高于最高分', 'cap');
  checkRule(item, refuse);
  if (item.rule.kind === ScoringRuleKind.MANUAL) {
    if (item.indicator !== null) throw refuse('为人工评分，不关联指标', 'indicator');
    return item;
  }
  if (!item.indicator) throw refuse('须关联指标', 'indicator');
  const indicator = validateIndicator(item.indicator);
  if (!RULES_FOR[indicator.kind].includes(item.rule.kind)) {
    throw refuse(`的计分规则“${SCORING_RULE_KIND_LABELS[item.rule.kind]}”不适用于${INDICATOR_KIND_LABELS[indicator.kind]}指标`, 'rule');
  }
  if (indicator.kind === IndicatorKind.RATE) {
    if (!Number.isInteger(item.minDenominator) || item.minDenominator! < 1 || !Object.values(BelowMinimumRule).includes(item.belowMinimum!)) {
      throw refuse('是比率指标，须设置最小分母（不小于 1 的整数）及分母不足时的计分规则', 'minDenominator');
    }
  } else if (item.minDenominator !== undefined || item.belowMinimum !== undefined) {
    throw refuse('不是比率指标，不设最小分母', 'minDenominator');
  }
  return item;
}

function checkRule(item: SchemeItem, refuse: (message: string, field: string) => AppError): void {
  const { rule } = item;
  switch (rule?.kind) {
    case ScoringRuleKind.RATE_TIMES_POINTS:
      return;
    case ScoringRuleKind.LINEAR:
      if (!finite(rule.floor) || !finite(rule.target) || rule.floor >= rule.target) throw refuse('线性计分的下限须低于目标值', 'rule');
      return;
    case ScoringRuleKind.PER_EVENT:
      if (!finite(rule.perEvent) || rule.perEvent === 0 || typeof rule.fromFull !== 'boolean') throw refuse('按件计分须设置非零的每件分值', 'rule');
      return;
    case ScoringRuleKind.CHANGE_BANDS:
      if (!Array.isArray(rule.bands) || rule.bands.length === 0 || !finite(rule.otherwise))
        throw refuse('按同比变化分档须至少设置一档及其余情形的分值', 'rule');
      rule.bands.forEach((band, i) => {
        if (!finite(band.atMost) || !finite(band.points) || (i > 0 && band.atMost <= rule.bands[i - 1]!.atMost)) {
          throw refuse('的同比分档上限须为依次递增的数值', 'rule');
        }
      });
      return;
    case ScoringRuleKind.RANK:
      if (typeof rule.higherIsBetter !== 'boolean' || !finite(rule.minimum)) throw refuse('按排名计分须设置排序方向和最低分', 'rule');
      if (rule.table !== undefined && (!Array.isArray(rule.table) || rule.table.length === 0 || !rule.table.every(finite))) {
        throw refuse('的名次分值表须为非空的数值列表', 'rule');
      }
      return;
    case ScoringRuleKind.MANUAL:
      if (!finite(rule.min) || !finite(rule.max) || rule.min > rule.max) throw refuse('的人工评分下限不能高于上限', 'rule');
      return;
    default:
      throw refuse(`的计分规则“${String((rule as { kind?: unknown })?.kind)}”未知`, 'rule');
  }
}

/** A number as shown in rule texts: at most 2 decimals, no trailing zeros. */
export function formatNumber(x: number): string {
  return String(Number(x.toFixed(2)));
}

export function formatPercent(rate: number): string {
  return `${formatNumber(rate * 100)}%`;
}

/** The item's rule in Chinese, as shown beside its formula. Expects a validated item. */
export function ruleText(item: SchemeItem): string {
  const { rule, points } = item;
  const isRate = item.indicator?.kind === IndicatorKind.RATE;
  const show = (x: number) => (isRate ? formatPercent(x) : formatNumber(x));
  const parts: string[] = [];
  switch (rule.kind) {
    case ScoringRuleKind.RATE_TIMES_POINTS:
      parts.push(`得分 = 比率 × ${formatNumber(points)} 分`);
      break;
    case ScoringRuleKind.LINEAR:
      parts.push(`不高于 ${show(rule.floor)} 得 0 分，达到 ${show(rule.target)} 得 ${formatNumber(points)} 分，其间按比例计分`);
      break;
    case ScoringRuleKind.PER_EVENT: {
      const indicator = item.indicator!;
      const unit = indicator.measure === Measure.PERSON_TIMES ? '人次' : (indicator.unit ?? FACT_SOURCES[indicator.source].unit);
      const each = `每${unit}${rule.perEvent < 0 ? '扣' : '计'} ${formatNumber(Math.abs(rule.perEvent))} 分`;
      parts.push(rule.fromFull ? `以 ${formatNumber(points)} 分为基数，${each}` : each);
      break;
    }
    case ScoringRuleKind.CHANGE_BANDS:
      parts.push(
        [
          ...rule.bands.map((band) => `同比变化不高于 ${formatPercent(band.atMost)} 得 ${formatNumber(band.points)} 分`),
          `其余（含上年同期为 0 而本期增加）得 ${formatNumber(rule.otherwise)} 分`,
        ].join('；'),
      );
      break;
    case ScoringRuleKind.RANK: {
      const order = rule.higherIsBetter ? '数值高者在前' : '数值低者在前';
      parts.push(
        rule.table
          ? `按排名计分（${order}）：${rule.table.map((p, i) => `第 ${i + 1} 名 ${formatNumber(p)} 分`).join('、')}，其余 ${formatNumber(rule.minimum)} 分`
          : `按排名计分（${order}）：第 1 名得 ${formatNumber(points)} 分，末名得 ${formatNumber(rule.minimum)} 分，其间按名次等差递减`,
      );
      break;
    }
    case ScoringRuleKind.MANUAL:
      parts.push(`由考核人员在 ${formatNumber(rule.min)} 至 ${formatNumber(rule.max)} 分之间评定，须填写评分说明并附佐证材料`);
      break;
  }
  if (isRate && item.belowMinimum) {
    const when = (item.minDenominator ?? 1) <= 1 ? '分母为 0 时' : `分母不足 ${item.minDenominator} 时`;
    parts.push(`${when}${BELOW_MINIMUM_RULE_LABELS[item.belowMinimum]}`);
  }
  const { floor, cap } = itemBounds(item);
  parts.push(`本项最高 ${formatNumber(cap)} 分、最低 ${formatNumber(floor)} 分`);
  if (item.kind !== ItemKind.REGULAR) parts.push(`${ITEM_KIND_LABELS[item.kind]}，不计入方案分值`);
  return parts.join('；');
}
