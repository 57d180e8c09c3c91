import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentContext, Role, Roles } from '#common/auth';
import type { TenantContext } from '#common/tenancy';
import { CategoryService } from './category.service.js';
import { Category } from './dto/category.types.js';
import { CreateCategoryInput, UpdateCategoryInput } from './dto/category.inputs.js';

@Resolver(() => Category)
export class CategoryResolver {
  constructor(private readonly service: CategoryService) {}

  @Query(() => [Category], { description: '本省的内容分类树（按树的顺序平铺）；默认只含可选用的分类' })
  @AnyRole()
  categories(
    @CurrentContext() ctx: TenantContext,
    @Args('includeInactive', { defaultValue: false, description: '是否包含已停用的分类及其下级' }) includeInactive: boolean,
  ) {
    return this.service.categories(ctx, includeInactive);
  }

  @Mutation(() => Category, { description: '新建内容分类（仅省级管理员）' })
  @Roles(Role.TENANT_ADMIN)
  createCategory(@CurrentContext() ctx: TenantContext, @Args('input') input: CreateCategoryInput) {
    return this.service.createCategory(ctx, input);
  }

  @Mutation(() => Category, { description: '修改内容分类的名称、排序或启用状态（仅省级管理员）' })
  @Roles(Role.TENANT_ADMIN)
  updateCategory(@CurrentContext() ctx: TenantContext, @Args('input') input: UpdateCategoryInput) {
    return this.service.updateCategory(ctx, input);
  }
}
