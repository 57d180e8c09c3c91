import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { ManualClock } from '#common/clock';
import type { AppConfig } from '#common/config';
import { EventWorker } from '#common/worker';
import { CasesWorkerModule } from '../apps/cases/src/cases-worker.module.js';
import { DeadlineReconciler, type ReconcileResult } from '../apps/cases/src/clocks/deadline-reconcile.service.js';
import { clearQueues } from './queues.js';
import { cpuMs, machineBusyMs } from './cpu.js';
import { start, stop, type Server } from './servers.js';

/**
 * Supervision at a million cases: 50,000 open clocks made due tomorrow, one reconciliation pass of
 * the cases worker (timed), its triggers relayed and turned into notices by two meetings worker
 * processes (notices per second), and, in the same run, BullMQ's own bulk-add rate for as many
 * jobs (the reference the notices are compared with). The deadlines it moves are put back, and
 * what it created is removed, so the generated data stays as it was.
 */

export interface SupervisionOptions {
  config: AppConfig;
  benchUrl: string;
  appUrl: string;
  /** The data's as-of date: the clock stands at 10:00 China time that day. */
  asOf: string;
  /** Open clocks made due the next day. */
  dueTomorrow: number;
  /** Meetings worker processes turning triggers into notices. */
  workers: number;
  log: (line: string) => void;
}

export interface SupervisionResult {
  clock: string;
  dueTomorrow: number;
  openClocks: number;
  firstPass: ReconcileResult & { seconds: number };
  secondPass: ReconcileResult & { seconds: number };
  relay: { events: number; seconds: number; perSecond: number };
  notices: { count: number; seconds: number; perSecond: number; workers: number };
  /** CPU per notice while they were made: the meetings workers, this process (the relay), and the rest (PostgreSQL, Redis). */
  cpuPerNotice: { workersMs: number; relayMs: number; restMs: number; totalMs: number };
  bulkAdd: { jobs: number; batch: number; seconds: number; perSecond: number };
  /** Notices per second over bulk-added jobs per second. */
  ratio: number;
}

const BENCH_TAG = 'bench-supervision';

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The day after an ISO date. */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export async function measureSupervision(options: SupervisionOptions): Promise<SupervisionResult> {
  const { log } = options;
  const clockAt = new Date(`${options.asOf}T02:00:00Z`);
  const tomorrow = nextDay(options.asOf);
  const prefix = `${options.config.queuePrefix}-supervision`;
  const admin = new pg.Client({ connectionString: options.benchUrl, application_name: BENCH_TAG });
  await admin.connect();
  const redis = new Redis(options.config.redisUrl, { maxRetriesPerRequest: null });
  const workers: Server[] = [];
  let casesWorker: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | null = null;
  try {
    await clearQueues(redis, prefix);
    // The meetings service knows tenants from tenant.created events, which the bulk generator does not write.
    await admin.query(
      `INSERT INTO meetings.jurisdictions (tenant_id, tenant_path, parent_id, code, name, level)
       SELECT id, path, parent_id, code, name, level FROM core.tenants ON CONFLICT DO NOTHING`,
    );
    const [{ open }] = (await admin.query(`SELECT count(*)::int AS open FROM cases.case_stages WHERE stopped_on IS NULL AND deadline IS NOT NULL`)).rows;
    log(`supervision: ${open} open clocks; moving ${options.dueTomorrow} of those not yet due to ${tomorrow}`);
    await admin.query(`DROP TABLE IF EXISTS public.bench_moved_deadlines`);
    await admin.query(
      `CREATE TABLE public.bench_moved_deadlines AS
       SELECT tenant_id, id, deadline FROM cases.case_stages
        WHERE stopped_on IS NULL AND deadline > $1::date
        ORDER BY id LIMIT $2`,
      [tomorrow, options.dueTomorrow],
    );
    await admin.query(
      `UPDATE cases.case_stages s SET deadline = $1::date FROM public.bench_moved_deadlines m WHERE s.tenant_id = m.tenant_id AND s.id = m.id`,
      [tomorrow],
    );
    await admin.query(`ANALYZE cases.case_stages`);

    const config: AppConfig = { ...options.config, databaseUrl: options.benchUrl, appDatabaseUrl: options.appUrl, queuePrefix: prefix };
    casesWorker = await NestFactory.createApplicationContext(CasesWorkerModule.forRoot({ config, autoStart: false, clock: new ManualClock(clockAt) }), {
      logger: ['error', 'warn'],
    });
    const reconciler = casesWorker.get(DeadlineReconciler);
    log(`supervision: reconciliation pass at ${clockAt.toISOString()}`);
    const first = await timed(() => reconciler.reconcileOnce());
    log(`supervision: first pass ${first.seconds.toFixed(2)} s: ${JSON.stringify(first.value)}`);
    const second = await timed(() => reconciler.reconcileOnce());
    log(`supervision: second pass ${second.seconds.toFixed(2)} s: ${JSON.stringify(second.value)}`);
    const events = first.value.emitted;

    const env = { ...process.env, DATABASE_URL: options.benchUrl, APP_DATABASE_URL: options.appUrl, QUEUE_PREFIX: prefix, CLOCK_START: clockAt.toISOString() };
    const overrides = { databaseUrl: options.benchUrl, appDatabaseUrl: options.appUrl, queuePrefix: prefix } as Partial<AppConfig>;
    for (let i = 0; i < options.workers; i++) workers.push(await start(`meetings worker ${i + 1}`, 'meetings-worker', overrides, env));
    const noticesBefore = await count(admin, `SELECT count(*)::int AS n FROM meetings.notices`);
    log(`supervision: relaying ${events} triggers to ${options.workers} meetings workers`);
    const relay = casesWorker.get(EventWorker).relay;
    const cpuBefore = { workers: workers.map((w) => cpuMs(w.child.pid!)), self: process.cpuUsage(), machine: machineBusyMs() };
    const started = process.hrtime.bigint();
    const relayed = await timed(async () => {
      let moved = 0;
      for (let n = await relay.relayOnce(); n > 0; n = await relay.relayOnce()) moved += n;
      return moved;
    });
    // A trigger becomes a notice, or (a clock of the root office with no unit below it: nobody above
    // may supervise it) an audited refusal to issue one.
    const answered = `SELECT ((SELECT count(*) FROM meetings.notices) + (SELECT count(*) FROM meetings.audit_log WHERE action = 'notice.not_issued'))::int AS n`;
    const answeredBefore = await count(admin, answered);
    await waitFor(async () => (await count(admin, answered)) - answeredBefore >= events, 600_000, `${events} triggers answered`);
    const noticeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const workersMs = workers.reduce((sum, w, i) => sum + cpuMs(w.child.pid!) - cpuBefore.workers[i], 0);
    const self = process.cpuUsage(cpuBefore.self);
    const relayMs = (self.user + self.system) / 1000;
    const machineMs = machineBusyMs() - cpuBefore.machine;
    const notices = (await count(admin, `SELECT count(*)::int AS n FROM meetings.notices`)) - noticesBefore;
    const perNotice = (ms: number) => ms / Math.max(notices, 1);
    log(`supervision: ${notices} notices in ${noticeSeconds.toFixed(2)} s (relay ${relayed.value} rows in ${relayed.seconds.toFixed(2)} s)`);
    await Promise.all(workers.splice(0).map(stop));

    const bulk = await bulkAddReference(redis, prefix, events);
    log(`supervision: BullMQ addBulk reference ${bulk.jobs} jobs in ${bulk.seconds.toFixed(2)} s`);
    const noticesPerSecond = notices / noticeSeconds;
    return {
      clock: clockAt.toISOString(),
      dueTomorrow: options.dueTomorrow,
      openClocks: open,
      firstPass: { ...first.value, seconds: first.seconds },
      secondPass: { ...second.value, seconds: second.seconds },
      relay: { events: relayed.value, seconds: relayed.seconds, perSecond: relayed.value / relayed.seconds },
      notices: { count: notices, seconds: noticeSeconds, perSecond: noticesPerSecond, workers: options.workers },
      cpuPerNotice: {
        workersMs: perNotice(workersMs),
        relayMs: perNotice(relayMs),
        restMs: perNotice(machineMs - workersMs - relayMs),
        totalMs: perNotice(machineMs),
      },
      bulkAdd: bulk,
      ratio: noticesPerSecond / bulk.perSecond,
    };
  } finally {
    await Promise.all(workers.map(stop));
    await casesWorker?.close();
    await restore(admin).catch((error) => log(`warning: supervision data not restored: ${(error as Error).message}`));
    await clearQueues(redis, prefix);
    await redis.quit();
    await admin.end();
  }
}

async function count(admin: pg.Client, sql: string): Promise<number> {
  return (await admin.query(sql)).rows[0].n;
}

/**
 * The same number of jobs as there were triggers, added in the relay's batches of 200 with the
 * size of an event envelope: what Redis and BullMQ alone can take in.
 */
async function bulkAddReference(redis: Redis, prefix: string, jobs: number): Promise<SupervisionResult['bulkAdd']> {
  const batch = 200;
  const queue = new Queue('bench-bulk-reference', { connection: redis, prefix });
  const payload = {
    topic: 'supervision.triggered',
    tenantId: '00000000-0000-4000-8000-000000000000',
    tenantPath: '510000.511600.511623',
    payload: { triggerId: 'x'.repeat(80), kind: 'REMINDER', subjectTitle: '负载测试：反映物业服务问题'.repeat(2), deadline: '2026-11-21' },
  };
  try {
    const { seconds } = await timed(async () => {
      for (let i = 0; i < jobs; i += batch) {
        const size = Math.min(batch, jobs - i);
        await queue.addBulk(Array.from({ length: size }, (_, k) => ({ name: 'reference', data: payload, opts: { jobId: `ref-${i + k}` } })));
      }
    });
    return { jobs, batch, seconds, perSecond: jobs / seconds };
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

/** Puts the moved deadlines back and removes the triggers, events and notices of the run. */
async function restore(admin: pg.Client): Promise<void> {
  const moved = await admin.query(`SELECT to_regclass('public.bench_moved_deadlines') IS NOT NULL AS present`);
  if (!moved.rows[0].present) return;
  await admin.query('BEGIN');
  try {
    await admin.query(`SET LOCAL session_replication_role = replica`);
    await admin.query(
      `UPDATE cases.case_stages s SET deadline = m.deadline FROM public.bench_moved_deadlines m WHERE s.tenant_id = m.tenant_id AND s.id = m.id`,
    );
    await admin.query(`DELETE FROM cases.deadline_triggers`);
    await admin.query(`DELETE FROM cases.outbox WHERE topic = 'supervision.triggered'`);
    for (const table of ['notice_history', 'notice_feedback', 'notices', 'supervised_subjects', 'processed_events', 'outbox', 'audit_log']) {
      await admin.query(`DELETE FROM meetings.${table}`);
    }
    await admin.query(`DROP TABLE public.bench_moved_deadlines`);
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK');
    throw error;
  }
  await admin.query(
    `VACUUM (ANALYZE) cases.case_stages, cases.deadline_triggers, cases.outbox, meetings.notices, meetings.notice_history, meetings.supervised_subjects, meetings.processed_events, meetings.outbox, meetings.audit_log`,
  );
}
