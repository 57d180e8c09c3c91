import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TenantLevel } from '#common/directory';

@ObjectType({ description: '考核对象：由上一级考核的下级行政区' })
export class AssessedJurisdiction {
  @Field(() => ID, { description: '行政区（信访工作机构）标识，即其租户标识' })
  id: string;

  @Field({ description: '行政区划代码' })
  code: string;

  @Field({ description: '名称' })
  name: string;

  @Field(() => TenantLevel, { description: '层级' })
  level: TenantLevel;
}
