import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../errors/index.js';
import { PUBLIC_KEY, ROLES_KEY, graphQLContextOf } from './decorators.js';
import type { Role } from './roles.js';

/**
 * Global guard of every subgraph. The token was verified when the GraphQL context was built;
 * here each operation's declared roles are enforced. An operation without a declaration is
 * refused, so forgetting one fails closed.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // REST endpoints are health only
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const auth = graphQLContextOf(context).auth;
    if (!auth) throw unauthenticated();
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!allowed) throw forbidden('该操作未声明可用角色');
    if (!auth.roles.some((role) => allowed.includes(role))) throw forbidden();
    return true;
  }
}
