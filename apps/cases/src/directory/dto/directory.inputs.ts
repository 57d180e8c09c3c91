import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { TextLength } from '#common/graphql';
import { Role } from '#common/auth';
import { TenantLevel, UnitKind } from '#common/directory';
import { PASSWORD_MAX_LENGTH } from '../../auth/domain/password-policy.js';

@InputType({ description: '新建下级机构' })
export class CreateTenantInput {
  @Field(() => ID, { description: '上级机构' })
  @IsUUID('all', { message: '上级机构编号格式不正确' })
  parentId: string;

  @Field({ description: '行政区划代码' })
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: '行政区划代码应为 6、9 或 12 位数字' })
  code: string;

  @Field({ description: '名称' })
  @TextLength(1, 100, { message: '名称长度应为 1–100 个字' })
  name: string;

  @Field(() => TenantLevel, { description: '层级' })
  @IsEnum(TenantLevel, { message: '层级不正确' })
  level: TenantLevel;
}

@InputType({ description: '新建单位' })
export class CreateUnitInput {
  @Field(() => ID, { description: '所属机构' })
  @IsUUID('all', { message: '所属机构编号格式不正确' })
  tenantId: string;

  @Field({ description: '名称' })
  @TextLength(1, 100, { message: '名称长度应为 1–100 个字' })
  name: string;

  @Field(() => UnitKind, { description: '类别' })
  @IsEnum(UnitKind, { message: '单位类别不正确' })
  kind: UnitKind;
}

@InputType({ description: '新建用户' })
export class CreateUserInput {
  @Field(() => ID, { description: '所属机构' })
  @IsUUID('all', { message: '所属机构编号格式不正确' })
  tenantId: string;

  @Field(() => ID, { nullable: true, description: '所属单位（可选）' })
  @IsOptional()
  @IsUUID('all', { message: '所属单位编号格式不正确' })
  unitId?: string | null;

  @Field({ description: '登录名（小写字母、数字、._-，3–64 位）' })
  @Matches(/^[a-z0-9_.-]{3,64}$/, { message: '登录名只能由小写字母、数字和 ._- 组成，长度 3–64 位' })
  username: string;

  @Field({ description: '姓名' })
  @TextLength(1, 100, { message: '姓名长度应为 1–100 个字' })
  displayName: string;

  @Field({ description: '初始密码（至少 8 位，含大写字母、小写字母、数字、其他字符中的至少三类，不含登录名）' })
  @Length(1, PASSWORD_MAX_LENGTH, { message: `密码长度应为 8–${PASSWORD_MAX_LENGTH} 位` })
  password: string;

  @Field(() => [Role], { description: '角色' })
  @ArrayMinSize(1, { message: '至少指定一个角色' })
  @ArrayMaxSize(8)
  @IsEnum(Role, { each: true, message: '角色不正确' })
  roles: Role[];
}

@InputType({ description: '机构筛选' })
export class TenantFilter {
  @Field(() => TenantLevel, { nullable: true, description: '层级' })
  @IsOptional()
  @IsEnum(TenantLevel, { message: '层级不正确' })
  level?: TenantLevel;

  @Field(() => ID, { nullable: true, description: '只看该机构及其下级' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号格式不正确' })
  under?: string;
}
