import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { appendOnly, execute, inheritedTableSecurity, tenantTableSecurity } from '#common/db';

const STATES = `'REGISTERED','ROUTED','RECEIVED','ACCEPTED','DECIDED','DELIVERED','IN_REVIEW','REVIEWED','IN_REEXAMINATION','FINALIZED','CLOSED'`;
const STAGES = `'ROUTE','RECEIVE','OBJECT','NOTIFY','HANDLE','REVIEW_WINDOW','REVIEW','REEXAMINATION_WINDOW','REEXAMINATION'`;

/**
 * Case handling (信访事项): cases, their petitioners, stages (the statutory clocks with their stored
 * deadlines) and transitions (the timeline); the category tree; leader reception days; each
 * tenant's calendar settings and holiday overrides, and the record of deadline recomputations.
 *
 * Visibility of a case: its `tenant_path` is the path of the tenant that holds it now (the
 * registering tenant, then each routing target below it). Every tenant above sees it by the
 * subtree rule; so do the reviewing and re-examining tenants, which are ancestors of the deciding
 * one. On top of the subtree rule: a unit-scoped user (only HANDLER/MEMBER_UNIT roles) sees the
 * cases addressed to the unit, and an accusation is never visible to the unit it accuses.
 */
export class CaseHandling1767000000400 implements MigrationInterface {
  name = 'CaseHandling1767000000400';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE EXTENSION IF NOT EXISTS pg_trgm`,

      `CREATE FUNCTION core.current_tenant_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
         SELECT nullif(current_setting('app.tenant_id', true), '')::uuid
       $$`,
      // Set by the services for users who see only their unit's cases (see scopeUnitOf).
      `CREATE FUNCTION core.current_scope_unit() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
         SELECT nullif(current_setting('app.scope_unit', true), '')::uuid
       $$`,

      // ---- calendar: settings, overrides, recomputations ------------------------------------
      `CREATE TABLE cases.calendar_settings (
         tenant_id uuid PRIMARY KEY REFERENCES core.tenants (id),
         tenant_path ltree NOT NULL,
         day_counting text CHECK (day_counting IN ('CALENDAR_DAYS', 'WORKING_DAYS')),
         tightenings jsonb NOT NULL DEFAULT '{}',
         -- years whose official arrangement this tenant entered by hand into its overrides
         declared_years integer[] NOT NULL DEFAULT '{}',
         version integer NOT NULL DEFAULT 1,
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      ...inheritedTableSecurity('cases.calendar_settings'),

      `CREATE TABLE cases.holiday_overrides (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         tenant_path ltree NOT NULL,
         date date NOT NULL,
         kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, date)
       )`,
      ...inheritedTableSecurity('cases.holiday_overrides', 'SELECT, INSERT, UPDATE, DELETE'),

      `CREATE TABLE cases.deadline_recomputations (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         tenant_path ltree NOT NULL,
         reason text NOT NULL,
         stages_checked integer NOT NULL,
         stages_changed integer NOT NULL,
         requested_at timestamptz NOT NULL,
         finished_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id)
       )`,
      ...inheritedTableSecurity('cases.deadline_recomputations', 'SELECT, INSERT'),

      // ---- categories: one tree per province, read by its whole subtree -----------------------
      `CREATE TABLE cases.categories (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         parent_id uuid,
         code text NOT NULL CHECK (code ~ '^[A-Z0-9_]{1,32}$'),
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
         ordinal integer NOT NULL DEFAULT 0,
         active boolean NOT NULL DEFAULT true,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (tenant_id, code),
         FOREIGN KEY (tenant_id, parent_id) REFERENCES cases.categories (tenant_id, id)
       )`,
      ...inheritedTableSecurity('cases.categories'),

      // ---- leader reception days (领导接访) ---------------------------------------------------
      `CREATE TABLE cases.receptions (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         leader_id uuid NOT NULL REFERENCES core.users (id),
         leader_name text NOT NULL,
         date date NOT NULL,
         place text,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (tenant_id, leader_id, date)
       )`,
      `CREATE INDEX cases_receptions_date ON cases.receptions (date)`,
      ...tenantTableSecurity('cases.receptions'),

      // ---- cases -------------------------------------------------------------------------------
      `CREATE SEQUENCE cases.case_number_seq`,
      `GRANT USAGE ON SEQUENCE cases.case_number_seq TO ${APP_DB_ROLE}`,
      `CREATE TABLE cases.cases (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         number text NOT NULL UNIQUE,
         channel text NOT NULL CHECK (channel IN ('LETTER','VISIT','PHONE','ONLINE','VIDEO','HOTLINE')),
         kind text NOT NULL CHECK (kind IN ('SUGGESTION','ACCUSATION','CLAIM')),
         category_id uuid NOT NULL REFERENCES cases.categories (id),
         title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
         content text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 20000),
         problem_jurisdiction_id uuid NOT NULL REFERENCES core.tenants (id),
         problem_jurisdiction_path ltree NOT NULL,
         handling_tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         handling_unit_id uuid REFERENCES core.units (id),
         -- the office that routed it last: an objection returns the case there
         routing_tenant_id uuid REFERENCES core.tenants (id),
         -- the office that assigned it (交办): owed the completion report, may send it back
         assigning_tenant_id uuid REFERENCES core.tenants (id),
         completion_report_due date,
         deciding_tenant_id uuid REFERENCES core.tenants (id),
         -- the tenant handling the review or re-examination now (an ancestor of the deciding one)
         review_tenant_id uuid REFERENCES core.tenants (id),
         -- every tenant that registered, routed, handled or reviewed it: the handling chain
         chain_tenant_ids uuid[] NOT NULL,
         accused_unit_id uuid REFERENCES core.units (id),
         person_count integer NOT NULL CHECK (person_count BETWEEN 1 AND 100000),
         collective boolean GENERATED ALWAYS AS (person_count >= 5) STORED, -- COLLECTIVE_MIN_PERSONS
         leader_owner_id uuid REFERENCES core.users (id),
         reception_id uuid REFERENCES cases.receptions (id),
         state text NOT NULL CHECK (state IN (${STATES})),
         open_stages text[] NOT NULL DEFAULT '{}',
         deadline date,
         deadline_stage text CHECK (deadline_stage IN (${STAGES})),
         assigned boolean NOT NULL DEFAULT false,
         completion_report text NOT NULL DEFAULT 'NONE' CHECK (completion_report IN ('NONE','SUBMITTED','SENT_BACK')),
         send_back_count integer NOT NULL DEFAULT 0,
         extension_used boolean NOT NULL DEFAULT false,
         delivered boolean NOT NULL DEFAULT false,
         rating text CHECK (rating IN ('SATISFIED','BASICALLY_SATISFIED','DISSATISFIED')),
         rated_at timestamptz,
         rating_token text UNIQUE,
         outcome text CHECK (outcome IN ('SUPPORTS','PARTLY_SUPPORTS','EXPLAINS','DOES_NOT_SUPPORT')),
         decision_text text CHECK (char_length(decision_text) <= 20000),
         decided_on date,
         decline_reason text,
         decline_target text,
         close_reason text,
         hearings jsonb NOT NULL DEFAULT '[]',
         repeat_of_id uuid REFERENCES cases.cases (id),
         repeat_count integer NOT NULL DEFAULT 0,
         level_skipping boolean NOT NULL,
         -- a higher body registered a matter a lower one is handling within time: it does not accept it
         handled_below boolean NOT NULL DEFAULT false,
         registered_on date NOT NULL,
         registered_at timestamptz NOT NULL DEFAULT now(),
         finished_on date,
         updated_at timestamptz NOT NULL DEFAULT now(),
         version integer NOT NULL DEFAULT 1,
         search_text text GENERATED ALWAYS AS (title || ' ' || left(content, 1000)) STORED,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id)
       )`,
      // Every list filter has its index; the subtree filters use GiST on the paths.
      `CREATE INDEX cases_cases_tenant_path_gist ON cases.cases USING gist (tenant_path)`,
      `CREATE INDEX cases_cases_problem_path_gist ON cases.cases USING gist (problem_jurisdiction_path)`,
      `CREATE INDEX cases_cases_unit_deadline ON cases.cases (handling_unit_id, deadline) WHERE deadline IS NOT NULL`,
      `CREATE INDEX cases_cases_deadline ON cases.cases (deadline) WHERE deadline IS NOT NULL`,
      `CREATE INDEX cases_cases_registered ON cases.cases (registered_at DESC, id DESC)`,
      `CREATE INDEX cases_cases_handling_tenant ON cases.cases (handling_tenant_id, registered_at DESC)`,
      `CREATE INDEX cases_cases_state ON cases.cases (state, registered_at DESC)`,
      `CREATE INDEX cases_cases_category ON cases.cases (category_id, registered_at DESC)`,
      `CREATE INDEX cases_cases_leader ON cases.cases (leader_owner_id) WHERE leader_owner_id IS NOT NULL`,
      `CREATE INDEX cases_cases_reception ON cases.cases (reception_id) WHERE reception_id IS NOT NULL`,
      `CREATE INDEX cases_cases_repeat_of ON cases.cases (repeat_of_id) WHERE repeat_of_id IS NOT NULL`,
      `CREATE INDEX cases_cases_search_trgm ON cases.cases USING gin (search_text gin_trgm_ops)`,
      `ALTER TABLE cases.cases ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE cases.cases FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY case_read ON cases.cases FOR SELECT USING (${CASE_VISIBLE})`,
      `CREATE POLICY case_insert ON cases.cases FOR INSERT WITH CHECK (tenant_path <@ core.current_tenant_path())`,
      // An objection hands the case back up to the router: the new holder may be an ancestor.
      `CREATE POLICY case_update ON cases.cases FOR UPDATE USING (${CASE_VISIBLE})
         WITH CHECK (tenant_path <@ core.current_tenant_path() OR core.current_tenant_path() <@ tenant_path)`,
      `GRANT SELECT, INSERT, UPDATE ON cases.cases TO ${APP_DB_ROLE}`,

      // Children of a case are visible exactly when their case is: the policy asks the cases
      // table, whose own policy applies inside it.
      `CREATE TABLE cases.petitioners (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         case_id uuid NOT NULL,
         ordinal integer NOT NULL,
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
         id_number_cipher text,
         id_number_hash text,
         id_number_masked text,
         phone_cipher text,
         phone_hash text,
         phone_masked text,
         address text CHECK (char_length(address) <= 200),
         representative boolean NOT NULL DEFAULT false,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (case_id, ordinal),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases.cases (tenant_id, id)
       )`,
      `CREATE INDEX cases_petitioners_id_hash ON cases.petitioners (id_number_hash) WHERE id_number_hash IS NOT NULL`,
      `CREATE INDEX cases_petitioners_phone_hash ON cases.petitioners (phone_hash) WHERE phone_hash IS NOT NULL`,
      ...caseChildSecurity('cases.petitioners', 'SELECT, INSERT', PETITIONER_IDENTITY_VISIBLE),

      `CREATE TABLE cases.case_stages (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         case_id uuid NOT NULL,
         stage text NOT NULL CHECK (stage IN (${STAGES})),
         -- the tenant whose calendar and settings the deadline follows
         owner_tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         started_on date NOT NULL,
         base_deadline date,
         deadline date,
         extension_days integer NOT NULL DEFAULT 0,
         pauses jsonb NOT NULL DEFAULT '[]',
         -- computed under a guessed calendar (a year not yet published): the recomputation fixes it
         provisional boolean NOT NULL DEFAULT false,
         stopped_on date,
         on_time boolean,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases.cases (tenant_id, id)
       )`,
      `CREATE INDEX cases_case_stages_case ON cases.case_stages (case_id, started_on)`,
      `CREATE UNIQUE INDEX cases_case_stages_open ON cases.case_stages (case_id, stage) WHERE stopped_on IS NULL`,
      `CREATE INDEX cases_case_stages_open_deadline ON cases.case_stages (deadline) WHERE stopped_on IS NULL`,
      ...caseChildSecurity('cases.case_stages', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE cases.case_transitions (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         case_id uuid NOT NULL,
         seq integer NOT NULL,
         action text NOT NULL,
         from_state text,
         to_state text NOT NULL,
         actor_id uuid,
         actor_name text NOT NULL,
         actor_tenant_id uuid NOT NULL,
         details jsonb NOT NULL DEFAULT '{}',
         request_id text NOT NULL,
         at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (case_id, seq),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases.cases (tenant_id, id)
       )`,
      ...caseChildSecurity('cases.case_transitions', 'SELECT, INSERT'),
      ...appendOnly('cases.case_transitions'),

      // The public rating link carries only a token; this finds its case without a tenant context
      // and tells nothing but where the case lives.
      `CREATE FUNCTION cases.case_by_rating_token(p_token text)
         RETURNS TABLE (id uuid, tenant_id uuid, tenant_path text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cases, pg_temp AS $$
         SELECT c.id, c.tenant_id, c.tenant_path::text FROM cases.cases c WHERE c.rating_token = p_token
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_by_rating_token(text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_by_rating_token(text) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP FUNCTION cases.case_by_rating_token(text)`,
      `DROP TABLE cases.case_transitions, cases.case_stages, cases.petitioners, cases.cases, cases.receptions,
         cases.categories, cases.deadline_recomputations, cases.holiday_overrides, cases.calendar_settings`,
      `DROP SEQUENCE cases.case_number_seq`,
      `DROP FUNCTION core.current_scope_unit()`,
      `DROP FUNCTION core.current_tenant_id()`,
    ]);
  }
}

/** The subtree rule, narrowed for unit-scoped users and for the unit an accusation accuses. */
const CASE_VISIBLE = `tenant_path <@ core.current_tenant_path()
  AND (core.current_scope_unit() IS NULL OR handling_unit_id = core.current_scope_unit())
  AND (accused_unit_id IS NULL OR core.current_unit_id() IS NULL OR accused_unit_id <> core.current_unit_id())`;

/** An accuser's identity stays within the handling chain, even from the tenants above it. */
export const PETITIONER_IDENTITY_VISIBLE = `c.kind <> 'ACCUSATION' OR core.current_tenant_id() = ANY (c.chain_tenant_ids)`;

/** Row-level security of a table of rows that belong to a case: visible and writable exactly when the case is. */
export function caseChildSecurity(table: string, privileges: string, extra?: string): string[] {
  const visible = `EXISTS (SELECT 1 FROM cases.cases c WHERE c.tenant_id = ${table}.tenant_id AND c.id = ${table}.case_id${extra ? ` AND (${extra})` : ''})`;
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY case_visible ON ${table} USING (${visible}) WITH CHECK (${visible})`,
    `GRANT ${privileges} ON ${table} TO ${APP_DB_ROLE}`,
  ];
}
