import type { UnitEntity, UserEntity } from '#common/directory';
import { validation } from '#common/errors';
import type { TenantContext } from '#common/tenancy';

/**
 * Units of the caller's own tenant among those `found` for `wanted`; any other is refused, `what`
 * naming the role asked of it. A parent sees its children's units under row-level security, and
 * they are refused all the same.
 */
export function ownUnits(found: readonly UnitEntity[], ctx: TenantContext, wanted: readonly string[], what: string): Map<string, UnitEntity> {
  const own = new Map(found.filter((unit) => unit.tenantId === ctx.tenantId).map((unit) => [unit.id, unit]));
  const missing = [...new Set(wanted)].filter((id) => !own.has(id));
  if (missing.length) throw validation(`${what}须为本级机构的单位`, { unitIds: missing });
  return own;
}

/** Active users of the caller's own tenant among those `found` for `wanted`; any other is refused. */
export function ownUsers(found: readonly UserEntity[], ctx: TenantContext, wanted: readonly string[], what: string): Map<string, UserEntity> {
  const own = new Map(found.filter((user) => user.tenantId === ctx.tenantId && user.active).map((user) => [user.id, user]));
  const missing = [...new Set(wanted)].filter((id) => !own.has(id));
  if (missing.length) throw validation(`${what}须为本级机构的在职用户`, { userIds: missing });
  return own;
}
