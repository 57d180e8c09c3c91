import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute, inheritedTableSecurity } from '#common/db';

/**
 * What each tenant sets of the statutory calendar (reminder leads, declared years, holiday
 * overrides), kept from the cases service's `calendar.changed`, so that task deadlines are counted
 * and reminded on the same calendar as case deadlines. A tenant reads its ancestors' rows.
 */
export class TenantCalendars1767000000260 implements MigrationInterface {
  name = 'TenantCalendars1767000000260';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE TABLE meetings.tenant_calendars (
         tenant_id uuid PRIMARY KEY,
         tenant_path ltree NOT NULL UNIQUE,
         reminder_lead_days integer[],
         declared_years integer[] NOT NULL DEFAULT '{}',
         -- [{ date, kind, name }]
         overrides jsonb NOT NULL DEFAULT '[]',
         changed_at timestamptz NOT NULL
       )`,
      ...inheritedTableSecurity('meetings.tenant_calendars'),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP TABLE meetings.tenant_calendars`]);
  }
}
