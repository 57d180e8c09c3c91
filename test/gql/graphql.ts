/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 考核等次 */
export type AssessmentGrade =
  /** 优秀 */
  | 'EXCELLENT'
  /** 一般 */
  | 'FAIR'
  /** 良好 */
  | 'GOOD'
  /** 较差 */
  | 'POOR';

/** 考核项：指标（定量）或人工评分，分值与计分规则 */
export type AssessmentItemInput = {
  /** 分母不足时的计分 */
  belowMinimum?: BelowMinimumRule | null | undefined;
  /** 得分上限 */
  cap?: number | null | undefined;
  /** 代码 */
  code: string;
  /** 得分下限 */
  floor?: number | null | undefined;
  /** 指标；人工评分项不给 */
  indicator?: IndicatorInput | null | undefined;
  kind?: AssessmentItemKind;
  /** 取指标库中的指标（代码），代替 indicator */
  libraryIndicator?: string | null | undefined;
  /** 最低分母 */
  minDenominator?: number | null | undefined;
  /** 名称 */
  name: string;
  /** 分值 */
  points: number;
  rule: ScoringRuleInput;
};

/** 考核项类别 */
export type AssessmentItemKind =
  /** 加分项 */
  | 'BONUS'
  /** 扣分项 */
  | 'DEDUCTION'
  /** 考核项 */
  | 'REGULAR';

/** 考核期：年度给出 year；半年另给 half（1、2）；季度另给 quarter（1–4）；自定义时段给出 from、to */
export type AssessmentPeriodInput = {
  from?: string | null | undefined;
  half?: number | null | undefined;
  kind: AssessmentPeriodKind;
  quarter?: number | null | undefined;
  to?: string | null | undefined;
  year?: number | null | undefined;
};

/** 考核期类型 */
export type AssessmentPeriodKind =
  /** 半年 */
  | 'HALF_YEAR'
  /** 季度 */
  | 'QUARTER'
  /** 自定义时段 */
  | 'RANGE'
  /** 年度 */
  | 'YEAR';

/** 分母不足最低件数时的计分 */
export type BelowMinimumRule =
  /** 得满分 */
  | 'FULL_POINTS'
  /** 按威尔逊区间下限（95% 置信）计算比率 */
  | 'WILSON_LOWER_BOUND'
  /** 得 0 分 */
  | 'ZERO';

/** 同比变化分档 */
export type ChangeBandInput = {
  atMost: number;
  points: number;
};

/** 新建考核方案；不给考核项时取区（县）模板（5/10/10/10/5/60 分） */
export type CreateSchemeInput = {
  /** 等次分数线；默认 90/80/60 */
  grades?: GradeThresholdsInput | null | undefined;
  /** 考核项 */
  items?: Array<AssessmentItemInput> | null | undefined;
  /** 名称 */
  name: string;
  period: AssessmentPeriodInput;
  /** 被考核的层级（PROVINCE、CITY、COUNTY、TOWNSHIP）；默认本机构的下一级；为本机构的层级时考核本机构自身（全辖区数据，用于向上报送的本级指标） */
  targetLevel?: string | null | undefined;
  /** 总分；取模板时为 100 */
  totalPoints?: number | null | undefined;
};

/** 指标的组成部分 */
export type FactPart =
  /** 分母（应计的） */
  | 'DENOMINATOR'
  /** 分子（计入的） */
  | 'NUMERATOR'
  /** 上年同期 */
  | 'PREVIOUS';

/** 筛选条件：单值运算给出 value，属于/不属于给出 values，是否/为空类运算不给值 */
export type FilterConditionInput = {
  /** 字段（见指标库各来源的字段） */
  field: string;
  operator: FilterOperator;
  value?: string | null | undefined;
  values?: Array<string> | null | undefined;
};

/** 筛选条件的运算 */
export type FilterOperator =
  /** 等于 */
  | 'EQ'
  /** 大于等于 */
  | 'GTE'
  /** 属于 */
  | 'IN'
  /** 为否 */
  | 'IS_FALSE'
  /** 为空 */
  | 'IS_NULL'
  /** 为是 */
  | 'IS_TRUE'
  /** 小于等于 */
  | 'LTE'
  /** 不等于 */
  | 'NE'
  /** 不属于 */
  | 'NOT_IN'
  /** 不为空 */
  | 'NOT_NULL';

/** 等次分数线 */
export type GradeThresholdsInput = {
  excellent: number;
  fair: number;
  good: number;
};

/** 指标定义 */
export type IndicatorInput = {
  /** 代码（大写字母、数字、下划线） */
  code: string;
  /** 分母条件（比率指标）；空列表为考核期内的全部 */
  denominator?: Array<FilterConditionInput> | null | undefined;
  kind: IndicatorKind;
  measure?: IndicatorMeasure;
  /** 名称 */
  name: string;
  /** 分子条件（在分母范围内） */
  numerator: Array<FilterConditionInput>;
  period?: PeriodBasisInput | null | undefined;
  source: IndicatorSource;
  /** 公式中的计数单位（如“批次”）；默认为来源的单位 */
  unit?: string | null | undefined;
};

/** 指标类型 */
export type IndicatorKind =
  /** 数量 */
  | 'COUNT'
  /** 比率 */
  | 'RATE'
  /** 同比变化 */
  | 'YOY_CHANGE';

/** 计量方式 */
export type IndicatorMeasure =
  /** 件（批次）数 */
  | 'COUNT'
  /** 人次 */
  | 'PERSON_TIMES';

/** 指标统计的事实来源 */
export type IndicatorSource =
  /** 信访事项 */
  | 'CASE'
  /** 下级辖区 */
  | 'JURISDICTION'
  /** 联席会议 */
  | 'MEETING'
  /** 督办单 */
  | 'NOTICE'
  /** 联席会议任务 */
  | 'TASK';

/** 人工评分：考核员为被考核机构的人工评分项打分 */
export type ManualScoreInput = {
  /** 评分说明 */
  comment: string;
  /** 佐证材料（附件编号） */
  evidence?: Array<string>;
  /** 考核项代码 */
  itemCode: string;
  /** 得分 */
  points: number;
  schemeId: string | number;
  /** 被考核机构 */
  tenantId: string | number;
};

/** 计入考核期的依据 */
export type PeriodBasis =
  /** 不限日期 */
  | 'ALL'
  /** 期初积案 */
  | 'BACKLOG'
  /** 按日期字段 */
  | 'FIELD';

/** 计入考核期的依据；默认为来源的日期字段 */
export type PeriodBasisInput = {
  basis: PeriodBasis;
  /** 按日期字段时的字段 */
  field?: string | null | undefined;
};

/** 通报考核方案的结果（需提交读取时的版本号） */
export type PublishSchemeInput = {
  id: string | number;
  version: number;
};

/** 考核方案状态 */
export type SchemeState =
  /** 草稿（可修改，结果随事实实时计算） */
  | 'DRAFT'
  /** 已通报（结果已冻结） */
  | 'PUBLISHED';

/** 下钻：一个机构一个考核项计入分子或分母的事实 */
export type ScoreFactsInput = {
  /** 上一页最后一条的编号 */
  after?: string | null | undefined;
  /** 条数（1–500） */
  first?: number;
  /** 考核项代码 */
  itemCode: string;
  part?: FactPart;
  schemeId: string | number;
  /** 被考核机构 */
  tenantId: string | number;
};

/** 计分规则：按 kind 给出相应字段 */
export type ScoringRuleInput = {
  bands?: Array<ChangeBandInput> | null | undefined;
  floor?: number | null | undefined;
  fromFull?: boolean | null | undefined;
  higherIsBetter?: boolean | null | undefined;
  kind: ScoringRuleKind;
  max?: number | null | undefined;
  min?: number | null | undefined;
  minimum?: number | null | undefined;
  otherwise?: number | null | undefined;
  perEvent?: number | null | undefined;
  table?: Array<number> | null | undefined;
  target?: number | null | undefined;
};

/** 计分规则 */
export type ScoringRuleKind =
  /** 按同比变化分档 */
  | 'CHANGE_BANDS'
  /** 线性插值 */
  | 'LINEAR'
  /** 人工评分 */
  | 'MANUAL'
  /** 按件计分 */
  | 'PER_EVENT'
  /** 按排名计分 */
  | 'RANK'
  /** 比率乘以分值 */
  | 'RATE_TIMES_POINTS';

/** 修改草稿状态的考核方案（需提交读取时的版本号）；未给出的保持不变 */
export type UpdateSchemeInput = {
  /** 等次分数线；默认 90/80/60 */
  grades?: GradeThresholdsInput | null | undefined;
  id: string | number;
  /** 考核项 */
  items?: Array<AssessmentItemInput> | null | undefined;
  name?: string | null | undefined;
  period?: AssessmentPeriodInput | null | undefined;
  /** 总分；取模板时为 100 */
  totalPoints?: number | null | undefined;
  version: number;
};

export type SchemesSpecSchemeFragment = { id: string, name: string, state: SchemeState, version: number, periodFrom: string, periodTo: string, periodLabel: string, targetLevel: string, totalPoints: number, items: Array<{ code: string, name: string, kind: AssessmentItemKind, points: number, ruleText: string, indicator: { code: string, formula: string, source: IndicatorSource } | null, rule: { kind: ScoringRuleKind, perEvent: number | null, min: number | null, max: number | null } }> };

export type SchemesSpecCreateMutationVariables = Exact<{
  input: CreateSchemeInput;
}>;


export type SchemesSpecCreateMutation = { createAssessmentScheme: { id: string, name: string, state: SchemeState, version: number, periodFrom: string, periodTo: string, periodLabel: string, targetLevel: string, totalPoints: number, items: Array<{ code: string, name: string, kind: AssessmentItemKind, points: number, ruleText: string, indicator: { code: string, formula: string, source: IndicatorSource } | null, rule: { kind: ScoringRuleKind, perEvent: number | null, min: number | null, max: number | null } }> } };

export type SchemesSpecUpdateMutationVariables = Exact<{
  input: UpdateSchemeInput;
}>;


export type SchemesSpecUpdateMutation = { updateAssessmentScheme: { id: string, name: string, state: SchemeState, version: number, periodFrom: string, periodTo: string, periodLabel: string, targetLevel: string, totalPoints: number, items: Array<{ code: string, name: string, kind: AssessmentItemKind, points: number, ruleText: string, indicator: { code: string, formula: string, source: IndicatorSource } | null, rule: { kind: ScoringRuleKind, perEvent: number | null, min: number | null, max: number | null } }> } };

export type SchemesSpecManualMutationVariables = Exact<{
  input: ManualScoreInput;
}>;


export type SchemesSpecManualMutation = { enterManualScore: { id: string } };

export type SchemesSpecPublishMutationVariables = Exact<{
  input: PublishSchemeInput;
}>;


export type SchemesSpecPublishMutation = { publishAssessmentScheme: { id: string, publishedBy: string, asOf: string, targets: Array<{ name: string, total: number | null, rank: number | null, grade: AssessmentGrade | null }> } };

export type SchemesSpecScoresQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemesSpecScoresQuery = { scores: { asOf: string, targets: Array<{ tenantId: string, name: string, total: number | null, rank: number | null, grade: AssessmentGrade | null, publishedTotal: number | null, publishedRank: number | null, items: Array<{ code: string, value: number | null, numerator: number | null, denominator: number | null, points: number | null, belowMinimum: boolean, manual: { points: number, comment: string } | null }> }> } };

export type SchemesSpecVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemesSpecVersionQuery = { assessmentScheme: { version: number } | null };

export type SchemesSpecSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemesSpecSnapshotQuery = { assessmentSnapshot: { targets: Array<{ name: string, total: number | null }> } | null };

export type SchemesSpecFactsQueryVariables = Exact<{
  input: ScoreFactsInput;
}>;


export type SchemesSpecFactsQuery = { scoreFacts: Array<{ id: string, label: string, date: string | null, tenantId: string, source: IndicatorSource }> };

export type TestLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type TestLoginMutation = { login: { accessToken: string } };

export const SchemesSpecSchemeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemesSpecScheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"perEvent"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecSchemeFragment, unknown>;
export const SchemesSpecCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemesSpecCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchemesSpecScheme"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemesSpecScheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"perEvent"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecCreateMutation, SchemesSpecCreateMutationVariables>;
export const SchemesSpecUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemesSpecUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchemesSpecScheme"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemesSpecScheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"perEvent"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecUpdateMutation, SchemesSpecUpdateMutationVariables>;
export const SchemesSpecManualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemesSpecManual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterManualScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SchemesSpecManualMutation, SchemesSpecManualMutationVariables>;
export const SchemesSpecPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemesSpecPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecPublishMutation, SchemesSpecPublishMutationVariables>;
export const SchemesSpecScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemesSpecScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"publishedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"publishedRank"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"manual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecScoresQuery, SchemesSpecScoresQueryVariables>;
export const SchemesSpecVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemesSpecVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SchemesSpecVersionQuery, SchemesSpecVersionQueryVariables>;
export const SchemesSpecSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemesSpecSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecSnapshotQuery, SchemesSpecSnapshotQueryVariables>;
export const SchemesSpecFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemesSpecFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<SchemesSpecFactsQuery, SchemesSpecFactsQueryVariables>;
export const TestLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<TestLoginMutation, TestLoginMutationVariables>;