import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantEntity, TenantLevel, UnitEntity, UserEntity } from '#common/directory';
import { Role } from '#common/auth';

export interface NewTenant {
  code: string;
  name: string;
  level: TenantLevel;
  parentId: string | null;
  path: string;
}

export interface NewUnit {
  name: string;
  kind: UnitEntity['kind'];
}

export interface NewUser {
  unitId: string | null;
  username: string;
  displayName: string;
  roles: Role[];
  passwordHash: string;
}

/** A page of a keyset-ordered list: how many rows to fetch and the key to start after. */
export interface KeysetPage<K> {
  limit: number;
  after: K | null;
}

/**
 * The SQL of the directory (core.tenants, core.units, core.users), under the caller's tenant
 * context: row-level security confines every statement to the caller's subtree.
 */
@Injectable()
export class DirectoryStore {
  tenantsByIds(em: EntityManager, ids: readonly string[]): Promise<TenantEntity[]> {
    return em.getRepository(TenantEntity).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids }).getMany();
  }

  tenant(em: EntityManager, id: string): Promise<TenantEntity | null> {
    return em.getRepository(TenantEntity).findOneBy({ id });
  }

  /** Tenants in tree order (by path), optionally of one level or under one tenant. */
  tenants(em: EntityManager, filter: { level?: TenantLevel | null; under?: string | null }, page: KeysetPage<string>): Promise<TenantEntity[]> {
    const query = em.getRepository(TenantEntity).createQueryBuilder('t').orderBy('t.path').limit(page.limit);
    if (filter.level) query.andWhere('t.level = :level', { level: filter.level });
    if (filter.under) {
      query.andWhere('t.path <@ (SELECT u.path FROM core.tenants u WHERE u.id = :under)', { under: filter.under });
    }
    if (page.after) query.andWhere('t.path > :after::ltree', { after: page.after });
    return query.getMany();
  }

  /** The direct children of several tenants, by division code. */
  childrenOf(em: EntityManager, parentIds: readonly string[]): Promise<TenantEntity[]> {
    return em.getRepository(TenantEntity).createQueryBuilder('t').where('t.parentId = ANY(:parentIds)', { parentIds }).orderBy('t.code').getMany();
  }

  unitsByIds(em: EntityManager, ids: readonly string[]): Promise<UnitEntity[]> {
    return em.getRepository(UnitEntity).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany();
  }

  /** A tenant's units by name. */
  units(em: EntityManager, tenantId: string, page: KeysetPage<string>): Promise<UnitEntity[]> {
    const query = em.getRepository(UnitEntity).createQueryBuilder('u').where('u.tenantId = :tenantId', { tenantId }).orderBy('u.name').limit(page.limit);
    if (page.after) query.andWhere('u.name > :after', { after: page.after });
    return query.getMany();
  }

  unitExists(em: EntityManager, tenantId: string, by: { id: string } | { name: string }): Promise<boolean> {
    return em.getRepository(UnitEntity).existsBy({ tenantId, ...by });
  }

  user(em: EntityManager, id: string): Promise<UserEntity | null> {
    return em.getRepository(UserEntity).findOneBy({ id });
  }

  /** A tenant's users by username. */
  users(em: EntityManager, tenantId: string, page: KeysetPage<string>): Promise<UserEntity[]> {
    const query = em.getRepository(UserEntity).createQueryBuilder('u').where('u.tenantId = :tenantId', { tenantId }).orderBy('u.username').limit(page.limit);
    if (page.after) query.andWhere('u.username > :after', { after: page.after });
    return query.getMany();
  }

  /** A tenant's active leaders by name. */
  leaders(em: EntityManager, tenantId: string): Promise<Pick<UserEntity, 'id' | 'displayName'>[]> {
    return em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName'])
      .where('u.tenantId = :tenantId AND u.active AND :leader = ANY(u.roles)', { tenantId, leader: Role.LEADER })
      .orderBy('u.displayName')
      .addOrderBy('u.id')
      .getMany();
  }

  async insertTenant(em: EntityManager, fields: NewTenant): Promise<TenantEntity> {
    const repository = em.getRepository(TenantEntity);
    const tenant = repository.create({ id: randomUUID(), ...fields });
    await repository.insert(tenant);
    return tenant;
  }

  async insertUnit(em: EntityManager, tenant: Pick<TenantEntity, 'id' | 'path'>, fields: NewUnit): Promise<UnitEntity> {
    const repository = em.getRepository(UnitEntity);
    const unit = repository.create({ tenantId: tenant.id, id: randomUUID(), tenantPath: tenant.path, ...fields });
    await repository.insert(unit);
    return unit;
  }

  async insertUser(em: EntityManager, tenant: Pick<TenantEntity, 'id' | 'path'>, fields: NewUser): Promise<UserEntity> {
    const repository = em.getRepository(UserEntity);
    const user = repository.create({ tenantId: tenant.id, id: randomUUID(), tenantPath: tenant.path, ...fields, active: true });
    await repository.insert(user);
    return user;
  }

  /** Codes and usernames are unique across the whole tree, including parts the caller cannot see. */
  async taken(em: EntityManager, what: 'tenant_code' | 'username', value: string): Promise<boolean> {
    const [row]: { taken: boolean }[] = await em.query(`SELECT core.${what}_taken($1) AS taken`, [value]);
    return row.taken === true;
  }
}
