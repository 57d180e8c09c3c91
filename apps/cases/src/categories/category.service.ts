import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { TenantContextStore, TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { conflict, forbidden, notFound, validation } from '#common/errors';
import { CASES_SCHEMA } from '../database.js';
import { CategoryEntity } from './entities/category.entity.js';
import { CategoryStore, type RootTenant } from './category.store.js';
import { ORDINAL_STEP, inTreeOrder, provincePathOf, type Placed } from './domain/category-tree.js';
import type { CreateCategoryInput, UpdateCategoryInput } from './dto/category.inputs.js';

export type CategoryNode = Placed<CategoryEntity>;

const STALE = '内容分类已被他人修改，请刷新后重试';

/**
 * The category tree (内容分类): one per province, kept by the province's administrators and read
 * by every tenant below it.
 */
@Injectable()
export class CategoryService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: CategoryStore,
  ) {}

  /** The caller's province tree in tree order; by default only what new cases may be filed under. */
  categories(ctx: TenantContext, includeInactive: boolean): Promise<CategoryNode[]> {
    return this.transactions.run(ctx, async (em) => {
      const tree = await this.treeOf(em, provincePathOf(ctx.tenantPath));
      return includeInactive ? tree : tree.filter((node) => node.usable);
    });
  }

  createCategory(ctx: TenantContext, input: CreateCategoryInput): Promise<CategoryNode> {
    const root = rootOf(ctx);
    return this.transactions.run(ctx, async (em) => {
      const parentId = input.parentId ?? null;
      if (parentId && !(await this.store.exists(em, root.id, { id: parentId }))) throw notFound('上级分类');
      if (await this.store.exists(em, root.id, { code: input.code })) throw conflict(`分类代码 ${input.code} 已被使用`);
      const ordinal = input.ordinal ?? (await this.store.nextOrdinal(em, root.id, parentId, ORDINAL_STEP));
      const created = await this.store.insert(em, root, { parentId, code: input.code, name: input.name, ordinal });
      return this.nodeOf(em, root.path, created.id);
    });
  }

  updateCategory(ctx: TenantContext, input: UpdateCategoryInput): Promise<CategoryNode> {
    const root = rootOf(ctx);
    return this.transactions.run(ctx, async (em) => {
      const before = await this.store.find(em, root.id, input.id);
      if (!before) throw notFound('内容分类');
      if (before.version !== input.version) throw conflict(STALE);
      // An explicit null means "leave as is": every column here is NOT NULL.
      const changes = {
        ...(input.name != null && { name: input.name }),
        ...(input.ordinal != null && { ordinal: input.ordinal }),
        ...(input.active != null && { active: input.active }),
      };
      // Conditional on the version read, so a concurrent change between the read and the write loses.
      if (!(await this.store.update(em, root.id, input.id, input.version, changes))) throw conflict(STALE);
      await audit(em, CASES_SCHEMA, {
        action: 'category.updated',
        entity: 'category',
        entityId: input.id,
        before: { name: before.name, ordinal: before.ordinal, active: before.active },
        after: changes,
      });
      return this.nodeOf(em, root.path, input.id);
    });
  }

  /**
   * For case registration, inside its transaction: the category must be in the caller's province
   * tree and usable (active, under active parents).
   */
  async requireUsable(em: EntityManager, categoryId: string): Promise<void> {
    const usable = isUUID(categoryId, 'all') && (await this.store.usable(em, categoryId, provincePathOf(TenantContextStore.current().tenantPath)));
    if (!usable) throw validation('内容分类不存在或已停用', { field: 'categoryId' });
  }

  private async treeOf(em: EntityManager, provincePath: string): Promise<CategoryNode[]> {
    return inTreeOrder(await this.store.treeAt(em, provincePath));
  }

  private async nodeOf(em: EntityManager, provincePath: string, id: string): Promise<CategoryNode> {
    return (await this.treeOf(em, provincePath)).find((node) => node.id === id)!;
  }
}

/** Only the province keeps the tree: its administrators' context is the root of the tenant tree. */
function rootOf(ctx: TenantContext): RootTenant {
  if (ctx.tenantPath !== provincePathOf(ctx.tenantPath)) throw forbidden('内容分类由省级管理员统一维护，下级机构无权修改');
  return { id: ctx.tenantId, path: ctx.tenantPath };
}
