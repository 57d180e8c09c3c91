import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

export const FACT_TABLES = ['case_facts', 'task_facts', 'notice_facts', 'meeting_facts'];

/**
 * The facts read model (事实表) the indicators are computed from: one row per case, task, notice
 * and meeting held, kept from the other services' fact events, attributed to the jurisdiction
 * answerable for it (a case's problem jurisdiction, a task's assignee, a notice's supervised
 * jurisdiction, a meeting's conference). The path column is that jurisdiction's: an assessor sees
 * the facts of the assessing tenant's subtree; an aggregate over a prefix of the path counts them
 * for a jurisdiction and all below it.
 *
 * Only the event consumer writes facts: a tenant context without a user (a worker's). A fact may
 * belong to a jurisdiction outside the subtree of the tenant whose event carried it (a county
 * acts on a case whose problem lies with its city), so writes are not bound to the subtree.
 */
export class Facts1767000000310 implements MigrationInterface {
  name = 'Facts1767000000310';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE FUNCTION assessment.is_fact_writer() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
         SELECT coalesce(current_setting('app.user_id', true), '') = '' AND coalesce(current_setting('app.tenant_path', true), '') <> ''
       $$`,

      `CREATE TABLE assessment.case_facts (
         case_id uuid PRIMARY KEY,
         tenant_id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         version integer NOT NULL,
         number text NOT NULL,
         registered_on date NOT NULL,
         kind text NOT NULL,
         channel text NOT NULL,
         category_id uuid NOT NULL,
         first_petition boolean NOT NULL,
         level_skipping boolean NOT NULL,
         collective boolean NOT NULL,
         person_count integer NOT NULL,
         leader_owned boolean NOT NULL,
         via_reception boolean NOT NULL,
         state text NOT NULL,
         finished_on date,
         rating text,
         outcome text,
         declined boolean NOT NULL,
         reviewed boolean NOT NULL,
         -- the latest run of the acceptance notice (受理告知) and handling (办理) clocks
         notify_due date,
         notify_done date,
         handle_due date,
         handle_done date,
         updated_at timestamptz NOT NULL
       )`,
      `CREATE INDEX assessment_case_facts_registered ON assessment.case_facts (registered_on, tenant_path)`,
      `CREATE INDEX assessment_case_facts_finished ON assessment.case_facts (finished_on) WHERE finished_on IS NOT NULL`,

      `CREATE TABLE assessment.task_facts (
         task_id uuid PRIMARY KEY,
         tenant_id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         version integer NOT NULL,
         number text NOT NULL,
         assigning_tenant_id uuid NOT NULL,
         assignee_kind text NOT NULL,
         assignee_name text NOT NULL,
         list_kind text NOT NULL,
         listed boolean NOT NULL,
         created_on date NOT NULL,
         deadline date NOT NULL,
         state text NOT NULL,
         finished_on date,
         closed_on date,
         updated_at timestamptz NOT NULL
       )`,
      `CREATE INDEX assessment_task_facts_deadline ON assessment.task_facts (deadline, tenant_path)`,

      `CREATE TABLE assessment.notice_facts (
         notice_id uuid PRIMARY KEY,
         tenant_id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         version integer NOT NULL,
         kind text NOT NULL,
         state text NOT NULL,
         reason text,
         subject_type text NOT NULL,
         subject_id uuid NOT NULL,
         subject_number text NOT NULL,
         issued_on date NOT NULL,
         feedback_due date,
         first_feedback_on date,
         escalated boolean NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
      `CREATE INDEX assessment_notice_facts_issued ON assessment.notice_facts (issued_on, tenant_path)`,

      `CREATE TABLE assessment.meeting_facts (
         meeting_id uuid PRIMARY KEY,
         tenant_id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         kind text NOT NULL,
         held_on date NOT NULL,
         decisions integer NOT NULL,
         present integer NOT NULL,
         attendees integer NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
      `CREATE INDEX assessment_meeting_facts_held ON assessment.meeting_facts (held_on, tenant_path)`,

      ...FACT_TABLES.flatMap((table) => factSecurity(`assessment.${table}`)),

      // Conference coverage is a fact of the jurisdiction itself.
      `ALTER TABLE assessment.jurisdictions ADD COLUMN has_conference boolean NOT NULL DEFAULT false`,
      `ALTER TABLE assessment.jurisdictions ADD COLUMN conference_since date`,
      `CREATE VIEW assessment.jurisdiction_facts WITH (security_invoker = true) AS
         SELECT tenant_id, tenant_path, parent_id, code, name, level::text AS level, has_conference, conference_since FROM assessment.jurisdictions`,
      `GRANT SELECT ON assessment.jurisdiction_facts TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP VIEW assessment.jurisdiction_facts`,
      `ALTER TABLE assessment.jurisdictions DROP COLUMN conference_since, DROP COLUMN has_conference`,
      `DROP TABLE ${FACT_TABLES.map((table) => `assessment.${table}`).join(', ')}`,
      `DROP FUNCTION assessment.is_fact_writer()`,
    ]);
  }
}

/** Read within the subtree; written (and, for a rebuild, deleted) by the consumer only. */
function factSecurity(table: string): string[] {
  const name = table.replace('.', '_');
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY fact_read ON ${table} FOR SELECT USING (tenant_path <@ core.current_tenant_path() OR assessment.is_fact_writer())`,
    `CREATE POLICY fact_insert ON ${table} FOR INSERT WITH CHECK (assessment.is_fact_writer())`,
    `CREATE POLICY fact_update ON ${table} FOR UPDATE USING (assessment.is_fact_writer()) WITH CHECK (assessment.is_fact_writer())`,
    `CREATE POLICY fact_delete ON ${table} FOR DELETE USING (assessment.is_fact_writer())`,
    `CREATE INDEX ${name}_tenant_path_gist ON ${table} USING gist (tenant_path)`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${APP_DB_ROLE}`,
  ];
}
