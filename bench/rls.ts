import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { dataSourceOptions } from '#common/db';
import { TenantLevel } from '#common/directory';
import { TenantTransactions, scopeUnitOf, type TenantContext } from '#common/tenancy';
import type { Role } from '#common/auth';
import { casesDatabase } from '../apps/cases/src/database.js';
import { DirectoryService } from '../apps/cases/src/directory/directory.service.js';
import { DirectoryStore } from '../apps/cases/src/directory/directory.store.js';
import { now, summarize, type Summary } from './stats.js';

/**
 * Row-level security cost: the same statement through the services' role (policies applied) and
 * through the superuser (no policies), each iteration one transaction shaped like the services'
 * (`BEGIN`, the `set_config` of TenantTransactions, the statement, `COMMIT`), run sequentially on
 * one connection.
 */

/** The statement TenantTransactions.run sends first in every transaction. */
const SET_CONTEXT = `SELECT set_config('app.tenant_path', $1, true),
                            set_config('app.tenant_id', $2, true),
                            set_config('app.user_id', $3, true),
                            set_config('app.unit_id', $4, true),
                            set_config('app.roles', $5, true),
                            set_config('app.request_id', $6, true),
                            set_config('app.scope_unit', $7, true)`;

export interface Scope {
  label: string;
  tenantId: string;
  tenantPath: string;
  code: string;
  name: string;
  level: TenantLevel;
  /** What this context can see, for the report. */
  visible: { tenants: number; units: number; users: number };
}

export interface User {
  id: string;
  tenantId: string;
  tenantPath: string;
  unitId: string | null;
  username: string;
  roles: Role[];
}

function contextOf(scope: Scope, user?: User): TenantContext {
  return {
    userId: user?.id ?? null,
    username: user?.username ?? 'bench',
    tenantId: scope.tenantId,
    tenantPath: scope.tenantPath,
    unitId: user?.unitId ?? null,
    roles: user?.roles ?? [],
    requestId: 'bench',
  };
}

function contextParams(ctx: TenantContext): string[] {
  return [ctx.tenantPath, ctx.tenantId, ctx.userId ?? '', ctx.unitId ?? '', ctx.roles.join(','), ctx.requestId, scopeUnitOf(ctx) ?? ''];
}

export interface Statement {
  sql: string;
  params: unknown[];
  /** Run inside the transaction before the statement, untimed (e.g. `SET LOCAL` planner switches). */
  prelude?: string;
}

/**
 * The SQL the directory service really sends: its methods run once against the bench database
 * (as the app role) with a logger that records the statements.
 */
export async function captureDirectoryStatements(appUrl: string, scope: Scope, user: User): Promise<{ tenantsPage: Statement; userById: Statement }> {
  const recorded: Statement[] = [];
  const recorder: Logger = {
    logQuery: (query, parameters) => void recorded.push({ sql: query, params: Array.isArray(parameters) ? parameters : [] }),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const dataSource = new DataSource({ ...dataSourceOptions(appUrl, casesDatabase, 1), logging: ['query'], logger: recorder } as ConstructorParameters<
    typeof DataSource
  >[0]);
  await dataSource.initialize();
  try {
    const directory = new DirectoryService(new TenantTransactions(dataSource), new DirectoryStore());
    const ctx = contextOf(scope, user);
    const lastSelect = (table: string) => {
      const statement = recorded.filter((s) => /^\s*SELECT/i.test(s.sql) && s.sql.includes(table)).at(-1);
      if (!statement) throw new Error(`no SELECT on ${table} was recorded`);
      return statement;
    };
    recorded.length = 0;
    await directory.tenants(ctx, { level: TenantLevel.TOWNSHIP }, { first: 100 });
    const tenantsPage = lastSelect('"core"."tenants"');
    recorded.length = 0;
    await directory.user(ctx, user.id);
    const userById = lastSelect('"core"."users"');
    return { tenantsPage, userById };
  } finally {
    await dataSource.destroy();
  }
}

/** The same statement with the policy written out as a WHERE clause, for the superuser baseline. */
export function withExplicitSubtree(statement: Statement, column: string, tenantPath: string): Statement | null {
  const n = statement.params.length + 1;
  const orderBy = statement.sql.search(/\sORDER BY\s/i);
  if (orderBy < 0) return null;
  const head = statement.sql.slice(0, orderBy);
  const glue = /\sWHERE\s/i.test(head) ? ' AND' : ' WHERE';
  return { sql: `${head}${glue} ${column} <@ $${n}::ltree${statement.sql.slice(orderBy)}`, params: [...statement.params, tenantPath] };
}

export interface SeriesOptions {
  warmup: number;
  iterations: number;
  /** A series stops early after this long, reporting the iterations it completed. */
  maxMs: number;
}

export interface SeriesResult {
  query: string;
  context: string;
  connection: string;
  /** The statement's answer (a count, or a number of rows): shows the policy really filtered. */
  result: string;
  statement: Summary;
  transaction: Summary | null;
  /** Complete transactions per second, one after another on one connection. */
  perSecond: number;
}

function resultOf(res: pg.QueryResult): string {
  if (res.rows.length === 1 && 'count' in res.rows[0]) return `count ${res.rows[0].count}`;
  const n = res.rowCount ?? res.rows.length;
  return `${n} ${n === 1 ? 'row' : 'rows'}`;
}

/** One series: BEGIN, set_config, the statement, COMMIT — `warmup + iterations` times. */
export async function measureSeries(
  client: pg.Client,
  labels: { query: string; context: string; connection: string },
  ctx: TenantContext,
  statement: Statement,
  options: SeriesOptions,
): Promise<SeriesResult> {
  const statementMs: number[] = [];
  const transactionMs: number[] = [];
  let result = '';
  let measuredStart = 0;
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    if (i === options.warmup) measuredStart = now();
    const t0 = now();
    await client.query('BEGIN');
    await client.query(SET_CONTEXT, contextParams(ctx));
    if (statement.prelude) await client.query(statement.prelude);
    const t1 = now();
    const res = await client.query(statement.sql, statement.params);
    const t2 = now();
    await client.query('COMMIT');
    const t3 = now();
    if (i === 0) result = resultOf(res);
    if (i >= options.warmup) {
      statementMs.push(t2 - t1);
      transactionMs.push(t3 - t0);
      if (t3 - measuredStart > options.maxMs) break;
    }
  }
  const elapsed = now() - measuredStart;
  return {
    ...labels,
    result,
    statement: summarize(statementMs),
    transaction: summarize(transactionMs),
    perSecond: (transactionMs.length / elapsed) * 1000,
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement in the given context, in a transaction rolled back. */
export async function explain(client: pg.Client, ctx: TenantContext, statement: Statement): Promise<string> {
  await client.query('BEGIN');
  try {
    await client.query(SET_CONTEXT, contextParams(ctx));
    if (statement.prelude) await client.query(statement.prelude);
    // Once before, so that the plan shown is a warm one, as in the measured series.
    await client.query(statement.sql, statement.params);
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.query('ROLLBACK');
  }
}

export { contextOf };
