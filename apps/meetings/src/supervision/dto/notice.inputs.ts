import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { TextLength } from '#common/graphql';
import { NoticeKind, NoticeReason, NoticeState, SubjectType } from '../domain/index.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期应为 YYYY-MM-DD 格式';

@InputType({ description: '督办通知筛选条件' })
export class NoticeFilter {
  @Field(() => NoticeKind, { nullable: true, description: '种类' })
  @IsOptional()
  @IsEnum(NoticeKind, { message: '督办通知种类不正确' })
  kind?: NoticeKind;

  @Field(() => NoticeState, { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(NoticeState, { message: '督办通知状态不正确' })
  state?: NoticeState;

  @Field(() => SubjectType, { nullable: true, description: '督办对象类型' })
  @IsOptional()
  @IsEnum(SubjectType, { message: '督办对象类型不正确' })
  subjectType?: SubjectType;

  @Field(() => Boolean, { nullable: true, description: '为真时只列书面反馈已逾期的，为假时只列未逾期的' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => Boolean, { nullable: true, description: '为真时只列未阅的，为假时只列已阅的' })
  @IsOptional()
  @IsBoolean()
  unread?: boolean;
}

@InputType({ isAbstract: true })
class HandRaisedInput {
  @Field(() => SubjectType, { description: '督办对象类型' })
  @IsEnum(SubjectType, { message: '督办对象类型不正确' })
  subjectType: SubjectType;

  @Field(() => ID, { description: '信访事项或任务' })
  @IsUUID('all', { message: '督办对象编号格式不正确' })
  subjectId: string;

  @Field(() => NoticeReason, { description: '督办事由（《信访工作条例》第四十条）' })
  @IsEnum(NoticeReason, { message: '督办事由不正确' })
  reason: NoticeReason;

  @Field({ description: '通知内容：问题和整改要求' })
  @TextLength(1, 5000, { message: '通知内容长度应为 1–5000 字' })
  text: string;

  @Field(() => String, { nullable: true, description: '所督办的期限环节（须在办理中）；办结时通知随之办结' })
  @IsOptional()
  @MaxLength(40)
  stage?: string | null;
}

@InputType({ description: '手工下发督办通知（提醒由期限自动生成，挂牌督办另用 listForSupervision）' })
export class RaiseNoticeInput extends HandRaisedInput {
  @Field(() => NoticeKind, { description: '种类' })
  @IsEnum(NoticeKind, { message: '督办通知种类不正确' })
  kind: NoticeKind;
}

@InputType({ description: '挂牌督办' })
export class ListForSupervisionInput extends HandRaisedInput {
  @Field({ description: '整改期限' })
  @Matches(DATE, { message: DATE_MESSAGE })
  fixBy: string;
}

@InputType({ isAbstract: true })
class NoticeChangeInput {
  @Field(() => ID, { description: '督办通知' })
  @IsUUID('all', { message: '督办通知编号格式不正确' })
  noticeId: string;

  @Field(() => Int, { description: '看到的版本号' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: '书面反馈' })
export class NoticeFeedbackInput extends NoticeChangeInput {
  @Field({ description: '反馈内容：办理情况和整改措施' })
  @TextLength(1, 10000, { message: '反馈内容长度应为 1–10000 字' })
  text: string;

  @Field(() => [String], { defaultValue: [], description: '附件（已上传文件的引用）' })
  @ArrayMaxSize(20, { message: '附件至多 20 个' })
  @TextLength(1, 500, { each: true, message: '附件引用长度应为 1–500 字符' })
  attachments: string[];
}

@InputType({ description: '审核反馈或升级督办，附理由' })
export class ReasonedNoticeChangeInput extends NoticeChangeInput {
  @Field({ description: '理由或意见' })
  @TextLength(1, 2000, { message: '理由长度应为 1–2000 字' })
  reason: string;
}

@InputType({ description: '采纳反馈' })
export class AcceptFeedbackInput extends NoticeChangeInput {
  @Field(() => String, { nullable: true, description: '审核意见' })
  @IsOptional()
  @TextLength(1, 2000, { message: '审核意见长度应为 1–2000 字' })
  comment?: string | null;
}

@InputType({ description: '统计期间（按下发日期）' })
export class SupervisionPeriodInput {
  @Field({ description: '起' })
  @Matches(DATE, { message: DATE_MESSAGE })
  from: string;

  @Field({ description: '止（含）' })
  @Matches(DATE, { message: DATE_MESSAGE })
  to: string;
}

@InputType({ description: '本机构的督查督办设置；为空的项沿用上级' })
export class SupervisionSettingsInput {
  @Field(() => Int, { nullable: true, description: '书面反馈期限（日，1–365）' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '反馈期限至少 1 日' })
  @Max(365, { message: '反馈期限不能超过 365 日' })
  feedbackDays?: number | null;

  @Field(() => Int, { nullable: true, description: '逾期多少日后升级督办（1–90）' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '升级间隔至少 1 日' })
  @Max(90, { message: '升级间隔不能超过 90 日' })
  escalationIntervalDays?: number | null;

  @Field(() => Int, { description: '看到的版本号（尚无设置时为 0）' })
  @IsInt()
  @Min(0)
  version: number;
}
