import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTable, execute, outboxTable, processedEventsTable, serviceSchema } from '#common/db';

/** The cases service's own schema: its outbox, its audit log and its processed events. */
export class CasesSchema1767000000100 implements MigrationInterface {
  name = 'CasesSchema1767000000100';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [...serviceSchema('cases'), ...outboxTable('cases'), ...auditTable('cases'), ...processedEventsTable('cases')]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP SCHEMA cases CASCADE`]);
  }
}
