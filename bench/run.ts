import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { appDatabaseUrlFrom, loadConfig } from '#common/config';
import { TenantLevel } from '#common/directory';
import { databaseUrl } from '#common/db';
import { BENCH_PASSWORD, BENCH_SHAPE, generateProvince, type GeneratedProvince } from './generate-province.js';
import { CASE_SHAPE } from './generate-cases.js';
import { describeCases, measureCaseLists, pickCaseTargets, prewarm, type CaseListRun, type CaseTargets } from './cases-sql.js';
import { measureCaseHttp, type CaseHttpResult, type CasePath } from './cases-http.js';
import { measureSupervision, type SupervisionResult } from './supervision.js';
import { measureAssessment, type AssessmentResult } from './assessment.js';
import {
  captureDirectoryStatements,
  contextOf,
  explain,
  measureSeries,
  withExplicitSubtree,
  type Scope,
  type SeriesOptions,
  type SeriesResult,
  type Statement,
  type User,
} from './rls.js';
import { graphql, load, measureLogins, startCasesSubgraph, type LoadResult, type LoginResult } from './graphql.js';
import { ms, rate, table } from './stats.js';

/**
 * `npm run bench`: generates (or reuses) the bench province in `petition_bench`, measures the
 * row-level security cost of the directory's hot queries, the cases subgraph over HTTP, and
 * login, prints the results and writes them into BENCHMARKS.md between the results markers.
 *
 * Options: --regenerate (rebuild petition_bench), --iterations=N (per SQL series, default 1000),
 * --duration=S (per HTTP load, default 10), --quick (a smoke run: few iterations, 2 s loads, and
 * BENCHMARKS.md left alone).
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const raw = argv.find((a) => a.startsWith(`--${name}=`));
  return raw ? Number(raw.split('=')[1]) : fallback;
};
const quick = flag('quick');
/** Only the case measurements (no directory series, no directory GraphQL, no login); BENCHMARKS.md left alone. */
const onlyCases = flag('only-cases');
/** Only the registration loads and their pgbench floor (no case lists); BENCHMARKS.md left alone. */
const onlyRegistration = flag('only-registration');
/** Only the supervision measurement (reconciliation, notices per second); BENCHMARKS.md left alone. */
const onlySupervision = flag('only-supervision');
/** Only the assessment measurement (case facts, a scheme computed for counties and townships, fact ingestion); BENCHMARKS.md left alone. */
const onlyAssessment = flag('only-assessment');
/** Measured scheme computations per target level, after one warm-up. */
const ASSESSMENT_RUNS = 5;
/** case.transitioned events per ingestion run. */
const ASSESSMENT_EVENTS = 20_000;
const DUE_TOMORROW = 50_000;
const SUPERVISION_WORKERS = 2;
const CASE_CONNECTIONS = 32;
const LIST_CONNECTIONS = [1, 10];
const sqlOptions: SeriesOptions = { warmup: quick ? 10 : 100, iterations: option('iterations', quick ? 50 : 1000), maxMs: quick ? 1000 : 6000 };
const loadSeconds = option('duration', quick ? 2 : 10);
const CONNECTIONS = 10;
const LOGINS = quick ? 5 : 50;
const LOGIN_CONCURRENCY = 10;
/** The functions in the policies (ltree's `<@` and `@>`, the context functions), for the catalogue table. */
const POLICY_FUNCTIONS = [
  'ltree_risparent(ltree, ltree)',
  'ltree_isparent(ltree, ltree)',
  'core.current_tenant_path()',
  'core.current_unit_id()',
  'core.is_system()',
];

const SERIES_COLUMNS = ['query', 'context', 'connection', 'answer', 'n', 'mean', 'p50', 'p95', 'p99', 'tx mean', 'tx p95', 'tx/s'];

const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}`);

// The same servers and development keys as `npm test`: the configured PostgreSQL and Redis when
// they answer, otherwise private ones (see scripts/lib). Plain .mjs, loaded at run time.
const scripts = (file: string) => new URL(`../../scripts/lib/${file}`, import.meta.url).href;
const { applyDevSecrets } = await import(scripts('common.mjs'));
const { ensureServices } = await import(scripts('services.mjs'));
const services = await ensureServices({ log });
process.env.DATABASE_URL = services.databaseUrl;
process.env.REDIS_URL = services.redisUrl;
applyDevSecrets(process.env, { warn: log });

try {
  await main();
} finally {
  await services.stop();
}

/** One SQL series as a table row; the RLS tables leave out the transaction's p95. */
function seriesRow(s: SeriesResult, withTransactionP95: boolean): (string | number)[] {
  const { statement, transaction } = s;
  return [
    s.query,
    s.context,
    s.connection,
    s.result,
    statement.n,
    ms(statement.meanMs),
    ms(statement.p50Ms),
    ms(statement.p95Ms),
    ms(statement.p99Ms),
    transaction ? ms(transaction.meanMs) : '–',
    ...(withTransactionP95 ? [transaction ? ms(transaction.p95Ms) : '–'] : []),
    rate(s.perSecond),
  ];
}

async function main(): Promise<void> {
  const base = loadConfig();
  const caseShape = { ...CASE_SHAPE, total: option('cases', CASE_SHAPE.total) };
  const province = await generateProvince(base.databaseUrl, { regenerate: flag('regenerate'), log, piiKey: base.piiKey, caseShape });
  if (flag('generate-only')) {
    log(`--generate-only: ${JSON.stringify(province.cases ?? province.counts)}`);
    return;
  }
  const benchUrl = province.url;
  const appUrl = databaseUrl(appDatabaseUrlFrom(benchUrl), 'petition_bench');
  const warm = await prewarm(benchUrl);
  log(`prewarmed ${warm.blocks} blocks of the case and directory tables into the OS cache in ${warm.seconds.toFixed(0)} s`);

  const scopes = pickScopes(province.plan);

  // --- 5. cases at 1,000,000 rows: the lists in SQL ------------------------------------------
  const asOf = CASE_SHAPE.asOf;
  const caseAdmin = new pg.Client({ connectionString: benchUrl, application_name: 'petition-bench-admin' });
  await caseAdmin.connect();
  let targets: CaseTargets;
  let caseData: Awaited<ReturnType<typeof describeCases>>;
  try {
    targets = await pickCaseTargets(caseAdmin, asOf);
    caseData = await describeCases(caseAdmin, asOf);
  } finally {
    await caseAdmin.end();
  }
  const runSupervision = () =>
    measureSupervision({
      config: { ...base, queuePrefix: 'bench' },
      benchUrl,
      appUrl,
      asOf,
      dueTomorrow: quick ? 2_000 : DUE_TOMORROW,
      workers: SUPERVISION_WORKERS,
      log,
    });
  const runAssessment = () =>
    measureAssessment({
      config: { ...base, queuePrefix: 'bench' },
      benchUrl,
      appUrl,
      asOf,
      runs: quick ? 2 : ASSESSMENT_RUNS,
      events: quick ? 2_000 : ASSESSMENT_EVENTS,
      log,
    });
  if (onlyAssessment) {
    const assessment = await runAssessment();
    // The section alone, headed by its own run (the results block's other sections come from full runs).
    console.log(
      `\nRun of ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${gitRevision()}, \`--only-assessment\`.\n\n${renderAssessment(assessment)}`,
    );
    writeFileSync(path.join(repoRoot, 'dist', 'bench', 'last-assessment.json'), JSON.stringify({ at: new Date().toISOString(), assessment }, null, 2));
    log('--only-assessment: BENCHMARKS.md left unchanged');
    return;
  }
  if (onlySupervision) {
    console.log(`\n${renderSupervision(await runSupervision())}`);
    log('--only-supervision: BENCHMARKS.md left unchanged');
    return;
  }
  const caseConfig = { ...base, databaseUrl: benchUrl, appDatabaseUrl: appUrl, queuePrefix: 'bench' };
  const runCaseHttp = () =>
    measureCaseHttp({
      config: caseConfig,
      benchUrl,
      appUrl,
      targets,
      connections: CASE_CONNECTIONS,
      listConnections: LIST_CONNECTIONS,
      durationSeconds: loadSeconds,
      lists: !onlyRegistration,
      log,
    });
  if (onlyRegistration) {
    const caseHttp = await runCaseHttp();
    console.log(`\nRun of ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${gitRevision()}, \`--only-registration\`.\n\n${renderFloor(caseHttp)}`);
    writeFileSync(path.join(repoRoot, 'dist', 'bench', 'last-registration.json'), JSON.stringify({ at: new Date().toISOString(), caseHttp }, null, 2));
    log('--only-registration: BENCHMARKS.md left unchanged');
    return;
  }
  log('case lists in SQL');
  const caseLists = await measureCaseLists(appUrl, benchUrl, targets, asOf, sqlOptions, log);
  if (onlyCases) {
    const caseHttp = await runCaseHttp();
    const report = renderCases({ province, caseData, targets, caseLists, caseHttp });
    console.log(`\n${report}`);
    writeFileSync(path.join(repoRoot, 'dist', 'bench', 'last-cases.json'), JSON.stringify({ at: new Date().toISOString(), caseHttp }, null, 2));
    log('--only-cases: BENCHMARKS.md left unchanged');
    return;
  }
  const countyUser = province.plan.users.find((u) => u.tenantId === scopes.county.tenantId)!;
  const provinceUser = province.plan.users.find((u) => u.tenantId === scopes.province.tenantId)!;
  // One user per lane: more than the lockout's allowance of simultaneous attempts on one username
  // is refused before the password is checked (apps/cases/src/auth/login-throttle.ts).
  const loginUsers = province.plan.users.filter((u) => u.tenantId === scopes.county.tenantId).slice(0, LOGIN_CONCURRENCY);

  // --- 2. row-level security -------------------------------------------------------------
  log('capturing the directory service statements');
  const captured = await captureDirectoryStatements(appUrl, scopes.county, countyUser);
  const unitsCount: Statement = { sql: 'SELECT count(*) FROM core.units', params: [] };
  const explicitUnits = (scope: Scope): Statement => ({ sql: 'SELECT count(*) FROM core.units WHERE tenant_path <@ $1::ltree', params: [scope.tenantPath] });

  const app = new pg.Client({ connectionString: appUrl, application_name: 'petition-bench-app' });
  const admin = new pg.Client({ connectionString: benchUrl, application_name: 'petition-bench-admin' });
  await app.connect();
  await admin.connect();
  const rls: SeriesResult[] = [];
  const forceSeqScan = 'SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL max_parallel_workers_per_gather = 0';
  const plans: { title: string; plan: string }[] = [];
  let pgFacts: Record<string, string>;
  let catalogue: string[][];
  try {
    pgFacts = (
      await admin.query(
        `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers,
                current_setting('work_mem') AS work_mem, current_setting('jit') AS jit,
                current_setting('max_parallel_workers_per_gather') AS parallel_workers`,
      )
    ).rows[0];

    const series = async (query: string, scope: Scope, statement: Statement, baseline: Statement | null, user?: User) => {
      const ctx = contextOf(scope, user);
      const labels = { query, context: scope.label };
      log(`${query}, ${scope.label}`);
      rls.push(await measureSeries(app, { ...labels, connection: 'app role (RLS)' }, ctx, statement, sqlOptions));
      rls.push(await measureSeries(admin, { ...labels, connection: 'superuser, same SQL' }, ctx, statement, sqlOptions));
      if (baseline) rls.push(await measureSeries(admin, { ...labels, connection: 'superuser + explicit WHERE' }, ctx, baseline, sqlOptions));
    };
    for (const scope of [scopes.province, scopes.city, scopes.county]) {
      await series('(a) count units', scope, unitsCount, explicitUnits(scope));
    }
    for (const scope of [scopes.province, scopes.county]) {
      await series('(b) township page', scope, captured.tenantsPage, withExplicitSubtree(captured.tenantsPage, '"t"."path"', scope.tenantPath));
    }
    await series('(c) user by id', scopes.county, captured.userById, null, countyUser);
    // Not a query the services send: a full scan forced by planner switches, to price the policy
    // where it is a per-row filter (as in any province-wide scan of a large table).
    await series(
      '(d) count users, forced seq scan',
      scopes.province,
      { sql: 'SELECT count(*) FROM core.users', params: [], prelude: forceSeqScan },
      { sql: 'SELECT count(*) FROM core.users WHERE tenant_path <@ $1::ltree', params: [scopes.province.tenantPath], prelude: forceSeqScan },
    );

    log('plans');
    for (const scope of [scopes.province, scopes.county]) {
      plans.push({ title: `(a) count units, ${scope.label} context — app role`, plan: await explain(app, contextOf(scope), unitsCount) });
    }
    for (const scope of [scopes.province, scopes.county]) {
      plans.push({ title: `(b) township page, ${scope.label} context — app role`, plan: await explain(app, contextOf(scope), captured.tenantsPage) });
    }
    catalogue = (
      await admin.query<{ fn: string; language: string; volatility: string; parallel: string; leakproof: boolean; cost: number }>(
        `SELECT p.oid::regprocedure::text AS fn, l.lanname AS language,
                CASE p.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END AS volatility,
                CASE p.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END AS parallel,
                p.proleakproof AS leakproof, p.procost AS cost
           FROM unnest($1::regprocedure[]) WITH ORDINALITY AS f (oid, n)
           JOIN pg_proc p ON p.oid = f.oid JOIN pg_language l ON l.oid = p.prolang
          ORDER BY f.n`,
        [POLICY_FUNCTIONS],
      )
    ).rows.map((r) => [r.fn, r.language, r.volatility, `PARALLEL ${r.parallel}`, r.leakproof ? 'LEAKPROOF' : 'not leakproof', `COST ${r.cost}`]);
    // The directory migration marks ltree's ancestry tests LEAKPROOF only when it runs as a real
    // superuser; without that the planner estimates every subtree alike (see BENCHMARKS.md).
    if (catalogue.some(([fn, , , , leakproof]) => fn.startsWith('ltree_') && leakproof !== 'LEAKPROOF')) {
      log('warning: ltree ancestry is not LEAKPROOF in petition_bench; app-role plans run without statistics');
    }
    plans.push({
      title: `(b) township page, ${scopes.province.label} context — superuser + explicit WHERE`,
      plan: await explain(admin, contextOf(scopes.province), withExplicitSubtree(captured.tenantsPage, '"t"."path"', scopes.province.tenantPath)!),
    });
    plans.push({
      title: `(d) count users, forced seq scan, ${scopes.province.label} context — app role`,
      plan: await explain(app, contextOf(scopes.province), { sql: 'SELECT count(*) FROM core.users', params: [], prelude: forceSeqScan }),
    });
  } finally {
    await app.end();
    await admin.end();
  }

  // --- 3. GraphQL, 4. login ---------------------------------------------------------------------
  log('starting the cases subgraph');
  const subgraph = await startCasesSubgraph({ ...base, databaseUrl: benchUrl, appDatabaseUrl: appUrl, queuePrefix: 'bench' });
  const http: { name: string; context: string; answer: string; result: LoadResult }[] = [];
  let logins: LoginResult;
  try {
    const tenantsQuery = 'query { tenants(first: 100, filter: { level: TOWNSHIP }) { edges { node { code name } } } }';
    const meQuery = 'query { me { username tenant { name } } }';
    const runs = [
      { name: 'tenants(first: 100, TOWNSHIP)', user: provinceUser, scope: scopes.province, query: tenantsQuery, expect: '"edges"' },
      { name: 'tenants(first: 100, TOWNSHIP)', user: countyUser, scope: scopes.county, query: tenantsQuery, expect: '"edges"' },
      { name: 'me { username tenant { name } }', user: countyUser, scope: scopes.county, query: meQuery, expect: `"${countyUser.username}"` },
    ];
    for (const run of runs) {
      const token = await subgraph.token(run.user);
      const answer = await graphql<{ tenants?: { edges: unknown[] }; me: { username: string; tenant: { name: string } } }>(subgraph.url, run.query, token);
      if (answer.errors || !answer.data) throw new Error(`${run.name} failed before the load: ${JSON.stringify(answer.errors)}`);
      const summary = answer.data.tenants ? `${answer.data.tenants.edges.length} townships` : `${answer.data.me.username} @ ${answer.data.me.tenant.name}`;
      log(`load: ${run.name} as ${run.user.username} (${summary}), ${CONNECTIONS} connections, ${loadSeconds} s`);
      const result = await load({ url: subgraph.url, query: run.query, token, expect: run.expect, connections: CONNECTIONS, durationSeconds: loadSeconds });
      if (result.errors || result.non2xx || result.mismatches || result.timeouts) {
        throw new Error(`${run.name}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.mismatches} wrong answers, ${result.timeouts} timeouts`);
      }
      http.push({ name: run.name, context: `${run.scope.label} (${run.user.username})`, answer: summary, result });
    }
    log(`login: ${LOGINS} sequential, then ${LOGINS} with ${LOGIN_CONCURRENCY} in flight`);
    logins = await measureLogins(
      subgraph.url,
      loginUsers.map((u) => u.username),
      BENCH_PASSWORD,
      LOGINS,
    );
  } finally {
    await subgraph.close();
  }

  // --- 6. cases over HTTP: registrations and lists, gateway and direct ----------------------------
  const caseHttp = await runCaseHttp();
  if (caseHttp.status !== 'done') log(`case HTTP measurement ${caseHttp.status}: ${caseHttp.reason}`);

  // --- 7. supervision: reconciliation and notices ------------------------------------------------
  const supervision = await runSupervision();

  // --- 8. assessment: a scheme over the facts, fact ingestion ------------------------------------
  const assessment = await runAssessment();

  const report =
    renderReport({ province, scopes, pgFacts, catalogue, rls, plans, http, logins, captured }) +
    '\n\n' +
    renderCases({ province, caseData, targets, caseLists, caseHttp }) +
    '\n\n' +
    renderSupervision(supervision) +
    '\n\n' +
    renderAssessment(assessment);
  console.log(`\n${report}`);
  writeFileSync(
    path.join(repoRoot, 'dist', 'bench', 'last-run.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        counts: province.counts,
        scopes,
        pgFacts,
        catalogue,
        rls,
        http,
        logins,
        cases: { generated: province.cases, caseData, targets, caseLists, caseHttp },
        supervision,
        assessment,
      },
      null,
      2,
    ),
  );
  if (quick) log('--quick: BENCHMARKS.md left unchanged');
  else {
    writeResults(report);
    log('results written to BENCHMARKS.md');
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** The province, its first city, and that city's first county (a district), with what each sees. */
function pickScopes(plan: GeneratedProvince): { province: Scope; city: Scope; county: Scope } {
  const scope = (level: TenantLevel, label: string): Scope => {
    const tenant = plan.tenants.filter((t) => t.level === level).sort((a, b) => a.path.localeCompare(b.path))[0];
    const within = (p: string) => p === tenant.path || p.startsWith(`${tenant.path}.`);
    return {
      label,
      tenantId: tenant.id,
      tenantPath: tenant.path,
      code: tenant.code,
      name: tenant.name,
      level,
      visible: {
        tenants: plan.tenants.filter((t) => within(t.path)).length,
        units: plan.units.filter((u) => within(u.tenantPath)).length,
        users: plan.users.filter((u) => within(u.tenantPath)).length,
      },
    };
  };
  return { province: scope(TenantLevel.PROVINCE, 'province'), city: scope(TenantLevel.CITY, 'city'), county: scope(TenantLevel.COUNTY, 'county') };
}

function gitRevision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
    return head + dirty;
  } catch {
    return 'unknown';
  }
}

function renderReport(r: {
  province: Awaited<ReturnType<typeof generateProvince>>;
  scopes: ReturnType<typeof pickScopes>;
  pgFacts: Record<string, string>;
  catalogue: string[][];
  rls: SeriesResult[];
  plans: { title: string; plan: string }[];
  http: { name: string; context: string; answer: string; result: LoadResult }[];
  logins: LoginResult;
  captured: { tenantsPage: Statement; userById: Statement };
}): string {
  const cpus = os.cpus();
  const { scopes } = r;
  const lines: string[] = [];
  lines.push(`Run of ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${gitRevision()}.`, '');
  lines.push(
    table(
      ['machine', ''],
      [
        ['CPU', `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`],
        ['memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
        ['OS', `${os.type()} ${os.release()} ${os.arch()}`],
        ['Node.js', process.version],
        [
          'PostgreSQL',
          `${r.pgFacts.version} at ${new URL(r.province.url).host}, same machine (shared_buffers ${r.pgFacts.shared_buffers}, work_mem ${r.pgFacts.work_mem}, jit ${r.pgFacts.jit}, max_parallel_workers_per_gather ${r.pgFacts.parallel_workers})`,
        ],
        ['load generator', `autocannon in a child process on the same machine, ${CONNECTIONS} connections, ${loadSeconds} s per query`],
      ],
      2,
    ),
    '',
  );
  const { counts } = r.province;
  lines.push(
    `Data: \`petition_bench\`, one province (seed ${BENCH_SHAPE.seed}): ${counts.tenants.toLocaleString('en-US')} tenants ` +
      `(1 province, ${BENCH_SHAPE.cities} cities, ${BENCH_SHAPE.counties} counties, ${BENCH_SHAPE.townships.toLocaleString('en-US')} townships), ` +
      `${counts.units.toLocaleString('en-US')} units, ${counts.users.toLocaleString('en-US')} users` +
      (r.province.generated ? ` — generated in ${r.province.seconds.toFixed(1)} s.` : ' — reused from an earlier run (same generator, same counts).'),
    '',
  );
  lines.push(
    table(
      ['context', 'tenant', 'tenants visible', 'units visible', 'users visible'],
      [scopes.province, scopes.city, scopes.county].map((s) => [s.label, `${s.name} ${s.code}`, s.visible.tenants, s.visible.units, s.visible.users]),
      2,
    ),
    '',
  );

  lines.push(
    `### Row-level security, sequential on one connection`,
    '',
    `Statement latency in ms over the measured iterations (after ${sqlOptions.warmup} warm-up); “tx” is the whole ` +
      `transaction as a service runs it (BEGIN, set_config, statement, COMMIT) and tx/s how many of those one connection completes per second.`,
    '',
    table(
      SERIES_COLUMNS.filter((c) => c !== 'tx p95'),
      r.rls.map((s) => seriesRow(s, false)),
      4,
    ),
    '',
    'Statements as the directory service sends them (captured from TypeORM):',
    '',
    '```sql',
    `-- (b) DirectoryService.tenants(ctx, { level: TOWNSHIP }, { first: 100 }), parameters ${JSON.stringify(r.captured.tenantsPage.params)}`,
    r.captured.tenantsPage.sql,
    `-- (c) DirectoryService.user(ctx, id)`,
    r.captured.userById.sql,
    '```',
    '',
  );

  lines.push(
    '### Plans',
    '',
    'The functions of the policies and tenant context, from the catalogue (set by the directory migration):',
    '',
    table(['function', 'language', 'volatility', 'parallel', 'leakproof', 'cost'], r.catalogue, 6),
    '',
  );
  for (const plan of r.plans) {
    lines.push(`${plan.title}:`, '', '```', plan.plan, '```', '');
  }

  lines.push(
    `### GraphQL over HTTP (cases subgraph, in-process, 127.0.0.1)`,
    '',
    `Every response was checked: a GraphQL answer without errors carrying the expected data (autocannon \`verifyBody\`); the run fails on any error, non-2xx, timeout or wrong answer.`,
    '',
    table(
      ['query', 'caller', 'answer', 'requests', 'req/s', 'mean ms', 'p50 ms', 'p97.5 ms', 'p99 ms', 'max ms'],
      r.http.map((h) => [
        `\`${h.name}\``,
        h.context,
        h.answer,
        h.result.total.toLocaleString('en-US'),
        rate(h.result.requestsPerSecond),
        ms(h.result.latency.mean),
        ms(h.result.latency.p50),
        ms(h.result.latency.p97_5),
        ms(h.result.latency.p99),
        ms(h.result.latency.max),
      ]),
      3,
    ),
    '',
  );

  const { sequential, burst } = r.logins;
  lines.push(
    `### Login (argon2id verify: 19 MiB, 2 passes, 1 lane)`,
    '',
    table(
      ['run', 'logins', 'mean ms', 'p50 ms', 'p95 ms', 'max ms', 'logins/s'],
      [
        ['sequential', sequential.n, ms(sequential.meanMs), ms(sequential.p50Ms), ms(sequential.p95Ms), ms(sequential.maxMs), rate(1000 / sequential.meanMs)],
        [
          `${burst.concurrency} in flight`,
          burst.logins,
          ms(burst.latency.meanMs),
          ms(burst.latency.p50Ms),
          ms(burst.latency.p95Ms),
          ms(burst.latency.maxMs),
          rate(burst.perSecond),
        ],
      ],
    ),
  );
  return lines.join('\n');
}

function num(n: number): string {
  return n.toLocaleString('en-US');
}
function pct(n: number, of: number): string {
  return `${((100 * n) / of).toFixed(1)}%`;
}
function mib(n: number): string {
  return Number.isFinite(n) ? `${Math.round(n)}` : '–';
}

function renderCases(r: {
  province: Awaited<ReturnType<typeof generateProvince>>;
  caseData: Awaited<ReturnType<typeof describeCases>>;
  targets: CaseTargets;
  caseLists: CaseListRun[];
  caseHttp: CaseHttpResult;
}): string {
  const d = r.caseData;
  const g = r.province.cases;
  const lines: string[] = [];
  lines.push(
    '### Case handling at 1,000,000 cases',
    '',
    `Data as of ${CASE_SHAPE.asOf} (seed ${CASE_SHAPE.seed}): ${num(d.cases)} cases registered ${d.first} … ${d.last}, ${num(d.petitioners)} petitioners, ` +
      `${num(d.stages)} stage rows, ${num(d.transitions)} transitions, ${d.categories} categories, ${num(d.receptions)} reception days; ` +
      `cases ${d.cases_size} with indexes, petitioners + stages + transitions ${d.children_size}, database ${d.database_size}. ` +
      (g
        ? `Generated in ${g.seconds.total.toFixed(0)} s: walk + COPY ${g.seconds.generateAndCopy.toFixed(0)} s, keys, indexes and foreign keys recreated ${g.seconds.indexes.toFixed(0)} s, ` +
          `consistency checks ${g.seconds.check.toFixed(0)} s, VACUUM (ANALYZE) ${g.seconds.vacuum.toFixed(0)} s (directory before it: ${r.province.seconds.toFixed(1)} s).`
        : 'Reused from an earlier run (same generator, same counts).'),
    '',
  );
  const share = (m: Record<string, number>) =>
    Object.entries(m)
      .map(([k, v]) => `${k} ${pct(v, d.cases)}`)
      .join(', ');
  lines.push(
    table(
      ['facet', 'spread'],
      [
        ['state', share(d.byState)],
        ['channel', share(d.byChannel)],
        ['kind', share(d.byKind)],
        ['problem jurisdiction level', share(d.byLevel)],
        [
          'flags',
          `open ${pct(d.open, d.cases)}, overdue on ${CASE_SHAPE.asOf} ${num(d.overdue)} (${pct(d.overdue, d.open)} of open), collective ${pct(d.collective, d.cases)}, ` +
            `repeat ${pct(d.repeats, d.cases)}, level-skipping visits ${pct(d.level_skipping, d.cases)}`,
        ],
      ],
    ),
    '',
  );
  if (g) {
    lines.push(
      `Consistency checks on the loaded rows (each the number of violating rows): ${Object.entries(g.inconsistencies)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
      '',
    );
  }
  lines.push(
    `#### Case lists in SQL, sequential on one connection`,
    '',
    `As the directory series above (same transaction shape, now with \`app.scope_unit\`). (e) ${r.targets.unit.tenantName} ${r.targets.unit.name}: ${r.targets.unit.handled} cases, ` +
      `${r.targets.unit.overdue} overdue (the unit with the most); (f) ${r.targets.county.name} ${r.targets.county.code}: ${num(r.targets.county.cases)} cases in its subtree (the busiest county); ` +
      `(g) all ${num(r.targets.province.cases)}. “Today” is the data's as-of date, ${CASE_SHAPE.asOf}.`,
    '',
    table(
      SERIES_COLUMNS,
      r.caseLists.flatMap((run) => run.series.map((s) => seriesRow(s, true))),
      4,
    ),
    '',
    '```sql',
    ...r.caseLists.flatMap((run) => [`-- ${run.title}, parameters ${JSON.stringify(run.params)}`, run.sql]),
    '```',
    '',
  );
  for (const run of r.caseLists) {
    for (const plan of run.plans) {
      const verdict = plan.seqScan
        ? '**Seq Scan on cases.cases**'
        : plan.indexes.length
          ? `indexes: ${plan.indexes.map((i) => `\`${i}\``).join(', ')}`
          : '**no index**';
      lines.push(`${plan.title} (${verdict}):`, '', '```', plan.plan, '```', '');
    }
  }
  lines.push(`#### Cases over HTTP: gateway and cases subgraph, separate processes`, '');
  const h = r.caseHttp;
  if (h.status === 'skipped') {
    lines.push(`Skipped: ${h.reason}.`);
    return lines.join('\n');
  }
  if (h.status === 'failed') lines.push(`**Failed**: ${h.reason}. The loads completed before the failure:`, '');
  else
    lines.push(
      `\`registerCase\` as ${h.registrar} (REGISTRAR of ${r.targets.county.name}), every request a different registration (its own petitioner, ID number, phone, title), ` +
        `${CASE_CONNECTIONS} connections for ${loadSeconds} s; the lists through the gateway with ${LIST_CONNECTIONS.join(' and ')} connections. Latencies from every response ` +
        `(p95 exact). Gateway / direct registrations per second: **${h.ratio.toFixed(2)}**; ` +
        `\`@graphql-hive/gateway-runtime\` on the same supergraph (hive-gateway, a measurement only) / the gateway: ${h.hiveRatio.toFixed(2)}.`,
      '',
    );
  lines.push(
    table(
      ['operation', 'path', 'connections', 'requests', 'req/s', 'mean ms', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      h.runs.map((run) => [
        `\`${run.name}\``,
        run.path,
        run.connections,
        num(run.result.total),
        rate(run.result.requestsPerSecond),
        ms(run.result.latency.mean),
        ms(run.result.latency.p50),
        ms(run.result.latency.p95),
        ms(run.result.latency.p99),
        ms(run.result.latency.max),
      ]),
      2,
    ),
    '',
    'Resident memory (MiB) of each server process: idle before the loads, peak and mean sampled every 250 ms during each load.',
    '',
    table(
      ['operation', 'path', ...(h.runs[0]?.memory.map((m) => `${m.process} peak / mean`) ?? [])],
      h.runs.map((run) => [`\`${run.name.split('(')[0]}\``, run.path, ...run.memory.map((m) => `${mib(m.peakMiB)} / ${mib(m.meanMiB)}`)]),
      2,
    ),
    '',
    `Idle: ${h.runs[0]?.memory.map((m) => `${m.process} ${mib(m.idleMiB)} MiB`).join(', ') ?? '–'}.`,
    '',
    "CPU time per request answered (ms, user + system, from `/proc`) during each load: each node process, and the rest of the machine's",
    `busy time (PostgreSQL, mostly). The machine has ${num(os.cpus().length * 1000)} ms of CPU per second, so that over the total is the most requests per second it could answer.`,
    '',
    table(
      ['operation', 'path', ...(h.runs[0]?.cpu.map((c) => c.process) ?? []), 'total', 'ceiling req/s'],
      h.runs.map((run) => {
        const total = run.cpu.reduce((sum, c) => sum + c.msPerRequest, 0);
        return [
          `\`${run.name.split('(')[0]}\``,
          run.path,
          ...run.cpu.map((c) => c.msPerRequest.toFixed(2)),
          total.toFixed(2),
          rate((os.cpus().length * 1000) / total),
        ];
      }),
      2,
    ),
    '',
    renderFloor(h),
  );
  return lines.join('\n');
}

/**
 * Registrations per second through the gateway, through the Hive gateway runtime on the same
 * supergraph, straight to the subgraph, and their SQL replayed by pgbench, with the issue's ratios.
 */
function renderFloor(h: CaseHttpResult): string {
  if (h.status !== 'done') return `#### Registration and its floor\n\n${h.status === 'skipped' ? 'Skipped' : '**Failed**'}: ${h.reason}.`;
  const registrations = (path: CasePath) => h.runs.find((r) => r.name === 'registerCase' && r.path === path)!;
  const gateway = registrations('gateway').result;
  const hive = registrations('hive-gateway').result;
  const direct = registrations('direct').result;
  // Each gateway's resident memory at its highest during its own load.
  const peak = (path: CasePath, process: string) => registrations(path).memory.find((m) => m.process === process)?.peakMiB ?? NaN;
  const f = h.floor;
  const sent = f?.runs.find((r) => r.mode === 'extended');
  const prepared = f?.runs.find((r) => r.mode === 'prepared');
  const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : '–');
  const lines = [
    '#### Registration and its floor',
    '',
    f
      ? `The ${f.statements.length} statements of one \`registerCase\` (captured in the cases subgraph, \`START TRANSACTION\` … \`COMMIT\` with the tenant context's \`set_config\`) ` +
        `replayed by pgbench as the app role (row-level security applied) with ${f.clients} clients for ${loadSeconds} s, after the HTTP loads with the servers stopped; ` +
        `${f.varying} parameters given a new value per transaction (ids, hashes), so each inserts a new case.`
      : 'No statements were captured: no floor.',
    '',
    table(
      ['path', 'clients', 'registrations', 'registrations/s', 'mean ms', 'failed'],
      [
        ...(
          [
            ['gateway (HTTP, Apollo)', gateway],
            ['Hive gateway runtime (HTTP, same supergraph)', hive],
            ['cases subgraph direct (HTTP)', direct],
          ] as const
        ).map(([path, load]) => [
          path,
          CASE_CONNECTIONS,
          num(load.total),
          rate(load.requestsPerSecond),
          ms(load.latency.mean),
          load.errors + load.non2xx + load.mismatches,
        ]),
        ...(f?.runs ?? []).map((r) => [
          `pgbench, ${r.mode === 'extended' ? 'as sent (`-M extended`, unnamed)' : 'prepared (`-M prepared`)'}`,
          f!.clients,
          num(r.transactions),
          rate(r.perSecond),
          ms(r.latencyMs),
          r.failed,
        ]),
      ],
    ),
    '',
    `Ratios: gateway / direct **${ratio(gateway.requestsPerSecond, direct.requestsPerSecond)}** (goal ≥ 0.7); ` +
      `direct / prepared floor **${ratio(direct.requestsPerSecond, prepared?.perSecond)}** (goal ≥ 0.5); ` +
      `direct / as-sent floor ${ratio(direct.requestsPerSecond, sent?.perSecond)}; as sent / prepared ${ratio(sent?.perSecond ?? NaN, prepared?.perSecond)}.`,
    '',
    "The Apollo gateway (the project's) against `@graphql-hive/gateway-runtime` serving the same supergraph and forwarding the same headers " +
      '(bench/hive-gateway.ts), each under its own registration load; peak resident memory of each during its own load:',
    '',
    table(
      ['gateway/s', 'hive/s', 'direct/s', 'gateway / direct', 'hive / direct', '**hive / apollo**', 'gateway peak MiB', 'hive peak MiB'],
      [
        [
          rate(gateway.requestsPerSecond),
          rate(hive.requestsPerSecond),
          rate(direct.requestsPerSecond),
          ratio(gateway.requestsPerSecond, direct.requestsPerSecond),
          ratio(hive.requestsPerSecond, direct.requestsPerSecond),
          `**${ratio(hive.requestsPerSecond, gateway.requestsPerSecond)}**`,
          mib(peak('gateway', 'gateway')),
          mib(peak('hive-gateway', 'hive gateway')),
        ],
      ],
    ),
  ];
  if (f) lines.push('', '```sql', ...f.statements.map((s) => `${s.text.trim().replace(/;$/, '')};`), '```');
  return lines.join('\n');
}

function renderSupervision(r: SupervisionResult): string {
  const pass = (p: SupervisionResult['firstPass']) => [p.seconds.toFixed(2), num(p.roots), num(p.scanned), num(p.owed), num(p.emitted)];
  return [
    '### Supervision at 1,000,000 cases',
    '',
    `${num(r.dueTomorrow)} of the ${num(r.openClocks)} open clocks moved to fall due the day after the as-of date, the clock at ${r.clock}`,
    '(10:00 China time); one reconciliation pass of the cases worker, then a second one with nothing left to do. Its triggers relayed',
    `from the cases outbox and turned into notices by ${r.notices.workers} meetings worker processes; then, in the same run, as many jobs`,
    `bulk-added to a BullMQ queue in batches of ${r.bulkAdd.batch} (the reference). Deadlines put back and the run's rows removed afterwards.`,
    '',
    table(
      ['reconciliation pass', 'seconds', 'provinces', 'clocks scanned', 'owed', 'triggers emitted'],
      [
        ['first', ...pass(r.firstPass)],
        ['second', ...pass(r.secondPass)],
      ],
      2,
    ),
    '',
    table(
      ['step', 'count', 'seconds', 'per second'],
      [
        ['relay (cases outbox → BullMQ)', num(r.relay.events), r.relay.seconds.toFixed(2), rate(r.relay.perSecond)],
        [`notices (relay start → last notice, ${r.notices.workers} workers)`, num(r.notices.count), r.notices.seconds.toFixed(2), rate(r.notices.perSecond)],
        ['BullMQ addBulk reference', num(r.bulkAdd.jobs), r.bulkAdd.seconds.toFixed(2), rate(r.bulkAdd.perSecond)],
      ],
      1,
    ),
    '',
    `Notices per second / bulk-added jobs per second: **${r.ratio.toFixed(2)}**.`,
    '',
    `CPU per notice while they were made (ms, from \`/proc\`): meetings workers ${r.cpuPerNotice.workersMs.toFixed(3)}, relay ${r.cpuPerNotice.relayMs.toFixed(3)},`,
    `the rest of the machine (PostgreSQL, Redis) ${r.cpuPerNotice.restMs.toFixed(3)}; in all ${r.cpuPerNotice.totalMs.toFixed(3)}, so ${num(os.cpus().length * 1000)} ms of CPU per second`,
    `make at most ${rate((os.cpus().length * 1000) / r.cpuPerNotice.totalMs)} notices per second on this machine.`,
  ].join('\n');
}

function renderAssessment(r: AssessmentResult): string {
  const t = (x: { medianMs: number; maxMs: number }) => `${ms(x.medianMs)} / ${ms(x.maxMs)}`;
  const township = r.computations.find((c) => c.level === 'TOWNSHIP' && c.mode === 'ROLLUPS');
  const townshipFromFacts = r.computations.find((c) => c.level === 'TOWNSHIP' && c.mode === 'FACTS');
  const lines = [
    '### Assessment at 1,000,000 cases',
    '',
    `Facts: \`assessment.case_facts\` ${num(r.facts.rows)} rows (${r.facts.caseFactsSize} with indexes), ` +
      (r.facts.filledSeconds === null
        ? 'filled by an earlier run'
        : `filled from the cases in ${r.facts.filledSeconds.toFixed(0)} s (INSERT … SELECT, VACUUM (ANALYZE))`) +
      `; ${num(r.facts.jurisdictions)} jurisdictions` +
      (r.facts.jurisdictionsCopied ? ` (${num(r.facts.jurisdictionsCopied)} copied from \`core.tenants\` by this run)` : '') +
      `. Their counts: \`case_fact_days\` ${num(r.facts.days.n)} rows (${r.facts.days.size}), \`case_fact_months\` ${num(r.facts.months.n)} rows (${r.facts.months.size}), ` +
      `\`case_fact_years\` ${num(r.facts.years.n)} rows (${r.facts.years.size}), ` +
      "filled by the facts' triggers in the same statements." +
      (r.facts.mapping
        ? ` Mapping check: the rows of ${num(r.facts.mapping.checked)} sampled cases against \`caseFactRow\` of their \`case.transitioned\` payload: ${num(r.facts.mapping.differing)} differ` +
          (r.facts.mapping.example ? ` (e.g. ${r.facts.mapping.example})` : '') +
          '.'
        : ''),
    '',
    `A scheme of ${r.items.length} quantitative case items (${r.items.map((i) => i.indicator).join(', ')}), period ${r.period.start} … ${r.period.end}, as of ${r.asOf}, ` +
      `computed by \`ScoreComputation.compute\` in one \`TenantTransactions.run\` (the rollups' two statements side by side, ` +
      `the second on a connection of its own in the first's snapshot) as a province ASSESSOR (app role, row-level security applied), ` +
      `counted from the day and month counts (ROLLUPS; the facts not settled at the as-of day counted from the facts) and from the facts alone (FACTS, the reference), ` +
      `${r.computations[0]?.compute.runsMs.length ?? 0} runs after one warm-up; the floor is one hand-written aggregate of the same ${r.items.length} numerators and denominators ` +
      `over the same facts in the same context (its counts compared with the computation's for every target). max_parallel_workers_per_gather ${r.parallelWorkers}.`,
    '',
    table(
      [
        'targets',
        'counted from',
        'count',
        'facts under them',
        'compute ms median / max',
        'its SQL ms (statements)',
        'floor ms median / max',
        'compute / floor',
        'CPU ms per computation: node / rest',
        'same counts as the floor',
        'same results as from the facts',
      ],
      r.computations.map((c) => [
        c.level,
        c.mode,
        num(c.targets),
        num(c.factRows),
        t(c.compute),
        `${ms(c.sqlMs.medianMs)} (${c.statements})`,
        t(c.floor),
        c.ratio.toFixed(2),
        `${ms(c.cpu.selfMs)} / ${ms(c.cpu.restMs)}`,
        c.agrees ? 'yes' : '**no**',
        c.sameAsFacts === null ? '–' : c.sameAsFacts ? 'same counts' : '**no**',
      ]),
      1,
    ),
    '',
    township
      ? `Townships from the rollups: median **${ms(township.compute.medianMs)} ms** (target ≤ 200 ms), ${township.ratio.toFixed(2)}× the hand-written aggregate over the facts` +
        (townshipFromFacts ? `; from the facts ${ms(townshipFromFacts.compute.medianMs)} ms (${townshipFromFacts.ratio.toFixed(2)}×).` : '.')
      : '',
    '',
    `Fact ingestion: \`case.transitioned\` envelopes (payloads made from sampled cases, new case ids) applied by the assessment worker's consumer ` +
      `(\`EventWorker.consumer.applyBatch\`, one transaction per batch with its processed-event records), as the relay forms jobs; the rows and records removed afterwards.`,
    '',
    table(
      ['shape', 'events', 'batches', 'in flight', 'seconds', 'events/s', 'CPU ms per event: node / rest'],
      r.ingestion.map((i) => [
        i.shape,
        num(i.events),
        num(i.batches),
        i.inFlight,
        i.seconds.toFixed(2),
        rate(i.perSecond),
        `${i.cpu.selfMs.toFixed(3)} / ${i.cpu.restMs.toFixed(3)}`,
      ]),
      1,
    ),
    '',
    '```sql',
    ...r.rollupStatements.flatMap((q, i) => [`-- rollup statement ${i + 1}, TOWNSHIP targets, parameters ${JSON.stringify(q.params)}`, q.sql]),
    `-- the computation from the facts, its grouped aggregate, TOWNSHIP targets, parameters ${JSON.stringify(r.statement.params)}`,
    r.statement.sql,
    '-- the floor',
    r.floorSql,
    '```',
    '',
  ];
  for (const plan of r.plans) lines.push(`${plan.title}:`, '', '```', plan.plan, '```', '');
  return lines.join('\n').trimEnd();
}

function writeResults(report: string): void {
  const START = '<!-- results:start -->';
  const END = '<!-- results:end -->';
  const file = path.join(repoRoot, 'BENCHMARKS.md');
  const block = `${START}\n${report}\n${END}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + END.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
