import { isIsoDate } from '#common/calendar';
import { validation } from '#common/errors';
import { FACT_SOURCES, type FieldSpec, type SourceSpec, fieldOf } from './fields.js';
import {
  FIELD_TYPE_LABELS,
  FILTER_OPERATOR_LABELS,
  FactSource,
  FieldType,
  FilterOperator,
  INDICATOR_KIND_LABELS,
  IndicatorKind,
  Measure,
  PeriodBasis,
} from './vocabulary.js';

export type FilterValue = string | number | readonly string[];

/** One condition of a filter; a filter is a list of them, ANDed. */
export interface Condition {
  field: string;
  operator: FilterOperator;
  /** Absent for IS_TRUE, IS_FALSE, IS_NULL, NOT_NULL; a list for IN and NOT_IN. */
  value?: FilterValue;
}

export type PeriodBasisSpec = { basis: PeriodBasis.FIELD; field: string } | { basis: PeriodBasis.BACKLOG } | { basis: PeriodBasis.ALL };

/**
 * An indicator (指标) as stored in a scheme and shown to users. Pure data, JSON-serialisable.
 * - RATE: numerator ÷ denominator. The numerator is always counted within the denominator's rows
 *   (its conditions are added to the denominator's), so a rate never exceeds 100%.
 * - COUNT: the rows the numerator selects.
 * - YOY_CHANGE: the numerator's count this period against the same period a year earlier.
 */
export interface IndicatorDefinition {
  /** Upper-case code, unique in the library and in a scheme, e.g. `ON_TIME_REPLY_RATE`. */
  code: string;
  name: string;
  source: FactSource;
  kind: IndicatorKind;
  measure: Measure;
  /** Which rows belong to the period; the source's default date field when absent. */
  period?: PeriodBasisSpec;
  numerator: readonly Condition[];
  /** RATE only; an empty list means every row of the period. */
  denominator?: readonly Condition[];
  /** The counting unit in the formula (e.g. 批次) instead of the source's own. */
  unit?: string;
}

const { EQ, NE, IN, NOT_IN, IS_TRUE, IS_FALSE, IS_NULL, NOT_NULL, GTE, LTE } = FilterOperator;

/** The operators each field type accepts. */
export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly FilterOperator[]>> = {
  BOOLEAN: [IS_TRUE, IS_FALSE, IS_NULL, NOT_NULL],
  ENUM: [EQ, NE, IN, NOT_IN, IS_NULL, NOT_NULL],
  DATE: [EQ, NE, GTE, LTE, IS_NULL, NOT_NULL],
  NUMBER: [EQ, NE, GTE, LTE, IS_NULL, NOT_NULL],
  UUID: [EQ, NE, IN, NOT_IN, IS_NULL, NOT_NULL],
};

const VALUELESS: ReadonlySet<FilterOperator> = new Set([IS_TRUE, IS_FALSE, IS_NULL, NOT_NULL]);
const LISTED: ReadonlySet<FilterOperator> = new Set([IN, NOT_IN]);
const CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isKnown = <T extends string>(values: Record<string, T>, value: unknown): value is T =>
  typeof value === 'string' && (Object.values(values) as string[]).includes(value);

/** The measures an indicator over the source may sum: person-times only where a row has a person count (cases). */
export function measuresOf(source: FactSource): readonly Measure[] {
  return source === FactSource.CASE ? [Measure.COUNT, Measure.PERSON_TIMES] : [Measure.COUNT];
}

/** The period bases an indicator over the source may use: the backlog at the period start is a case notion. */
export function periodBasesOf(source: FactSource): readonly PeriodBasis[] {
  return source === FactSource.CASE ? [PeriodBasis.FIELD, PeriodBasis.BACKLOG, PeriodBasis.ALL] : [PeriodBasis.FIELD, PeriodBasis.ALL];
}

/** The definition's period basis, the source's default filled in. */
export function periodBasisOf(def: IndicatorDefinition): PeriodBasisSpec {
  return def.period ?? FACT_SOURCES[def.source].defaultBasis;
}

/**
 * The definition itself when it is sound; VALIDATION (Chinese, naming the offending part)
 * otherwise: unknown source, field or operator, an operator not fitting the field's type, a value
 * outside an enum or of the wrong type, a denominator on a count, an empty rate numerator.
 */
export function validateIndicator(def: IndicatorDefinition): IndicatorDefinition {
  if (typeof def.code !== 'string' || !CODE_PATTERN.test(def.code)) {
    throw validation(`指标代码“${String(def.code)}”无效，应由大写字母开头，只含大写字母、数字和下划线`, { field: 'code' });
  }
  const where = `指标“${def.code}”`;
  if (typeof def.name !== 'string' || def.name.trim() === '') throw validation(`${where}须有名称`, { field: 'name' });
  if (!isKnown(FactSource, def.source)) throw validation(`${where}的数据来源“${String(def.source)}”未知`, { field: 'source' });
  if (!isKnown(IndicatorKind, def.kind)) throw validation(`${where}的指标类型“${String(def.kind)}”未知`, { field: 'kind' });
  if (!isKnown(Measure, def.measure)) throw validation(`${where}的计量方式“${String(def.measure)}”未知`, { field: 'measure' });
  const source = FACT_SOURCES[def.source];
  if (!measuresOf(def.source).includes(def.measure)) {
    throw validation(`${where}：只有信访事项可以按人次统计`, { field: 'measure' });
  }
  if (def.unit !== undefined && (typeof def.unit !== 'string' || def.unit.trim() === '' || def.unit.length > 10)) {
    throw validation(`${where}的计数单位须为 1 至 10 个字`, { field: 'unit' });
  }
  checkPeriodBasis(def, source, where);
  checkConditions(def.numerator, source, `${where}的分子`, 'numerator');
  if (def.kind === IndicatorKind.RATE) {
    if (def.denominator === undefined) throw validation(`${where}是比率指标，须设置分母条件（可为空列表，表示期内全部记录）`, { field: 'denominator' });
    checkConditions(def.denominator, source, `${where}的分母`, 'denominator');
    // Without a condition of its own the numerator is the denominator: 100% everywhere.
    if (def.numerator.length === 0) throw validation(`${where}的分子须至少有一个条件，否则比率恒为 100%`, { field: 'numerator' });
  } else if (def.denominator !== undefined) {
    throw validation(`${where}是${INDICATOR_KIND_LABELS[def.kind]}指标，不设分母`, { field: 'denominator' });
  }
  return def;
}

function checkPeriodBasis(def: IndicatorDefinition, source: SourceSpec, where: string): void {
  const basis = periodBasisOf(def);
  switch (basis.basis) {
    case PeriodBasis.FIELD: {
      const field = fieldOf(def.source, basis.field);
      if (!field || field.type !== FieldType.DATE) {
        throw validation(`${where}的统计期间依据“${String(basis.field)}”不是${source.noun}的日期字段`, { field: 'period' });
      }
      return;
    }
    case PeriodBasis.BACKLOG:
      if (!periodBasesOf(def.source).includes(PeriodBasis.BACKLOG)) throw validation(`${where}：期初积案口径只适用于信访事项`, { field: 'period' });
      return;
    case PeriodBasis.ALL:
      if (def.kind === IndicatorKind.YOY_CHANGE) throw validation(`${where}是同比指标，须按日期确定统计期间`, { field: 'period' });
      return;
    default:
      throw validation(`${where}的统计期间口径“${String((basis as { basis: unknown }).basis)}”未知`, { field: 'period' });
  }
}

function checkConditions(conditions: readonly Condition[], source: SourceSpec, where: string, path: string): void {
  if (!Array.isArray(conditions)) throw validation(`${where}条件须为列表`, { field: path });
  conditions.forEach((condition, i) => checkCondition(condition, source, where, `${path}[${i}]`));
}

function checkCondition(condition: Condition, source: SourceSpec, where: string, path: string): void {
  const field = typeof condition?.field === 'string' ? fieldOf(source.source, condition.field) : undefined;
  if (!field) throw validation(`${where}中的字段“${String(condition?.field)}”未知：${source.noun}没有此字段`, { field: path });
  const { operator, value } = condition;
  if (!isKnown(FilterOperator, operator)) throw validation(`${where}中的运算符“${String(operator)}”未知`, { field: path });
  if (!OPERATORS_BY_TYPE[field.type].includes(operator)) {
    throw validation(`${where}中的字段“${field.label}”（${FIELD_TYPE_LABELS[field.type]}）不能使用运算符“${FILTER_OPERATOR_LABELS[operator]}”`, {
      field: path,
      operator,
    });
  }
  if (VALUELESS.has(operator)) {
    if (value !== undefined) throw validation(`${where}中的运算符“${FILTER_OPERATOR_LABELS[operator]}”不带取值`, { field: path });
    return;
  }
  if (LISTED.has(operator)) {
    if (!Array.isArray(value) || value.length === 0) {
      throw validation(`${where}中的字段“${field.label}”使用“${FILTER_OPERATOR_LABELS[operator]}”时须给出至少一个取值`, { field: path });
    }
    for (const item of value) checkValue(field, item, where, path);
    return;
  }
  checkValue(field, value, where, path);
}

function checkValue(field: FieldSpec, value: unknown, where: string, path: string): void {
  const refuse = (expected: string) => validation(`${where}中的字段“${field.label}”的取值“${String(value)}”无效：${expected}`, { field: path, value });
  switch (field.type) {
    case FieldType.ENUM: {
      const values = field.values ?? {};
      if (typeof value !== 'string' || !Object.hasOwn(values, value)) {
        throw refuse(
          `可选值为 ${Object.entries(values)
            .map(([key, label]) => `${key}（${label}）`)
            .join('、')}`,
        );
      }
      return;
    }
    case FieldType.DATE:
      if (typeof value !== 'string' || !isIsoDate(value)) throw refuse('应为 YYYY-MM-DD 格式的日期');
      return;
    case FieldType.NUMBER:
      if (typeof value !== 'number' || !Number.isFinite(value)) throw refuse('应为数值');
      return;
    case FieldType.UUID:
      if (typeof value !== 'string' || !UUID_PATTERN.test(value)) throw refuse('应为 UUID');
      return;
  }
}

/** How one condition reads, e.g. `满意度评价为满意或基本满意`. Expects a validated condition. */
export function conditionText(source: FactSource, condition: Condition): string {
  const field = fieldOf(source, condition.field)!;
  const { label } = field;
  const shown = (value: FilterValue | undefined): string => {
    const one = (v: string | number) => (field.type === FieldType.ENUM ? (field.values?.[v] ?? String(v)) : String(v));
    return Array.isArray(value) ? value.map(one).join('或') : one(value as string | number);
  };
  const later = field.type === FieldType.DATE ? ['不早于', '不晚于'] : ['不少于', '不多于'];
  switch (condition.operator) {
    case IS_TRUE:
      return field.phrases?.true ?? `${label}为是`;
    case IS_FALSE:
      return field.phrases?.false ?? `${label}为否`;
    case NOT_NULL:
      return field.phrases?.known ?? `${label}不为空`;
    case IS_NULL:
      return field.phrases?.unknown ?? `${label}为空`;
    case EQ:
    case IN:
      return `${label}为${shown(condition.value)}`;
    case NE:
    case NOT_IN:
      // NULL counts as "not equal" (see the SQL compiler): say so where the field can be empty.
      return `${label}不为${shown(condition.value)}${field.nullable ? `（含${field.emptyLabel ?? '未填'}）` : ''}`;
    case GTE:
      return `${label}${later[0]}${shown(condition.value)}`;
    case LTE:
      return `${label}${later[1]}${shown(condition.value)}`;
  }
}

/** Operators that decide a field's value, making a denominator's NOT_NULL on it redundant to say. */
const DECIDING: ReadonlySet<FilterOperator> = new Set([IS_TRUE, IS_FALSE, EQ, IN, GTE, LTE]);

function rowsText(def: IndicatorDefinition, conditions: readonly Condition[]): string {
  const source = FACT_SOURCES[def.source];
  const unit = def.measure === Measure.PERSON_TIMES ? '人次' : `${def.unit ?? source.unit}数`;
  const phrases = [...new Set(conditions.map((condition) => conditionText(def.source, condition)))];
  if (phrases.length > 0) return `${phrases.join('、')}的${unit}`;
  return periodBasisOf(def).basis === PeriodBasis.BACKLOG ? `期初积案${unit}` : `全部${source.noun}${unit}`;
}

/**
 * The numerator's rows: the denominator's conditions and its own (numerator ⊆ denominator). A
 * denominator's NOT_NULL on a field the numerator decides (IS_TRUE, EQ …) is implied, so dropped.
 */
export function numeratorConditions(def: IndicatorDefinition): readonly Condition[] {
  const decided = new Set(def.numerator.filter((c) => DECIDING.has(c.operator)).map((c) => c.field));
  return [...(def.denominator ?? []).filter((c) => !(c.operator === NOT_NULL && decided.has(c.field))), ...def.numerator];
}

function periodText(def: IndicatorDefinition): string {
  const basis = periodBasisOf(def);
  switch (basis.basis) {
    case PeriodBasis.FIELD:
      return `${fieldOf(def.source, basis.field)!.label}在考核期内`;
    case PeriodBasis.BACKLOG:
      return '积案指考核期开始前登记、期初尚未办结的信访事项';
    case PeriodBasis.ALL:
      return `不限日期，按统计日的全部${FACT_SOURCES[def.source].noun}`;
  }
}

/**
 * The formula shown to users, derived from the definition alone, e.g.
 * `参评满意率 = 已参评、满意度评价为满意或基本满意的件数 ÷ 已参评的件数（办结日期在考核期内）`.
 * Derived fields used are explained after the period. Expects a validated definition.
 */
export function formulaText(def: IndicatorDefinition): string {
  const numerator = numeratorConditions(def);
  const notes = [periodText(def), ...derivedNotes(def.source, numerator), ...endingsNote(def)];
  if (def.kind === IndicatorKind.RATE) {
    return `${def.name} = ${rowsText(def, numerator)} ÷ ${rowsText(def, def.denominator ?? [])}（${notes.join('；')}）`;
  }
  if (def.kind === IndicatorKind.COUNT) return `${def.name} = ${rowsText(def, numerator)}（${notes.join('；')}）`;
  return `${def.name} = （本期数 − 上年同期数）÷ 上年同期数，本期数为${rowsText(def, numerator)}（${notes.join('；')}；上年同期为考核期前推一年）`;
}

/**
 * Which endings a case indicator counts must always show: where no condition of its counted rows
 * (a rate's denominator, else its own) is on how a case ended, the formula says all endings count.
 */
function endingsNote(def: IndicatorDefinition): string[] {
  const note = FACT_SOURCES[def.source].allEndingsNote;
  const counted = def.kind === IndicatorKind.RATE ? (def.denominator ?? []) : def.numerator;
  if (!note || counted.some((condition) => fieldOf(def.source, condition.field)?.aboutEnding)) return [];
  return [def.kind === IndicatorKind.RATE ? `分母${note}` : note];
}

function derivedNotes(source: FactSource, conditions: readonly Condition[]): string[] {
  const fields = new Set(conditions.map((c) => c.field));
  return [...fields].flatMap((name) => {
    const field = fieldOf(source, name)!;
    return field.description ? [`${field.label}：${field.description}`] : [];
  });
}
