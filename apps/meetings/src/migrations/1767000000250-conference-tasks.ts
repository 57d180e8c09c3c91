import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { appendOnly, execute, tenantTableSecurity } from '#common/db';

const LIST_KINDS = `'PREVENT_NEW','REDUCE_BACKLOG','CONTAIN_RISK','CAMPAIGN','AD_HOC'`;
const STATES = `'ASSIGNED','RECEIVED','IN_PROGRESS','REPORTED_DONE','SIGNED_OFF','SENT_BACK','CANCELLED'`;

/**
 * Task lists (任务清单) and tasks of joint conferences.
 *
 * A task created in a list is a root row of the creating tenant with no assignee; each assignee
 * gets a child row (交办): a member unit of the conference, or the conference of a child tenant,
 * which splits its row further into rows for its own member units. So the tree spans tenants, and
 * every row is the tenant's whose work it is: a row for a child conference carries the child's
 * path (the child sees it, the parent sees the whole tree, a sibling nothing), a row for a member
 * unit the assigning tenant's. Unit-scoped users see the rows assigned to their unit only.
 *
 * A row's deadline runs as a clock (`clock_id`) while the assignee owes the work; a send-back
 * starts a new clock, since a stopped clock never runs again for supervision.
 */
export class ConferenceTasks1767000000250 implements MigrationInterface {
  name = 'ConferenceTasks1767000000250';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE TABLE meetings.task_lists (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         conference_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN (${LIST_KINDS})),
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
         goal text CHECK (goal IS NULL OR char_length(goal) <= 2000),
         -- the unit that leads the list (牵头单位); the conference office when not named
         owner_name text NOT NULL CHECK (char_length(owner_name) BETWEEN 1 AND 100),
         owner_unit_id uuid,
         period_from date,
         period_to date,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (conference_id, name),
         FOREIGN KEY (tenant_id, conference_id) REFERENCES meetings.conferences (tenant_id, id),
         CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
       )`,
      // The three standing lists (三项清单) exist once per conference.
      `CREATE UNIQUE INDEX meetings_task_lists_standing ON meetings.task_lists (conference_id, kind)
         WHERE kind IN ('PREVENT_NEW', 'REDUCE_BACKLOG', 'CONTAIN_RISK')`,
      ...tenantTableSecurity('meetings.task_lists'),

      `CREATE SEQUENCE meetings.task_number_seq`,
      `GRANT USAGE ON SEQUENCE meetings.task_number_seq TO ${APP_DB_ROLE}`,

      `CREATE TABLE meetings.tasks (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         number text NOT NULL,
         root_id uuid NOT NULL,
         parent_id uuid,
         list_id uuid NOT NULL REFERENCES meetings.task_lists (id),
         list_name text NOT NULL,
         list_kind text NOT NULL CHECK (list_kind IN (${LIST_KINDS})),
         assigning_tenant_id uuid NOT NULL,
         assigning_tenant_path ltree NOT NULL,
         -- null on a root row: the list's own task, whose assignees are its children
         assignee_kind text CHECK (assignee_kind IN ('MEMBER_UNIT', 'CONFERENCE')),
         assignee_tenant_id uuid,
         assignee_member_id uuid,
         assignee_unit_id uuid,
         assignee_liaison_user_id uuid,
         assignee_name text,
         decision_id uuid REFERENCES meetings.meeting_decisions (id),
         title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
         description text CHECK (description IS NULL OR char_length(description) <= 5000),
         required_outcome text CHECK (required_outcome IS NULL OR char_length(required_outcome) <= 2000),
         priority text NOT NULL CHECK (priority IN ('URGENT', 'HIGH', 'NORMAL')),
         deadline date NOT NULL,
         -- 挂牌督办
         listed boolean NOT NULL DEFAULT false,
         linked_case_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(linked_case_ids) <= 50),
         cadence_kind text NOT NULL CHECK (cadence_kind IN ('WEEKLY', 'EVERY_N_DAYS')),
         cadence_days integer CHECK (cadence_days BETWEEN 1 AND 366),
         state text NOT NULL CHECK (state IN (${STATES})),
         clock_id uuid,
         send_back_reason text,
         cancel_reason text,
         created_on date NOT NULL,
         created_at timestamptz NOT NULL,
         -- the day the assignee last reported it done (on time when not after the deadline)
         reported_done_on date,
         -- the day it left the open states: signed off or cancelled
         closed_on date,
         updated_at timestamptz NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (number),
         FOREIGN KEY (parent_id) REFERENCES meetings.tasks (id),
         CHECK ((parent_id IS NULL) = (assignee_kind IS NULL)),
         CHECK (parent_id IS NOT NULL OR root_id = id),
         CHECK ((assignee_kind = 'MEMBER_UNIT') = (assignee_member_id IS NOT NULL)),
         CHECK ((cadence_kind = 'EVERY_N_DAYS') = (cadence_days IS NOT NULL)),
         CHECK (deadline >= created_on),
         CHECK (assigning_tenant_path @> tenant_path)
       )`,
      `CREATE INDEX meetings_tasks_root ON meetings.tasks (root_id, id)`,
      `CREATE INDEX meetings_tasks_parent ON meetings.tasks (parent_id) WHERE parent_id IS NOT NULL`,
      `CREATE INDEX meetings_tasks_assigning ON meetings.tasks (assigning_tenant_id, created_at DESC, id DESC)`,
      `CREATE INDEX meetings_tasks_assignee_tenant ON meetings.tasks (assignee_tenant_id, created_at DESC, id DESC)`,
      `CREATE INDEX meetings_tasks_assignee_member ON meetings.tasks (assignee_member_id) WHERE assignee_member_id IS NOT NULL`,
      `CREATE INDEX meetings_tasks_list ON meetings.tasks (list_id, state)`,
      `CREATE INDEX meetings_tasks_open_deadline ON meetings.tasks (deadline) WHERE clock_id IS NOT NULL`,
      `ALTER TABLE meetings.tasks ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE meetings.tasks FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY task_read ON meetings.tasks FOR SELECT USING (${TASK_VISIBLE})`,
      `CREATE POLICY task_insert ON meetings.tasks FOR INSERT WITH CHECK (tenant_path <@ core.current_tenant_path())`,
      `CREATE POLICY task_update ON meetings.tasks FOR UPDATE USING (${TASK_VISIBLE}) WITH CHECK (tenant_path <@ core.current_tenant_path())`,
      `CREATE INDEX meetings_tasks_tenant_path_gist ON meetings.tasks USING gist (tenant_path)`,
      `GRANT SELECT, INSERT, UPDATE ON meetings.tasks TO ${APP_DB_ROLE}`,

      `CREATE TABLE meetings.task_reports (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         task_id uuid NOT NULL,
         reported_on date NOT NULL,
         text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 5000),
         percent integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
         evidence text[] NOT NULL DEFAULT '{}' CHECK (cardinality(evidence) <= 20),
         -- the report that says the task is done (报结)
         final boolean NOT NULL,
         reporter_id uuid,
         reporter_name text NOT NULL,
         at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, task_id) REFERENCES meetings.tasks (tenant_id, id)
       )`,
      `CREATE INDEX meetings_task_reports_task ON meetings.task_reports (task_id, reported_on)`,
      ...taskChildSecurity('meetings.task_reports'),
      ...appendOnly('meetings.task_reports'),

      `CREATE TABLE meetings.task_history (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         tenant_path ltree NOT NULL,
         task_id uuid NOT NULL,
         -- the task's version after the change: the order of its history
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
         UNIQUE (task_id, seq),
         FOREIGN KEY (tenant_id, task_id) REFERENCES meetings.tasks (tenant_id, id)
       )`,
      ...taskChildSecurity('meetings.task_history'),
      ...appendOnly('meetings.task_history'),

      // A fired deadline job's record (as `cases.deadline_triggers` for case clocks): one per
      // trigger, whoever fires it, and what a job re-checks before it supervises.
      `CREATE TABLE meetings.task_deadline_triggers (
         trigger_id text PRIMARY KEY,
         tenant_id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         task_id uuid NOT NULL,
         clock_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN ('REMINDER', 'OVERDUE')),
         lead_days integer,
         deadline date NOT NULL,
         fired_at timestamptz NOT NULL,
         FOREIGN KEY (tenant_id, task_id) REFERENCES meetings.tasks (tenant_id, id)
       )`,
      `CREATE INDEX meetings_task_deadline_triggers_clock ON meetings.task_deadline_triggers (clock_id, deadline)`,
      ...tenantTableSecurity('meetings.task_deadline_triggers', 'SELECT, INSERT'),

      // The reconciliation crosses tenants: only the system context gets an answer, and only
      // where each running clock lives; each is then checked under its own tenant.
      `CREATE FUNCTION meetings.task_clocks_due(p_until date, p_limit integer)
         RETURNS TABLE (tenant_id uuid, id uuid, tenant_path text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = meetings, public, pg_temp AS $$
         SELECT t.tenant_id, t.id, t.tenant_path::text FROM meetings.tasks t
          WHERE core.is_system() AND t.clock_id IS NOT NULL AND t.deadline <= p_until
          ORDER BY t.deadline, t.id
          LIMIT p_limit
       $$`,
      `REVOKE ALL ON FUNCTION meetings.task_clocks_due(date, integer) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION meetings.task_clocks_due(date, integer) TO ${APP_DB_ROLE}`,

      // Conferences established before lists existed get their standing lists.
      `INSERT INTO meetings.task_lists (tenant_id, id, tenant_path, conference_id, kind, name, owner_name, created_at, updated_at)
       SELECT c.tenant_id, gen_random_uuid(), c.tenant_path, c.id, s.kind, s.name, c.office_unit_name, now(), now()
         FROM meetings.conferences c
        CROSS JOIN (VALUES ('PREVENT_NEW', '控增量清单'), ('REDUCE_BACKLOG', '减存量清单'), ('CONTAIN_RISK', '防变量清单')) s (kind, name)`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP FUNCTION meetings.task_clocks_due(date, integer)`,
      `DROP TABLE meetings.task_deadline_triggers, meetings.task_history, meetings.task_reports, meetings.tasks, meetings.task_lists`,
      `DROP SEQUENCE meetings.task_number_seq`,
    ]);
  }
}

/** The subtree rule, narrowed for unit-scoped users to the tasks assigned to their unit. */
const TASK_VISIBLE = `tenant_path <@ core.current_tenant_path()
  AND (core.current_scope_unit() IS NULL OR assignee_unit_id = core.current_scope_unit())`;

/** Reports and history are visible exactly when their task is. */
function taskChildSecurity(table: string): string[] {
  const visible = `EXISTS (SELECT 1 FROM meetings.tasks t WHERE t.tenant_id = ${table}.tenant_id AND t.id = ${table}.task_id)`;
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY task_visible ON ${table} USING (${visible}) WITH CHECK (${visible})`,
    `GRANT SELECT, INSERT ON ${table} TO ${APP_DB_ROLE}`,
  ];
}
