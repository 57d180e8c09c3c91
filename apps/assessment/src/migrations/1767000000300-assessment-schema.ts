import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTable, execute, outboxTable, processedEventsTable, serviceSchema, tenantTableSecurity } from '#common/db';

/**
 * The assessment service's own schema: its outbox, audit log and processed events, and the
 * jurisdictions it knows of (kept from `tenant.created`), which are the ones assessed.
 */
export class AssessmentSchema1767000000300 implements MigrationInterface {
  name = 'AssessmentSchema1767000000300';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      ...serviceSchema('assessment'),
      ...outboxTable('assessment'),
      ...auditTable('assessment'),
      ...processedEventsTable('assessment'),

      // The row is the tenant itself, so its own path is the policy column. No foreign key to the
      // parent: events of a parent and its child may be applied in either order.
      `CREATE TABLE assessment.jurisdictions (
         tenant_id uuid PRIMARY KEY,
         tenant_path ltree NOT NULL UNIQUE,
         parent_id uuid,
         code text NOT NULL,
         name text NOT NULL,
         level core.tenant_level NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      ...tenantTableSecurity('assessment.jurisdictions'),
      // A tenant assesses its children, listed by division code.
      `CREATE INDEX assessment_jurisdictions_parent ON assessment.jurisdictions (parent_id, code)`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP SCHEMA assessment CASCADE`]);
  }
}
