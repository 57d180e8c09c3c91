import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { isoDate, officialCalendar, provisionalCalendar } from '#common/calendar';
import { FileClock } from '#common/clock';
import { clockTriggers } from '#common/deadlines';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { freePort } from '#test/helpers/system.js';
import { insertCase } from '../../__tests__/case-rows.js';
import {
  CASE_DEADLINES_QUEUE,
  CASE_TRIGGER_PREFIX,
  RECONCILE_JOB,
  RECONCILE_SCHEDULER_ID,
  triggerJob,
  type TriggerJob,
} from '../queues/case-deadlines.queue.js';
import { CaseDeadlinesProcessor } from '../queues/case-deadlines.processor.js';
import { startCasesWorker } from './deadline-harness.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A cases worker process (the built `main.worker`) killed with SIGKILL while its trigger job waits
 * inside its transaction: the transaction dies with the connection, the job's lock expires, and
 * another worker runs it again. The trigger is recorded and emitted once.
 */
describe('a deadline worker killed in the middle of a job', () => {
  let db: TestDatabase;
  let admin: pg.Pool;
  let redis: Redis;
  let queue: Queue<TriggerJob>;
  let child: ChildProcess | null = null;
  let survivor: INestApplicationContext | null = null;
  let clockFile: string;
  let output = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new pg.Pool({ connectionString: db.adminUrl, max: 3 });
    redis = new Redis(db.config.redisUrl, { maxRetriesPerRequest: null });
    queue = new Queue<TriggerJob>(CASE_DEADLINES_QUEUE, { connection: redis, prefix: db.config.queuePrefix });
    clockFile = join(mkdtempSync(join(tmpdir(), 'petition-clock-')), 'now');
    // Tuesday 20:00 in China while the worker starts: nothing is owed yet for its first reconciliation.
    writeFileSync(clockFile, '2026-03-10T12:00:00Z');
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await survivor?.close();
    await queue.close();
    await redis.quit();
    await admin.end();
    await db.drop();
  });

  it('is retried by another worker, and its trigger happens once', async () => {
    // A clock that ran out on Tuesday 03-10: overdue since midnight.
    const kase = await insertCase(admin, { tenantCode: '510104', openStages: [{ stage: 'HANDLE', startedOn: '2026-01-09', deadline: '2026-03-10' }] });
    const stage = (await admin.query(`SELECT id, tenant_id, owner_tenant_id FROM cases.case_stages WHERE case_id = $1`, [kase.id])).rows[0];
    const overdue = clockTriggers(CASE_TRIGGER_PREFIX, stage.id, isoDate('2026-03-10'), [], provisionalCalendar(officialCalendar()))[0];
    const job = triggerJob(
      { caseTenantId: stage.tenant_id, stageId: stage.id, ownerTenantId: stage.owner_tenant_id, ownerTenantPath: '510000.510100.510104' },
      overdue,
    );

    child = spawn(process.execPath, ['dist/apps/cases/src/main.worker.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: db.adminUrl,
        APP_DATABASE_URL: db.config.appDatabaseUrl,
        QUEUE_PREFIX: db.config.queuePrefix,
        CLOCK_FILE: clockFile,
        // Its health and metrics port: one of the test's own, not the default beside a running gateway.
        CASES_WORKER_PORT: String(await freePort()),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    // The worker registers the reconciliation as it starts, and its first run follows at once; a
    // reconciliation run after the clock moves would race the retry below, so the first one is let
    // finish (on Tuesday, owing nothing) and the scheduler goes with every run it had queued.
    await eventually(() => queue.getJobScheduler(RECONCILE_SCHEDULER_ID), 20_000, `the reconciliation scheduler (worker output: ${output})`);
    await eventually(
      async () => (await queue.getJobs(['completed'])).some((j) => j.name === RECONCILE_JOB),
      20_000,
      `the first reconciliation (worker output: ${output})`,
    );
    await queue.removeJobScheduler(RECONCILE_SCHEDULER_ID);
    for (const pending of await queue.getJobs(['waiting', 'delayed', 'prioritized'])) {
      if (pending.name === RECONCILE_JOB) await pending.remove();
    }
    writeFileSync(clockFile, '2026-03-11T01:00:00Z'); // Wednesday 09:00

    // Hold the clock's row: the job blocks inside its transaction, on its lock.
    const holder = await admin.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM cases.case_stages WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [stage.tenant_id, stage.id]);
      await queue.add('trigger', job, { jobId: job.triggerId, attempts: 5 });
      await eventually(async () => (await queue.getJobState(job.triggerId)) === 'active', 10_000, 'the job active');
      await eventually(
        async () =>
          (await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n > 0,
        10_000,
        'the job waiting on the clock lock',
      );
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect(await admin.query(`SELECT count(*)::int AS n FROM cases.deadline_triggers`)).toMatchObject({ rows: [{ n: 0 }] });

    survivor = await startCasesWorker(db.config, new FileClock(clockFile));
    survivor.get(CaseDeadlinesProcessor).start();
    // Read once completed: a job read before its completion keeps the return value it had then (none).
    const done = await eventually(
      async () => ((await queue.getJobState(job.triggerId)) === 'completed' ? ((await queue.getJob(job.triggerId)) ?? null) : null),
      40_000,
      'the job retried and completed',
    );
    expect(done.returnvalue).toEqual({ outcome: 'EMITTED' });
    expect(done.stalledCounter).toBe(1);

    const triggers = await admin.query(`SELECT trigger_id, kind FROM cases.deadline_triggers`);
    expect(triggers.rows).toEqual([{ trigger_id: job.triggerId, kind: 'OVERDUE' }]);
    const events = await admin.query(`SELECT payload->>'triggerId' AS id FROM cases.outbox WHERE topic = 'supervision.triggered'`);
    expect(events.rows).toEqual([{ id: job.triggerId }]);
  }, 90_000);
});
