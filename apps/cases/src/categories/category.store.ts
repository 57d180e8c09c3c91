import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { audit } from '#common/tenancy';
import { CASES_SCHEMA } from '../database.js';
import { CategoryEntity } from './entities/category.entity.js';

/** The province that owns a category tree. */
export interface RootTenant {
  id: string;
  path: string;
}

export interface NewCategory {
  parentId: string | null;
  code: string;
  name: string;
  ordinal: number;
}

export type CategoryChanges = Partial<Pick<CategoryEntity, 'name' | 'ordinal' | 'active'>>;

/** The SQL of the category trees (cases.categories), in the caller's transaction. */
@Injectable()
export class CategoryStore {
  /** Every node of the tree kept by the province at this path, in no particular order. */
  treeAt(em: EntityManager, provincePath: string): Promise<CategoryEntity[]> {
    return em.getRepository(CategoryEntity).findBy({ tenantPath: provincePath });
  }

  /** Every node of a province's tree, in no particular order. */
  treeOf(em: EntityManager, rootId: string): Promise<CategoryEntity[]> {
    return em.getRepository(CategoryEntity).findBy({ tenantId: rootId });
  }

  find(em: EntityManager, rootId: string, id: string): Promise<CategoryEntity | null> {
    return em.getRepository(CategoryEntity).findOneBy({ tenantId: rootId, id });
  }

  exists(em: EntityManager, rootId: string, by: { id: string } | { code: string }): Promise<boolean> {
    return em.getRepository(CategoryEntity).existsBy({ tenantId: rootId, ...by });
  }

  /** The ordinal after the last child of a parent (of the roots when null), one step on. */
  async nextOrdinal(em: EntityManager, rootId: string, parentId: string | null, step: number): Promise<number> {
    const [row]: { next: number }[] = await em.query(
      `SELECT coalesce(max(ordinal), 0) + $3 AS next FROM cases.categories WHERE tenant_id = $1 AND parent_id IS NOT DISTINCT FROM $2`,
      [rootId, parentId, step],
    );
    return row.next;
  }

  /**
   * Whether the category is in the tree at this path and active under active parents. Walks up
   * from the one node instead of reading the tree: registration is the hot path.
   */
  async usable(em: EntityManager, categoryId: string, provincePath: string): Promise<boolean> {
    const [row]: { usable: boolean | null }[] = await em.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, active, tenant_path FROM cases.categories WHERE id = $1 AND tenant_path = $2::ltree
         UNION ALL
         SELECT c.id, c.parent_id, c.active, c.tenant_path FROM cases.categories c JOIN up ON c.id = up.parent_id
       )
       SELECT bool_and(active) AS usable FROM up`,
      [categoryId, provincePath],
    );
    return row?.usable === true;
  }

  /** Inserts one node of a province's tree and audits it; shared by the seed and the API. */
  async insert(em: EntityManager, root: RootTenant, fields: NewCategory): Promise<CategoryEntity> {
    const repository = em.getRepository(CategoryEntity);
    const category = repository.create({ tenantId: root.id, id: randomUUID(), tenantPath: root.path, ...fields, active: true, version: 1 });
    await repository.insert(category);
    await audit(em, CASES_SCHEMA, {
      action: 'category.created',
      entity: 'category',
      entityId: category.id,
      after: fields,
      tenant: { tenantId: root.id, tenantPath: root.path },
    });
    return category;
  }

  /** Applies the changes if the node is still at `version`, raising it; false when it was changed since. */
  async update(em: EntityManager, rootId: string, id: string, version: number, changes: CategoryChanges): Promise<boolean> {
    const result = await em.getRepository(CategoryEntity).update({ tenantId: rootId, id, version }, { ...changes, version: () => 'version + 1' });
    return Boolean(result.affected);
  }
}
