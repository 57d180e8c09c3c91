import { Args, Context, ID, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentContext, Role, Roles } from '#common/auth';
import type { TenantContext } from '#common/tenancy';
import { PageArgs, byKeys, requestLoader } from '#common/graphql';
import type { RequestContext } from '#common/graphql';
import type { TenantEntity, UnitEntity } from '#common/directory';
import { unauthenticated } from '#common/errors';
import { DirectoryService } from './directory.service.js';
import { Leader, Tenant, TenantConnection, Unit, UnitConnection, User, UserConnection } from './dto/directory.types.js';
import { CreateTenantInput, CreateUnitInput, CreateUserInput, TenantFilter } from './dto/directory.inputs.js';

function tenantLoader(directory: DirectoryService, ctx: TenantContext, request: object) {
  return requestLoader<string, TenantEntity>(request, 'tenant', async (ids) => byKeys(ids, await directory.tenantsByIds(ctx, ids), (t) => t.id));
}

function childrenLoader(directory: DirectoryService, ctx: TenantContext, request: object) {
  return requestLoader<string, TenantEntity[]>(request, 'children', async (parentIds) => {
    const children = await directory.childrenOf(ctx, parentIds);
    return parentIds.map((id) => children.filter((child) => child.parentId === id));
  });
}

function unitLoader(directory: DirectoryService, ctx: TenantContext, request: object) {
  return requestLoader<string, UnitEntity>(request, 'unit', async (ids) => byKeys(ids, await directory.unitsByIds(ctx, ids), (u) => u.id));
}

@Resolver(() => Tenant)
export class TenantResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => Tenant, { description: '本辖区内的一个机构' })
  @AnyRole()
  tenant(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.directory.tenant(ctx, id);
  }

  @Query(() => TenantConnection, { description: '本机构及其全部下级机构（按机构树顺序）' })
  @AnyRole()
  tenants(@CurrentContext() ctx: TenantContext, @Args() page: PageArgs, @Args('filter', { type: () => TenantFilter, nullable: true }) filter?: TenantFilter) {
    return this.directory.tenants(ctx, filter ?? {}, page);
  }

  @Mutation(() => Tenant, { description: '在本辖区内新建下级机构' })
  @Roles(Role.TENANT_ADMIN)
  createTenant(@CurrentContext() ctx: TenantContext, @Args('input') input: CreateTenantInput) {
    return this.directory.createTenant(ctx, input);
  }

  @ResolveField(() => Tenant, { nullable: true, description: '上级机构（不在本辖区内时为空）' })
  parent(@Parent() tenant: Tenant, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return tenant.parentId ? tenantLoader(this.directory, ctx, request).load(tenant.parentId) : null;
  }

  @ResolveField(() => [Tenant], { description: '直属下级机构' })
  async children(@Parent() tenant: Tenant, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return (await childrenLoader(this.directory, ctx, request).load(tenant.id)) ?? [];
  }

  @ResolveField(() => UnitConnection, { description: '本机构的单位' })
  units(@Parent() tenant: Tenant, @CurrentContext() ctx: TenantContext, @Args() page: PageArgs) {
    return this.directory.units(ctx, tenant.id, page);
  }

  /** Guards do not run on references: the caller's context and row-level security decide. */
  @ResolveReference()
  resolveReference(reference: { id: string }, request: RequestContext) {
    if (!request.auth) throw unauthenticated();
    return tenantLoader(this.directory, request.auth, request).load(reference.id);
  }
}

@Resolver(() => Unit)
export class UnitResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Mutation(() => Unit, { description: '在本辖区内的机构下新建单位' })
  @Roles(Role.TENANT_ADMIN)
  createUnit(@CurrentContext() ctx: TenantContext, @Args('input') input: CreateUnitInput) {
    return this.directory.createUnit(ctx, input);
  }

  @ResolveField(() => Tenant, { nullable: true, description: '所属机构' })
  tenant(@Parent() unit: Unit, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return tenantLoader(this.directory, ctx, request).load(unit.tenantId);
  }
}

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => User, { description: '当前登录用户' })
  @AnyRole()
  me(@CurrentContext() ctx: TenantContext) {
    return this.directory.user(ctx, ctx.userId ?? '');
  }

  @Query(() => UserConnection, { description: '本辖区内某机构的用户' })
  @Roles(Role.TENANT_ADMIN)
  users(@CurrentContext() ctx: TenantContext, @Args('tenantId', { type: () => ID }) tenantId: string, @Args() page: PageArgs) {
    return this.directory.users(ctx, tenantId, page);
  }

  @Query(() => [Leader], { description: '本机构在职的领导（按姓名排序）：登记时选包案领导，延期时选批准人' })
  @Roles(Role.REGISTRAR, Role.HANDLER, Role.LEADER, Role.TENANT_ADMIN)
  leaders(@CurrentContext() ctx: TenantContext) {
    return this.directory.leaders(ctx);
  }

  @Mutation(() => User, { description: '在本辖区内的机构下新建用户' })
  @Roles(Role.TENANT_ADMIN)
  createUser(@CurrentContext() ctx: TenantContext, @Args('input') input: CreateUserInput) {
    return this.directory.createUser(ctx, input);
  }

  @ResolveField(() => Tenant, { nullable: true, description: '所属机构' })
  tenant(@Parent() user: User, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return tenantLoader(this.directory, ctx, request).load(user.tenantId);
  }

  @ResolveField(() => Unit, { nullable: true, description: '所属单位' })
  unit(@Parent() user: User, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return user.unitId ? unitLoader(this.directory, ctx, request).load(user.unitId) : null;
  }
}
