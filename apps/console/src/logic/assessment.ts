import type {
  AssessmentGrade,
  AssessmentItemInput,
  AssessmentItemKind,
  AssessmentPeriodInput,
  AssessmentPeriodKind,
  BelowMinimumRule,
  CreateSchemeInput,
  FactPart,
  FilterConditionInput,
  FilterOperator,
  IndicatorInput,
  IndicatorKind,
  IndicatorMeasure,
  IndicatorSource,
  PeriodBasis,
  ScoringRuleInput,
  ScoringRuleKind,
  UpdateSchemeInput,
} from '../gql/graphql';

/** The file of a published scheme's ranking: a plain GET that the browser sends with the session cookie. */
export function rankingDownloadPath(schemeId: string): string {
  return `/exports/assessment/schemes/${encodeURIComponent(schemeId)}/ranking.xlsx`;
}

/** The levels a scheme may assess, as the scheme list names them. */
export const TARGET_LEVEL_LABELS: Readonly<Record<string, string>> = { PROVINCE: '省级', CITY: '市级', COUNTY: '区（县）级', TOWNSHIP: '乡镇（街道）级' };

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

/** How an operator takes its value in the API: none (是否, 为空), a list (属于, 不属于), or one. */
export function operatorArity(operator: FilterOperator): 'NONE' | 'ONE' | 'LIST' {
  if (operator === 'IS_TRUE' || operator === 'IS_FALSE' || operator === 'IS_NULL' || operator === 'NOT_NULL') return 'NONE';
  return operator === 'IN' || operator === 'NOT_IN' ? 'LIST' : 'ONE';
}

/** One filter condition as the form holds it: a number or a date as typed, a list for 属于. */
export interface ConditionForm {
  field?: string | null;
  operator?: FilterOperator | null;
  value?: string | number | null;
  values?: readonly string[] | null;
}

/** The condition as the API takes it (values as text, only those its operator takes); null until it is filled in. */
export function conditionInput(form: ConditionForm): FilterConditionInput | null {
  if (!form.field || !form.operator) return null;
  const arity = operatorArity(form.operator);
  if (arity === 'LIST') return form.values?.length ? { field: form.field, operator: form.operator, values: [...form.values] } : null;
  if (arity === 'ONE') return form.value == null || form.value === '' ? null : { field: form.field, operator: form.operator, value: String(form.value) };
  return { field: form.field, operator: form.operator };
}

/** A custom indicator (自定义指标) as the form holds it: which facts, what is counted, which rows belong to the period, the conditions. */
export interface CustomIndicatorForm {
  source?: IndicatorSource | null;
  kind?: IndicatorKind | null;
  measure?: IndicatorMeasure | null;
  periodBasis?: PeriodBasis | null;
  periodField?: string | null;
  numerator?: readonly ConditionForm[] | null;
  /** A rate's only; none is every row of the period. */
  denominator?: readonly ConditionForm[] | null;
  /** Kept from a stored definition (e.g. 批次), so that editing does not change its formula. */
  unit?: string | null;
}

/**
 * The indicator as the API takes it, named after its item (placeholders while the item has no code
 * or name yet, so the formula shows as soon as the conditions do); null while a choice is missing.
 */
export function customIndicatorInput(
  form: CustomIndicatorForm | null | undefined,
  item: { code?: string | null; name?: string | null },
): IndicatorInput | null {
  if (!form?.source || !form.kind) return null;
  const numerator = (form.numerator ?? []).map(conditionInput);
  const denominator = form.kind === 'RATE' ? (form.denominator ?? []).map(conditionInput) : null;
  if (numerator.includes(null) || denominator?.includes(null)) return null;
  if (form.periodBasis === 'FIELD' && !form.periodField) return null;
  return {
    code: item.code?.trim() || 'CUSTOM',
    name: item.name?.trim() || '自定义指标',
    source: form.source,
    kind: form.kind,
    measure: form.measure ?? 'COUNT',
    period: form.periodBasis ? { basis: form.periodBasis, field: form.periodBasis === 'FIELD' ? form.periodField : null } : null,
    numerator: numerator as FilterConditionInput[],
    denominator: denominator as FilterConditionInput[] | null,
    unit: form.unit ?? null,
  };
}

/** An indicator as the API shows it (a scheme's item, the library), enough to edit it or compare it. */
export interface IndicatorDefinitionView {
  code: string;
  source: IndicatorSource;
  kind: IndicatorKind;
  measure: IndicatorMeasure;
  period: { basis: PeriodBasis; field?: string | null };
  numerator: readonly ConditionView[];
  denominator?: readonly ConditionView[] | null;
  unit?: string | null;
}

interface ConditionView {
  field: string;
  operator: FilterOperator;
  value?: string | null;
  values?: readonly string[] | null;
}

const conditionForm = (c: ConditionView): ConditionForm => ({
  field: c.field,
  operator: c.operator,
  value: c.value ?? null,
  values: c.values ? [...c.values] : null,
});

/** A stored indicator back in the custom form, to be edited. */
export function customIndicatorForm(view: IndicatorDefinitionView): CustomIndicatorForm {
  return {
    source: view.source,
    kind: view.kind,
    measure: view.measure,
    periodBasis: view.period.basis,
    periodField: view.period.field ?? null,
    numerator: view.numerator.map(conditionForm),
    denominator: view.denominator ? view.denominator.map(conditionForm) : null,
    unit: view.unit ?? null,
  };
}

/** What an indicator counts, whatever its code and name: two with the same are the same indicator. */
function definitionKey(view: IndicatorDefinitionView): string {
  const conditions = (list: readonly ConditionView[] | null | undefined) =>
    list?.map((c) => [c.field, c.operator, c.value ?? null, c.values ? [...c.values] : null]) ?? null;
  return JSON.stringify([
    view.source,
    view.kind,
    view.measure,
    view.period.basis,
    view.period.field ?? null,
    conditions(view.numerator),
    conditions(view.denominator),
    view.unit ?? null,
  ]);
}

/** The library indicator an item's indicator is a copy of, if it still is one. */
export function libraryIndicatorOf<T extends IndicatorDefinitionView>(indicator: IndicatorDefinitionView, library: readonly T[]): T | undefined {
  const key = definitionKey(indicator);
  return library.find((candidate) => candidate.code === indicator.code && definitionKey(candidate) === key);
}

/** One item of a scheme built item by item: a library or a custom indicator (none for a manual item) with its rule and limits. */
export interface ItemForm {
  code: string;
  name: string;
  kind: AssessmentItemKind;
  points: number;
  /** Where the indicator comes from; the library's when not said. */
  indicatorMode?: 'LIBRARY' | 'CUSTOM' | null;
  libraryIndicator?: string | null;
  custom?: CustomIndicatorForm | null;
  rule: RuleForm;
  minDenominator?: number | null;
  belowMinimum?: BelowMinimumRule | null;
  cap?: number | null;
  floor?: number | null;
}

/** The kind of the item's indicator (the chosen library indicator's, or the custom one's); none for a manual item. */
export function itemIndicatorKind(
  form: Pick<ItemForm, 'rule' | 'indicatorMode' | 'libraryIndicator' | 'custom'>,
  library: readonly { code: string; kind: IndicatorKind }[],
): IndicatorKind | null {
  if (form.rule?.kind === 'MANUAL') return null;
  if (form.indicatorMode === 'CUSTOM') return form.custom?.kind ?? null;
  return library.find((indicator) => indicator.code === form.libraryIndicator)?.kind ?? null;
}

/** The rule kinds an item may take: those its indicator's kind can be scored by, or a manual item; all while no indicator is chosen. */
export function ruleKindsFor(
  kind: IndicatorKind | null,
  rulesByKind: readonly { kind: IndicatorKind; rules: readonly ScoringRuleKind[] }[],
): ScoringRuleKind[] | undefined {
  const rules = kind ? rulesByKind.find((entry) => entry.kind === kind)?.rules : undefined;
  return rules ? [...rules, 'MANUAL'] : undefined;
}

/** The item as the API takes it; the minimum denominator only for a rate (the API refuses it elsewhere). */
export function itemInput(form: ItemForm, library: readonly { code: string; kind: IndicatorKind }[] = []): AssessmentItemInput {
  const manual = form.rule.kind === 'MANUAL';
  const custom = !manual && form.indicatorMode === 'CUSTOM';
  const rate = itemIndicatorKind(form, library) === 'RATE';
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    kind: form.kind,
    points: form.points,
    libraryIndicator: manual || custom ? null : (form.libraryIndicator ?? null),
    indicator: custom ? customIndicatorInput(form.custom, form) : null,
    rule: ruleInput(form.rule),
    minDenominator: rate ? (form.minDenominator ?? null) : null,
    belowMinimum: rate && form.minDenominator != null ? (form.belowMinimum ?? null) : null,
    cap: form.cap ?? null,
    floor: form.floor ?? null,
  };
}

/** The period section of a scheme's form: a year, a half or quarter of it, or two dates. */
export interface PeriodForm {
  kind: AssessmentPeriodKind;
  year?: number | null;
  half?: number | null;
  quarter?: number | null;
  from?: string | null;
  to?: string | null;
}

/** The period as the API takes it: only what its kind needs. */
export function periodInput(form: PeriodForm): AssessmentPeriodInput {
  switch (form.kind) {
    case 'RANGE':
      return { kind: 'RANGE', from: form.from ?? null, to: form.to ?? null };
    case 'HALF_YEAR':
      return { kind: 'HALF_YEAR', year: form.year ?? null, half: form.half ?? null };
    case 'QUARTER':
      return { kind: 'QUARTER', year: form.year ?? null, quarter: form.quarter ?? null };
    default:
      return { kind: 'YEAR', year: form.year ?? null };
  }
}

/** A stored scheme's period back in the form. */
export function periodFormOf(scheme: { periodKind: AssessmentPeriodKind; periodFrom: string; periodTo: string }): PeriodForm {
  const year = Number(scheme.periodFrom.slice(0, 4));
  const month = Number(scheme.periodFrom.slice(5, 7));
  switch (scheme.periodKind) {
    case 'RANGE':
      return { kind: 'RANGE', from: scheme.periodFrom, to: scheme.periodTo };
    case 'HALF_YEAR':
      return { kind: 'HALF_YEAR', year, half: month <= 6 ? 1 : 2 };
    case 'QUARTER':
      return { kind: 'QUARTER', year, quarter: Math.ceil(month / 3) };
    default:
      return { kind: 'YEAR', year };
  }
}

/** The scheme's total: the points of its regular items (bonus and deduction items come on top). */
function regularTotal(items: readonly ItemForm[]): number {
  return items.filter((item) => item.kind === 'REGULAR').reduce((sum, item) => sum + item.points, 0);
}

interface SchemeForm {
  name: string;
  period: PeriodForm;
  items: readonly ItemForm[];
}

/** A scheme built item by item, from the library or with custom indicators. */
export function builtSchemeInput(
  form: SchemeForm & { targetLevel?: string | null },
  library: readonly { code: string; kind: IndicatorKind }[] = [],
): CreateSchemeInput {
  return {
    name: form.name.trim(),
    period: periodInput(form.period),
    targetLevel: form.targetLevel || null,
    totalPoints: regularTotal(form.items),
    items: form.items.map((item) => itemInput(item, library)),
  };
}

/** A draft's changes, under the version it was read at; the items replace its items (manual points kept by code). */
export function updatedSchemeInput(
  scheme: { id: string; version: number },
  form: SchemeForm,
  library: readonly { code: string; kind: IndicatorKind }[] = [],
): UpdateSchemeInput {
  return {
    id: scheme.id,
    version: scheme.version,
    name: form.name.trim(),
    period: periodInput(form.period),
    totalPoints: regularTotal(form.items),
    items: form.items.map((item) => itemInput(item, library)),
  };
}

/** An item of a stored scheme as the API shows it. */
export interface SchemeItemView {
  code: string;
  name: string;
  kind: AssessmentItemKind;
  points: number;
  indicator?: IndicatorDefinitionView | null;
  rule: Omit<RuleForm, 'bands' | 'table'> & { bands?: readonly { atMost: number; points: number }[] | null; table?: readonly number[] | null };
  minDenominator?: number | null;
  belowMinimum?: BelowMinimumRule | null;
  cap: number;
  floor: number;
}

/**
 * A stored item back in the form: a copy of a library indicator as that library indicator, any
 * other as a custom one; bounds left empty where they are the defaults, so that they follow a
 * change of the points.
 */
export function itemFormOf(item: SchemeItemView, library: readonly IndicatorDefinitionView[]): ItemForm {
  const deduction = item.kind === 'DEDUCTION';
  const fromLibrary = item.indicator ? libraryIndicatorOf(item.indicator, library) : undefined;
  // Field by field: what the API shows carries its type names, which an input must not.
  const { bands, table, ...plain } = item.rule;
  const rule: RuleForm = { kind: item.rule.kind };
  for (const field of RULE_FIELDS[item.rule.kind]) {
    if (field === 'bands' && bands) rule.bands = bands.map(({ atMost, points }) => ({ atMost, points }));
    else if (field === 'table' && table) rule.table = [...table];
    else if (field !== 'bands' && field !== 'table' && plain[field] != null) Object.assign(rule, { [field]: plain[field] });
  }
  return {
    code: item.code,
    name: item.name,
    kind: item.kind,
    points: item.points,
    indicatorMode: item.indicator ? (fromLibrary ? 'LIBRARY' : 'CUSTOM') : null,
    libraryIndicator: fromLibrary?.code ?? null,
    custom: item.indicator && !fromLibrary ? customIndicatorForm(item.indicator) : null,
    rule,
    minDenominator: item.minDenominator ?? null,
    belowMinimum: item.belowMinimum ?? null,
    cap: item.cap === (deduction ? 0 : item.points) ? null : item.cap,
    floor: item.floor === (deduction ? -item.points : 0) ? null : item.floor,
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
