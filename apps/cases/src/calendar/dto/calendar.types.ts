import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DayUnit, Stage } from '#common/calendar';
import { ConnectionOf } from '#common/graphql';
import { CaseStage } from '../../cases/dto/case.types.js';
import { REMINDER_LEAD_DAYS } from '#common/deadlines';

export enum DayCounting {
  CALENDAR_DAYS = 'CALENDAR_DAYS',
  WORKING_DAYS = 'WORKING_DAYS',
}
registerEnumType(DayCounting, {
  name: 'DayCounting',
  description: '期限计算方式',
  valuesMap: {
    CALENDAR_DAYS: { description: '自然日（届满日遇法定休假日顺延）' },
    WORKING_DAYS: { description: '工作日（按国家法定节假日及调休安排）' },
  },
});

export enum HolidayOverrideKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}
registerEnumType(HolidayOverrideKind, {
  name: 'HolidayOverrideKind',
  description: '节假日调整类别',
  valuesMap: { HOLIDAY: { description: '放假（不计为工作日）' }, WORKDAY: { description: '上班（计为工作日）' } },
});

@ObjectType('StageDays', { description: '某一环节的期限天数' })
export class StageDays {
  @Field(() => CaseStage, { description: '环节' })
  stage: Stage;

  @Field(() => Int, { description: '天数（0 表示当日）' })
  days: number;
}

@ObjectType('EffectiveStageRule', { description: '某一环节在本机构实际适用的期限规则' })
export class EffectiveStageRule {
  @Field(() => CaseStage, { description: '环节' })
  stage: Stage;

  @Field({ description: '环节名称' })
  name: string;

  @Field(() => Int, { nullable: true, description: '《信访工作条例》规定的天数；条例未规定时为空' })
  statutoryDays: number | null;

  @Field(() => Int, { nullable: true, description: '实际适用的天数；无人设定时为空' })
  days: number | null;

  @Field(() => DayCounting, { description: '计算方式' })
  unit: DayUnit;

  @Field({ description: '条例依据' })
  article: string;

  @Field({ description: '是否由本级或上级缩短了法定期限' })
  tightened: boolean;
}

@ObjectType('CalendarSettings', { description: '本机构的期限设置（对本机构及全部下级机构生效）' })
export class CalendarSettings {
  @Field(() => ID, { description: '机构' })
  tenantId: string;

  @Field(() => DayCounting, { nullable: true, description: '本级设定的计算方式；为空时沿用上级设定，均未设定时按自然日' })
  dayCounting: DayUnit | null;

  @Field(() => [StageDays], { description: '本级设定的缩短期限' })
  tightenings: StageDays[];

  @Field(() => [Int], { description: '本级已在节假日调整表中补录法定安排的年份' })
  declaredYears: number[];

  @Field(() => [Int], { nullable: true, description: '本级设定的期限届满前提醒天数；为空时沿用上级设定' })
  reminderLeadDays: number[] | null;

  @Field(() => [Int], {
    description: `综合上级及本级设置后实际适用的提醒天数（均未设定时为 ${REMINDER_LEAD_DAYS.default.join(' 日、')} 日）`,
  })
  effectiveReminderLeadDays: number[];

  @Field(() => Int, { description: '版本号（修改时原样提交，用于并发控制；尚未设置时为 0）' })
  version: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '最近修改时间' })
  updatedAt: Date | null;

  @Field(() => [EffectiveStageRule], { description: '综合上级及本级设置后，各环节实际适用的期限规则' })
  effectiveRules: EffectiveStageRule[];
}

@ObjectType('HolidayOverride', { description: '节假日调整：某机构在国家安排之外设定的放假或上班日，对其全部下级机构生效' })
export class HolidayOverride {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '设定该调整的机构' })
  tenantId: string;

  @Field({ description: '设定该调整的机构在机构树中的路径' })
  tenantPath: string;

  @Field({ description: '日期（YYYY-MM-DD）' })
  date: string;

  @Field(() => HolidayOverrideKind, { description: '类别' })
  kind: 'HOLIDAY' | 'WORKDAY';

  @Field({ description: '名称' })
  name: string;

  @Field(() => GraphQLISODateTime, { description: '设定时间' })
  createdAt: Date;
}

@ObjectType('DeadlineRecomputation', { description: '一次因日历变化而重算未届满期限的记录' })
export class DeadlineRecomputation {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '日历发生变化的机构' })
  tenantId: string;

  @Field({ description: '重算原因' })
  reason: string;

  @Field(() => Int, { description: '核对的未结束环节数' })
  stagesChecked: number;

  @Field(() => Int, { description: '期限发生变化的环节数' })
  stagesChanged: number;

  @Field(() => GraphQLISODateTime, { description: '申请重算时间' })
  requestedAt: Date;

  @Field(() => GraphQLISODateTime, { description: '完成时间' })
  finishedAt: Date;
}

export const DeadlineRecomputationConnection = ConnectionOf(DeadlineRecomputation, 'DeadlineRecomputation');
