import { APP_DB_ROLE } from '../config/index.js';

/**
 * SQL building blocks for migrations, so that every tenant table gets the same policy, grants and
 * index, written in one place.
 */

/** Row-level security on a tenant table: rows are visible and writable within the caller's subtree. */
export function tenantTableSecurity(table: string, privileges = 'SELECT, INSERT, UPDATE'): string[] {
  const name = table.replace('.', '_');
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_subtree ON ${table} USING (tenant_path <@ core.current_tenant_path()) WITH CHECK (tenant_path <@ core.current_tenant_path())`,
    `CREATE INDEX ${name}_tenant_path_gist ON ${table} USING gist (tenant_path)`,
    `GRANT ${privileges} ON ${table} TO ${APP_DB_ROLE}`,
  ];
}

/** Audit tables only grow: UPDATE and DELETE are refused by a trigger, whoever asks. */
export function appendOnly(table: string): string[] {
  const name = table.replace('.', '_');
  return [`CREATE TRIGGER ${name}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION core.refuse_change()`];
}

/** The audit table of a service schema: who did what to which record, with before and after. */
export function auditTable(schema: string): string[] {
  const table = `${schema}.audit_log`;
  return [
    `CREATE TABLE ${table} (
       tenant_id uuid NOT NULL,
       id uuid NOT NULL DEFAULT gen_random_uuid(),
       tenant_path ltree NOT NULL,
       actor_id uuid,
       actor_name text NOT NULL,
       action text NOT NULL,
       entity text NOT NULL,
       entity_id text NOT NULL,
       before jsonb,
       after jsonb,
       request_id text NOT NULL,
       at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (tenant_id, id)
     )`,
    `CREATE INDEX ${schema}_audit_log_entity ON ${table} (entity, entity_id, at)`,
    ...tenantTableSecurity(table, 'SELECT, INSERT'),
    ...appendOnly(table),
  ];
}

/**
 * The transactional outbox of a service schema. Tenants may only add rows; reading and marking
 * rows relayed is the relay's, which runs in the system context.
 */
export function outboxTable(schema: string): string[] {
  const table = `${schema}.outbox`;
  return [
    `CREATE TABLE ${table} (
       id uuid PRIMARY KEY,
       tenant_id uuid NOT NULL,
       tenant_path ltree NOT NULL,
       topic text NOT NULL,
       payload jsonb NOT NULL,
       request_id text NOT NULL,
       created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
       relayed_at timestamptz
     )`,
    `CREATE INDEX ${schema}_outbox_pending ON ${table} (created_at) WHERE relayed_at IS NULL`,
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_append ON ${table} FOR INSERT WITH CHECK (tenant_path <@ core.current_tenant_path())`,
    `CREATE POLICY relay ON ${table} FOR ALL USING (core.is_system()) WITH CHECK (core.is_system())`,
    `GRANT SELECT, INSERT, UPDATE ON ${table} TO ${APP_DB_ROLE}`,
  ];
}

/** Events a consumer of this schema has applied, so a redelivered event changes nothing. */
export function processedEventsTable(schema: string): string[] {
  const table = `${schema}.processed_events`;
  return [
    `CREATE TABLE ${table} (
       consumer text NOT NULL,
       event_id uuid NOT NULL,
       tenant_path ltree NOT NULL,
       topic text NOT NULL,
       processed_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (consumer, event_id)
     )`,
    ...tenantTableSecurity(table, 'SELECT, INSERT'),
  ];
}

export function serviceSchema(schema: string): string[] {
  return [`CREATE SCHEMA ${schema}`, `GRANT USAGE ON SCHEMA ${schema} TO ${APP_DB_ROLE}`];
}

/**
 * A service's own copy of the tenant tree, kept from `tenant.created` (see recordJurisdiction).
 * The row is the tenant itself, so its own path is the policy column. No foreign key to the
 * parent: events of a parent and its child may be applied in either order.
 */
export function jurisdictionsTable(schema: string, extraColumns: string[] = []): string[] {
  const table = `${schema}.jurisdictions`;
  return [
    `CREATE TABLE ${table} (
       tenant_id uuid PRIMARY KEY,
       tenant_path ltree NOT NULL UNIQUE,
       parent_id uuid,
       code text NOT NULL,
       name text NOT NULL,
       level core.tenant_level NOT NULL,
       ${extraColumns.map((column) => `${column},`).join('\n')}
       created_at timestamptz NOT NULL DEFAULT now()
     )`,
    ...tenantTableSecurity(table),
  ];
}

/** Runs a list of statements inside a TypeORM migration. */
export async function execute(runner: { query(sql: string): Promise<unknown> }, statements: string[]): Promise<void> {
  for (const statement of statements) await runner.query(statement);
}

/**
 * A table of settings that flow down the tree (categories, calendar settings, holiday overrides):
 * a tenant reads its ancestors' rows as well as its subtree's, and writes only within its subtree.
 */
export function inheritedTableSecurity(table: string, privileges = 'SELECT, INSERT, UPDATE'): string[] {
  const name = table.replace('.', '_');
  const writable = `tenant_path <@ core.current_tenant_path()`;
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY inherited_read ON ${table} FOR SELECT USING (core.current_tenant_path() <@ tenant_path OR ${writable})`,
    `CREATE POLICY subtree_insert ON ${table} FOR INSERT WITH CHECK (${writable})`,
    `CREATE POLICY subtree_update ON ${table} FOR UPDATE USING (${writable}) WITH CHECK (${writable})`,
    `CREATE POLICY subtree_delete ON ${table} FOR DELETE USING (${writable})`,
    `CREATE INDEX ${name}_tenant_path_gist ON ${table} USING gist (tenant_path)`,
    `GRANT ${privileges} ON ${table} TO ${APP_DB_ROLE}`,
  ];
}

/** One parameterised SQL statement. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Runs data-modifying statements as one (each a CTE of a single `WITH`), so that writes which do
 * not depend on each other cost one round trip. They see the same snapshot, as CTEs do: none may
 * read what another writes.
 */
export async function executeTogether(runner: { query(sql: string, params?: unknown[]): Promise<unknown> }, statements: readonly Statement[]): Promise<void> {
  if (statements.length === 0) return;
  if (statements.length === 1) {
    await runner.query(statements[0].sql, statements[0].params);
    return;
  }
  const params: unknown[] = [];
  const parts = statements.map((statement, i) => {
    const offset = params.length;
    params.push(...statement.params);
    return `s${i} AS (${statement.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
  });
  await runner.query(`WITH ${parts.join(',\n')} SELECT 1`, params);
}
