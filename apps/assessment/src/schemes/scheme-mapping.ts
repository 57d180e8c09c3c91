import { isoDate } from '#common/calendar';
import { validation } from '#common/errors';
import {
  type AssessmentPeriod,
  type Condition,
  FACT_SOURCES,
  FieldType,
  FilterOperator,
  INDICATOR_LIBRARY,
  type IndicatorDefinition,
  IndicatorKind,
  OPERATORS_BY_TYPE,
  PeriodBasis,
  PeriodKind,
  type PeriodBasisSpec,
  RULES_FOR,
  type SchemeItem,
  type ScoringRule,
  ScoringRuleKind,
  fieldOf,
  formulaText,
  itemBounds,
  measuresOf,
  periodBasesOf,
  periodBasisOf,
  periodLabel,
  ruleText,
} from './domain/index.js';
import type { AssessmentItemInput, AssessmentPeriodInput, FilterConditionInput, IndicatorInput, ScoringRuleInput } from './dto/scheme.inputs.js';
import type {
  AssessmentItemView,
  AssessmentSchemeView,
  FilterConditionView,
  IndicatorCatalogView,
  IndicatorView,
  ScoringRuleView,
} from './dto/scheme.types.js';
import type { SchemeRecord } from './scheme.store.js';
import type { SchemeForScoring } from './score-computation.js';

/**
 * Between the GraphQL shapes (flat, nullable fields) and the domain's (discriminated unions, the
 * stored format). What a shape cannot say is left to the domain's validation, which names it.
 */

const present = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

export function periodOf(input: AssessmentPeriodInput): AssessmentPeriod {
  const need = <T>(value: T | null | undefined, what: string): T => {
    if (value === null || value === undefined) throw validation(`考核期须给出${what}`, { field: 'period' });
    return value;
  };
  switch (input.kind) {
    case PeriodKind.YEAR:
      return { kind: PeriodKind.YEAR, year: need(input.year, '年度') };
    case PeriodKind.HALF_YEAR:
      return { kind: PeriodKind.HALF_YEAR, year: need(input.year, '年度'), half: need(input.half, '上半年或下半年') as 1 | 2 };
    case PeriodKind.QUARTER:
      return { kind: PeriodKind.QUARTER, year: need(input.year, '年度'), quarter: need(input.quarter, '季度') as 1 | 2 | 3 | 4 };
    default:
      return { kind: PeriodKind.RANGE, start: need(input.from, '开始日期'), end: need(input.to, '结束日期') };
  }
}

/** The period as stored (kind and both ends) back in the domain's terms. */
export function storedPeriod(kind: PeriodKind, from: string, to: string): AssessmentPeriod {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  if (kind === PeriodKind.YEAR) return { kind, year };
  if (kind === PeriodKind.HALF_YEAR) return { kind, year, half: month === 1 ? 1 : 2 };
  if (kind === PeriodKind.QUARTER) return { kind, year, quarter: ((month + 2) / 3) as 1 | 2 | 3 | 4 };
  return { kind: PeriodKind.RANGE, start: from, end: to };
}

function conditionOf(source: IndicatorDefinition['source'], input: FilterConditionInput): Condition {
  if (input.operator === FilterOperator.IN || input.operator === FilterOperator.NOT_IN)
    return { field: input.field, operator: input.operator, value: input.values ?? [] };
  if (input.value === null || input.value === undefined) return { field: input.field, operator: input.operator };
  // A number arrives as text; text that is no number stays as typed, for the domain to refuse by name.
  const number = input.value.trim() === '' ? Number.NaN : Number(input.value);
  const numeric = fieldOf(source, input.field)?.type === FieldType.NUMBER && Number.isFinite(number);
  return { field: input.field, operator: input.operator, value: numeric ? number : input.value };
}

export function indicatorOf(input: IndicatorInput): IndicatorDefinition {
  const period: PeriodBasisSpec | undefined = !input.period
    ? undefined
    : input.period.basis === PeriodBasis.FIELD
      ? { basis: PeriodBasis.FIELD, field: input.period.field ?? '' }
      : { basis: input.period.basis };
  return {
    code: input.code,
    name: input.name,
    source: input.source,
    kind: input.kind,
    measure: input.measure,
    ...(period ? { period } : {}),
    numerator: input.numerator.map((c) => conditionOf(input.source, c)),
    ...(input.denominator ? { denominator: input.denominator.map((c) => conditionOf(input.source, c)) } : {}),
    ...(input.unit ? { unit: input.unit } : {}),
  };
}

function ruleOf(input: ScoringRuleInput): ScoringRule {
  const num = (value: number | null | undefined) => value as number;
  switch (input.kind) {
    case ScoringRuleKind.LINEAR:
      return { kind: input.kind, floor: num(input.floor), target: num(input.target) };
    case ScoringRuleKind.PER_EVENT:
      return { kind: input.kind, perEvent: num(input.perEvent), fromFull: input.fromFull ?? false };
    case ScoringRuleKind.CHANGE_BANDS:
      return { kind: input.kind, bands: input.bands ?? [], otherwise: num(input.otherwise) };
    case ScoringRuleKind.RANK:
      return { kind: input.kind, higherIsBetter: input.higherIsBetter ?? true, minimum: num(input.minimum), ...(input.table ? { table: input.table } : {}) };
    case ScoringRuleKind.MANUAL:
      return { kind: input.kind, min: num(input.min), max: num(input.max) };
    default:
      return { kind: ScoringRuleKind.RATE_TIMES_POINTS };
  }
}

/** An item as the domain keeps it: a library indicator is copied in, so the scheme keeps its formula. */
export function itemOf(input: AssessmentItemInput): SchemeItem {
  let indicator: IndicatorDefinition | null = input.indicator ? indicatorOf(input.indicator) : null;
  if (input.libraryIndicator) {
    if (indicator) throw validation(`考核项“${input.name}”不能同时给出指标定义和指标库中的指标`, { item: input.code });
    const found = INDICATOR_LIBRARY.find((candidate) => candidate.code === input.libraryIndicator);
    if (!found) throw validation(`指标库中没有代码为“${input.libraryIndicator}”的指标`, { item: input.code });
    indicator = structuredClone(found);
  }
  return {
    code: input.code,
    name: input.name,
    kind: input.kind,
    points: input.points,
    indicator,
    rule: ruleOf(input.rule),
    ...(input.minDenominator ? { minDenominator: input.minDenominator } : {}),
    ...(input.belowMinimum ? { belowMinimum: input.belowMinimum } : {}),
    ...(present(input.cap) !== undefined ? { cap: input.cap! } : {}),
    ...(present(input.floor) !== undefined ? { floor: input.floor! } : {}),
  };
}

function conditionView(condition: Condition): FilterConditionView {
  const list = Array.isArray(condition.value);
  return {
    field: condition.field,
    operator: condition.operator,
    value: condition.value === undefined || list ? null : String(condition.value),
    values: list ? [...(condition.value as readonly string[])] : null,
  };
}

export function indicatorView(indicator: IndicatorDefinition): IndicatorView {
  const period = periodBasisOf(indicator);
  return {
    code: indicator.code,
    name: indicator.name,
    source: indicator.source,
    kind: indicator.kind,
    measure: indicator.measure,
    period: { basis: period.basis, field: period.basis === PeriodBasis.FIELD ? period.field : null },
    numerator: indicator.numerator.map(conditionView),
    denominator: indicator.denominator ? indicator.denominator.map(conditionView) : null,
    unit: indicator.unit ?? null,
    formula: formulaText(indicator),
  };
}

/** The vocabulary a custom indicator is written in, from the field catalogue and the rules the domain enforces. */
export function indicatorCatalog(): IndicatorCatalogView {
  return {
    sources: Object.values(FACT_SOURCES).map((spec) => ({
      source: spec.source,
      noun: spec.noun,
      unit: spec.unit,
      measures: [...measuresOf(spec.source)],
      periodBases: [...periodBasesOf(spec.source)],
      defaultPeriodField: spec.defaultBasis.basis === PeriodBasis.FIELD ? spec.defaultBasis.field : null,
      fields: Object.values(spec.fields).map((field) => ({
        name: field.name,
        label: field.label,
        type: field.type,
        operators: [...OPERATORS_BY_TYPE[field.type]],
        values: field.values ? Object.entries(field.values).map(([value, label]) => ({ value, label })) : null,
        nullable: field.nullable ?? false,
        description: field.description ?? null,
      })),
    })),
    kinds: Object.values(IndicatorKind).map((kind) => ({ kind, rules: [...RULES_FOR[kind]] })),
  };
}

function ruleView(rule: ScoringRule): ScoringRuleView {
  const view: ScoringRuleView = {
    kind: rule.kind,
    floor: null,
    target: null,
    perEvent: null,
    fromFull: null,
    bands: null,
    otherwise: null,
    higherIsBetter: null,
    minimum: null,
    table: null,
    min: null,
    max: null,
  };
  const { kind: _kind, ...fields } = rule;
  return { ...view, ...(fields as Partial<ScoringRuleView>) };
}

export function itemView(item: SchemeItem): AssessmentItemView {
  const { floor, cap } = itemBounds(item);
  return {
    code: item.code,
    name: item.name,
    kind: item.kind,
    points: item.points,
    indicator: item.indicator ? indicatorView(item.indicator) : null,
    rule: ruleView(item.rule),
    minDenominator: item.minDenominator ?? null,
    belowMinimum: item.belowMinimum ?? null,
    cap,
    floor,
    ruleText: ruleText(item),
  };
}

/** A scheme as read: its view, its path, and its items as the domain keeps them. */
export type StoredScheme = AssessmentSchemeView & { tenantPath: string; stored: SchemeItem[] };

export function schemeView(record: SchemeRecord): StoredScheme {
  return {
    id: record.id,
    tenantId: record.tenantId,
    tenantPath: record.tenantPath,
    name: record.name,
    periodKind: record.periodKind,
    periodFrom: record.periodFrom,
    periodTo: record.periodTo,
    periodLabel: periodLabel(storedPeriod(record.periodKind, record.periodFrom, record.periodTo)),
    targetLevel: record.targetLevel,
    totalPoints: Number(record.totalPoints),
    grades: record.grades,
    state: record.state,
    publishedAt: record.publishedAt,
    version: record.version,
    items: record.items.map(itemView),
    stored: record.items,
  };
}

/** What the computation needs of a stored scheme. */
export function schemeForScoring(scheme: StoredScheme): SchemeForScoring {
  return {
    id: scheme.id,
    tenantPath: scheme.tenantPath,
    targetLevel: scheme.targetLevel,
    period: { start: isoDate(scheme.periodFrom), end: isoDate(scheme.periodTo) },
    scheme: { name: scheme.name, totalPoints: scheme.totalPoints, items: scheme.stored, grades: scheme.grades },
  };
}
