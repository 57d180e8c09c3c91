import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/**
 * Files kept with a task's progress report (报送进展/报结的佐证材料) or with a notice's written
 * feedback (书面反馈的附件). The bytes live in the file storage under `storage_key`; the row says
 * what they are (the type read from the content), their digest, and who brought them when. A file is
 * visible exactly when the report or feedback it belongs to is: the policy asks the owning table,
 * whose own policies (the task's subtree and unit rule, the notice's) decide. Its `tenant_path` is
 * the owner's. Nothing is changed or removed once kept.
 */
export class Attachments1767000000280 implements MigrationInterface {
  name = 'Attachments1767000000280';

  async up(runner: QueryRunner): Promise<void> {
    const table = 'meetings.attachments';
    const visible = `(owner_kind = 'TASK_REPORT'
        AND EXISTS (SELECT 1 FROM meetings.task_reports r WHERE r.tenant_id = ${table}.tenant_id AND r.id = ${table}.report_id))
      OR (owner_kind = 'NOTICE_FEEDBACK'
        AND EXISTS (SELECT 1 FROM meetings.notice_feedback f WHERE f.tenant_id = ${table}.tenant_id AND f.id = ${table}.feedback_id))`;
    await execute(runner, [
      `CREATE TABLE ${table} (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         tenant_path ltree NOT NULL,
         owner_kind text NOT NULL CHECK (owner_kind IN ('TASK_REPORT', 'NOTICE_FEEDBACK')),
         task_id uuid,
         report_id uuid,
         notice_id uuid,
         feedback_id uuid,
         file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 200),
         media_type text NOT NULL,
         size_bytes integer NOT NULL CHECK (size_bytes > 0),
         sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
         storage_key text NOT NULL UNIQUE,
         description text CHECK (char_length(description) <= 200),
         uploaded_by uuid,
         uploaded_by_name text NOT NULL,
         uploaded_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         FOREIGN KEY (tenant_id, task_id) REFERENCES meetings.tasks (tenant_id, id),
         FOREIGN KEY (tenant_id, report_id) REFERENCES meetings.task_reports (tenant_id, id),
         FOREIGN KEY (tenant_id, notice_id) REFERENCES meetings.notices (tenant_id, id),
         FOREIGN KEY (tenant_id, feedback_id) REFERENCES meetings.notice_feedback (tenant_id, id),
         CHECK ((owner_kind = 'TASK_REPORT') = (task_id IS NOT NULL AND report_id IS NOT NULL)),
         CHECK ((owner_kind = 'NOTICE_FEEDBACK') = (notice_id IS NOT NULL AND feedback_id IS NOT NULL)),
         CHECK (num_nonnulls(task_id, notice_id) = 1)
       )`,
      `CREATE INDEX meetings_attachments_report ON ${table} (report_id, uploaded_at) WHERE report_id IS NOT NULL`,
      `CREATE INDEX meetings_attachments_feedback ON ${table} (feedback_id, uploaded_at) WHERE feedback_id IS NOT NULL`,
      `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY attachment_visible ON ${table} USING (${visible}) WITH CHECK (${visible})`,
      `GRANT SELECT, INSERT ON ${table} TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP TABLE meetings.attachments`]);
  }
}
