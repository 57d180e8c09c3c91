import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTable, execute, outboxTable, processedEventsTable, serviceSchema, tenantTableSecurity } from '#common/db';

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

      // The row is the tenant itself, so its own path is the policy column. No foreign key to the
      // parent: events of a parent and its child may be applied in either order.
      `CREATE TABLE meetings.jurisdictions (
         tenant_id uuid PRIMARY KEY,
         tenant_path ltree NOT NULL UNIQUE,
         parent_id uuid,
         code text NOT NULL,
         name text NOT NULL,
         level core.tenant_level NOT NULL,
         has_conference boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      ...tenantTableSecurity('meetings.jurisdictions'),
      // Coverage counts one level within a subtree: the GiST index above narrows the subtree,
      // this one the level.
      `CREATE INDEX meetings_jurisdictions_level ON meetings.jurisdictions (level)`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP SCHEMA meetings CASCADE`]);
  }
}
