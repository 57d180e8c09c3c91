import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/**
 * Files kept with a case (letters scanned, evidence) or, before there is a case, with what a
 * petitioner submitted online. The bytes live in the file storage under `storage_key`; the row says
 * what they are (the type read from the content), their digest, and who brought them when. A case's
 * file is visible exactly when its case is; a file without a case, within the office's subtree.
 * Nothing is changed or removed once kept: a wrong file is answered by a right one.
 */
export class Attachments1767000000560 implements MigrationInterface {
  name = 'Attachments1767000000560';

  async up(runner: QueryRunner): Promise<void> {
    const caseVisible = `EXISTS (SELECT 1 FROM cases.cases c WHERE c.tenant_id = cases.attachments.tenant_id AND c.id = cases.attachments.case_id)`;
    const visible = `(case_id IS NOT NULL AND ${caseVisible}) OR (case_id IS NULL AND tenant_path <@ core.current_tenant_path())`;
    await execute(runner, [
      `CREATE TABLE cases.attachments (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         tenant_path ltree NOT NULL,
         case_id uuid,
         -- what a petitioner submitted online, before it became a case
         submission_id uuid,
         file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 200),
         media_type text NOT NULL,
         size_bytes integer NOT NULL CHECK (size_bytes > 0),
         sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
         storage_key text NOT NULL UNIQUE,
         description text CHECK (char_length(description) <= 200),
         uploaded_by uuid REFERENCES core.users (id),
         uploaded_by_name text NOT NULL,
         uploaded_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases.cases (tenant_id, id),
         CHECK (case_id IS NOT NULL OR submission_id IS NOT NULL)
       )`,
      `CREATE INDEX cases_attachments_case ON cases.attachments (case_id, uploaded_at) WHERE case_id IS NOT NULL`,
      `CREATE INDEX cases_attachments_submission ON cases.attachments (submission_id) WHERE submission_id IS NOT NULL`,
      `ALTER TABLE cases.attachments ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE cases.attachments FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY attachment_visible ON cases.attachments USING (${visible}) WITH CHECK (${visible})`,
      `GRANT SELECT, INSERT ON cases.attachments TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP TABLE cases.attachments`]);
  }
}
