import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';

/**
 * `case.deadline` events go out under the clock's owner, and an objection (异议退回) starts the
 * router's new route clock while the objecting office acts: the owner is then above the actor.
 * Such an event may claim an ancestor's tenant; any other event still only the actor's subtree.
 */
export class OutboxDeadlineOwner1767000000470 implements MigrationInterface {
  name = 'OutboxDeadlineOwner1767000000470';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER POLICY tenant_append ON cases.outbox WITH CHECK (
         tenant_path <@ core.current_tenant_path() OR (topic = 'case.deadline' AND core.current_tenant_path() <@ tenant_path))`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`ALTER POLICY tenant_append ON cases.outbox WITH CHECK (tenant_path <@ core.current_tenant_path())`]);
  }
}
