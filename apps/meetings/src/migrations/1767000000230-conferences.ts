import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute, tenantTableSecurity } from '#common/db';

/**
 * Joint conferences (联席会议): at most one per tenant, with its convenors (leaders of the tenant,
 * kept on the conference row: they are edited with it, under its version), the office (a unit of
 * the tenant), and member units (a unit of the tenant or a named outside body), each with a
 * liaison user. Names are copied from the directory when written.
 *
 * Visibility is the subtree rule of the other meetings tables: a tenant and its ancestors see the
 * conference, a sibling does not.
 */
export class Conferences1767000000230 implements MigrationInterface {
  name = 'Conferences1767000000230';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE TABLE meetings.conferences (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         established_on date NOT NULL,
         office_unit_id uuid NOT NULL,
         office_unit_name text NOT NULL,
         -- [{ userId, name, title }], in the order given
         convenors jsonb NOT NULL CHECK (jsonb_typeof(convenors) = 'array' AND jsonb_array_length(convenors) BETWEEN 1 AND 20),
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         -- one conference per tenant
         UNIQUE (tenant_id)
       )`,
      ...tenantTableSecurity('meetings.conferences'),

      `CREATE TABLE meetings.conference_members (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         conference_id uuid NOT NULL,
         -- null for an outside body (派出所, 司法所, 法院 …) that is no unit of the tenant
         unit_id uuid,
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
         liaison_user_id uuid NOT NULL,
         liaison_name text NOT NULL,
         joined_on date NOT NULL,
         ended_on date,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         FOREIGN KEY (tenant_id, conference_id) REFERENCES meetings.conferences (tenant_id, id),
         CHECK (ended_on IS NULL OR ended_on >= joined_on)
       )`,
      `CREATE INDEX meetings_conference_members_conference ON meetings.conference_members (conference_id, joined_on, id)`,
      // A unit, or a named body, is a current member once.
      `CREATE UNIQUE INDEX meetings_conference_members_current_unit ON meetings.conference_members (conference_id, unit_id)
         WHERE ended_on IS NULL AND unit_id IS NOT NULL`,
      `CREATE UNIQUE INDEX meetings_conference_members_current_name ON meetings.conference_members (conference_id, name)
         WHERE ended_on IS NULL`,
      ...tenantTableSecurity('meetings.conference_members'),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP TABLE meetings.conference_members`, `DROP TABLE meetings.conferences`]);
  }
}
