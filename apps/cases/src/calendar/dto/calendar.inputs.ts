import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { TextLength } from '#common/graphql';
import type { DayUnit, Stage } from '#common/calendar';
import { CaseStage } from '../../cases/dto/case.types.js';
import { DayCounting, HolidayOverrideKind } from './calendar.types.js';
import { REMINDER_LEAD_DAYS } from '#common/deadlines';

@InputType({ description: '某一环节的期限天数' })
export class StageDaysInput {
  @Field(() => CaseStage, { description: '环节' })
  @IsEnum(CaseStage, { message: '环节不正确' })
  stage: Stage;

  /** The bounds against the statute and the ancestors are checked by the service, with their own messages. */
  @Field(() => Int, { description: '天数（0 表示当日），不得长于法定期限及上级设定' })
  @IsInt({ message: '期限天数必须是整数' })
  days: number;
}

@InputType({ description: '修改本机构的期限设置' })
export class UpdateCalendarSettingsInput {
  @Field(() => ID, { description: '机构' })
  @IsUUID('all', { message: '机构编号格式不正确' })
  tenantId: string;

  @Field(() => DayCounting, { nullable: true, description: '计算方式；为空表示沿用上级设定' })
  @IsOptional()
  @IsEnum(DayCounting, { message: '计算方式不正确' })
  dayCounting?: DayUnit | null;

  @Field(() => [StageDaysInput], { description: '缩短的期限（只能缩短，不能放宽）' })
  @ValidateNested({ each: true })
  @Type(() => StageDaysInput)
  @ArrayMaxSize(20, { message: '缩短期限的条目过多' })
  tightenings: StageDaysInput[];

  @Field(() => [Int], { description: '已在节假日调整表中补录法定安排的年份' })
  @IsInt({ each: true, message: '年份必须是整数' })
  @Min(2000, { each: true, message: '年份不得早于 2000 年' })
  @Max(2100, { each: true, message: '年份不得晚于 2100 年' })
  @ArrayMaxSize(20, { message: '补录年份过多' })
  declaredYears: number[];

  /** The bounds are checked by the service (`reminderLeadDaysProblem`). */
  @Field(() => [Int], {
    nullable: true,
    description: `期限届满前几日提醒（${REMINDER_LEAD_DAYS.min}–${REMINDER_LEAD_DAYS.max} 日，最多 ${REMINDER_LEAD_DAYS.maxCount} 个）；为空表示沿用上级设定，空列表表示不提醒`,
  })
  @IsOptional()
  @IsInt({ each: true, message: '提前提醒天数必须是整数' })
  @ArrayMaxSize(20, { message: '提前提醒天数过多' })
  reminderLeadDays?: number[] | null;

  @Field(() => Int, { nullable: true, description: '读取时的版本号；首次设置时为 0 或不填' })
  @IsOptional()
  @IsInt({ message: '版本号必须是整数' })
  @Min(0, { message: '版本号不能为负数' })
  version?: number | null;
}

@InputType({ description: '新增节假日调整' })
export class AddHolidayOverrideInput {
  @Field(() => ID, { description: '机构' })
  @IsUUID('all', { message: '机构编号格式不正确' })
  tenantId: string;

  @Field({ description: '日期（YYYY-MM-DD）' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 YYYY-MM-DD 格式' })
  date: string;

  @Field(() => HolidayOverrideKind, { description: '类别' })
  @IsEnum(HolidayOverrideKind, { message: '节假日调整类别不正确' })
  kind: 'HOLIDAY' | 'WORKDAY';

  @Field({ description: '名称，如“地方民族节日”' })
  @TextLength(1, 50, { message: '名称长度应为 1–50 个字' })
  name: string;
}
