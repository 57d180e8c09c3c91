import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionOf } from '#common/graphql';
import { RESOLVED_RULE } from '../domain/reception-tally.js';

@ObjectType('Reception', { description: '领导接访活动：某位领导在某一天的接访' })
export class Reception {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '所属机构' })
  tenantId: string;

  @Field(() => ID, { description: '接访领导' })
  leaderId: string;

  @Field({ description: '接访领导姓名（安排时）' })
  leaderName: string;

  @Field({ description: '接访日期（YYYY-MM-DD）' })
  date: string;

  @Field(() => String, { nullable: true, description: '接访地点' })
  place: string | null;

  @Field(() => GraphQLISODateTime, { description: '安排时间' })
  createdAt: Date;
}

@ObjectType('LeaderReceptionStatistics', { description: `一位领导在统计期内的接访情况。化解：${RESOLVED_RULE}` })
export class LeaderReceptionStatistics {
  @Field(() => ID, { description: '接访领导' })
  leaderId: string;

  @Field({ description: '接访领导姓名（最近一次接访时）' })
  leaderName: string;

  @Field(() => ID, { description: '领导所属机构' })
  tenantId: string;

  @Field(() => Int, { description: '接访次数' })
  receptionCount: number;

  @Field(() => Int, { description: '接待登记的信访事项数' })
  caseCount: number;

  @Field(() => Int, { description: '接待人次' })
  personCount: number;

  @Field(() => Int, { description: `化解件数（${RESOLVED_RULE}）` })
  resolvedCount: number;

  @Field(() => Float, { nullable: true, description: `化解率 = 化解件数 ÷ 事项数（0–1；无事项时为空）。化解：${RESOLVED_RULE}` })
  resolutionRate: number | null;
}

export const ReceptionConnection = ConnectionOf(Reception, 'Reception', { counted: true });
