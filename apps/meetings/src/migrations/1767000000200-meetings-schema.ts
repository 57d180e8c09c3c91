import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTable, execute, jurisdictionsTable, outboxTable, processedEventsTable, serviceSchema } from '#common/db';

/**
 * The meetings service's own schema: its outbox, audit log and processed events, and the
 * jurisdictions it knows of (kept from `tenant.created`), which joint conferences attach to.
 */
export class MeetingsSchema1767000000200 implements MigrationInterface {
  name = 'MeetingsSchema1767000000200';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      ...serviceSchema('meetings'),
      ...outboxTable('meetings'),
      ...auditTable('meetings'),
      ...processedEventsTable('meetings'),
      ...jurisdictionsTable('meetings', ['has_conference boolean NOT NULL DEFAULT false']),
      // Coverage counts one level within a subtree: the GiST index above narrows the subtree,
      // this one the level.
      `CREATE INDEX meetings_jurisdictions_level ON meetings.jurisdictions (level)`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP SCHEMA meetings CASCADE`]);
  }
}
