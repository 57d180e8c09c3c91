import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { TenantLevel } from '#common/directory';

@ObjectType({ description: '联席会议覆盖率：辖区内某一层级的行政区中已建立联席会议的比例' })
export class ConferenceCoverage {
  @Field(() => TenantLevel, { description: '统计的层级' })
  level: TenantLevel;

  @Field(() => Int, { description: '该层级的行政区数（本辖区内、本人可见范围内）' })
  jurisdictions: number;

  @Field(() => Int, { description: '其中已建立联席会议的行政区数' })
  withConference: number;

  @Field(() => Float, { nullable: true, description: '覆盖率（0–1）；该层级没有行政区时为空' })
  rate: number | null;
}
