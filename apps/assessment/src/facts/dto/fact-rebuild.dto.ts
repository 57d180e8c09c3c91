import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, Matches } from 'class-validator';
import type { FactSource } from '#common/events';
import { described } from '#common/graphql';

const SOURCES = { CASES: 'CASES', MEETINGS: 'MEETINGS' } as const;
registerEnumType(SOURCES, {
  name: 'FactSource',
  description: '事实数据的来源服务',
  valuesMap: described({ CASES: '信访事项（登记日期在期间内的）', MEETINGS: '联席会议（期间内创建或到期的任务、下发的督办通知、召开的会议）' }),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '重建事实数据：请来源服务将其期间内的事实重新发送一遍，本机构辖区内的' })
export class RebuildFactsInput {
  @Field(() => SOURCES, { description: '来源' })
  @IsIn(Object.values(SOURCES))
  source: FactSource;

  @Field({ description: '期间起始日期' })
  @Matches(DATE, { message: '日期应为 YYYY-MM-DD 格式' })
  from: string;

  @Field({ description: '期间截止日期' })
  @Matches(DATE, { message: '日期应为 YYYY-MM-DD 格式' })
  to: string;
}

@ObjectType('FactRebuild', { description: '已提交的事实重建请求；来源服务处理后，事实数据随之更新' })
export class FactRebuild {
  @Field(() => ID, { description: '请求编号' })
  id: string;

  @Field(() => SOURCES, { description: '来源' })
  source: FactSource;

  @Field({ description: '期间起始日期' })
  from: string;

  @Field({ description: '期间截止日期' })
  to: string;

  @Field(() => GraphQLISODateTime, { description: '提交时间' })
  requestedAt: Date;
}
