/**
 * The vocabulary of assessment schemes (考核方案). Plain string enums: the GraphQL layer registers
 * them with the Chinese labels below as descriptions. Definitions built from them are stored as JSON
 * and shown to users, so every value here is part of a stored format: add, never rename.
 */

/** The fact tables an indicator counts over (schema `assessment`). */
export enum FactSource {
  CASE = 'CASE',
  TASK = 'TASK',
  NOTICE = 'NOTICE',
  MEETING = 'MEETING',
  JURISDICTION = 'JURISDICTION',
}

export const FACT_SOURCE_LABELS: Readonly<Record<FactSource, string>> = {
  CASE: '信访事项',
  TASK: '联席会议任务',
  NOTICE: '督办单',
  MEETING: '联席会议',
  JURISDICTION: '下级辖区',
};

export enum FieldType {
  BOOLEAN = 'BOOLEAN',
  ENUM = 'ENUM',
  DATE = 'DATE',
  NUMBER = 'NUMBER',
  UUID = 'UUID',
}

export const FIELD_TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  BOOLEAN: '是否',
  ENUM: '枚举',
  DATE: '日期',
  NUMBER: '数值',
  UUID: '编号',
};

export enum FilterOperator {
  EQ = 'EQ',
  NE = 'NE',
  IN = 'IN',
  NOT_IN = 'NOT_IN',
  IS_TRUE = 'IS_TRUE',
  IS_FALSE = 'IS_FALSE',
  IS_NULL = 'IS_NULL',
  NOT_NULL = 'NOT_NULL',
  GTE = 'GTE',
  LTE = 'LTE',
}

export const FILTER_OPERATOR_LABELS: Readonly<Record<FilterOperator, string>> = {
  EQ: '等于',
  NE: '不等于',
  IN: '属于',
  NOT_IN: '不属于',
  IS_TRUE: '为是',
  IS_FALSE: '为否',
  IS_NULL: '为空',
  NOT_NULL: '不为空',
  GTE: '大于等于',
  LTE: '小于等于',
};

/** What is summed over the counted rows. */
export enum Measure {
  /** One per row: 件 / 批次 / 项 / 次. */
  COUNT = 'COUNT',
  /** `person_count` of each case: 人次. */
  PERSON_TIMES = 'PERSON_TIMES',
}

export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  COUNT: '件（批次）数',
  PERSON_TIMES: '人次',
};

export enum IndicatorKind {
  /** Numerator ÷ denominator, the numerator counted within the denominator's rows. */
  RATE = 'RATE',
  /** The numerator alone. */
  COUNT = 'COUNT',
  /** (this period − the same period a year earlier) ÷ the same period a year earlier. */
  YOY_CHANGE = 'YOY_CHANGE',
}

export const INDICATOR_KIND_LABELS: Readonly<Record<IndicatorKind, string>> = {
  RATE: '比率',
  COUNT: '数量',
  YOY_CHANGE: '同比变化',
};

/** Which rows belong to the assessment period. */
export enum PeriodBasis {
  /** A date field of the row falls in the period. */
  FIELD = 'FIELD',
  /** Backlog at the period start: cases registered before it and not finished before it. */
  BACKLOG = 'BACKLOG',
  /** Every row, whatever its dates (jurisdictions: the current tree). */
  ALL = 'ALL',
}

export const PERIOD_BASIS_LABELS: Readonly<Record<PeriodBasis, string>> = {
  FIELD: '按日期字段',
  BACKLOG: '期初积案',
  ALL: '不限日期',
};

export enum ScoringRuleKind {
  RATE_TIMES_POINTS = 'RATE_TIMES_POINTS',
  LINEAR = 'LINEAR',
  PER_EVENT = 'PER_EVENT',
  CHANGE_BANDS = 'CHANGE_BANDS',
  RANK = 'RANK',
  MANUAL = 'MANUAL',
}

export const SCORING_RULE_KIND_LABELS: Readonly<Record<ScoringRuleKind, string>> = {
  RATE_TIMES_POINTS: '比率乘以分值',
  LINEAR: '线性插值',
  PER_EVENT: '按件计分',
  CHANGE_BANDS: '按同比变化分档',
  RANK: '按排名计分',
  MANUAL: '人工评分',
};

/** How a rate item scores when its denominator is below the item's minimum (including zero). */
export enum BelowMinimumRule {
  FULL_POINTS = 'FULL_POINTS',
  ZERO = 'ZERO',
  WILSON_LOWER_BOUND = 'WILSON_LOWER_BOUND',
}

export const BELOW_MINIMUM_RULE_LABELS: Readonly<Record<BelowMinimumRule, string>> = {
  FULL_POINTS: '得满分',
  ZERO: '得 0 分',
  WILSON_LOWER_BOUND: '按威尔逊区间下限（95% 置信）计算比率',
};

export enum ItemKind {
  /** Counts towards the scheme's total points. */
  REGULAR = 'REGULAR',
  /** Adds on top of the total (加分项); never negative. */
  BONUS = 'BONUS',
  /** Subtracts from the total (扣分项); never positive. */
  DEDUCTION = 'DEDUCTION',
}

export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  REGULAR: '考核项',
  BONUS: '加分项',
  DEDUCTION: '扣分项',
};

export enum Grade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}

export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  FAIR: '一般',
  POOR: '较差',
};

export enum PeriodKind {
  YEAR = 'YEAR',
  HALF_YEAR = 'HALF_YEAR',
  QUARTER = 'QUARTER',
  RANGE = 'RANGE',
}

export const PERIOD_KIND_LABELS: Readonly<Record<PeriodKind, string>> = {
  YEAR: '年度',
  HALF_YEAR: '半年',
  QUARTER: '季度',
  RANGE: '自定义时段',
};
