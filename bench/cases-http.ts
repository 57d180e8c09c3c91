import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Role, TokenService } from '#common/auth';
import type { AppConfig } from '#common/config';
import { REGISTER_MUTATION, registration, type CaseLoadOptions, type CaseLoadResult } from './load-cases.js';
import type { CaseTargets } from './cases-sql.js';
import { clearQueues } from './queues.js';
import { cpuMs, machineBusyMs } from './cpu.js';
import { Redis } from 'ioredis';
import { start, stop, type Server } from './servers.js';
import type { CapturedStatement } from './capture-sql.js';
import { floorScript, runPgbench, varyingValues, type FloorRun } from './floor.js';

/**
 * Case handling over HTTP: `registerCase` at 32 concurrent clients through the gateway, through
 * `@graphql-hive/gateway-runtime` serving the same supergraph (a measurement against the Apollo
 * gateway, bench/hive-gateway.ts) and straight to the cases subgraph, and the two case lists
 * through the gateway, with the resident memory of each server process sampled during every load.
 * The servers are separate processes (bench/serve.ts): the gateway, the Hive gateway, the cases
 * subgraph and the cases worker, as in production.
 */

export interface ProcessMemory {
  process: string;
  /** Resident set size in MiB: before the loads, and the highest and mean sampled during each load. */
  idleMiB: number;
  peakMiB: number;
  meanMiB: number;
}

/** CPU time a process spent during one load, per request answered. */
export interface ProcessCpu {
  process: string;
  msPerRequest: number;
}

/** Through the Apollo gateway (the project's), through the Hive gateway runtime, or straight to the cases subgraph. */
export type CasePath = 'gateway' | 'hive-gateway' | 'direct';

export interface CaseHttpRun {
  name: string;
  path: CasePath;
  connections: number;
  result: CaseLoadResult;
  memory: ProcessMemory[];
  /** The servers, PostgreSQL with everything else the machine did, and the load generator. */
  cpu: ProcessCpu[];
  /** When the load ran, in µs of the monotonic clock that V8's CPU profiles use (bench/profile-summary.ts). */
  windowUs: [number, number];
}

/** The probe registration's statements replayed by pgbench at the registration load's client count (bench/floor.ts). */
export interface RegistrationFloor {
  statements: CapturedStatement[];
  /** The parameters given a per-transaction value. */
  varying: number;
  clients: number;
  runs: FloorRun[];
}

export type CaseHttpResult =
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string; runs: CaseHttpRun[] }
  | {
      status: 'done';
      runs: CaseHttpRun[];
      /** Registrations per second through the gateway over straight to the subgraph. */
      ratio: number;
      /** Registrations per second through the Hive gateway runtime over through the Apollo gateway. */
      hiveRatio: number;
      registrar: string;
      cleanedUp: number;
      floor: RegistrationFloor | null;
    };

/** The BullMQ prefix of the servers under load. */
const QUEUE_PREFIX = 'bench';

const SUPERGRAPH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'gateway', 'supergraph.graphql');

/** Whether the checked-in supergraph has what this measurement needs. */
export function caseApiAvailable(file = SUPERGRAPH): { ok: boolean; reason: string } {
  if (!existsSync(file)) return { ok: false, reason: `${file} is missing` };
  const sdl = readFileSync(file, 'utf8');
  const missing = [
    [/\bregisterCase\(/, 'Mutation.registerCase'],
    [/\n\s+cases\(/, 'Query.cases'],
    [/input CaseFilter\b[^}]*\bhandlingUnitId\b[^}]*\boverdue\b/s, 'CaseFilter { handlingUnitId overdue }'],
    [/input CaseFilter\b[^}]*\bproblemJurisdictionId\b/s, 'CaseFilter.problemJurisdictionId'],
  ]
    .filter(([re]) => !(re as RegExp).test(sdl))
    .map(([, what]) => what as string);
  return missing.length ? { ok: false, reason: `not in apps/gateway/supergraph.graphql: ${missing.join(', ')}` } : { ok: true, reason: '' };
}

function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

function runLoad(options: CaseLoadOptions): Promise<CaseLoadResult> {
  const script = fileURLToPath(new URL('./load-cases.js', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let out = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    const limit = setTimeout(() => child.kill('SIGKILL'), (options.durationSeconds + 60) * 1000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(limit);
      if (code !== 0) return reject(new Error(`case load generator exited with ${code}`));
      try {
        resolve(JSON.parse(out) as CaseLoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * Waits, up to two minutes, until the machine spends under a fifth of a core over a second (the
 * workers have sent what earlier loads queued); returns the seconds waited.
 */
async function machineQuiet(): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    const before = machineBusyMs();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    if (machineBusyMs() - before < 200) break;
  }
  return (Date.now() - started) / 1000;
}

/** Samples every server's RSS every 250 ms while `load` runs, and charges each process's CPU time to the requests answered. */
async function sampled(
  servers: Server[],
  idle: Map<string, number>,
  load: () => Promise<CaseLoadResult>,
): Promise<{ value: CaseLoadResult; memory: ProcessMemory[]; cpu: ProcessCpu[]; windowUs: [number, number] }> {
  const samples = new Map(servers.map((s) => [s.name, [] as number[]]));
  const timer = setInterval(() => servers.forEach((s) => samples.get(s.name)!.push(rssMiB(s.child.pid!))), 250);
  const cpuBefore = servers.map((s) => cpuMs(s.child.pid!));
  const machineBefore = machineBusyMs();
  const startUs = Number(process.hrtime.bigint() / 1000n);
  try {
    const value = await load();
    const windowUs: [number, number] = [startUs, Number(process.hrtime.bigint() / 1000n)];
    const servedMs = servers.map((s, i) => cpuMs(s.child.pid!) - cpuBefore[i]);
    // PostgreSQL's backends come and go with the pools, taking their counters with them: it is what the machine spent beyond the node processes.
    const restMs = machineBusyMs() - machineBefore - servedMs.reduce((a, b) => a + b, 0) - value.cpuMs;
    const perRequest = (ms: number) => ms / Math.max(value.total, 1);
    return {
      value,
      windowUs,
      memory: servers.map((s) => {
        const xs = samples.get(s.name)!.filter(Number.isFinite);
        return { process: s.name, idleMiB: idle.get(s.name)!, peakMiB: Math.max(...xs), meanMiB: xs.reduce((a, b) => a + b, 0) / (xs.length || 1) };
      }),
      cpu: [
        ...servers.map((s, i) => ({ process: s.name, msPerRequest: perRequest(servedMs[i]) })),
        { process: 'PostgreSQL and the rest', msPerRequest: perRequest(restMs) },
        { process: 'load generator', msPerRequest: perRequest(value.cpuMs) },
      ],
    };
  } finally {
    clearInterval(timer);
  }
}

export interface CaseHttpOptions {
  config: AppConfig;
  benchUrl: string;
  appUrl: string;
  targets: CaseTargets;
  connections: number;
  /** Each list is loaded once per entry: one user alone, then several at once. */
  listConnections: number[];
  durationSeconds: number;
  /** Whether to load the lists too (off with `--only-registration`). */
  lists: boolean;
  log: (line: string) => void;
}

/** The statements of the first registration the cases subgraph committed (bench/capture-sql.ts). */
function capturedRegistration(server: Server): Promise<CapturedStatement[] | null> {
  return new Promise((resolve) => {
    const onMessage = (message: { capturedRegistration?: CapturedStatement[] | null }) => {
      if (!message || !('capturedRegistration' in message)) return;
      server.child.off('message', onMessage);
      resolve(message.capturedRegistration ?? null);
    };
    server.child.on('message', onMessage);
    server.child.send({ capturedRegistration: true });
  });
}

export async function measureCaseHttp(options: CaseHttpOptions): Promise<CaseHttpResult> {
  const available = caseApiAvailable();
  if (!available.ok) return { status: 'skipped', reason: `API not available (${available.reason})` };
  const { config, log, targets } = options;
  const overrides: Partial<AppConfig> = { databaseUrl: options.benchUrl, appDatabaseUrl: options.appUrl, queuePrefix: QUEUE_PREFIX } as Partial<AppConfig>;
  const env = { ...process.env, DATABASE_URL: options.benchUrl, APP_DATABASE_URL: options.appUrl, QUEUE_PREFIX };
  const startedAt = new Date();
  const servers: Server[] = [];
  const runs: CaseHttpRun[] = [];
  const admin = new pg.Client({ connectionString: options.benchUrl });
  await admin.connect();
  try {
    log('starting the cases subgraph, the cases worker, the gateway and the Hive gateway (separate processes)');
    const cases = await start('cases subgraph', 'cases', overrides, { ...env, BENCH_CAPTURE_REGISTRATION: '1' });
    servers.push(cases);
    servers.push(await start('cases worker', 'worker', overrides, env));
    const casesUrl = `http://127.0.0.1:${cases.port}/graphql`;
    const gateway = await start('gateway', 'gateway', overrides, { ...env, CASES_URL: casesUrl });
    // The Hive gateway runtime on the same supergraph, for comparison: the Apollo gateway stays the project's.
    const hive = await start('hive gateway', 'hive-gateway', overrides, { ...env, CASES_URL: casesUrl });
    servers.unshift(gateway, hive);
    const gatewayUrl = `http://127.0.0.1:${gateway.port}/graphql`;
    const hiveUrl = `http://127.0.0.1:${hive.port}/graphql`;
    const idle = new Map(servers.map((s) => [s.name, rssMiB(s.child.pid!)]));

    // A county registrar registers matters of the county's subtree.
    const tokens = new TokenService(config);
    const registrar = (await admin.query(`SELECT id, username FROM core.users WHERE tenant_id = $1 ORDER BY username LIMIT 1`, [targets.county.id])).rows[0];
    const registrarToken = await tokens.sign({
      userId: registrar.id,
      username: registrar.username,
      tenantId: targets.county.id,
      tenantPath: targets.county.path,
      unitId: null,
      roles: [Role.REGISTRAR],
    });
    const categoryIds = (await admin.query(`SELECT id FROM cases.categories WHERE parent_id IS NOT NULL AND active ORDER BY code`)).rows.map((r) => r.id);
    const jurisdictionIds = (await admin.query(`SELECT id FROM core.tenants WHERE path <@ $1::ltree ORDER BY path`, [targets.county.path])).rows.map(
      (r) => r.id,
    );
    const register = { categoryIds, jurisdictionIds, addressCode: targets.county.code, offset: 0 };

    const probeResponse = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${registrarToken}` },
      body: JSON.stringify({ query: REGISTER_MUTATION, variables: { input: registration(register, 9_999_999) } }),
    });
    const probe = (await probeResponse.json()) as { data?: { registerCase: { id: string } }; errors?: unknown };
    if (probe.errors || !probe.data) return { status: 'failed', reason: `registerCase refused before the load: ${JSON.stringify(probe.errors)}`, runs };
    const probeStatements = await capturedRegistration(cases);
    // The same through the Hive gateway, with a request id of the caller's that the subgraph must receive (its audit row carries it).
    const hiveRequestId = `bench-hive-probe-${Date.now()}`;
    const hiveProbeResponse = await fetch(hiveUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${registrarToken}`, 'x-request-id': hiveRequestId },
      body: JSON.stringify({ query: REGISTER_MUTATION, variables: { input: registration(register, 9_999_998) } }),
    });
    const hiveProbe = (await hiveProbeResponse.json()) as { data?: { registerCase: { id: string } }; errors?: unknown };
    if (hiveProbe.errors || !hiveProbe.data) {
      return { status: 'failed', reason: `registerCase via the Hive gateway refused before the load: ${JSON.stringify(hiveProbe.errors)}`, runs };
    }
    const audited = await admin.query(`SELECT request_id FROM cases.audit_log WHERE entity_id = $1`, [hiveProbe.data.registerCase.id]);
    if (!audited.rows.some((r) => r.request_id === hiveRequestId)) {
      return { status: 'failed', reason: `the Hive gateway did not forward the caller's request id (audit: ${JSON.stringify(audited.rows)})`, runs };
    }

    const handlerToken = await tokens.sign({
      userId: targets.users.unit,
      username: 'bench-handler',
      tenantId: targets.unit.tenantId,
      tenantPath: targets.unit.tenantPath,
      unitId: targets.unit.id,
      roles: [Role.HANDLER],
    });
    const countyToken = await tokens.sign({
      userId: targets.users.county,
      username: 'bench-county',
      tenantId: targets.county.id,
      tenantPath: targets.county.path,
      unitId: null,
      roles: [Role.SUPERVISOR],
    });
    type Load = { name: string; path: CasePath; connections: number; options: CaseLoadOptions };
    const listLoad = (name: string, token: string, connections: number, query: string): Load => ({
      name,
      path: 'gateway',
      connections,
      options: { url: gatewayUrl, token, connections, durationSeconds: options.durationSeconds, query, expect: '"edges"' },
    });
    const loads: Load[] = [
      {
        name: 'registerCase',
        path: 'gateway',
        connections: options.connections,
        options: {
          url: gatewayUrl,
          token: registrarToken,
          connections: options.connections,
          durationSeconds: options.durationSeconds,
          register: { ...register, offset: 0 },
          expect: '"registerCase"',
        },
      },
      {
        name: 'registerCase',
        path: 'hive-gateway',
        connections: options.connections,
        options: {
          url: hiveUrl,
          token: registrarToken,
          connections: options.connections,
          durationSeconds: options.durationSeconds,
          // Not 2,000,000: registration() repeats its ID numbers every 2,000,000 (sequence digits 900 + ⌊n / 20,000⌋ mod 100),
          // so that offset would register the gateway load's petitioners again and be refused as repeats.
          register: { ...register, offset: 1_500_000 },
          expect: '"registerCase"',
        },
      },
      {
        name: 'registerCase',
        path: 'direct',
        connections: options.connections,
        options: {
          url: casesUrl,
          token: registrarToken,
          connections: options.connections,
          durationSeconds: options.durationSeconds,
          register: { ...register, offset: 1_000_000 },
          expect: '"registerCase"',
        },
      },
      ...(options.lists ? options.listConnections : []).flatMap((connections) => [
        listLoad(
          `cases(filter: { handlingUnitId, overdue: true }, first: 20) as a HANDLER of ${targets.unit.name}`,
          handlerToken,
          connections,
          `query { cases(first: 20, filter: { handlingUnitId: "${targets.unit.id}", overdue: true }) { edges { node { id } } } }`,
        ),
        listLoad(
          `cases(filter: { problemJurisdictionId: county }, first: 20) as ${targets.county.name}`,
          countyToken,
          connections,
          `query { cases(first: 20, filter: { problemJurisdictionId: "${targets.county.id}" }) { edges { node { id } } } }`,
        ),
      ]),
    ];
    for (const l of loads) {
      // The worker sends what the registrations before queued (messages, events): not on this load's bill.
      const waited = await machineQuiet();
      log(
        `load: ${l.name} via ${l.path}, ${l.connections} connections, ${l.options.durationSeconds} s${waited > 1 ? ` (after ${waited.toFixed(0)} s for the machine to quiet down)` : ''}`,
      );
      const { value, memory, cpu, windowUs } = await sampled(servers, idle, () => runLoad(l.options));
      runs.push({ name: l.name, path: l.path, connections: l.connections, result: value, memory, cpu, windowUs });
      if (value.errors || value.non2xx || value.mismatches || value.timeouts) {
        return {
          status: 'failed',
          reason: `${l.name} via ${l.path}: ${value.errors} errors, ${value.non2xx} non-2xx, ${value.mismatches} wrong answers, ${value.timeouts} timeouts`,
          runs,
        };
      }
    }
    const viaGateway = runs.find((r) => r.name === 'registerCase' && r.path === 'gateway')!.result.requestsPerSecond;
    const direct = runs.find((r) => r.name === 'registerCase' && r.path === 'direct')!.result.requestsPerSecond;
    const viaHive = runs.find((r) => r.name === 'registerCase' && r.path === 'hive-gateway')!.result.requestsPerSecond;
    // The floor with the servers stopped, so that pgbench and PostgreSQL have the machine the HTTP loads had.
    await Promise.all(servers.map(stop));
    let floor: RegistrationFloor | null = null;
    if (probeStatements) {
      const varying = await varyingValues(admin, probe.data.registerCase.id, probeStatements);
      const script = await floorScript(admin, probeStatements, varying);
      const floorRuns: FloorRun[] = [];
      for (const mode of ['extended', 'prepared'] as const) {
        log(`pgbench: the registration's ${script.statements} statements, -M ${mode}, ${options.connections} clients, ${options.durationSeconds} s`);
        floorRuns.push(await runPgbench(options.appUrl, script, mode, options.connections, options.durationSeconds));
      }
      floor = { statements: probeStatements, varying: script.varying, clients: options.connections, runs: floorRuns };
    } else log('warning: the cases subgraph captured no registration; no floor');
    return { status: 'done', runs, ratio: viaGateway / direct, hiveRatio: viaHive / viaGateway, registrar: registrar.username, cleanedUp: 0, floor };
  } catch (error) {
    return { status: 'failed', reason: (error as Error).message, runs };
  } finally {
    await Promise.all(servers.map(stop));
    const removed = await removeRegistrations(admin, startedAt).catch((error) => {
      log(`warning: could not remove the registrations of the load: ${(error as Error).message}`);
      return 0;
    });
    if (removed) log(`removed the ${removed} cases the load registered`);
    // The jobs the load left (deadline jobs of the removed cases, events nobody consumed here).
    const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    await clearQueues(redis, QUEUE_PREFIX).finally(() => redis.quit());
    await admin.end();
  }
}

/**
 * Removes the cases the load registered (and their petitioners, stages and transitions), so that
 * the next run finds the generated data as it was. Transitions are append-only for the services;
 * the superuser deletes them with triggers off for this transaction only.
 */
async function removeRegistrations(admin: pg.Client, since: Date): Promise<number> {
  await admin.query('BEGIN');
  try {
    await admin.query(`SET LOCAL session_replication_role = replica`);
    await admin.query(`CREATE TEMP TABLE bench_registered ON COMMIT DROP AS SELECT id FROM cases.cases WHERE registered_at >= $1`, [since]);
    for (const table of ['cases.petitioner_messages', 'cases.case_transitions', 'cases.case_stages', 'cases.petitioners']) {
      await admin.query(`DELETE FROM ${table} WHERE case_id IN (SELECT id FROM bench_registered)`);
    }
    const { rowCount } = await admin.query(`DELETE FROM cases.cases WHERE id IN (SELECT id FROM bench_registered)`);
    // Their audit rows and events too: a later run's relay, finding its Redis new, would relay a week of them again.
    await admin.query(`DELETE FROM cases.audit_log WHERE at >= $1`, [since]);
    await admin.query(`DELETE FROM cases.outbox WHERE created_at >= $1`, [since]);
    await admin.query('COMMIT');
    // Without it the next run meets the dead rows of this one and registers 30–40% fewer cases per second.
    await admin.query(
      `VACUUM (ANALYZE) cases.cases, cases.petitioners, cases.petitioner_messages, cases.case_stages, cases.case_transitions, cases.outbox, cases.audit_log`,
    );
    return rowCount ?? 0;
  } catch (error) {
    await admin.query('ROLLBACK');
    throw error;
  }
}
