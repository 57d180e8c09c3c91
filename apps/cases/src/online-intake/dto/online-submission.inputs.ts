import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { TextLength } from '#common/graphql';
import { CaseKind, NEW_MATTER_REASON_MAX } from '../../cases/domain/index.js';
import { OnlineSubmissionStatus } from '../domain/progress.js';

@InputType({ description: '网上信访队列的筛选' })
export class OnlineSubmissionFilter {
  @Field(() => OnlineSubmissionStatus, { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(OnlineSubmissionStatus, { message: '状态不正确' })
  status?: OnlineSubmissionStatus | null;

  @Field(() => ID, { nullable: true, description: '只看该机构及其下级（本辖区内）' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号格式不正确' })
  tenantId?: string | null;
}

@InputType({ description: '对网上信访事项的操作：事项与读取时的版本号' })
export class OnlineSubmissionChangeInput {
  @Field(() => ID, { description: '网上信访事项' })
  @IsUUID('all', { message: '网上信访事项编号格式不正确' })
  submissionId: string;

  @Field(() => Int, { description: '读取时的版本号' })
  @IsInt({ message: '版本号应为整数' })
  version: number;
}

@InputType({ description: '登记网上信访事项（渠道为网上信访）：登记所需而信访人未提供的信息' })
export class RegisterOnlineSubmissionInput extends OnlineSubmissionChangeInput {
  @Field(() => CaseKind, { nullable: true, description: '分类（默认为信访人所选）' })
  @IsOptional()
  @IsEnum(CaseKind, { message: '信访事项分类不正确' })
  kind?: CaseKind | null;

  @Field(() => ID, { description: '内容分类' })
  @IsUUID('all', { message: '内容分类编号格式不正确' })
  categoryId: string;

  @Field(() => String, { nullable: true, description: '标题（默认为信访人所写）' })
  @IsOptional()
  @TextLength(1, 200, { message: '标题长度应为 1–200 个字' })
  title?: string | null;

  @Field(() => ID, { description: '问题属地（本辖区内的机构）' })
  @IsUUID('all', { message: '问题属地编号格式不正确' })
  problemJurisdictionId: string;

  @Field(() => ID, { nullable: true, description: '确认为重复信访时，所重复的信访事项' })
  @IsOptional()
  @IsUUID('all', { message: '重复信访事项编号格式不正确' })
  repeatOfId?: string | null;

  @Field(() => String, { nullable: true, description: '与已有事项高度相似但确属新事项时，登记为新事项的理由' })
  @IsOptional()
  @MaxLength(NEW_MATTER_REASON_MAX, { message: `登记为新事项的理由不得超过 ${NEW_MATTER_REASON_MAX} 字` })
  newMatterReason?: string | null;
}

@InputType({ description: '网上信访当天登记的从严设置' })
export class SetOnlineIntakeSettingsInput {
  @Field(() => Int, { nullable: true, description: '自信访部门上班时起若干小时内登记（1–24；空：不另行收紧）' })
  @IsOptional()
  @IsInt({ message: '小时数应为整数' })
  @Min(1, { message: '小时数应为 1–24' })
  @Max(24, { message: '小时数应为 1–24' })
  registerWithinHours?: number | null;
}

@InputType({ description: '不予登记网上信访事项' })
export class RejectOnlineSubmissionInput extends OnlineSubmissionChangeInput {
  @Field({ description: '理由（信访人在查询页可见）' })
  @TextLength(1, 500, { message: '理由长度应为 1–500 个字' })
  reason: string;
}
