import { Field, Float, ObjectType } from '@nestjs/graphql';
import { IndicatorView } from '../../schemes/dto/scheme.types.js';

@ObjectType('IndicatorValue', { description: '辖区统计指标：按考核指标库的定义、从考核事实计算的数值（公式见指标定义）' })
export class IndicatorValueView {
  @Field(() => IndicatorView, { description: '指标定义及公式' })
  indicator: IndicatorView;

  @Field(() => Float, { nullable: true, description: '指标值（比率、数量或同比变化）；分母为零或上年同期为零而本期不为零时为空' })
  value: number | null;

  @Field(() => Float, { description: '分子（数量指标即数量）' })
  numerator: number;

  @Field(() => Float, { nullable: true, description: '分母；非比率指标为空' })
  denominator: number | null;

  @Field(() => Float, { nullable: true, description: '上年同期；非同比指标为空' })
  previous: number | null;
}
