import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';

const CHILDREN = ['meetings.notice_history', 'meetings.notice_feedback'];

/**
 * History and feedback rows carry their notice's `tenant_path`, so that their policy tests their
 * own row: checking a new row no longer looks its notice up (which the planner scanned for while
 * `notices` was small, once per row, through a burst of triggers). The path is part of the
 * foreign key, so it is always the notice's. Visible exactly when their notice is: within the
 * subtree, and for a unit-scoped user only when the notice is addressed to the unit.
 */
export class NoticeChildTenantPath1767000000220 implements MigrationInterface {
  name = 'NoticeChildTenantPath1767000000220';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE meetings.notices ADD CONSTRAINT notices_tenant_id_id_tenant_path_key UNIQUE (tenant_id, id, tenant_path)`,
      ...CHILDREN.flatMap((table) => {
        const name = table.replace('meetings.', '');
        return [
          `ALTER TABLE ${table} ADD COLUMN tenant_path ltree`,
          `UPDATE ${table} c SET tenant_path = n.tenant_path FROM meetings.notices n WHERE n.tenant_id = c.tenant_id AND n.id = c.notice_id`,
          `ALTER TABLE ${table} ALTER COLUMN tenant_path SET NOT NULL`,
          `ALTER TABLE ${table} DROP CONSTRAINT ${name}_tenant_id_notice_id_fkey`,
          `ALTER TABLE ${table} ADD CONSTRAINT ${name}_notice_fkey FOREIGN KEY (tenant_id, notice_id, tenant_path)
             REFERENCES meetings.notices (tenant_id, id, tenant_path)`,
          `CREATE INDEX meetings_${name}_tenant_path_gist ON ${table} USING gist (tenant_path)`,
          `DROP POLICY notice_visible ON ${table}`,
          `CREATE POLICY notice_visible ON ${table} USING (${childVisible(table)}) WITH CHECK (${childVisible(table)})`,
        ];
      }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      ...CHILDREN.flatMap((table) => {
        const name = table.replace('meetings.', '');
        const visible = `EXISTS (SELECT 1 FROM meetings.notices n WHERE n.tenant_id = ${table}.tenant_id AND n.id = ${table}.notice_id)`;
        return [
          `DROP POLICY notice_visible ON ${table}`,
          `CREATE POLICY notice_visible ON ${table} USING (${visible}) WITH CHECK (${visible})`,
          `ALTER TABLE ${table} DROP CONSTRAINT ${name}_notice_fkey`,
          `ALTER TABLE ${table} ADD CONSTRAINT ${name}_tenant_id_notice_id_fkey FOREIGN KEY (tenant_id, notice_id) REFERENCES meetings.notices (tenant_id, id)`,
          `ALTER TABLE ${table} DROP COLUMN tenant_path`,
        ];
      }),
      `ALTER TABLE meetings.notices DROP CONSTRAINT notices_tenant_id_id_tenant_path_key`,
    ]);
  }
}

/** The notice's own rule (see `NOTICE_VISIBLE`) on the child's copy of its path; the unit test reads the notice. */
function childVisible(table: string): string {
  return `tenant_path <@ core.current_tenant_path()
    AND (core.current_scope_unit() IS NULL OR EXISTS (
      SELECT 1 FROM meetings.notices n
       WHERE n.tenant_id = ${table}.tenant_id AND n.id = ${table}.notice_id AND n.addressee_unit_id = core.current_scope_unit()))`;
}
