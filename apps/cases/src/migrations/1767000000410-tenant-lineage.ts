import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/**
 * A tenant's own ancestors are not its business, but their identity is not secret either: a case
 * handed back up to the router (异议退回) needs the router's path for its calendar. This reads one
 * tenant that is in the caller's subtree or above it, and nothing else. `public` is on the search
 * path for ltree (its type and operators live there; no role but the owner may create objects in it).
 */
export class TenantLineage1767000000410 implements MigrationInterface {
  name = 'TenantLineage1767000000410';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE FUNCTION core.tenant_in_lineage(p_id uuid)
         RETURNS TABLE (id uuid, path text, parent_id uuid, level core.tenant_level, code text, name text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, public, pg_temp AS $$
         SELECT t.id, t.path::text, t.parent_id, t.level, t.code, t.name FROM core.tenants t
          WHERE t.id = p_id
            AND (t.path <@ core.current_tenant_path() OR core.current_tenant_path() <@ t.path)
       $$`,
      `REVOKE ALL ON FUNCTION core.tenant_in_lineage(uuid) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION core.tenant_in_lineage(uuid) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP FUNCTION core.tenant_in_lineage(uuid)`]);
  }
}
