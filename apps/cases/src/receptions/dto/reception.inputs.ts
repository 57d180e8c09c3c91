import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { TextLength } from '#common/graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期应为 YYYY-MM-DD 格式';

@InputType({ description: '安排领导接访' })
export class ScheduleReceptionInput {
  @Field(() => ID, { description: '接访领导（本机构具有领导角色的在用账号）' })
  @IsUUID('all', { message: '接访领导编号格式不正确' })
  leaderId: string;

  @Field({ description: '接访日期（YYYY-MM-DD）' })
  @Matches(DATE, { message: DATE_MESSAGE })
  date: string;

  @Field(() => String, { nullable: true, description: '接访地点' })
  @IsOptional()
  @TextLength(1, 100, { message: '接访地点长度应为 1–100 个字' })
  place?: string | null;
}

@InputType({ description: '领导接访筛选' })
export class ReceptionFilter {
  @Field(() => String, { nullable: true, description: '起始日期（含）' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  from?: string | null;

  @Field(() => String, { nullable: true, description: '截止日期（含）' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: '接访领导' })
  @IsOptional()
  @IsUUID('all', { message: '接访领导编号格式不正确' })
  leaderId?: string | null;

  @Field(() => ID, { nullable: true, description: '只看该机构及其下级' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号格式不正确' })
  tenantId?: string | null;
}

@ArgsType()
export class ReceptionStatisticsArgs {
  @Field({ description: '起始日期（含，YYYY-MM-DD）' })
  @Matches(DATE, { message: DATE_MESSAGE })
  from: string;

  @Field({ description: '截止日期（含，YYYY-MM-DD）' })
  @Matches(DATE, { message: DATE_MESSAGE })
  to: string;

  @Field(() => ID, { nullable: true, description: '只统计该机构及其下级（默认本机构及全部下级）' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号格式不正确' })
  tenantId?: string | null;
}
