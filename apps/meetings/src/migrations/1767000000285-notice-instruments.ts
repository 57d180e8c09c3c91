import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { appendOnly, execute } from '#common/db';

/**
 * The 督办单 of a supervision notice, as the DOCX the issuing office sent, issued with the notice
 * in its transaction, never changed (the app role reads and inserts; a trigger refuses changes).
 * It carries its notice's `tenant_path` (part of the foreign key) and is visible exactly when the
 * notice is: in the subtree, and for a unit-scoped user only when the notice is addressed to the unit.
 *
 * Document numbers count per issuing office, series and year. The issuer of a notice made from a
 * deadline is often above the tenant whose context the worker runs in, so the counter is reached
 * only through a function that increments the issuer's row for an office in the caller's lineage;
 * the row stays locked until the issuing transaction ends (no gaps, no duplicates).
 */
export class NoticeInstruments1767000000285 implements MigrationInterface {
  name = 'NoticeInstruments1767000000285';

  async up(runner: QueryRunner): Promise<void> {
    const visible = `tenant_path <@ core.current_tenant_path()
      AND (core.current_scope_unit() IS NULL OR EXISTS (
        SELECT 1 FROM meetings.notices n
         WHERE n.tenant_id = meetings.notice_instruments.tenant_id AND n.id = meetings.notice_instruments.notice_id
           AND n.addressee_unit_id = core.current_scope_unit()))`;
    await execute(runner, [
      `CREATE TABLE meetings.instrument_counters (
         tenant_id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         series text NOT NULL,
         year integer NOT NULL,
         last_number integer NOT NULL CHECK (last_number >= 1),
         PRIMARY KEY (tenant_id, series, year)
       )`,
      `ALTER TABLE meetings.instrument_counters ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE meetings.instrument_counters FORCE ROW LEVEL SECURITY`,
      `CREATE FUNCTION meetings.next_instrument_number(p_tenant_id uuid, p_tenant_path ltree, p_series text, p_year integer)
         RETURNS integer LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = meetings, public, pg_temp AS $$
         INSERT INTO meetings.instrument_counters AS k (tenant_id, tenant_path, series, year, last_number)
         SELECT p_tenant_id, p_tenant_path, p_series, p_year, 1
          WHERE p_tenant_path @> core.current_tenant_path() OR p_tenant_path <@ core.current_tenant_path()
         ON CONFLICT (tenant_id, series, year) DO UPDATE SET last_number = k.last_number + 1
         RETURNING last_number
       $$`,
      `REVOKE ALL ON FUNCTION meetings.next_instrument_number(uuid, ltree, text, integer) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION meetings.next_instrument_number(uuid, ltree, text, integer) TO ${APP_DB_ROLE}`,

      `CREATE TABLE meetings.notice_instruments (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         tenant_path ltree NOT NULL,
         notice_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN ('SUPERVISION_NOTICE')),
         document_number text NOT NULL,
         title text NOT NULL,
         addressee_name text NOT NULL,
         text jsonb NOT NULL,
         content bytea NOT NULL,
         sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
         size_bytes integer NOT NULL CHECK (size_bytes > 0),
         issuing_tenant_id uuid NOT NULL,
         issuing_tenant_name text NOT NULL,
         issued_by uuid,
         issued_by_name text NOT NULL,
         issued_on date NOT NULL,
         issued_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (notice_id, kind),
         UNIQUE (issuing_tenant_id, document_number),
         FOREIGN KEY (tenant_id, notice_id, tenant_path) REFERENCES meetings.notices (tenant_id, id, tenant_path)
       )`,
      `CREATE INDEX meetings_notice_instruments_tenant_path_gist ON meetings.notice_instruments USING gist (tenant_path)`,
      `ALTER TABLE meetings.notice_instruments ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE meetings.notice_instruments FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY notice_visible ON meetings.notice_instruments USING (${visible}) WITH CHECK (${visible})`,
      `GRANT SELECT, INSERT ON meetings.notice_instruments TO ${APP_DB_ROLE}`,
      ...appendOnly('meetings.notice_instruments'),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP TABLE meetings.notice_instruments`,
      `DROP FUNCTION meetings.next_instrument_number(uuid, ltree, text, integer)`,
      `DROP TABLE meetings.instrument_counters`,
    ]);
  }
}
