import { AsyncLocalStorage } from 'node:async_hooks';
import { Role } from '../auth/roles.js';

/**
 * Who is acting, and on which part of the tenant tree. Every service method receives one; the
 * database sees it through `set_config` at the start of each transaction.
 */
export interface TenantContext {
  readonly userId: string | null;
  readonly username: string;
  readonly tenantId: string;
  /** ltree path of division codes from the province down, e.g. `510000.510100.510104`. */
  readonly tenantPath: string;
  readonly unitId: string | null;
  readonly roles: readonly Role[];
  readonly requestId: string;
}

export class TenantContextMissingError extends Error {
  constructor() {
    super('tenant context read outside a tenant transaction');
  }
}

const storage = new AsyncLocalStorage<TenantContext>();

/**
 * The context of the transaction in progress. Reading it outside one throws: there is no default
 * tenant, so code that forgot to establish one fails loudly instead of seeing everything.
 */
export const TenantContextStore = {
  current(): TenantContext {
    const ctx = storage.getStore();
    if (!ctx) throw new TenantContextMissingError();
    return ctx;
  },
  run<T>(ctx: TenantContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
};

/** The acting identity of background work done on behalf of a tenant (jobs, event consumers). */
export function systemContextFor(tenantId: string, tenantPath: string, requestId: string): TenantContext {
  return { userId: null, username: 'system', tenantId, tenantPath, unitId: null, roles: [], requestId };
}

/** Roles whose holders work for one unit (a competent body) and see only what is addressed to it. */
const UNIT_ROLES: ReadonlySet<Role> = new Set([Role.HANDLER, Role.MEMBER_UNIT]);

/**
 * The unit a user is confined to, or `null` when the user sees the tenant's whole subtree: a user
 * of a unit holding only unit roles sees what is addressed to that unit, while registrars, leaders,
 * supervisors and the like oversee the subtree.
 */
export function scopeUnitOf(ctx: Pick<TenantContext, 'unitId' | 'roles'>): string | null {
  if (!ctx.unitId || ctx.roles.length === 0) return null;
  return ctx.roles.every((role) => UNIT_ROLES.has(role)) ? ctx.unitId : null;
}
