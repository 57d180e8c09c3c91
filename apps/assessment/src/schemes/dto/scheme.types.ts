import { Directive, Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { described } from '#common/graphql';
import {
  BELOW_MINIMUM_RULE_LABELS,
  BelowMinimumRule,
  FACT_SOURCE_LABELS,
  FIELD_TYPE_LABELS,
  FILTER_OPERATOR_LABELS,
  FactSource,
  FieldType,
  FilterOperator,
  GRADE_LABELS,
  Grade,
  INDICATOR_KIND_LABELS,
  ITEM_KIND_LABELS,
  IndicatorKind,
  ItemKind,
  MEASURE_LABELS,
  Measure,
  PERIOD_BASIS_LABELS,
  PERIOD_KIND_LABELS,
  PeriodBasis,
  PeriodKind,
  SCORING_RULE_KIND_LABELS,
  ScoringRuleKind,
} from '../domain/index.js';

registerEnumType(FactSource, { name: 'IndicatorSource', description: '指标统计的事实来源', valuesMap: described(FACT_SOURCE_LABELS) });
registerEnumType(FieldType, { name: 'IndicatorFieldType', description: '指标字段的类型', valuesMap: described(FIELD_TYPE_LABELS) });
registerEnumType(FilterOperator, { name: 'FilterOperator', description: '筛选条件的运算', valuesMap: described(FILTER_OPERATOR_LABELS) });
registerEnumType(Measure, { name: 'IndicatorMeasure', description: '计量方式', valuesMap: described(MEASURE_LABELS) });
registerEnumType(IndicatorKind, { name: 'IndicatorKind', description: '指标类型', valuesMap: described(INDICATOR_KIND_LABELS) });
registerEnumType(PeriodBasis, { name: 'PeriodBasis', description: '计入考核期的依据', valuesMap: described(PERIOD_BASIS_LABELS) });
registerEnumType(ScoringRuleKind, { name: 'ScoringRuleKind', description: '计分规则', valuesMap: described(SCORING_RULE_KIND_LABELS) });
registerEnumType(BelowMinimumRule, { name: 'BelowMinimumRule', description: '分母不足最低件数时的计分', valuesMap: described(BELOW_MINIMUM_RULE_LABELS) });
registerEnumType(ItemKind, { name: 'AssessmentItemKind', description: '考核项类别', valuesMap: described(ITEM_KIND_LABELS) });
registerEnumType(Grade, { name: 'AssessmentGrade', description: '考核等次', valuesMap: described(GRADE_LABELS) });
registerEnumType(PeriodKind, { name: 'AssessmentPeriodKind', description: '考核期类型', valuesMap: described(PERIOD_KIND_LABELS) });

const SCHEME_STATES = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
export type SchemeState = keyof typeof SCHEME_STATES;
registerEnumType(SCHEME_STATES, {
  name: 'SchemeState',
  description: '考核方案状态',
  valuesMap: described({ DRAFT: '草稿（可修改，结果随事实实时计算）', PUBLISHED: '已通报（结果已冻结）' }),
});

const FACT_PARTS = { NUMERATOR: 'NUMERATOR', DENOMINATOR: 'DENOMINATOR', PREVIOUS: 'PREVIOUS' } as const;
export type FactPart = keyof typeof FACT_PARTS;
export const FactPart = FACT_PARTS;
registerEnumType(FACT_PARTS, {
  name: 'FactPart',
  description: '指标的组成部分',
  valuesMap: described({ NUMERATOR: '分子（计入的）', DENOMINATOR: '分母（应计的）', PREVIOUS: '上年同期' }),
});

@ObjectType('FilterCondition', { description: '筛选条件' })
export class FilterConditionView {
  @Field({ description: '字段' })
  field: string;

  @Field(() => FilterOperator, { description: '运算' })
  operator: FilterOperator;

  @Field(() => String, { nullable: true, description: '值（单值运算）' })
  value: string | null;

  @Field(() => [String], { nullable: true, description: '值（属于、不属于）' })
  values: string[] | null;
}

@ObjectType('IndicatorPeriodBasis', { description: '计入考核期的依据' })
export class PeriodBasisView {
  @Field(() => PeriodBasis)
  basis: PeriodBasis;

  @Field(() => String, { nullable: true, description: '按日期字段时的字段' })
  field: string | null;
}

@ObjectType('Indicator', { description: '指标定义：分子、分母为事实上的筛选条件' })
export class IndicatorView {
  @Field({ description: '代码' })
  code: string;

  @Field({ description: '名称' })
  name: string;

  @Field(() => FactSource, { description: '事实来源' })
  source: FactSource;

  @Field(() => IndicatorKind, { description: '类型' })
  kind: IndicatorKind;

  @Field(() => Measure, { description: '计量' })
  measure: Measure;

  @Field(() => PeriodBasisView, { description: '计入考核期的依据' })
  period: PeriodBasisView;

  @Field(() => [FilterConditionView], { description: '分子条件（在分母范围内）' })
  numerator: FilterConditionView[];

  @Field(() => [FilterConditionView], { nullable: true, description: '分母条件；非比率指标为空' })
  denominator: FilterConditionView[] | null;

  @Field(() => String, { nullable: true, description: '公式中的计数单位；为空时为来源的单位' })
  unit: string | null;

  @Field({ description: '公式（展示给用户）' })
  formula: string;
}

@ObjectType('ChangeBand', { description: '同比变化分档' })
export class ChangeBandView {
  @Field(() => Float, { description: '同比变化不超过（如 -0.1 表示下降 10% 以上）' })
  atMost: number;

  @Field(() => Float, { description: '得分' })
  points: number;
}

@ObjectType('ScoringRule', { description: '计分规则；各字段只在相应规则下有值' })
export class ScoringRuleView {
  @Field(() => ScoringRuleKind)
  kind: ScoringRuleKind;

  @Field(() => Float, { nullable: true, description: '线性插值：得 0 分的比率' })
  floor: number | null;

  @Field(() => Float, { nullable: true, description: '线性插值：得满分的比率' })
  target: number | null;

  @Field(() => Float, { nullable: true, description: '按件计分：每件得分（负数为扣分）' })
  perEvent: number | null;

  @Field(() => Boolean, { nullable: true, description: '按件计分：是否从满分起算' })
  fromFull: boolean | null;

  @Field(() => [ChangeBandView], { nullable: true, description: '同比分档' })
  bands: ChangeBandView[] | null;

  @Field(() => Float, { nullable: true, description: '同比分档：超出各档时的得分' })
  otherwise: number | null;

  @Field(() => Boolean, { nullable: true, description: '按排名：数值越高排名越前' })
  higherIsBetter: boolean | null;

  @Field(() => Float, { nullable: true, description: '按排名：末位得分' })
  minimum: number | null;

  @Field(() => [Float], { nullable: true, description: '按排名：各名次得分' })
  table: number[] | null;

  @Field(() => Float, { nullable: true, description: '人工评分：最低分' })
  min: number | null;

  @Field(() => Float, { nullable: true, description: '人工评分：最高分' })
  max: number | null;
}

@ObjectType('AssessmentItem', { description: '考核项' })
export class AssessmentItemView {
  @Field({ description: '代码' })
  code: string;

  @Field({ description: '名称' })
  name: string;

  @Field(() => ItemKind, { description: '类别' })
  kind: ItemKind;

  @Field(() => Float, { description: '分值' })
  points: number;

  @Field(() => IndicatorView, { nullable: true, description: '指标；人工评分项为空' })
  indicator: IndicatorView | null;

  @Field(() => ScoringRuleView, { description: '计分规则' })
  rule: ScoringRuleView;

  @Field(() => Int, { nullable: true, description: '最低分母：不足时按所述规则计分' })
  minDenominator: number | null;

  @Field(() => BelowMinimumRule, { nullable: true, description: '分母不足时的计分' })
  belowMinimum: BelowMinimumRule | null;

  @Field(() => Float, { description: '得分上限' })
  cap: number;

  @Field(() => Float, { description: '得分下限' })
  floor: number;

  @Field({ description: '计分规则（文字）' })
  ruleText: string;
}

@ObjectType('GradeThresholds', { description: '等次分数线' })
export class GradeThresholdsView {
  @Field(() => Float, { description: '优秀' })
  excellent: number;

  @Field(() => Float, { description: '良好' })
  good: number;

  @Field(() => Float, { description: '一般（低于为较差）' })
  fair: number;
}

@ObjectType('AssessmentScheme', { description: '考核方案' })
export class AssessmentSchemeView {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '考核机构' })
  tenantId: string;

  @Field({ description: '名称' })
  name: string;

  @Field(() => PeriodKind, { description: '考核期类型' })
  periodKind: PeriodKind;

  @Field({ description: '考核期开始' })
  periodFrom: string;

  @Field({ description: '考核期结束' })
  periodTo: string;

  @Field({ description: '考核期（文字）' })
  periodLabel: string;

  @Field({ description: '被考核的层级（本辖区内）；与本机构同级时考核对象为本机构自身' })
  targetLevel: string;

  @Field(() => Float, { description: '总分' })
  totalPoints: number;

  @Field(() => GradeThresholdsView, { description: '等次分数线' })
  grades: GradeThresholdsView;

  @Field(() => SCHEME_STATES, { description: '状态' })
  state: SchemeState;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '通报时间' })
  publishedAt: Date | null;

  @Field(() => Int, { description: '版本号（修改时提交）' })
  version: number;

  @Field(() => [AssessmentItemView], { description: '考核项' })
  items: AssessmentItemView[];
}

@ObjectType('ManualScore', { description: '人工评分' })
export class ManualScoreView {
  @Field(() => Float, { description: '得分' })
  points: number;

  @Field({ description: '评分说明' })
  comment: string;

  @Field(() => [String], { description: '佐证材料' })
  evidence: string[];

  @Field({ description: '评分人' })
  assessorName: string;
}

@ObjectType('ItemResult', { description: '一个考核项的结果' })
export class ItemResultView {
  @Field({ description: '考核项代码' })
  code: string;

  @Field({ description: '考核项名称' })
  name: string;

  @Field(() => Float, { nullable: true, description: '指标值（比率、数量或同比变化）；无从计算时为空' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: '分子' })
  numerator: number | null;

  @Field(() => Float, { nullable: true, description: '分母' })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: '上年同期' })
  previous: number | null;

  @Field(() => Boolean, { description: '分母不足最低件数，按所述规则计分' })
  belowMinimum: boolean;

  @Field(() => Float, { nullable: true, description: '得分；人工评分项未评时为空' })
  points: number | null;

  @Field(() => ManualScoreView, { nullable: true, description: '人工评分' })
  manual: ManualScoreView | null;
}

@ObjectType('TargetScore', { description: '一个被考核机构的结果' })
export class TargetScoreView {
  @Field(() => ID, { description: '被考核机构' })
  tenantId: string;

  @Field({ description: '名称' })
  name: string;

  @Field({ description: '行政区划代码' })
  code: string;

  @Field(() => Float, { nullable: true, description: '总分；有人工评分项未评时为空' })
  total: number | null;

  @Field(() => Int, { nullable: true, description: '名次（并列同名次）' })
  rank: number | null;

  @Field(() => Grade, { nullable: true, description: '等次' })
  grade: Grade | null;

  @Field(() => [ItemResultView], { description: '各考核项' })
  items: ItemResultView[];

  @Field(() => Float, { nullable: true, description: '通报时的总分（已通报的方案）' })
  publishedTotal: number | null;

  @Field(() => Int, { nullable: true, description: '通报时的名次（已通报的方案）' })
  publishedRank: number | null;
}

@ObjectType('SchemeScores', { description: '考核结果：按事实实时计算；已通报的方案另列通报时的结果' })
export class SchemeScoresView {
  @Field(() => ID)
  schemeId: string;

  @Field({ description: '统计日' })
  asOf: string;

  @Field(() => [TargetScoreView], { description: '各被考核机构，按名次' })
  targets: TargetScoreView[];
}

/**
 * The cases service's `Case`, by its key only: a counted case fact points at it, and the gateway
 * asks the cases service for its title, as far as the caller may see the case.
 */
@ObjectType('Case')
@Directive('@key(fields: "id", resolvable: false)')
export class CaseReferenceView {
  @Field(() => ID)
  id: string;
}

@ObjectType('FactReference', { description: '计入指标的一条事实' })
export class FactReferenceView {
  @Field(() => FactSource, { description: '来源' })
  source: FactSource;

  @Field(() => ID, { description: '信访事项、任务、督办单、会议或辖区的编号' })
  id: string;

  @Field({ description: '编号或名称' })
  label: string;

  @Field(() => String, { nullable: true, description: '日期（登记、创建、下发或召开）' })
  date: string | null;

  @Field(() => ID, { description: '所属辖区' })
  tenantId: string;

  @Field(() => CaseReferenceView, { nullable: true, description: '信访事项（来源为信访事项时；标题等由信访事项服务按查看权限给出）' })
  case: CaseReferenceView | null;
}

@ObjectType('AssessmentSnapshot', { description: '通报：方案发布时冻结的结果' })
export class AssessmentSnapshotView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  schemeId: string;

  @Field(() => GraphQLISODateTime, { description: '通报时间' })
  publishedAt: Date;

  @Field({ description: '通报人' })
  publishedBy: string;

  @Field({ description: '统计日' })
  asOf: string;

  @Field(() => [TargetScoreView], { description: '各被考核机构，按名次' })
  targets: TargetScoreView[];
}

@ObjectType('AssessmentResult', { description: '本机构在上级考核中通报的结果' })
export class AssessmentResultView {
  @Field(() => ID)
  schemeId: string;

  @Field({ description: '考核方案' })
  schemeName: string;

  @Field(() => ID, { description: '考核机构' })
  assessingTenantId: string;

  @Field({ description: '考核期开始' })
  periodFrom: string;

  @Field({ description: '考核期结束' })
  periodTo: string;

  @Field(() => Float, { description: '总分' })
  total: number;

  @Field(() => Int, { description: '名次' })
  rank: number;

  @Field(() => Int, { description: '参与排名的机构数' })
  of: number;

  @Field(() => Grade, { description: '等次' })
  grade: Grade;

  @Field(() => GraphQLISODateTime, { description: '通报时间' })
  publishedAt: Date;

  @Field(() => [ItemResultView], { description: '各考核项' })
  items: ItemResultView[];
}

@ObjectType('IndicatorFieldValue', { description: '枚举字段的一个取值' })
export class IndicatorFieldValueView {
  @Field()
  value: string;

  @Field({ description: '中文名称' })
  label: string;
}

@ObjectType('IndicatorField', { description: '指标筛选条件可用的字段' })
export class IndicatorFieldView {
  @Field({ description: '字段' })
  name: string;

  @Field({ description: '中文名称' })
  label: string;

  @Field(() => FieldType)
  type: FieldType;

  @Field(() => [FilterOperator], { description: '可用的运算' })
  operators: FilterOperator[];

  @Field(() => [IndicatorFieldValueView], { nullable: true, description: '可选值（枚举字段）' })
  values: IndicatorFieldValueView[] | null;

  @Field({ description: '可能为空（如尚未评价）：“不等于”“不属于”也匹配空值' })
  nullable: boolean;

  @Field(() => String, { nullable: true, description: '派生字段的取值口径' })
  description: string | null;
}

@ObjectType('IndicatorSourceCatalog', { description: '一种事实来源：可用的字段、计量方式和统计期间口径' })
export class IndicatorSourceCatalogView {
  @Field(() => FactSource)
  source: FactSource;

  @Field({ description: '一条事实是什么（如“信访事项”）' })
  noun: string;

  @Field({ description: '计数单位（如“件”）' })
  unit: string;

  @Field(() => [Measure], { description: '可用的计量方式' })
  measures: Measure[];

  @Field(() => [PeriodBasis], { description: '可用的统计期间口径' })
  periodBases: PeriodBasis[];

  @Field(() => String, { nullable: true, description: '默认按哪个日期字段计入考核期；为空时不限日期' })
  defaultPeriodField: string | null;

  @Field(() => [IndicatorFieldView])
  fields: IndicatorFieldView[];
}

@ObjectType('IndicatorKindRules', { description: '一种指标类型可用的计分规则' })
export class IndicatorKindRulesView {
  @Field(() => IndicatorKind)
  kind: IndicatorKind;

  @Field(() => [ScoringRuleKind])
  rules: ScoringRuleKind[];
}

@ObjectType('IndicatorCatalog', { description: '自定义指标的词汇：各事实来源的字段与运算，各指标类型可用的计分规则' })
export class IndicatorCatalogView {
  @Field(() => [IndicatorSourceCatalogView])
  sources: IndicatorSourceCatalogView[];

  @Field(() => [IndicatorKindRulesView])
  kinds: IndicatorKindRulesView[];
}

@ObjectType('IndicatorPreviewTarget', { description: '预览：一个考核对象的计数' })
export class IndicatorPreviewTargetView {
  @Field(() => ID, { description: '被考核机构' })
  tenantId: string;

  @Field({ description: '名称' })
  name: string;

  @Field({ description: '行政区划代码' })
  code: string;

  @Field(() => Float, { nullable: true, description: '指标值（比率、数量或同比变化）；无从计算时为空' })
  value: number | null;

  @Field(() => Float, { description: '分子' })
  numerator: number;

  @Field(() => Float, { nullable: true, description: '分母（比率指标）' })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: '上年同期（同比指标）' })
  previous: number | null;

  @Field(() => [FactReferenceView], { description: '计入所选部分的事实（前若干条，按编号）' })
  facts: FactReferenceView[];
}

@ObjectType('IndicatorPreview', { description: '指标预览：与考核方案计分相同的口径' })
export class IndicatorPreviewView {
  @Field(() => IndicatorView, { description: '指标定义及公式' })
  indicator: IndicatorView;

  @Field({ description: '考核期开始' })
  periodFrom: string;

  @Field({ description: '考核期结束' })
  periodTo: string;

  @Field({ description: '统计日' })
  asOf: string;

  @Field(() => [IndicatorPreviewTargetView], { description: '各考核对象，按行政区划代码' })
  targets: IndicatorPreviewTargetView[];
}
