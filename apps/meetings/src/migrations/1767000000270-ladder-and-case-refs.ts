import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/**
 * Supervision addresses below the issuer, and references to cases are checked against what the
 * caller may see.
 *
 * Notices: no office supervises itself from now on (a notice addressed to a tenant, not a unit,
 * comes from a tenant above it). The check is NOT VALID: notices issued before under the old rule
 * stay as they were issued (they are official records of who wrote to whom); their next escalation
 * step follows the new rule. A notice whose issuer has no office above records, on the day it
 * would have escalated, why the ladder stops there (`ladder_stopped_reason`).
 *
 * `case_refs`: the cases this service may be asked to reference (a task's linked cases, a meeting's
 * agenda items), kept from `case.transitioned`, with what the cases service's row-level rules test:
 * the holder's path, the handling unit (unit-scoped users see their unit's cases) and the accused
 * unit of an accusation (never shown to that unit). Only the event consumer writes it (a worker's
 * context, without a user). The cases held now are copied once from `cases.cases` when that table
 * is in this database (one-time data move; later changes arrive as events, and a facts replay
 * emits them again), and the agenda items already held take their case's number and title.
 */
export class LadderAndCaseRefs1767000000270 implements MigrationInterface {
  name = 'LadderAndCaseRefs1767000000270';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE meetings.notices ADD COLUMN ladder_stopped_reason text`,
      `ALTER TABLE meetings.notices ADD CONSTRAINT notices_addressed_below_issuer
         CHECK (addressee_unit_id IS NOT NULL OR issuer_tenant_path <> addressee_tenant_path) NOT VALID`,

      `CREATE FUNCTION meetings.is_event_writer() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
         SELECT coalesce(current_setting('app.user_id', true), '') = '' AND coalesce(current_setting('app.tenant_path', true), '') <> ''
       $$`,
      `CREATE TABLE meetings.case_refs (
         case_id uuid PRIMARY KEY,
         tenant_path ltree NOT NULL,
         number text NOT NULL,
         title text NOT NULL,
         handling_unit_id uuid,
         accused_unit_id uuid,
         version integer NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
      `CREATE INDEX meetings_case_refs_tenant_path_gist ON meetings.case_refs USING gist (tenant_path)`,
      `ALTER TABLE meetings.case_refs ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE meetings.case_refs FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY case_ref_read ON meetings.case_refs FOR SELECT USING (${CASE_REF_VISIBLE} OR meetings.is_event_writer())`,
      `CREATE POLICY case_ref_insert ON meetings.case_refs FOR INSERT WITH CHECK (meetings.is_event_writer())`,
      `CREATE POLICY case_ref_update ON meetings.case_refs FOR UPDATE USING (meetings.is_event_writer()) WITH CHECK (meetings.is_event_writer())`,
      `GRANT SELECT, INSERT, UPDATE ON meetings.case_refs TO ${APP_DB_ROLE}`,
      `DO $$ BEGIN
         IF to_regclass('cases.cases') IS NOT NULL THEN
           INSERT INTO meetings.case_refs (case_id, tenant_path, number, title, handling_unit_id, accused_unit_id, version, updated_at)
           SELECT id, tenant_path, number, title, handling_unit_id, accused_unit_id, version, updated_at FROM cases.cases;
           -- Agenda items held the number and title the client sent: they show the case's own now
           -- (none for a case that does not exist).
           UPDATE meetings.conference_meetings m
              SET agenda = (SELECT jsonb_agg(CASE WHEN a.item->>'caseId' IS NULL THEN a.item
                                                  ELSE a.item || jsonb_build_object('caseNumber', r.number, 'caseTitle', r.title) END
                                             ORDER BY a.ord)
                              FROM jsonb_array_elements(m.agenda) WITH ORDINALITY a (item, ord)
                              LEFT JOIN meetings.case_refs r ON r.case_id = (a.item->>'caseId')::uuid)
            WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(m.agenda) i WHERE i->>'caseId' IS NOT NULL);
         END IF;
       END $$`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP TABLE meetings.case_refs`,
      `DROP FUNCTION meetings.is_event_writer()`,
      `ALTER TABLE meetings.notices DROP CONSTRAINT notices_addressed_below_issuer`,
      `ALTER TABLE meetings.notices DROP COLUMN ladder_stopped_reason`,
    ]);
  }
}

/** The cases service's rule for a case (`case_read`), on the copy. */
const CASE_REF_VISIBLE = `(tenant_path <@ core.current_tenant_path()
  AND (core.current_scope_unit() IS NULL OR handling_unit_id = core.current_scope_unit())
  AND (accused_unit_id IS NULL OR core.current_unit_id() IS NULL OR accused_unit_id <> core.current_unit_id()))`;
