import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Category', { description: '内容分类：全省统一的一棵分类树中的一个节点' })
export class Category {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: '上级分类（一级分类为空）' })
  parentId: string | null;

  @Field({ description: '分类代码（大写字母、数字、下划线）' })
  code: string;

  @Field({ description: '名称' })
  name: string;

  @Field({ description: '完整名称，自一级分类起以“/”连接，如“城乡建设/房屋征收”' })
  fullName: string;

  @Field(() => [String], { description: '自一级分类起的各级名称，如 ["城乡建设", "房屋征收"]' })
  path: string[];

  @Field(() => Int, { description: '层级深度（一级分类为 0）' })
  depth: number;

  @Field(() => Int, { description: '同级排序号（小者在前）' })
  ordinal: number;

  @Field({ description: '本分类是否启用' })
  active: boolean;

  @Field({ description: '登记时可否选用：本分类及其全部上级均已启用' })
  usable: boolean;

  @Field(() => Int, { description: '版本号，修改时回传以防覆盖他人的修改' })
  version: number;
}
