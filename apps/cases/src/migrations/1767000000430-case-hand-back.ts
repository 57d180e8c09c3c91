import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/**
 * 异议退回 hands a case back up to the office that routed it. The objecting office cannot write a
 * row it will no longer see (row-level security checks an updated row against the read policy as
 * well), so this one step runs as the owner, with the policy's conditions checked by hand: the
 * caller holds the case (and, for a unit user, its unit does), and the router is at or above it.
 */
export class CaseHandBack1767000000430 implements MigrationInterface {
  name = 'CaseHandBack1767000000430';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE FUNCTION cases.hand_back_to_router(p_tenant_id uuid, p_case_id uuid) RETURNS boolean
         LANGUAGE plpgsql SECURITY DEFINER SET search_path = cases, core, public, pg_temp AS $$
       BEGIN
         UPDATE cases.cases c
            SET tenant_path = r.path, handling_tenant_id = r.id, handling_unit_id = NULL, routing_tenant_id = NULL
           FROM core.tenants r
          WHERE c.tenant_id = p_tenant_id AND c.id = p_case_id AND r.id = c.routing_tenant_id
            AND c.handling_tenant_id = core.current_tenant_id()
            AND (core.current_scope_unit() IS NULL OR c.handling_unit_id = core.current_scope_unit())
            AND core.current_tenant_path() <@ r.path;
         RETURN FOUND;
       END $$`,
      `REVOKE ALL ON FUNCTION cases.hand_back_to_router(uuid, uuid) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.hand_back_to_router(uuid, uuid) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP FUNCTION cases.hand_back_to_router(uuid, uuid)`]);
  }
}
