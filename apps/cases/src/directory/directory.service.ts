import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { TenantEntity, TenantLevel, UnitEntity, UserEntity } from '#common/directory';
import { decodeCursor, toConnection, type Connection } from '#common/graphql';
import { emitEvent, type TenantCreatedPayload } from '#common/events';
import { conflict, notFound, validation } from '#common/errors';
import { Role, hashPassword } from '#common/auth';
import { CASES_SCHEMA } from '../database.js';
import { childTenantProblem, provinceCodeProblem } from './domain/division-code.js';
import { passwordProblem } from '../auth/domain/password-policy.js';
import { DirectoryStore, type NewTenant } from './directory.store.js';
import type { CreateTenantInput, CreateUnitInput, CreateUserInput, TenantFilter } from './dto/directory.inputs.js';

export interface Page {
  first: number;
  after?: string;
}

/**
 * The directory: tenants, units and users. Reads and writes run under the caller's tenant
 * context, so row-level security confines both to the caller's subtree.
 */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: DirectoryStore,
  ) {}

  tenantsByIds(ctx: TenantContext, ids: readonly string[]): Promise<TenantEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.tenantsByIds(em, ids));
  }

  async tenant(ctx: TenantContext, id: string): Promise<TenantEntity> {
    const [tenant] = await this.tenantsByIds(ctx, [id]);
    if (!tenant) throw notFound('机构');
    return tenant;
  }

  /** The caller's subtree in tree order (by path), optionally one level or one branch only. */
  tenants(ctx: TenantContext, filter: TenantFilter, page: Page): Promise<Connection<TenantEntity>> {
    const after = decodeCursor(page.after, ['ltree']);
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.tenants(em, filter, { limit: page.first + 1, after: after?.[0] ?? null });
      return toConnection(rows, page.first, (t) => [t.path]);
    });
  }

  /** The direct children of several tenants at once, by division code. */
  childrenOf(ctx: TenantContext, parentIds: readonly string[]): Promise<TenantEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.childrenOf(em, parentIds));
  }

  unitsByIds(ctx: TenantContext, ids: readonly string[]): Promise<UnitEntity[]> {
    return this.transactions.run(ctx, (em) => this.store.unitsByIds(em, ids));
  }

  units(ctx: TenantContext, tenantId: string, page: Page): Promise<Connection<UnitEntity>> {
    const after = decodeCursor(page.after, ['text']);
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.units(em, tenantId, { limit: page.first + 1, after: after?.[0] ?? null });
      return toConnection(rows, page.first, (u) => [u.name]);
    });
  }

  async user(ctx: TenantContext, id: string): Promise<UserEntity> {
    const user = await this.transactions.run(ctx, (em) => this.store.user(em, id));
    if (!user) throw notFound('用户');
    return user;
  }

  users(ctx: TenantContext, tenantId: string, page: Page): Promise<Connection<UserEntity>> {
    const after = decodeCursor(page.after, ['text']);
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.store.users(em, tenantId, { limit: page.first + 1, after: after?.[0] ?? null });
      return toConnection(rows, page.first, (u) => [u.username]);
    });
  }

  /** The caller's own office's active leaders, by name: whom a case may name as its leader. */
  leaders(ctx: TenantContext): Promise<Pick<UserEntity, 'id' | 'displayName'>[]> {
    return this.transactions.run(ctx, (em) => this.store.leaders(em, ctx.tenantId));
  }

  /** A child tenant of a tenant in the caller's subtree; announces `tenant.created`. */
  createTenant(ctx: TenantContext, input: CreateTenantInput): Promise<TenantEntity> {
    return this.transactions.run(ctx, async (em) => {
      const parent = await this.store.tenant(em, input.parentId);
      if (!parent) throw notFound('上级机构');
      const problem = childTenantProblem(parent, input.level, input.code);
      if (problem) throw validation(problem);
      return this.insertTenant(em, { ...input, parentId: parent.id, path: `${parent.path}.${input.code}` });
    });
  }

  /** The root of a province's tree. Not exposed in the API: provinces are provisioned, not created by users. */
  establishProvince(ctx: TenantContext, code: string, name: string): Promise<TenantEntity> {
    const problem = provinceCodeProblem(code);
    if (problem) throw validation(problem);
    return this.transactions.run(ctx, (em) => this.insertTenant(em, { code, name, level: TenantLevel.PROVINCE, parentId: null, path: code }));
  }

  createUnit(ctx: TenantContext, input: CreateUnitInput): Promise<UnitEntity> {
    return this.transactions.run(ctx, async (em) => {
      const tenant = await this.store.tenant(em, input.tenantId);
      if (!tenant) throw notFound('所属机构');
      if (await this.store.unitExists(em, tenant.id, { name: input.name })) throw conflict(`本机构已有名为“${input.name}”的单位`);
      const unit = await this.store.insertUnit(em, tenant, { name: input.name, kind: input.kind });
      await audit(em, CASES_SCHEMA, { action: 'unit.created', entity: 'unit', entityId: unit.id, after: input, tenant: tenantRef(tenant) });
      return unit;
    });
  }

  createUser(ctx: TenantContext, input: CreateUserInput): Promise<UserEntity> {
    return this.transactions.run(ctx, async (em) => {
      const tenant = await this.store.tenant(em, input.tenantId);
      if (!tenant) throw notFound('所属机构');
      if (input.unitId && !(await this.store.unitExists(em, tenant.id, { id: input.unitId }))) {
        throw validation('所属单位不属于该机构');
      }
      if (await this.store.taken(em, 'username', input.username)) {
        throw conflict(`登录名“${input.username}”已被使用`);
      }
      const problem = passwordProblem(input.password, input.username);
      if (problem) throw validation(problem);
      const user = await this.store.insertUser(em, tenant, {
        unitId: input.unitId ?? null,
        username: input.username,
        displayName: input.displayName,
        roles: [...new Set(input.roles)] as Role[],
        passwordHash: await hashPassword(input.password),
      });
      const { password: _secret, ...recorded } = input;
      await audit(em, CASES_SCHEMA, { action: 'user.created', entity: 'user', entityId: user.id, after: recorded, tenant: tenantRef(tenant) });
      return user;
    });
  }

  private async insertTenant(em: EntityManager, fields: NewTenant): Promise<TenantEntity> {
    if (await this.store.taken(em, 'tenant_code', fields.code)) throw conflict(`行政区划代码 ${fields.code} 已被使用`);
    const tenant = await this.store.insertTenant(em, fields);
    const payload: TenantCreatedPayload = {
      id: tenant.id,
      code: tenant.code,
      name: tenant.name,
      level: tenant.level,
      parentId: tenant.parentId,
      path: tenant.path,
    };
    await audit(em, CASES_SCHEMA, { action: 'tenant.created', entity: 'tenant', entityId: tenant.id, after: payload, tenant: tenantRef(tenant) });
    await emitEvent(em, CASES_SCHEMA, 'tenant.created', payload, tenantRef(tenant));
    return tenant;
  }
}

function tenantRef(tenant: { id: string; path: string }) {
  return { tenantId: tenant.id, tenantPath: tenant.path };
}
