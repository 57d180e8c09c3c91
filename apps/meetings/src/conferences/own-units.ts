import { In, type EntityManager } from 'typeorm';
import { UnitEntity } from '#common/directory';
import { validation } from '#common/errors';
import type { TenantContext } from '#common/tenancy';

/**
 * Units of the caller's own tenant; any other is refused, `what` naming the role asked of it. A
 * parent sees its children's units under row-level security, and they are refused all the same.
 */
export async function ownUnits(em: EntityManager, ctx: TenantContext, ids: readonly string[], what: string): Promise<Map<string, UnitEntity>> {
  const wanted = [...new Set(ids)];
  const found = wanted.length ? await em.getRepository(UnitEntity).findBy({ id: In(wanted) }) : [];
  const own = new Map(found.filter((unit) => unit.tenantId === ctx.tenantId).map((unit) => [unit.id, unit]));
  const missing = wanted.filter((id) => !own.has(id));
  if (missing.length) throw validation(`${what}须为本级机构的单位`, { unitIds: missing });
  return own;
}
