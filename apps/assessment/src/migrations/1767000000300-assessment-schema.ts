import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTable, execute, jurisdictionsTable, outboxTable, processedEventsTable, serviceSchema } from '#common/db';

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
      ...jurisdictionsTable('assessment'),
      // A tenant assesses its children, listed by division code.
      `CREATE INDEX assessment_jurisdictions_parent ON assessment.jurisdictions (parent_id, code)`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP SCHEMA assessment CASCADE`]);
  }
}
