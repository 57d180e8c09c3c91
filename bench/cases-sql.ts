import pg from 'pg';
import { Role } from '#common/auth';
import { TenantLevel } from '#common/directory';
import type { TenantContext } from '#common/tenancy';
import { explain, measureSeries, type SeriesOptions, type SeriesResult, type Statement } from './rls.js';

/**
 * The case lists at 1,000,000 rows, in SQL: the same transaction shape as bench/rls.ts (BEGIN, the
 * `set_config` of TenantTransactions including `app.scope_unit`, the statement, COMMIT), as the
 * app role and as the superuser, with their plans.
 */

export interface CaseTargets {
  /** The competent body with the most overdue cases, seen by one of its handlers (unit-scoped). */
  unit: { id: string; name: string; tenantId: string; tenantPath: string; tenantName: string; tenantCode: string; overdue: number; handled: number };
  /** The county with the most cases in its subtree (by problem jurisdiction). */
  county: { id: string; path: string; name: string; code: string; cases: number };
  province: { id: string; path: string; name: string; code: string; cases: number };
  /** A user of each tenant, to carry the context. */
  users: { unit: string; county: string; province: string };
}

export interface CaseListRun {
  key: 'overdue' | 'county' | 'province';
  title: string;
  series: SeriesResult[];
  plans: { title: string; plan: string; indexes: string[]; seqScan: boolean }[];
  sql: string;
  params: unknown[];
}

export async function pickCaseTargets(admin: pg.Client, asOf: string): Promise<CaseTargets> {
  const unit = (
    await admin.query(
      `WITH overdue AS (
         SELECT handling_unit_id AS id, count(*)::int AS overdue FROM cases.cases
          WHERE deadline < $1::date AND handling_unit_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1)
       SELECT u.id, u.name, t.id AS tenant_id, t.path::text AS tenant_path, t.name AS tenant_name, t.code AS tenant_code, o.overdue,
              (SELECT count(*)::int FROM cases.cases c WHERE c.handling_unit_id = u.id) AS handled
         FROM overdue o JOIN core.units u ON u.id = o.id JOIN core.tenants t ON t.id = u.tenant_id`,
      [asOf],
    )
  ).rows[0];
  if (!unit) throw new Error('no overdue case with a handling unit in petition_bench');
  const county = (
    await admin.query(
      `SELECT t.id, t.path::text AS path, t.name, t.code, n.cases FROM (
         SELECT subpath(problem_jurisdiction_path, 0, 3) AS path, count(*)::int AS cases FROM cases.cases
          WHERE nlevel(problem_jurisdiction_path) >= 3 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1) n
       JOIN core.tenants t ON t.path = n.path`,
    )
  ).rows[0];
  const province = (
    await admin.query(
      `SELECT t.id, t.path::text AS path, t.name, t.code, (SELECT count(*)::int FROM cases.cases) AS cases FROM core.tenants t WHERE t.level = $1`,
      [TenantLevel.PROVINCE],
    )
  ).rows[0];
  const userOf = async (tenantId: string) =>
    (await admin.query<{ id: string }>(`SELECT id FROM core.users WHERE tenant_id = $1 ORDER BY username LIMIT 1`, [tenantId])).rows[0].id;
  return {
    unit: {
      id: unit.id,
      name: unit.name,
      tenantId: unit.tenant_id,
      tenantPath: unit.tenant_path,
      tenantName: unit.tenant_name,
      tenantCode: unit.tenant_code,
      overdue: unit.overdue,
      handled: unit.handled,
    },
    county,
    province,
    users: { unit: await userOf(unit.tenant_id), county: await userOf(county.id), province: await userOf(province.id) },
  };
}

const COLUMNS = 'id, number, title, state, deadline, deadline_stage, registered_at';

export function caseListStatements(targets: CaseTargets, asOf: string) {
  const handler: TenantContext = {
    userId: targets.users.unit,
    username: 'bench-handler',
    tenantId: targets.unit.tenantId,
    tenantPath: targets.unit.tenantPath,
    unitId: targets.unit.id,
    roles: [Role.HANDLER],
    requestId: 'bench',
  };
  const county: TenantContext = {
    userId: targets.users.county,
    username: 'bench-county',
    tenantId: targets.county.id,
    tenantPath: targets.county.path,
    unitId: null,
    roles: [Role.SUPERVISOR],
    requestId: 'bench',
  };
  const province: TenantContext = {
    ...county,
    userId: targets.users.province,
    username: 'bench-province',
    tenantId: targets.province.id,
    tenantPath: targets.province.path,
  };
  // The planner switches CaseQueriesService.cases sets in the same transaction.
  const byDeadline = `SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off`;
  const newestFirst = `SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off`;
  const overdue: Statement = {
    sql: `SELECT ${COLUMNS} FROM cases.cases WHERE handling_unit_id = $1 AND deadline < $2::date ORDER BY deadline, id LIMIT 20`,
    params: [targets.unit.id, asOf],
    prelude: byDeadline,
  };
  const subtree: Statement = {
    sql: `SELECT ${COLUMNS} FROM cases.cases WHERE problem_county = $1 ORDER BY registered_at DESC, id DESC LIMIT 20`,
    params: [targets.county.code],
    prelude: newestFirst,
  };
  const newest: Statement = { sql: `SELECT ${COLUMNS} FROM cases.cases ORDER BY registered_at DESC, id DESC LIMIT 20`, params: [], prelude: newestFirst };
  return [
    {
      key: 'overdue' as const,
      title: `(e) my unit's overdue cases: ${targets.unit.tenantName} ${targets.unit.name}, HANDLER (unit-scoped)`,
      ctx: handler,
      statement: overdue,
      explicit: {
        ...overdue,
        sql: overdue.sql.replace(' ORDER BY', ' AND tenant_path <@ $3::ltree ORDER BY'),
        params: [...overdue.params, handler.tenantPath],
      },
    },
    {
      key: 'county' as const,
      title: `(f) a county's subtree, newest first: ${targets.county.name} ${targets.county.code}`,
      ctx: county,
      statement: subtree,
      explicit: { ...subtree, sql: subtree.sql.replace(' ORDER BY', ' AND tenant_path <@ $2::ltree ORDER BY'), params: [...subtree.params, county.tenantPath] },
    },
    {
      key: 'province' as const,
      title: `(g) the province's newest 20`,
      ctx: province,
      statement: newest,
      explicit: { ...newest, sql: newest.sql.replace(' ORDER BY', ' WHERE tenant_path <@ $1::ltree ORDER BY'), params: [province.tenantPath] },
    },
  ];
}

/** Index names a plan uses, and whether it reads cases.cases sequentially. */
export function planFacts(plan: string): { indexes: string[]; seqScan: boolean } {
  const indexes = [...new Set([...plan.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\S+)/g)].map((m) => m[1]))];
  return { indexes, seqScan: /Seq Scan on cases\b/.test(plan) };
}

export async function measureCaseLists(
  appUrl: string,
  adminUrl: string,
  targets: CaseTargets,
  asOf: string,
  options: SeriesOptions,
  log: (line: string) => void,
): Promise<CaseListRun[]> {
  const app = new pg.Client({ connectionString: appUrl, application_name: 'petition-bench-app' });
  const admin = new pg.Client({ connectionString: adminUrl, application_name: 'petition-bench-admin' });
  await app.connect();
  await admin.connect();
  const runs: CaseListRun[] = [];
  try {
    for (const s of caseListStatements(targets, asOf)) {
      log(`${s.title}`);
      const labels = { query: s.title.split(':')[0], context: s.key === 'overdue' ? 'unit (HANDLER)' : s.key };
      const series = [
        await measureSeries(app, { ...labels, connection: 'app role (RLS)' }, s.ctx, s.statement, options),
        await measureSeries(admin, { ...labels, connection: 'superuser, same SQL' }, s.ctx, s.statement, options),
        await measureSeries(admin, { ...labels, connection: 'superuser + explicit WHERE' }, s.ctx, s.explicit, options),
      ];
      const plans = [];
      for (const [who, client, statement] of [
        ['app role', app, s.statement],
        ['superuser + explicit WHERE', admin, s.explicit],
      ] as const) {
        const plan = await explain(client, s.ctx, statement);
        const facts = planFacts(plan);
        if (facts.seqScan) log(`WARNING: ${s.title} (${who}) reads cases.cases with a Seq Scan`);
        if (!facts.indexes.length) log(`WARNING: ${s.title} (${who}) uses no index`);
        plans.push({ title: `${s.title} — ${who}`, plan, ...facts });
      }
      runs.push({ key: s.key, title: s.title, series, plans, sql: s.statement.sql, params: s.statement.params });
    }
  } finally {
    await app.end();
    await admin.end();
  }
  return runs;
}

/** What the case tables hold, for the report (also when the data was reused). */
export async function describeCases(admin: pg.Client, asOf: string) {
  const { rows } = await admin.query(
    `SELECT count(*)::int AS cases,
            count(*) FILTER (WHERE collective)::int AS collective,
            count(*) FILTER (WHERE repeat_of_id IS NOT NULL)::int AS repeats,
            count(*) FILTER (WHERE level_skipping)::int AS level_skipping,
            count(*) FILTER (WHERE deadline < $1::date)::int AS overdue,
            count(*) FILTER (WHERE state NOT IN ('CLOSED', 'FINALIZED'))::int AS open,
            min(registered_on)::text AS first, max(registered_on)::text AS last,
            pg_size_pretty(pg_total_relation_size('cases.cases')) AS cases_size,
            pg_size_pretty(pg_total_relation_size('cases.case_stages') + pg_total_relation_size('cases.case_transitions') + pg_total_relation_size('cases.petitioners')) AS children_size,
            pg_size_pretty(pg_database_size(current_database())) AS database_size
       FROM cases.cases`,
    [asOf],
  );
  const count = async (sql: string) => Number((await admin.query(sql)).rows[0].n);
  const byState = Object.fromEntries(
    (await admin.query(`SELECT state, count(*)::int AS n FROM cases.cases GROUP BY 1 ORDER BY 2 DESC`)).rows.map((r) => [r.state, r.n]),
  );
  const byChannel = Object.fromEntries(
    (await admin.query(`SELECT channel, count(*)::int AS n FROM cases.cases GROUP BY 1 ORDER BY 2 DESC`)).rows.map((r) => [r.channel, r.n]),
  );
  const byKind = Object.fromEntries(
    (await admin.query(`SELECT kind, count(*)::int AS n FROM cases.cases GROUP BY 1 ORDER BY 2 DESC`)).rows.map((r) => [r.kind, r.n]),
  );
  const byLevel = Object.fromEntries(
    (
      await admin.query(
        `SELECT t.level, count(*)::int AS n FROM cases.cases c JOIN core.tenants t ON t.id = c.problem_jurisdiction_id GROUP BY 1 ORDER BY 2 DESC`,
      )
    ).rows.map((r) => [r.level, r.n]),
  );
  return {
    ...rows[0],
    petitioners: await count('SELECT count(*) AS n FROM cases.petitioners'),
    stages: await count('SELECT count(*) AS n FROM cases.case_stages'),
    transitions: await count('SELECT count(*) AS n FROM cases.case_transitions'),
    categories: await count('SELECT count(*) AS n FROM cases.categories'),
    receptions: await count('SELECT count(*) AS n FROM cases.receptions'),
    byState,
    byChannel,
    byKind,
    byLevel,
  } as {
    cases: number;
    collective: number;
    repeats: number;
    level_skipping: number;
    overdue: number;
    open: number;
    first: string;
    last: string;
    cases_size: string;
    children_size: string;
    database_size: string;
    petitioners: number;
    stages: number;
    transitions: number;
    categories: number;
    receptions: number;
    byState: Record<string, number>;
    byChannel: Record<string, number>;
    byKind: Record<string, number>;
    byLevel: Record<string, number>;
  };
}

/**
 * Reads every case and directory table and index once, so that the measurements find the data set
 * in the operating system's cache as a serving database would, instead of measuring the disk.
 */
export async function prewarm(adminUrl: string): Promise<{ blocks: number; seconds: number }> {
  const admin = new pg.Client({ connectionString: adminUrl, application_name: 'petition-bench-admin' });
  await admin.connect();
  const started = Date.now();
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    const { rows } = await admin.query<{ blocks: string }>(
      `SELECT coalesce(sum(pg_prewarm(c.oid, 'read')), 0) AS blocks FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('cases', 'core') AND c.relkind IN ('r', 'i')`,
    );
    return { blocks: Number(rows[0].blocks), seconds: (Date.now() - started) / 1000 };
  } finally {
    await admin.end();
  }
}
