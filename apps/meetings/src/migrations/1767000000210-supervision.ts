import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { appendOnly, execute, inheritedTableSecurity, tenantTableSecurity } from '#common/db';

const KINDS = `'REMINDER','SUPERVISION','CIRCULAR','SUMMONS','LISTED','ACCOUNTABILITY'`;
const STATES = `'ISSUED','READ','FEEDBACK_SUBMITTED','ACCEPTED','REJECTED','ESCALATED','CLOSED'`;
const REASONS = `'NOT_ACCEPTED','PROCEDURE_NOT_FOLLOWED','OVERDUE','SHIRKING','DECISION_NOT_CARRIED_OUT','OTHER'`;
const SUBJECT_TYPES = `'CASE','TASK'`;

/**
 * Supervision (督查督办): notices with their history and feedback, the subjects they may be raised
 * on (kept from `case.deadline` and `supervision.triggered`, since this service may not read the
 * cases schema), and each tenant's supervision settings.
 *
 * Visibility of a notice: its `tenant_path` is the path of the responsible tenant (the
 * jurisdiction supervised). Issuer and addressee are always that tenant or its ancestors, so the
 * subtree rule shows a notice to everyone concerned and to nobody beside them (a sibling county
 * sees none of another's). A unit-scoped user (only HANDLER/MEMBER_UNIT roles) sees only notices
 * addressed to the unit.
 */
export class Supervision1767000000210 implements MigrationInterface {
  name = 'Supervision1767000000210';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      // One row per (responsible tenant, subject): a case's clocks may be owned by different
      // tenants as it is routed, and each owner writes only its own row.
      `CREATE TABLE meetings.supervised_subjects (
         tenant_id uuid NOT NULL,
         subject_type text NOT NULL CHECK (subject_type IN (${SUBJECT_TYPES})),
         subject_id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         number text NOT NULL,
         title text NOT NULL,
         handling_unit_id uuid,
         -- clock id -> { stage, deadline } of the clocks this tenant owns that still run
         open_clocks jsonb NOT NULL DEFAULT '{}',
         -- a trigger that arrives after its clock stopped makes no notice
         stopped_clocks uuid[] NOT NULL DEFAULT '{}',
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, subject_type, subject_id)
       )`,
      `CREATE INDEX meetings_supervised_subjects_subject ON meetings.supervised_subjects (subject_id, subject_type)`,
      ...tenantTableSecurity('meetings.supervised_subjects'),

      `CREATE TABLE meetings.notices (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         kind text NOT NULL CHECK (kind IN (${KINDS})),
         state text NOT NULL CHECK (state IN (${STATES})),
         -- the Article 40 situation; reminders come before any breach and have none
         reason text CHECK (reason IN (${REASONS})),
         text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 5000),
         subject_type text NOT NULL CHECK (subject_type IN (${SUBJECT_TYPES})),
         subject_id uuid NOT NULL,
         subject_number text NOT NULL,
         subject_title text NOT NULL,
         stage text,
         clock_id uuid,
         deadline date,
         trigger_id text,
         issuer_tenant_id uuid NOT NULL,
         issuer_tenant_path ltree NOT NULL,
         issuer_tenant_name text NOT NULL,
         addressee_tenant_id uuid NOT NULL,
         addressee_tenant_path ltree NOT NULL,
         addressee_tenant_name text NOT NULL,
         addressee_unit_id uuid,
         addressee_unit_name text,
         issued_by_id uuid,
         issued_by_name text NOT NULL,
         feedback_due date,
         fix_by date,
         -- unanswered (or rejected) past this day, the notice escalates; null when it cannot
         escalate_on date,
         escalated_from uuid,
         issued_at timestamptz NOT NULL,
         read_at timestamptz,
         first_feedback_at timestamptz,
         closed_at timestamptz,
         close_reason text,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         -- a trigger delivered twice, or to two workers, is one notice (a clock has one owner)
         UNIQUE (tenant_id, trigger_id),
         -- a notice escalates once
         UNIQUE (tenant_id, escalated_from),
         FOREIGN KEY (tenant_id, escalated_from) REFERENCES meetings.notices (tenant_id, id),
         CHECK ((kind = 'REMINDER') = (reason IS NULL)),
         CHECK (kind <> 'LISTED' OR fix_by IS NOT NULL),
         CHECK (issuer_tenant_path @> addressee_tenant_path AND addressee_tenant_path @> tenant_path)
       )`,
      `CREATE INDEX meetings_notices_addressee ON meetings.notices (addressee_tenant_id, issued_at DESC, id DESC)`,
      `CREATE INDEX meetings_notices_addressee_unit ON meetings.notices (addressee_unit_id, issued_at DESC, id DESC) WHERE addressee_unit_id IS NOT NULL`,
      `CREATE INDEX meetings_notices_unread ON meetings.notices (addressee_tenant_id, addressee_unit_id) WHERE state = 'ISSUED'`,
      `CREATE INDEX meetings_notices_issuer ON meetings.notices (issuer_tenant_id, issued_at DESC, id DESC)`,
      `CREATE INDEX meetings_notices_subject ON meetings.notices (subject_id, issued_at, id)`,
      `CREATE INDEX meetings_notices_open_clock ON meetings.notices (clock_id) WHERE clock_id IS NOT NULL AND state NOT IN ('ESCALATED', 'CLOSED')`,
      `CREATE INDEX meetings_notices_escalate_on ON meetings.notices (escalate_on) WHERE escalate_on IS NOT NULL`,
      `CREATE INDEX meetings_notices_issued_at ON meetings.notices (issued_at)`,
      `CREATE INDEX meetings_notices_tenant_path_gist ON meetings.notices USING gist (tenant_path)`,
      `ALTER TABLE meetings.notices ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE meetings.notices FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY notice_read ON meetings.notices FOR SELECT USING (${NOTICE_VISIBLE})`,
      `CREATE POLICY notice_insert ON meetings.notices FOR INSERT WITH CHECK (tenant_path <@ core.current_tenant_path())`,
      `CREATE POLICY notice_update ON meetings.notices FOR UPDATE USING (${NOTICE_VISIBLE}) WITH CHECK (tenant_path <@ core.current_tenant_path())`,
      `GRANT SELECT, INSERT, UPDATE ON meetings.notices TO ${APP_DB_ROLE}`,

      `CREATE TABLE meetings.notice_history (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         notice_id uuid NOT NULL,
         -- the notice's version after the change: the order of its history
         seq integer NOT NULL,
         action text NOT NULL,
         from_state text,
         to_state text NOT NULL,
         actor_id uuid,
         actor_name text NOT NULL,
         actor_tenant_id uuid NOT NULL,
         reason text,
         request_id text NOT NULL,
         at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (notice_id, seq),
         FOREIGN KEY (tenant_id, notice_id) REFERENCES meetings.notices (tenant_id, id)
       )`,
      ...noticeChildSecurity('meetings.notice_history', 'SELECT, INSERT'),
      ...appendOnly('meetings.notice_history'),

      `CREATE TABLE meetings.notice_feedback (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         notice_id uuid NOT NULL,
         text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 10000),
         attachments text[] NOT NULL DEFAULT '{}' CHECK (cardinality(attachments) <= 20),
         submitted_by_id uuid,
         submitted_by_name text NOT NULL,
         submitted_tenant_id uuid NOT NULL,
         submitted_at timestamptz NOT NULL,
         decision text CHECK (decision IN ('ACCEPTED', 'REJECTED')),
         decision_comment text,
         decided_by_id uuid,
         decided_by_name text,
         decided_at timestamptz,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, notice_id) REFERENCES meetings.notices (tenant_id, id)
       )`,
      `CREATE INDEX meetings_notice_feedback_notice ON meetings.notice_feedback (notice_id, submitted_at)`,
      ...noticeChildSecurity('meetings.notice_feedback', 'SELECT, INSERT, UPDATE'),

      // Either value may be left to the tenants above (null): the nearest tenant that sets it wins.
      `CREATE TABLE meetings.supervision_settings (
         tenant_id uuid PRIMARY KEY,
         tenant_path ltree NOT NULL UNIQUE,
         feedback_days integer CHECK (feedback_days BETWEEN 1 AND 365),
         escalation_interval_days integer CHECK (escalation_interval_days BETWEEN 1 AND 90),
         version integer NOT NULL DEFAULT 1,
         updated_at timestamptz NOT NULL
       )`,
      ...inheritedTableSecurity('meetings.supervision_settings'),

      // Escalation moves a notice up the tree, past the tenant it runs under. The identity of a
      // tenant's ancestors is no secret: this answers the chain above a path that is in the
      // caller's subtree or lineage, and nothing else.
      `CREATE FUNCTION meetings.jurisdiction_lineage(p_path ltree)
         RETURNS TABLE (tenant_id uuid, tenant_path text, name text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = meetings, public, pg_temp AS $$
         SELECT j.tenant_id, j.tenant_path::text, j.name FROM meetings.jurisdictions j
          WHERE j.tenant_path @> p_path
            AND (p_path <@ core.current_tenant_path() OR core.current_tenant_path() <@ p_path)
          ORDER BY nlevel(j.tenant_path)
       $$`,
      `REVOKE ALL ON FUNCTION meetings.jurisdiction_lineage(ltree) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION meetings.jurisdiction_lineage(ltree) TO ${APP_DB_ROLE}`,

      // The escalation job's scan crosses tenants: only the system context gets an answer, and
      // only where each due notice lives; each is then escalated under its own tenant.
      `CREATE FUNCTION meetings.notices_due_for_escalation(p_today date, p_limit integer)
         RETURNS TABLE (tenant_id uuid, id uuid, tenant_path text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = meetings, public, pg_temp AS $$
         SELECT n.tenant_id, n.id, n.tenant_path::text FROM meetings.notices n
          WHERE core.is_system() AND n.escalate_on < p_today
          ORDER BY n.escalate_on, n.id
          LIMIT p_limit
       $$`,
      `REVOKE ALL ON FUNCTION meetings.notices_due_for_escalation(date, integer) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION meetings.notices_due_for_escalation(date, integer) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP FUNCTION meetings.notices_due_for_escalation(date, integer)`,
      `DROP FUNCTION meetings.jurisdiction_lineage(ltree)`,
      `DROP TABLE meetings.supervision_settings, meetings.notice_feedback, meetings.notice_history, meetings.notices, meetings.supervised_subjects`,
    ]);
  }
}

/** The subtree rule, narrowed for unit-scoped users to what is addressed to their unit. */
const NOTICE_VISIBLE = `tenant_path <@ core.current_tenant_path()
  AND (core.current_scope_unit() IS NULL OR addressee_unit_id = core.current_scope_unit())`;

/** History and feedback are visible exactly when their notice is. */
function noticeChildSecurity(table: string, privileges: string): string[] {
  const visible = `EXISTS (SELECT 1 FROM meetings.notices n WHERE n.tenant_id = ${table}.tenant_id AND n.id = ${table}.notice_id)`;
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY notice_visible ON ${table} USING (${visible}) WITH CHECK (${visible})`,
    `GRANT ${privileges} ON ${table} TO ${APP_DB_ROLE}`,
  ];
}
