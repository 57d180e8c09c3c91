import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/**
 * 网上信访: what citizens submit on the portal, queued at the office they chose (tenants are the
 * offices) until a registrar registers it as a case or declines it with a reason. The ID number and
 * phone are kept as the petitioners' are (ciphertext bound to the row, blind index, masked copy);
 * the query code only as its keyed hash. The office and the offices above it see the queue.
 * The portal, which has no user, finds offices and a submission by its code through functions.
 * A tenant may tighten the same-day registration clock (`register_within_hours`) for its subtree.
 */
export class OnlineSubmissions1767000000590 implements MigrationInterface {
  name = 'OnlineSubmissions1767000000590';

  async up(runner: QueryRunner): Promise<void> {
    const caseVisible = `EXISTS (SELECT 1 FROM cases.cases c WHERE c.tenant_id = cases.attachments.tenant_id AND c.id = cases.attachments.case_id)`;
    const submissionVisible = `EXISTS (SELECT 1 FROM cases.online_submissions s WHERE s.tenant_id = cases.attachments.tenant_id AND s.id = cases.attachments.submission_id)`;
    const visible = `(case_id IS NOT NULL AND ${caseVisible}) OR (case_id IS NULL AND ${submissionVisible})`;
    await execute(runner, [
      `CREATE TYPE cases.online_submission_status AS ENUM ('SUBMITTED', 'REGISTERED', 'REJECTED')`,
      `CREATE TABLE cases.online_submissions (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         kind text NOT NULL,
         category_id uuid,
         title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
         content text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 20000),
         petitioner_name text NOT NULL CHECK (char_length(petitioner_name) BETWEEN 1 AND 100),
         id_number_cipher text NOT NULL,
         id_number_hash text NOT NULL,
         id_number_masked text NOT NULL,
         phone_cipher text NOT NULL,
         phone_hash text NOT NULL,
         phone_masked text NOT NULL,
         address text CHECK (char_length(address) <= 200),
         query_code_hash text NOT NULL UNIQUE,
         status cases.online_submission_status NOT NULL DEFAULT 'SUBMITTED',
         rejection_reason text CHECK (char_length(rejection_reason) BETWEEN 1 AND 500),
         case_id uuid,
         decided_by uuid REFERENCES core.users (id),
         decided_at timestamptz,
         submitted_at timestamptz NOT NULL,
         register_by timestamptz NOT NULL,
         client_address text NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases.cases (tenant_id, id),
         CHECK ((status = 'REGISTERED') = (case_id IS NOT NULL)),
         CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
       )`,
      `CREATE INDEX cases_online_submissions_path ON cases.online_submissions USING gist (tenant_path)`,
      `CREATE INDEX cases_online_submissions_queue ON cases.online_submissions (status, submitted_at, id)`,
      `ALTER TABLE cases.online_submissions ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE cases.online_submissions FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY online_submission_subtree ON cases.online_submissions
         USING (tenant_path <@ core.current_tenant_path()) WITH CHECK (tenant_path <@ core.current_tenant_path())`,
      `GRANT SELECT, INSERT, UPDATE (status, rejection_reason, case_id, decided_by, decided_at, version) ON cases.online_submissions TO ${APP_DB_ROLE}`,

      `ALTER TABLE cases.attachments ADD FOREIGN KEY (tenant_id, submission_id) REFERENCES cases.online_submissions (tenant_id, id)`,
      `ALTER POLICY attachment_visible ON cases.attachments USING (${visible}) WITH CHECK (${visible})`,
      `GRANT UPDATE (case_id) ON cases.attachments TO ${APP_DB_ROLE}`,

      `CREATE TABLE cases.online_intake_settings (
         tenant_id uuid PRIMARY KEY REFERENCES core.tenants (id),
         tenant_path ltree NOT NULL,
         register_within_hours integer CHECK (register_within_hours BETWEEN 1 AND 24),
         version integer NOT NULL DEFAULT 1
       )`,
      `ALTER TABLE cases.online_intake_settings ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE cases.online_intake_settings FORCE ROW LEVEL SECURITY`,
      // A tightening from above binds the subtree, so an office reads its ancestors' rows.
      `CREATE POLICY online_intake_settings_chain ON cases.online_intake_settings
         USING (tenant_path <@ core.current_tenant_path() OR core.current_tenant_path() <@ tenant_path)
         WITH CHECK (tenant_path <@ core.current_tenant_path())`,
      `GRANT SELECT, INSERT, UPDATE ON cases.online_intake_settings TO ${APP_DB_ROLE}`,

      `CREATE FUNCTION cases.portal_offices()
         RETURNS TABLE (id uuid, code text, name text, level text, parent_id uuid, path text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
         SELECT t.id, t.code, t.name, t.level::text, t.parent_id, t.path::text FROM core.tenants t ORDER BY t.path
       $$`,
      `REVOKE ALL ON FUNCTION cases.portal_offices() FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.portal_offices() TO ${APP_DB_ROLE}`,
      `CREATE FUNCTION cases.online_submission_by_code_hash(p_hash text)
         RETURNS TABLE (id uuid, tenant_id uuid, tenant_path text, case_id uuid)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cases, public, pg_temp AS $$
         SELECT s.id, s.tenant_id, s.tenant_path::text, s.case_id FROM cases.online_submissions s WHERE s.query_code_hash = p_hash
       $$`,
      `REVOKE ALL ON FUNCTION cases.online_submission_by_code_hash(text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.online_submission_by_code_hash(text) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    const caseVisible = `EXISTS (SELECT 1 FROM cases.cases c WHERE c.tenant_id = cases.attachments.tenant_id AND c.id = cases.attachments.case_id)`;
    const visible = `(case_id IS NOT NULL AND ${caseVisible}) OR (case_id IS NULL AND tenant_path <@ core.current_tenant_path())`;
    await execute(runner, [
      `DROP FUNCTION cases.online_submission_by_code_hash(text)`,
      `DROP FUNCTION cases.portal_offices()`,
      `DROP TABLE cases.online_intake_settings`,
      `REVOKE UPDATE (case_id) ON cases.attachments FROM ${APP_DB_ROLE}`,
      `ALTER POLICY attachment_visible ON cases.attachments USING (${visible}) WITH CHECK (${visible})`,
      `DELETE FROM cases.attachments WHERE case_id IS NULL`,
      `DROP TABLE cases.online_submissions CASCADE`,
      `DROP TYPE cases.online_submission_status`,
    ]);
  }
}
