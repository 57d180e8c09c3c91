import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CaseKind, CaseState, Channel } from '../domain/index.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '信访事项查询条件（各条件同时满足）' })
export class CaseFilter {
  @Field(() => [CaseState], { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(CaseState, { each: true, message: '状态不正确' })
  @ArrayMaxSize(20)
  states?: CaseState[];

  @Field(() => [Channel], { nullable: true, description: '渠道' })
  @IsOptional()
  @IsEnum(Channel, { each: true, message: '渠道不正确' })
  @ArrayMaxSize(10)
  channels?: Channel[];

  @Field(() => [CaseKind], { nullable: true, description: '分类' })
  @IsOptional()
  @IsEnum(CaseKind, { each: true, message: '分类不正确' })
  @ArrayMaxSize(3)
  kinds?: CaseKind[];

  @Field(() => [ID], { nullable: true, description: '内容分类' })
  @IsOptional()
  @IsUUID('all', { each: true, message: '内容分类编号格式不正确' })
  @ArrayMaxSize(50)
  categoryIds?: string[];

  @Field(() => ID, { nullable: true, description: '问题属地：该机构及其下级' })
  @IsOptional()
  @IsUUID('all', { message: '问题属地编号格式不正确' })
  problemJurisdictionId?: string;

  @Field(() => ID, { nullable: true, description: '当前办理机构' })
  @IsOptional()
  @IsUUID('all', { message: '办理机构编号格式不正确' })
  handlingTenantId?: string;

  @Field(() => ID, { nullable: true, description: '当前办理单位' })
  @IsOptional()
  @IsUUID('all', { message: '办理单位编号格式不正确' })
  handlingUnitId?: string;

  @Field(() => Boolean, { nullable: true, description: '已超期（最近期限早于今日）' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => Int, { nullable: true, description: '在 N 日内到期（含已超期）' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: '到期天数不能为负' })
  @Max(366, { message: '到期天数不超过 366' })
  dueWithinDays?: number;

  @Field(() => String, { nullable: true, description: '信访人公民身份号码（精确匹配）' })
  @IsOptional()
  @MaxLength(32)
  petitionerIdNumber?: string;

  @Field(() => String, { nullable: true, description: '信访人联系电话（精确匹配）' })
  @IsOptional()
  @MaxLength(32)
  petitionerPhone?: string;

  @Field(() => String, { nullable: true, description: '标题或内容包含的文字（至少 2 个字）' })
  @IsOptional()
  @MaxLength(100, { message: '检索文字不超过 100 字' })
  text?: string;

  @Field(() => String, { nullable: true, description: '登记日期起（含）' })
  @IsOptional()
  @Matches(DATE, { message: '日期应为 YYYY-MM-DD 格式' })
  registeredFrom?: string;

  @Field(() => String, { nullable: true, description: '登记日期止（含）' })
  @IsOptional()
  @Matches(DATE, { message: '日期应为 YYYY-MM-DD 格式' })
  registeredTo?: string;

  @Field(() => ID, { nullable: true, description: '包案领导' })
  @IsOptional()
  @IsUUID('all', { message: '包案领导编号格式不正确' })
  leaderOwnerId?: string;

  @Field(() => ID, { nullable: true, description: '领导接访日' })
  @IsOptional()
  @IsUUID('all', { message: '接访安排编号格式不正确' })
  receptionId?: string;

  @Field(() => Boolean, { nullable: true, description: '我登记的：只看当前用户登记的事项' })
  @IsOptional()
  @IsBoolean({ message: '“我登记的”应为是或否' })
  registeredByMe?: boolean;

  @Field(() => Boolean, { nullable: true, description: '我包案的：只看当前用户（领导）包案的事项' })
  @IsOptional()
  @IsBoolean({ message: '“我包案的”应为是或否' })
  ownedByMe?: boolean;
}

export enum CaseOrderField {
  REGISTERED_AT = 'REGISTERED_AT',
  DEADLINE = 'DEADLINE',
  NUMBER = 'NUMBER',
}

registerEnumType(CaseOrderField, {
  name: 'CaseOrderField',
  description: '信访事项排序依据',
  valuesMap: {
    REGISTERED_AT: { description: '登记时间' },
    DEADLINE: { description: '最近期限（无正在计算的期限的排在最后）' },
    NUMBER: { description: '编号' },
  },
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: '排序方向',
  valuesMap: { ASC: { description: '升序' }, DESC: { description: '降序' } },
});

@InputType({ description: '信访事项排序；分页游标与排序对应，换排序须从第一页查起' })
export class CaseOrder {
  // Optional to the validation only: the schema requires it, and an absent argument reaches the
  // validation as an empty object (the list's default order then applies).
  @Field(() => CaseOrderField, { description: '排序依据' })
  @IsOptional()
  @IsEnum(CaseOrderField, { message: '排序依据不正确' })
  field?: CaseOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: '排序方向，默认升序' })
  @IsOptional()
  @IsEnum(OrderDirection, { message: '排序方向不正确' })
  direction?: OrderDirection;
}

export enum CaseGrouping {
  CHANNEL = 'CHANNEL',
  KIND = 'KIND',
  CATEGORY = 'CATEGORY',
  STATE = 'STATE',
  CHILD_JURISDICTION = 'CHILD_JURISDICTION',
  MONTH = 'MONTH',
}

registerEnumType(CaseGrouping, {
  name: 'CaseGrouping',
  description: '统计分组',
  valuesMap: {
    CHANNEL: { description: '按渠道' },
    KIND: { description: '按分类' },
    CATEGORY: { description: '按内容分类（一级）' },
    STATE: { description: '按状态' },
    CHILD_JURISDICTION: { description: '按直属下级辖区（问题属地）' },
    MONTH: { description: '按登记月份（键为 YYYY-MM）' },
  },
});

/** Which cases a total counts: both are legitimate, and each answers its own question. */
export enum CaseCountBasis {
  HANDLING_OFFICE = 'HANDLING_OFFICE',
  PROBLEM_JURISDICTION = 'PROBLEM_JURISDICTION',
}

registerEnumType(CaseCountBasis, {
  name: 'CaseCountBasis',
  description: '统计口径',
  valuesMap: {
    HANDLING_OFFICE: { description: '按办理机构：本机构及下级机构当前办理的事项（即本辖区可查看的事项）' },
    PROBLEM_JURISDICTION: {
      description: '按问题属地：问题属地在本辖区内的事项，含由上级机关办理的（与考核口径一致；只返回统计数，不返回事项）',
    },
  },
});

@InputType({ description: '统计期间（登记日期，含首尾）' })
export class PeriodInput {
  @Field({ description: '起' })
  @Matches(DATE, { message: '日期应为 YYYY-MM-DD 格式' })
  from: string;

  @Field({ description: '止' })
  @Matches(DATE, { message: '日期应为 YYYY-MM-DD 格式' })
  to: string;
}

@InputType({ description: '重复信访查重：登记前按信访人和内容查找可能重复的事项' })
export class RepeatCandidatesInput {
  @Field(() => [String], { defaultValue: [], description: '信访人公民身份号码' })
  @ArrayMaxSize(200)
  @MaxLength(32, { each: true })
  idNumbers: string[];

  @Field(() => [String], { defaultValue: [], description: '信访人联系电话' })
  @ArrayMaxSize(200)
  @MaxLength(32, { each: true })
  phones: string[];

  @Field({ defaultValue: '', description: '标题' })
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '', description: '信访内容' })
  @MaxLength(20_000)
  content: string;
}
