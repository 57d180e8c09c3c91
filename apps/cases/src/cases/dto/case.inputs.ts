import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TextLength } from '#common/graphql';
import { CaseKind, Channel, CloseReason, DecisionOutcome, DeclineReason, NEW_MATTER_REASON_MAX, OpinionResult, Rating, RouteMode } from '../domain/index.js';
import { STATUTORY_RULES } from '../../clocks/domain/index.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期应为 YYYY-MM-DD 格式';

@InputType({ description: '信访人' })
export class PetitionerInput {
  @Field({ description: '姓名' })
  @TextLength(1, 100, { message: '信访人姓名长度应为 1–100 个字' })
  name: string;

  @Field(() => String, { nullable: true, description: '公民身份号码（18 位，校验码按 GB 11643 核验）' })
  @IsOptional()
  @MaxLength(32, { message: '公民身份号码过长' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  @IsOptional()
  @MaxLength(32, { message: '联系电话过长' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '电子邮箱（可选；有则同时以邮件通知）' })
  @IsOptional()
  @MaxLength(254, { message: '电子邮箱过长' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '住址' })
  @IsOptional()
  @MaxLength(200, { message: '住址不得超过 200 字' })
  address?: string | null;

  @Field({ defaultValue: false, description: '是否为代表（来访的集体访至多 5 名代表）' })
  @IsBoolean()
  representative: boolean;
}

@InputType({ description: '登记信访事项' })
export class RegisterCaseInput {
  @Field(() => Channel, { description: '渠道' })
  @IsEnum(Channel, { message: '信访渠道不正确' })
  channel: Channel;

  @Field(() => CaseKind, { description: '分类' })
  @IsEnum(CaseKind, { message: '信访事项分类不正确' })
  kind: CaseKind;

  @Field(() => ID, { description: '内容分类' })
  @IsUUID('all', { message: '内容分类编号格式不正确' })
  categoryId: string;

  @Field({ description: '标题' })
  @TextLength(1, 200, { message: '标题长度应为 1–200 个字' })
  title: string;

  @Field({ description: '信访内容' })
  @TextLength(1, 20_000, { message: '信访内容长度应为 1–20000 个字' })
  content: string;

  @Field(() => ID, { description: '问题属地（本辖区内的机构）' })
  @IsUUID('all', { message: '问题属地编号格式不正确' })
  problemJurisdictionId: string;

  @Field(() => [PetitionerInput], { description: '信访人（集体访可多人）' })
  @ValidateNested({ each: true })
  @Type(() => PetitionerInput)
  @ArrayMinSize(1, { message: '至少登记一名信访人' })
  @ArrayMaxSize(200, { message: '一次最多登记 200 名信访人' })
  petitioners: PetitionerInput[];

  @Field(() => Int, { nullable: true, description: '人次（默认为信访人数）' })
  @IsOptional()
  @IsInt({ message: '人次应为整数' })
  @Min(1, { message: '人次至少为 1' })
  @Max(100_000, { message: '人次过大' })
  personCount?: number | null;

  @Field(() => ID, { nullable: true, description: '被检举控告单位（检举控告类）' })
  @IsOptional()
  @IsUUID('all', { message: '被检举控告单位编号格式不正确' })
  accusedUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: '包案领导' })
  @IsOptional()
  @IsUUID('all', { message: '包案领导编号格式不正确' })
  leaderOwnerId?: string | null;

  @Field(() => ID, { nullable: true, description: '在领导接访日登记时的接访安排' })
  @IsOptional()
  @IsUUID('all', { message: '接访安排编号格式不正确' })
  receptionId?: string | null;

  @Field(() => ID, { nullable: true, description: '确认为重复信访时，所重复的信访事项' })
  @IsOptional()
  @IsUUID('all', { message: '重复信访事项编号格式不正确' })
  repeatOfId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '与已有事项高度相似（同一信访人、相似事项）但确属新事项时，登记为新事项的理由；与 repeatOfId 二选一',
  })
  @IsOptional()
  @MaxLength(NEW_MATTER_REASON_MAX, { message: `登记为新事项的理由不得超过 ${NEW_MATTER_REASON_MAX} 字` })
  newMatterReason?: string | null;
}

/** Every change names the version the user saw: a stale one is refused (CONFLICT). */
@InputType({ description: '对信访事项的操作：事项与读取时的版本号' })
export class CaseChangeInput {
  @Field(() => ID, { description: '信访事项' })
  @IsUUID('all', { message: '信访事项编号格式不正确' })
  caseId: string;

  @Field(() => Int, { description: '读取时的版本号' })
  @IsInt({ message: '版本号应为整数' })
  version: number;
}

@InputType({ description: '转送、交办' })
export class RouteCaseInput extends CaseChangeInput {
  @Field(() => RouteMode, { description: '方式' })
  @IsEnum(RouteMode, { message: '转送交办方式不正确' })
  mode: RouteMode;

  @Field(() => ID, { description: '目标机构：本机构或本辖区内的下级机构' })
  @IsUUID('all', { message: '目标机构编号格式不正确' })
  tenantId: string;

  @Field(() => ID, { nullable: true, description: '目标单位（目标机构的单位；为空时由目标机构签收后再分办）' })
  @IsOptional()
  @IsUUID('all', { message: '目标单位编号格式不正确' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: '办结报告报送日期（交办时必填）' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  completionReportDue?: string | null;
}

@InputType({ description: '附理由的操作（异议退回、退回重办等）' })
export class ReasonedCaseInput extends CaseChangeInput {
  @Field({ description: '理由' })
  @TextLength(1, 2000, { message: '理由长度应为 1–2000 个字' })
  reason: string;
}

@InputType({ description: '不予受理' })
export class DeclineCaseInput extends CaseChangeInput {
  @Field(() => DeclineReason, { description: '理由' })
  @IsEnum(DeclineReason, { message: '不予受理理由不正确' })
  reason: DeclineReason;

  @Field(() => String, { nullable: true, description: '导入的法定途径或机关（诉访分离时必填），如“某某区人民法院”' })
  @IsOptional()
  @MaxLength(200, { message: '导入机关不得超过 200 字' })
  target?: string | null;

  @Field(() => String, { nullable: true, description: '说明（理由为“其他”时必填）' })
  @IsOptional()
  @MaxLength(2000, { message: '说明不得超过 2000 字' })
  note?: string | null;
}

@InputType({ description: `延期（只能一次，不超过 ${STATUTORY_RULES.HANDLE.maxExtensionDays} 日，须经批准）` })
export class ExtendCaseInput extends CaseChangeInput {
  @Field(() => Int, { description: '延长天数' })
  @IsInt({ message: '延长天数应为整数' })
  days: number;

  @Field(() => ID, { description: '批准人（本机构或上级机构的领导）' })
  @IsUUID('all', { message: '批准人编号格式不正确' })
  approverId: string;

  @Field({ description: '延期理由（告知信访人）' })
  @TextLength(1, 2000, { message: '延期理由长度应为 1–2000 个字' })
  reason: string;
}

@InputType({ description: '记录听证（复核期限扣除听证时间）' })
export class RecordHearingInput extends CaseChangeInput {
  @Field({ description: '听证开始日期' })
  @Matches(DATE, { message: DATE_MESSAGE })
  from: string;

  @Field({ description: '听证结束日期' })
  @Matches(DATE, { message: DATE_MESSAGE })
  to: string;
}

@InputType({ description: '出具处理（复查、复核）意见' })
export class DecideCaseInput extends CaseChangeInput {
  @Field(() => DecisionOutcome, { description: '结论' })
  @IsEnum(DecisionOutcome, { message: '处理意见结论不正确' })
  outcome: DecisionOutcome;

  @Field({ description: '意见书正文' })
  @TextLength(1, 20_000, { message: '意见书正文长度应为 1–20000 个字' })
  text: string;
}

@InputType({ description: '出具复查（复核）意见：结论、正文，以及对原意见维持、变更或撤销' })
export class DecideReviewInput extends DecideCaseInput {
  @Field(() => OpinionResult, { description: '对所复查（复核）的意见：维持、变更或撤销（维持时结论应与原意见一致）' })
  @IsEnum(OpinionResult, { message: '复查（复核）结果不正确' })
  result: OpinionResult;
}

@InputType({ description: '退回重办' })
export class SendBackCaseInput extends ReasonedCaseInput {
  @Field({ description: '重新报送办结报告的日期' })
  @Matches(DATE, { message: DATE_MESSAGE })
  completionReportDue: string;
}

@InputType({ description: '满意度评价（登记人员代信访人录入）' })
export class RateCaseInput extends CaseChangeInput {
  @Field(() => Rating, { description: '评价' })
  @IsEnum(Rating, { message: '满意度评价不正确' })
  rating: Rating;
}

@InputType({ description: '信访人通过评价链接评价' })
export class RateByTokenInput {
  @Field({ description: '评价凭证（答复送达时生成）' })
  @Length(16, 128, { message: '评价凭证无效' })
  token: string;

  @Field(() => Rating, { description: '评价' })
  @IsEnum(Rating, { message: '满意度评价不正确' })
  rating: Rating;
}

@InputType({ description: '办结' })
export class CloseCaseInput extends CaseChangeInput {
  @Field(() => CloseReason, { description: '办结原因' })
  @IsEnum(CloseReason, { message: '办结原因不正确' })
  reason: CloseReason;
}
