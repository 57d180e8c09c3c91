import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';

/**
 * The work queue's orders and its 我登记的 tab: who registered a case (backfilled from the
 * registration step of its timeline), and an index for each order a page walks.
 */
export class CaseListOrders1767000000530 implements MigrationInterface {
  name = 'CaseListOrders1767000000530';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE cases.cases ADD COLUMN registered_by uuid`,
      `UPDATE cases.cases c SET registered_by = t.actor_id
         FROM cases.case_transitions t
        WHERE t.case_id = c.id AND t.action = 'REGISTER'`,
      `CREATE INDEX cases_cases_registered_by ON cases.cases (registered_by, registered_at DESC, id DESC) WHERE registered_by IS NOT NULL`,
      // A case without a running clock sorts after every deadline (the list's key, see CaseQueriesService).
      `CREATE INDEX cases_cases_deadline_order ON cases.cases ((coalesce(deadline, '9999-12-31'::date)), id)`,
      // The number is unique (its own index serves that order); the id only completes the cursor's key.
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP INDEX cases.cases_cases_deadline_order`,
      `DROP INDEX cases.cases_cases_registered_by`,
      `ALTER TABLE cases.cases DROP COLUMN registered_by`,
    ]);
  }
}
