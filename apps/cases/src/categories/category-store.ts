import { randomUUID } from 'node:crypto';
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

/** Inserts one node of a province's tree and audits it; shared by the seed and the API. */
export async function insertCategory(em: EntityManager, root: RootTenant, fields: NewCategory): Promise<CategoryEntity> {
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
