import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ALL_ROLES, type Role } from './roles.js';
import type { TenantContext } from '../tenancy/tenant-context.js';
import { unauthenticated } from '../errors/index.js';

export const ROLES_KEY = 'petition:roles';
export const PUBLIC_KEY = 'petition:public';

/** The roles allowed to call this operation. Every query and mutation must declare its roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user, whatever their roles (e.g. `me`). */
export const AnyRole = () => SetMetadata(ROLES_KEY, ALL_ROLES);

/** Callable without a token (login). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface GraphQLRequestContext {
  req: { headers: Record<string, string | string[] | undefined> };
  auth: TenantContext | null;
}

export function graphQLContextOf(context: ExecutionContext): GraphQLRequestContext {
  return GqlExecutionContext.create(context).getContext<GraphQLRequestContext>();
}

/** The caller's tenant context, for resolvers to pass into services. */
export const CurrentContext = createParamDecorator((_data: unknown, context: ExecutionContext): TenantContext => {
  const auth = graphQLContextOf(context).auth;
  if (!auth) throw unauthenticated();
  return auth;
});
