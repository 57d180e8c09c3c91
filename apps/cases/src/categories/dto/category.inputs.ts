import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { TextLength } from '#common/graphql';

const NAME = /^[^/]+$/;
const NAME_MESSAGE = '名称不能包含“/”';

@InputType({ description: '新建内容分类' })
export class CreateCategoryInput {
  @Field(() => ID, { nullable: true, description: '上级分类（不填则为一级分类）' })
  @IsOptional()
  @IsUUID('all', { message: '上级分类编号格式不正确' })
  parentId?: string | null;

  @Field({ description: '分类代码（大写字母、数字、下划线，1–32 位，全省唯一）' })
  @Matches(/^[A-Z0-9_]{1,32}$/, { message: '分类代码只能由大写字母、数字和下划线组成，长度 1–32 位' })
  code: string;

  @Field({ description: '名称' })
  @TextLength(1, 50, { message: '名称长度应为 1–50 个字' })
  @Matches(NAME, { message: NAME_MESSAGE })
  name: string;

  @Field(() => Int, { nullable: true, description: '同级排序号（不填则排在同级最后）' })
  @IsOptional()
  @IsInt({ message: '排序号应为整数' })
  @Min(0, { message: '排序号不能为负数' })
  @Max(1_000_000, { message: '排序号过大' })
  ordinal?: number | null;
}

@InputType({ description: '修改内容分类' })
export class UpdateCategoryInput {
  @Field(() => ID)
  @IsUUID('all', { message: '分类编号格式不正确' })
  id: string;

  @Field({ nullable: true, description: '名称' })
  @IsOptional()
  @TextLength(1, 50, { message: '名称长度应为 1–50 个字' })
  @Matches(NAME, { message: NAME_MESSAGE })
  name?: string;

  @Field(() => Int, { nullable: true, description: '同级排序号' })
  @IsOptional()
  @IsInt({ message: '排序号应为整数' })
  @Min(0, { message: '排序号不能为负数' })
  @Max(1_000_000, { message: '排序号过大' })
  ordinal?: number;

  @Field({ nullable: true, description: '是否启用（停用后其下级分类同样不可选用，已登记的事项不受影响）' })
  @IsOptional()
  @IsBoolean({ message: '是否启用应为布尔值' })
  active?: boolean;

  @Field(() => Int, { description: '读取时的版本号' })
  @IsInt({ message: '版本号应为整数' })
  version: number;
}
