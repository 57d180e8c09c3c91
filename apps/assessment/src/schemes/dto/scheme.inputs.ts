import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { TextLength } from '#common/graphql';
import { TENANT_LEVELS, type TenantLevel } from '#common/vocabulary';
import { BelowMinimumRule, FactSource, FilterOperator, IndicatorKind, ItemKind, Measure, PeriodBasis, PeriodKind, ScoringRuleKind } from '../domain/index.js';
import { FactPart } from './scheme.types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期应为 YYYY-MM-DD 格式';

@InputType({ description: '考核期：年度给出 year；半年另给 half（1、2）；季度另给 quarter（1–4）；自定义时段给出 from、to' })
export class AssessmentPeriodInput {
  @Field(() => PeriodKind)
  @IsEnum(PeriodKind)
  kind: PeriodKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  half?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  quarter?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  from?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  to?: string | null;
}

@InputType({ description: '筛选条件：单值运算给出 value，属于/不属于给出 values，是否/为空类运算不给值' })
export class FilterConditionInput {
  @Field({ description: '字段（见指标库各来源的字段）' })
  @TextLength(1, 64)
  field: string;

  @Field(() => FilterOperator)
  @IsEnum(FilterOperator)
  operator: FilterOperator;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  value?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  values?: string[] | null;
}

@InputType({ description: '计入考核期的依据；默认为来源的日期字段' })
export class PeriodBasisInput {
  @Field(() => PeriodBasis)
  @IsEnum(PeriodBasis)
  basis: PeriodBasis;

  @Field(() => String, { nullable: true, description: '按日期字段时的字段' })
  @IsOptional()
  @TextLength(1, 64)
  field?: string | null;
}

@InputType({ description: '指标定义' })
export class IndicatorInput {
  @Field({ description: '代码（大写字母、数字、下划线）' })
  @TextLength(1, 64)
  code: string;

  @Field({ description: '名称' })
  @TextLength(1, 100, { message: '指标名称长度应为 1–100 字' })
  name: string;

  @Field(() => FactSource)
  @IsEnum(FactSource)
  source: FactSource;

  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind)
  kind: IndicatorKind;

  @Field(() => Measure, { defaultValue: Measure.COUNT })
  @IsEnum(Measure)
  measure: Measure;

  @Field(() => PeriodBasisInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeriodBasisInput)
  period?: PeriodBasisInput | null;

  @Field(() => [FilterConditionInput], { description: '分子条件（在分母范围内）' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FilterConditionInput)
  numerator: FilterConditionInput[];

  @Field(() => [FilterConditionInput], { nullable: true, description: '分母条件（比率指标）；空列表为考核期内的全部' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FilterConditionInput)
  denominator?: FilterConditionInput[] | null;

  @Field(() => String, { nullable: true, description: '公式中的计数单位（如“批次”）；默认为来源的单位' })
  @IsOptional()
  @TextLength(1, 10, { message: '计数单位长度应为 1–10 字' })
  unit?: string | null;
}

@InputType({ description: '同比变化分档' })
export class ChangeBandInput {
  @Field(() => Float)
  @IsNumber()
  atMost: number;

  @Field(() => Float)
  @IsNumber()
  points: number;
}

@InputType({ description: '计分规则：按 kind 给出相应字段' })
export class ScoringRuleInput {
  @Field(() => ScoringRuleKind)
  @IsEnum(ScoringRuleKind)
  kind: ScoringRuleKind;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  floor?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  perEvent?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  fromFull?: boolean | null;

  @Field(() => [ChangeBandInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChangeBandInput)
  bands?: ChangeBandInput[] | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  otherwise?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  higherIsBetter?: boolean | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  minimum?: number | null;

  @Field(() => [Float], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  table?: number[] | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  min?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  max?: number | null;
}

@InputType({ description: '考核项：指标（定量）或人工评分，分值与计分规则' })
export class AssessmentItemInput {
  @Field({ description: '代码' })
  @TextLength(1, 64)
  code: string;

  @Field({ description: '名称' })
  @TextLength(1, 100, { message: '考核项名称长度应为 1–100 字' })
  name: string;

  @Field(() => ItemKind, { defaultValue: ItemKind.REGULAR })
  @IsEnum(ItemKind)
  kind: ItemKind;

  @Field(() => Float, { description: '分值' })
  @IsNumber()
  points: number;

  @Field(() => IndicatorInput, { nullable: true, description: '指标；人工评分项不给' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IndicatorInput)
  indicator?: IndicatorInput | null;

  @Field(() => String, { nullable: true, description: '取指标库中的指标（代码），代替 indicator' })
  @IsOptional()
  @TextLength(1, 64)
  libraryIndicator?: string | null;

  @Field(() => ScoringRuleInput)
  @ValidateNested()
  @Type(() => ScoringRuleInput)
  rule: ScoringRuleInput;

  @Field(() => Int, { nullable: true, description: '最低分母' })
  @IsOptional()
  @IsInt()
  @Min(1)
  minDenominator?: number | null;

  @Field(() => BelowMinimumRule, { nullable: true, description: '分母不足时的计分' })
  @IsOptional()
  @IsEnum(BelowMinimumRule)
  belowMinimum?: BelowMinimumRule | null;

  @Field(() => Float, { nullable: true, description: '得分上限' })
  @IsOptional()
  @IsNumber()
  cap?: number | null;

  @Field(() => Float, { nullable: true, description: '得分下限' })
  @IsOptional()
  @IsNumber()
  floor?: number | null;
}

@InputType({ description: '等次分数线' })
export class GradeThresholdsInput {
  @Field(() => Float)
  @IsNumber()
  excellent: number;

  @Field(() => Float)
  @IsNumber()
  good: number;

  @Field(() => Float)
  @IsNumber()
  fair: number;
}

/** What creating and changing a scheme share: total, items and grade lines, each optional. */
@InputType({ isAbstract: true })
class SchemeTermsInput {
  @Field(() => Float, { nullable: true, description: '总分；取模板时为 100' })
  @IsOptional()
  @IsNumber()
  totalPoints?: number | null;

  @Field(() => [AssessmentItemInput], { nullable: true, description: '考核项' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AssessmentItemInput)
  items?: AssessmentItemInput[] | null;

  @Field(() => GradeThresholdsInput, { nullable: true, description: '等次分数线；默认 90/80/60' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GradeThresholdsInput)
  grades?: GradeThresholdsInput | null;
}

@InputType({ description: '新建考核方案；不给考核项时取区（县）模板（5/10/10/10/5/60 分）' })
export class CreateSchemeInput extends SchemeTermsInput {
  @Field({ description: '名称' })
  @TextLength(1, 100, { message: '方案名称长度应为 1–100 字' })
  name: string;

  @Field(() => AssessmentPeriodInput)
  @ValidateNested()
  @Type(() => AssessmentPeriodInput)
  period: AssessmentPeriodInput;

  @Field(() => String, {
    nullable: true,
    description: '被考核的层级（PROVINCE、CITY、COUNTY、TOWNSHIP）；默认本机构的下一级；为本机构的层级时考核本机构自身（全辖区数据，用于向上报送的本级指标）',
  })
  @IsOptional()
  @IsIn(TENANT_LEVELS, { message: '被考核的层级应为 PROVINCE、CITY、COUNTY 或 TOWNSHIP' })
  targetLevel?: TenantLevel | null;
}

@InputType({ description: '修改草稿状态的考核方案（需提交读取时的版本号）；未给出的保持不变' })
export class UpdateSchemeInput extends SchemeTermsInput {
  @Field(() => ID)
  @IsUUID('all', { message: '方案编号格式不正确' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 100, { message: '方案名称长度应为 1–100 字' })
  name?: string | null;

  @Field(() => AssessmentPeriodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssessmentPeriodInput)
  period?: AssessmentPeriodInput | null;
}

@InputType({ description: '人工评分：考核员为被考核机构的人工评分项打分' })
export class ManualScoreInput {
  @Field(() => ID)
  @IsUUID('all', { message: '方案编号格式不正确' })
  schemeId: string;

  @Field({ description: '考核项代码' })
  @TextLength(1, 64)
  itemCode: string;

  @Field(() => ID, { description: '被考核机构' })
  @IsUUID('all', { message: '机构编号格式不正确' })
  tenantId: string;

  @Field(() => Float, { description: '得分' })
  @IsNumber()
  points: number;

  @Field({ description: '评分说明' })
  @TextLength(1, 2000, { message: '评分说明长度应为 1–2000 字' })
  comment: string;

  @Field(() => [String], { defaultValue: [], description: '佐证材料（附件编号）' })
  @ArrayMaxSize(20)
  evidence: string[];
}

@InputType({ description: '通报考核方案的结果（需提交读取时的版本号）' })
export class PublishSchemeInput {
  @Field(() => ID)
  @IsUUID('all', { message: '方案编号格式不正确' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: '下钻：一个机构一个考核项计入分子或分母的事实' })
export class ScoreFactsInput {
  @Field(() => ID)
  @IsUUID('all', { message: '方案编号格式不正确' })
  schemeId: string;

  @Field({ description: '考核项代码' })
  @TextLength(1, 64)
  itemCode: string;

  @Field(() => ID, { description: '被考核机构' })
  @IsUUID('all', { message: '机构编号格式不正确' })
  tenantId: string;

  @Field(() => FactPart, { defaultValue: FactPart.NUMERATOR })
  @IsIn(Object.values(FactPart))
  part: FactPart;

  @Field(() => Int, { defaultValue: 50, description: '条数（1–500）' })
  @IsInt()
  @Min(1)
  @Max(500)
  first: number;

  @Field(() => String, { nullable: true, description: '上一页最后一条的编号' })
  @IsOptional()
  @IsUUID('all', { message: '分页游标无效' })
  after?: string | null;
}

@InputType({ description: '预览指标：按考核方案的口径，计算考核对象的分子、分母和指标值，并列出计入的事实' })
export class IndicatorPreviewInput {
  @Field(() => IndicatorInput)
  @ValidateNested()
  @Type(() => IndicatorInput)
  indicator: IndicatorInput;

  @Field(() => AssessmentPeriodInput)
  @ValidateNested()
  @Type(() => AssessmentPeriodInput)
  period: AssessmentPeriodInput;

  @Field(() => String, { nullable: true, description: '被考核的层级；默认本机构的下一级（同新建考核方案）' })
  @IsOptional()
  @IsIn(TENANT_LEVELS, { message: '被考核的层级应为 PROVINCE、CITY、COUNTY 或 TOWNSHIP' })
  targetLevel?: TenantLevel | null;

  @Field(() => FactPart, { defaultValue: FactPart.NUMERATOR, description: '列出哪一部分计入的事实' })
  @IsIn(Object.values(FactPart))
  part: FactPart;

  @Field(() => Int, { defaultValue: 10, description: '每个考核对象列出的事实条数（1–50）' })
  @IsInt()
  @Min(1)
  @Max(50)
  factsPerTarget: number;
}
