import type {
  AssessmentGrade,
  BelowMinimumRule,
  AssessmentItemInput,
  AssessmentItemKind,
  CreateSchemeInput,
  FactPart,
  IndicatorKind,
  IndicatorSource,
  ScoringRuleInput,
  ScoringRuleKind,
} from '../gql/graphql';

/** The file of a published scheme's ranking: a plain GET that the browser sends with the session cookie. */
export function rankingDownloadPath(schemeId: string): string {
  return `/exports/assessment/schemes/${encodeURIComponent(schemeId)}/ranking.xlsx`;
}

/** A new scheme from the district template: the server fills in the template's items when none are given. */
export function templateSchemeInput(form: { name: string; year: number; targetLevel?: string | null }): CreateSchemeInput {
  return { name: form.name.trim(), period: { kind: 'YEAR', year: form.year }, targetLevel: form.targetLevel || null };
}

/** The rule section of the item form: every field any rule kind may use; only those of the chosen kind are sent. */
export interface RuleForm {
  kind: ScoringRuleKind;
  floor?: number | null;
  target?: number | null;
  perEvent?: number | null;
  fromFull?: boolean | null;
  bands?: { atMost: number; points: number }[] | null;
  otherwise?: number | null;
  higherIsBetter?: boolean | null;
  table?: number[] | null;
  minimum?: number | null;
  min?: number | null;
  max?: number | null;
}

/** Which fields of the rule form each rule kind shows and sends. */
export const RULE_FIELDS: Readonly<Record<ScoringRuleKind, readonly (keyof Omit<RuleForm, 'kind'>)[]>> = {
  RATE_TIMES_POINTS: [],
  LINEAR: ['floor', 'target'],
  PER_EVENT: ['perEvent', 'fromFull'],
  CHANGE_BANDS: ['bands', 'otherwise'],
  RANK: ['table', 'higherIsBetter', 'minimum'],
  MANUAL: ['min', 'max'],
};

/** The rule as the API takes it: the chosen kind with its own fields, the other kinds' leftovers dropped. */
export function ruleInput(form: RuleForm): ScoringRuleInput {
  const input: ScoringRuleInput = { kind: form.kind };
  for (const field of RULE_FIELDS[form.kind]) {
    const value = form[field];
    if (value !== undefined && value !== null) Object.assign(input, { [field]: value });
  }
  return input;
}

/** One item of a scheme built item by item: a library indicator (none for a manual item) with its rule and limits. */
export interface ItemForm {
  code: string;
  name: string;
  kind: AssessmentItemKind;
  points: number;
  libraryIndicator?: string | null;
  rule: RuleForm;
  minDenominator?: number | null;
  belowMinimum?: BelowMinimumRule | null;
  cap?: number | null;
  floor?: number | null;
}

export function itemInput(form: ItemForm): AssessmentItemInput {
  const manual = form.rule.kind === 'MANUAL';
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    kind: form.kind,
    points: form.points,
    libraryIndicator: manual ? null : (form.libraryIndicator ?? null),
    rule: ruleInput(form.rule),
    minDenominator: manual ? null : (form.minDenominator ?? null),
    belowMinimum: manual || form.minDenominator == null ? null : (form.belowMinimum ?? null),
    cap: form.cap ?? null,
    floor: form.floor ?? null,
  };
}

/** A scheme built item by item from the indicator library, for one year. */
export function builtSchemeInput(form: { name: string; year: number; targetLevel?: string | null; items: readonly ItemForm[] }): CreateSchemeInput {
  return {
    ...templateSchemeInput(form),
    totalPoints: form.items.filter((item) => item.kind === 'REGULAR').reduce((sum, item) => sum + item.points, 0),
    items: form.items.map(itemInput),
  };
}

/** The points by rank typed as a list ("10, 8, 6" or with Chinese commas); null when a part is no number. */
export function parseNumberList(text: string | null | undefined): number[] | null {
  const parts = (text ?? '').split(/[,，、\s]+/).filter(Boolean);
  const numbers = parts.map(Number);
  return parts.length > 0 && numbers.every(Number.isFinite) ? numbers : null;
}

/** The parts of an item one can drill into: its numerator; a rate's denominator; a year-on-year item's last year. */
export function drillParts(kind: IndicatorKind | null | undefined): FactPart[] {
  if (kind === 'RATE') return ['NUMERATOR', 'DENOMINATOR'];
  if (kind === 'YOY_CHANGE') return ['NUMERATOR', 'PREVIOUS'];
  return kind ? ['NUMERATOR'] : [];
}

/** Where a counted fact opens in the console: cases in the case desk, notices in 督办件; the rest have no page yet. */
export function factLink(fact: { source: IndicatorSource; id: string }): string | null {
  if (fact.source === 'CASE') return `/cases/${fact.id}`;
  if (fact.source === 'NOTICE') return `/notices/${fact.id}`;
  return null;
}

interface ScoredItem {
  code: string;
  points?: number | null;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  belowMinimum: boolean;
}

interface ScoredTarget {
  tenantId: string;
  name: string;
  total?: number | null;
  rank?: number | null;
  grade?: AssessmentGrade | null;
  publishedTotal?: number | null;
  publishedRank?: number | null;
  items: readonly ScoredItem[];
}

export interface RankingRow<T extends ScoredTarget> {
  target: T;
  cells: Readonly<Record<string, T['items'][number]>>;
  /** Current total less the published one; null before publication or while a total is pending. */
  change: number | null;
  /** Current rank against the published one: positive when it moved up. */
  rankChange: number | null;
  /** Some item scored below its minimum denominator (the small-sample rule applied). */
  smallSample: boolean;
}

/** The ranking table: by rank, unranked (manual points pending) last, each item's result under its code. */
export function rankingRows<T extends ScoredTarget>(targets: readonly T[]): RankingRow<T>[] {
  return [...targets]
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name, 'zh-CN'))
    .map((target) => ({
      target,
      cells: Object.fromEntries(target.items.map((item) => [item.code, item])),
      change: target.total != null && target.publishedTotal != null ? Math.round((target.total - target.publishedTotal) * 100) / 100 : null,
      rankChange: target.rank != null && target.publishedRank != null ? target.publishedRank - target.rank : null,
      smallSample: target.items.some((item) => item.belowMinimum),
    }));
}

/** A signed difference as shown beside a figure: +1.5, −2, or 0. */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '0';
}

/** An item's value as a percentage for rates, as a number otherwise; a dash when there is none. */
export function itemValueText(value: number | null | undefined, kind: IndicatorKind | null | undefined): string {
  if (value == null) return '—';
  if (kind === 'RATE' || kind === 'YOY_CHANGE') return `${Math.round(value * 10000) / 100}%`;
  return String(value);
}
