import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '#common/auth';
import { TenantLevel, UnitKind } from '#common/directory';
import { ConnectionOf } from '#common/graphql';

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: '单位类别',
  valuesMap: {
    PETITION_BUREAU: { description: '信访局（办）' },
    COMPETENT_BODY: { description: '责任单位（有权处理机关）' },
    CONFERENCE_OFFICE: { description: '联席会议办公室' },
    OUTSIDE_BODY: { description: '外部机关（法院、派出所等）' },
  },
});

@ObjectType('Tenant', { description: '信访工作机构（租户）：某一行政区划的信访部门' })
@Directive('@key(fields: "id")')
export class Tenant {
  @Field(() => ID)
  id: string;

  @Field({ description: '行政区划代码' })
  code: string;

  @Field({ description: '名称' })
  name: string;

  @Field(() => TenantLevel, { description: '层级' })
  level: TenantLevel;

  @Field(() => ID, { nullable: true, description: '上级机构' })
  parentId: string | null;

  @Field({ description: '机构树路径（行政区划代码以 . 连接）' })
  path: string;

  @Field({ description: '创建时间' })
  createdAt: Date;
}

@ObjectType('Unit', { description: '单位（信访局、责任单位等）' })
export class Unit {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '所属机构' })
  tenantId: string;

  @Field({ description: '名称' })
  name: string;

  @Field(() => UnitKind, { description: '类别' })
  kind: UnitKind;
}

@ObjectType('User', { description: '用户' })
export class User {
  @Field(() => ID)
  id: string;

  @Field({ description: '登录名' })
  username: string;

  @Field({ description: '姓名' })
  displayName: string;

  @Field(() => [Role], { description: '角色' })
  roles: Role[];

  @Field({ description: '是否启用' })
  active: boolean;

  @Field(() => Int, { description: '版本号（停用、启用、重置密码时回传）' })
  version: number;

  @Field(() => ID)
  tenantId: string;

  @Field(() => ID, { nullable: true })
  unitId: string | null;
}

/** A leader as others pick one: the name only, none of the account's details. */
@ObjectType('Leader', { description: '领导（包案领导、接访领导、延期批准人）' })
export class Leader {
  @Field(() => ID)
  id: string;

  @Field({ description: '姓名' })
  displayName: string;
}

export const TenantConnection = ConnectionOf(Tenant, 'Tenant');
export const UnitConnection = ConnectionOf(Unit, 'Unit');
export const UserConnection = ConnectionOf(User, 'User');
