import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/**
 * 上报: a township or unit reports a matter outside its competence and its subtree to the office
 * above, which routes it. Like an objection (hand_back_to_router), the reporting office cannot
 * write a row it will no longer see, so the move runs as the owner with the policy's conditions
 * checked by hand: the caller holds the case (a unit user, through its unit), it is registered and
 * not yet routed on, and the target is the holder's parent.
 */
export class CaseReportUp1767000000500 implements MigrationInterface {
  name = 'CaseReportUp1767000000500';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE FUNCTION cases.report_up_to_parent(p_tenant_id uuid, p_case_id uuid) RETURNS boolean
         LANGUAGE plpgsql SECURITY DEFINER SET search_path = cases, core, public, pg_temp AS $$
       BEGIN
         UPDATE cases.cases c
            SET tenant_path = p.path, handling_tenant_id = p.id, handling_unit_id = NULL, routing_tenant_id = NULL
           FROM core.tenants h JOIN core.tenants p ON p.id = h.parent_id
          WHERE c.tenant_id = p_tenant_id AND c.id = p_case_id AND h.id = c.handling_tenant_id
            AND c.state = 'REGISTERED'
            AND c.handling_tenant_id = core.current_tenant_id()
            AND (core.current_scope_unit() IS NULL OR c.handling_unit_id = core.current_scope_unit());
         RETURN FOUND;
       END $$`,
      `REVOKE ALL ON FUNCTION cases.report_up_to_parent(uuid, uuid) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.report_up_to_parent(uuid, uuid) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP FUNCTION cases.report_up_to_parent(uuid, uuid)`]);
  }
}
