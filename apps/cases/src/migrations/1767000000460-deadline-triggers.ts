import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { appendOnly, execute, tenantTableSecurity } from '#common/db';

/**
 * Supervision of deadlines, the owner's side: how many days before a deadline a tenant's subtree is
 * reminded (null inherits; see `REMINDER_LEAD_DAYS` for the bounds), and the triggers the owner of a
 * clock has emitted. A trigger's id is deterministic, so the unique key is what keeps two workers,
 * a retried job and the reconciliation from emitting one twice. Rows belong to the clock's owner,
 * who emits them under its own context; its ancestors see them by the subtree rule.
 *
 * The reconciliation runs once per province, as that province: `core.root_tenants` tells the
 * system context (which sees no tenant row) where the trees start.
 */
export class DeadlineTriggers1767000000460 implements MigrationInterface {
  name = 'DeadlineTriggers1767000000460';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE cases.calendar_settings ADD COLUMN reminder_lead_days integer[]
         CHECK (cardinality(reminder_lead_days) <= 5 AND 1 <= ALL (reminder_lead_days) AND 30 >= ALL (reminder_lead_days))`,

      `CREATE TABLE cases.deadline_triggers (
         trigger_id text PRIMARY KEY,
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         tenant_path ltree NOT NULL,
         case_tenant_id uuid NOT NULL,
         case_id uuid NOT NULL,
         stage_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN ('REMINDER', 'OVERDUE')),
         lead_days integer CHECK ((kind = 'REMINDER') = (lead_days IS NOT NULL)),
         deadline date NOT NULL,
         fired_at timestamptz NOT NULL,
         FOREIGN KEY (case_tenant_id, stage_id) REFERENCES cases.case_stages (tenant_id, id)
       )`,
      // The reconciliation asks, per open clock, which triggers of its current deadline exist.
      `CREATE INDEX cases_deadline_triggers_stage ON cases.deadline_triggers (stage_id, deadline)`,
      ...tenantTableSecurity('cases.deadline_triggers', 'SELECT, INSERT'),
      ...appendOnly('cases.deadline_triggers'),

      `CREATE FUNCTION core.root_tenants() RETURNS TABLE (id uuid, path text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, public, pg_temp AS $$
         SELECT t.id, t.path::text FROM core.tenants t WHERE t.parent_id IS NULL AND core.is_system() ORDER BY t.path
       $$`,
      `REVOKE ALL ON FUNCTION core.root_tenants() FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION core.root_tenants() TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP FUNCTION core.root_tenants()`,
      `DROP TABLE cases.deadline_triggers`,
      `ALTER TABLE cases.calendar_settings DROP COLUMN reminder_lead_days`,
    ]);
  }
}
