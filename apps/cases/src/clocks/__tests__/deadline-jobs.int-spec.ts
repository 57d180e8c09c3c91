import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { isoDate, officialCalendar, provisionalCalendar } from '#common/calendar';
import { ManualClock } from '#common/clock';
import { clockTriggers } from '#common/deadlines';
import { REDIS } from '#common/redis';
import type { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import { EVENT_BATCH_JOB, eventQueueName, type EventBatch } from '#common/events';
import { EventWorker } from '#common/worker';
import { startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { insertCase } from '../../__tests__/case-rows.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { CASE_TRIGGER_PREFIX, CaseDeadlinesQueue, RECONCILE_SCHEDULER_ID, triggerJob, type TriggerJob } from '../queues/case-deadlines.queue.js';
import { CaseDeadlinesProcessor } from '../queues/case-deadlines.processor.js';
import { DeadlineReconciler } from '../deadline-reconcile.service.js';
import { TriggerFiring } from '../trigger-firing.service.js';
import { deliverDeadlineEvents, jobIds, startCasesWorker } from './deadline-harness.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const cst = (local: string) => new Date(`${local}+08:00`);
// The test tenants set no holiday overrides: their calendar is the official one.
const calendar = provisionalCalendar(officialCalendar());

/**
 * The owner's side of supervision with real PostgreSQL and Redis on a controlled clock: clocks
 * started, moved and stopped through the case API schedule and replace their jobs; a fired job
 * re-checks the clock and emits its trigger once, whoever else tries.
 */
describe('deadline jobs', () => {
  const clock = new ManualClock(cst('2026-03-02T09:00')); // Monday
  let t: CasesTestApp;
  let worker: INestApplicationContext;
  let other: INestApplicationContext;
  let api: CaseApi;
  let jinjiang: string;

  const stageRow = async (caseId: string, stage: string) =>
    (
      await t.admin.query(
        `SELECT id, tenant_id AS "caseTenantId", deadline::text AS deadline FROM cases.case_stages WHERE case_id = $1 AND stage = $2 ORDER BY stopped_on IS NULL DESC, started_on DESC LIMIT 1`,
        [caseId, stage],
      )
    ).rows[0];
  const jobsOf = async (stageId: string) => (await jobIds(worker)).filter((id) => id.includes(stageId));
  const triggersOf = async (stageId: string) =>
    (
      await t.admin.query(
        `SELECT trigger_id, tenant_id, kind, lead_days, deadline::text AS deadline, fired_at FROM cases.deadline_triggers WHERE stage_id = $1`,
        [stageId],
      )
    ).rows;
  const eventsOf = async (triggerId: string) =>
    (
      await t.admin.query(
        `SELECT tenant_id, tenant_path::text AS tenant_path, payload FROM cases.outbox WHERE topic = 'supervision.triggered' AND payload->>'triggerId' = $1`,
        [triggerId],
      )
    ).rows;

  /** A trigger job of a clock inserted as rows, for the firing tests. */
  async function jobFor(caseId: string, stage: string, kind: 'REMINDER' | 'OVERDUE', leadDays: number | null = null): Promise<TriggerJob> {
    const row = await stageRow(caseId, stage);
    const owner = (
      await t.admin.query(`SELECT id, path::text AS path FROM core.tenants WHERE id = (SELECT owner_tenant_id FROM cases.case_stages WHERE id = $1)`, [row.id])
    ).rows[0];
    const trigger = clockTriggers(CASE_TRIGGER_PREFIX, row.id, isoDate(row.deadline), [leadDays ?? 1], calendar).find((tr) => tr.kind === kind)!;
    return triggerJob({ caseTenantId: row.caseTenantId, stageId: row.id, ownerTenantId: owner.id, ownerTenantPath: owner.path }, trigger);
  }

  beforeAll(async () => {
    t = await startCasesApp({ clock });
    worker = await startCasesWorker(t.db.config, clock);
    other = await startCasesWorker(t.db.config, clock);
    api = new CaseApi(t.server);
    jinjiang = await tenantIdOf(t.admin, '510104');
  });

  afterAll(async () => {
    await worker.get(CaseDeadlinesQueue).queue.obliterate({ force: true });
    await other.close();
    await worker.close();
    await t.close();
  });

  let kase: { id: string; version: number };

  it('gives a started clock a job per reminder and one for overdue, with deterministic ids, delayed to their moments', async () => {
    kase = await api.step('jj.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'jj.registrar'),
      title: '小区供暖长期不达标',
      content: '信访人反映小区供暖温度长期不达标。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '李某', representative: true }],
    });
    await deliverDeadlineEvents(t, worker);
    // 03-02 + 15 days = Tuesday 03-17. Three days before is a Saturday: both reminders on Monday 03-16.
    const route = await stageRow(kase.id, 'ROUTE');
    expect(route.deadline).toBe('2026-03-17');
    expect(await jobsOf(route.id)).toEqual(
      [`case-${route.id}-OVERDUE-2026-03-17`, `case-${route.id}-REMINDER-1-2026-03-17`, `case-${route.id}-REMINDER-3-2026-03-17`].sort(),
    );
    const queue = worker.get(CaseDeadlinesQueue).queue;
    const reminder = await queue.getJob(`case-${route.id}-REMINDER-3-2026-03-17`);
    expect(reminder!.delay).toBe(14 * DAY); // Monday 03-16 09:00
    expect(reminder!.data).toEqual({
      triggerId: `case-${route.id}-REMINDER-3-2026-03-17`,
      kind: 'REMINDER',
      leadDays: 3,
      deadline: '2026-03-17',
      caseTenantId: route.caseTenantId,
      stageId: route.id,
      ownerTenantId: jinjiang,
      ownerTenantPath: '510000.510100.510104',
    });
    expect(await reminder!.getState()).toBe('delayed');
    // Overdue from 00:00 of Wednesday 03-18 China time.
    expect((await queue.getJob(`case-${route.id}-OVERDUE-2026-03-17`))!.delay).toBe(15 * DAY + 15 * HOUR);

    // Scheduling the same clock again adds nothing.
    await t.admin.query(`DELETE FROM cases.processed_events`);
    await deliverDeadlineEvents(t, worker);
    expect(await jobsOf(route.id)).toHaveLength(3);
  });

  it('puts deadline events under the clock owner, with the stage row, title and owner path', async () => {
    const { rows } = await t.admin.query(
      `SELECT tenant_id, tenant_path::text AS path, payload FROM cases.outbox WHERE topic = 'case.deadline' AND payload->>'caseId' = $1`,
      [kase.id],
    );
    const route = await stageRow(kase.id, 'ROUTE');
    expect(rows).toEqual([
      {
        tenant_id: jinjiang,
        path: '510000.510100.510104',
        payload: expect.objectContaining({
          stageId: route.id,
          caseTitle: '小区供暖长期不达标',
          ownerTenantId: jinjiang,
          ownerTenantPath: '510000.510100.510104',
          change: 'STARTED',
        }),
      },
    ]);

    // The province transfers a case to the district: its route clock stops under the province, and the
    // district's sign-for clock starts under the district, though the province acted; and back.
    const transferred = await api.step('sc.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'sc.registrar'),
      title: '省里转来的事项',
      content: '信访内容。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '赵某', representative: true }],
    });
    const routed = await api.step('sc.registrar', 'routeCase', { caseId: transferred.id, version: transferred.version, mode: 'TRANSFER', tenantId: jinjiang });
    const received = await api.step('jj.registrar', 'receiveCase', { caseId: routed.id, version: routed.version });
    await deliverDeadlineEvents(t, worker);
    const objection = await stageRow(transferred.id, 'OBJECT');
    expect(await jobsOf(objection.id)).toHaveLength(3);
    // The district objects: the case goes back up to the province, which the district no longer
    // sees; the province's new route clock starts under the province.
    await api.step('jj.registrar', 'objectToCase', { caseId: received.id, version: received.version, reason: '不属本机关职责' });
    await deliverDeadlineEvents(t, worker);
    expect(await jobsOf(objection.id)).toEqual([]);
    const rerouted = await stageRow(transferred.id, 'ROUTE');
    expect(await jobsOf(rerouted.id)).toHaveLength(3);

    const moves = await t.admin.query(
      `SELECT tenant_path::text AS path, payload->>'stage' AS stage, payload->>'change' AS change FROM cases.outbox
        WHERE topic = 'case.deadline' AND payload->>'caseId' = $1 ORDER BY 2, 3`,
      [transferred.id],
    );
    expect(moves.rows).toEqual([
      { path: '510000.510100.510104', stage: 'NOTIFY', change: 'STARTED' },
      { path: '510000.510100.510104', stage: 'NOTIFY', change: 'STOPPED' },
      { path: '510000.510100.510104', stage: 'OBJECT', change: 'STARTED' },
      { path: '510000.510100.510104', stage: 'OBJECT', change: 'STOPPED' },
      { path: '510000.510100.510104', stage: 'RECEIVE', change: 'STARTED' },
      { path: '510000.510100.510104', stage: 'RECEIVE', change: 'STOPPED' },
      { path: '510000', stage: 'ROUTE', change: 'STARTED' },
      { path: '510000', stage: 'ROUTE', change: 'STARTED' },
      { path: '510000', stage: 'ROUTE', change: 'STOPPED' },
    ]);
  });

  it('removes a stopped clock’s jobs and replaces a moved deadline’s: a new reminder, no overdue for the old deadline', async () => {
    const route = await stageRow(kase.id, 'ROUTE');
    const housingBureau = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    let view = await api.step('jj.registrar', 'routeCase', {
      caseId: kase.id,
      version: kase.version,
      mode: 'ASSIGN',
      tenantId: jinjiang,
      unitId: housingBureau,
      completionReportDue: '2026-06-30',
    });
    view = await api.step('jj.handler', 'receiveCase', { caseId: view.id, version: view.version });
    view = await api.step('jj.handler', 'acceptCase', { caseId: view.id, version: view.version });
    await deliverDeadlineEvents(t, worker);
    expect(await jobsOf(route.id)).toEqual([]);

    const handle = await stageRow(kase.id, 'HANDLE');
    // 03-02 + 60 days = 05-01, Labour Day: the first working day after the holiday is Wednesday 05-06.
    expect(handle.deadline).toBe('2026-05-06');
    expect(await jobsOf(handle.id)).toHaveLength(3);

    clock.set(cst('2026-04-20T10:00'));
    const leader = await api.idOf('jj.leader', 'user', '');
    await api.step('jj.handler', 'extendCase', { caseId: view.id, version: view.version, days: 10, approverId: leader, reason: '需进一步调查核实' });
    await deliverDeadlineEvents(t, worker);
    // The extension runs from the deadline: 05-06 + 10 = Saturday 05-16, so Monday 05-18.
    expect((await stageRow(kase.id, 'HANDLE')).deadline).toBe('2026-05-18');
    expect(await jobsOf(handle.id)).toEqual(
      [`case-${handle.id}-OVERDUE-2026-05-18`, `case-${handle.id}-REMINDER-1-2026-05-18`, `case-${handle.id}-REMINDER-3-2026-05-18`].sort(),
    );
    // 05-15 is a Friday: the three-day reminder at its 09:00, 25 days less an hour after Monday 04-20 10:00.
    expect((await worker.get(CaseDeadlinesQueue).queue.getJob(`case-${handle.id}-REMINDER-3-2026-05-18`))!.delay).toBe(25 * DAY - HOUR);

    // A stale job still in flight finds the clock moved and does nothing.
    clock.set(cst('2026-05-07T00:00'));
    const stale = triggerJob(
      { caseTenantId: handle.caseTenantId, stageId: handle.id, ownerTenantId: jinjiang, ownerTenantPath: '510000.510100.510104' },
      clockTriggers(CASE_TRIGGER_PREFIX, handle.id, isoDate('2026-05-06'), [], calendar)[0],
    );
    expect(await worker.get(TriggerFiring).fire(stale)).toEqual({ outcome: 'DROPPED' });
    expect(await triggersOf(handle.id)).toEqual([]);
  });

  it('schedules every clock of a batch job of one owner’s events from the rows, and a re-delivery changes nothing', async () => {
    clock.set(cst('2026-03-02T09:00'));
    // Only this test's events are relayed.
    await t.admin.query(`UPDATE cases.outbox SET relayed_at = now() WHERE relayed_at IS NULL`);
    const kases = [];
    for (const title of ['路灯损坏', '道路积水', '噪音扰民']) {
      kases.push(
        await api.step('jj.registrar', 'registerCase', {
          channel: 'LETTER',
          kind: 'CLAIM',
          categoryId: await categoryId(api, 'jj.registrar'),
          title,
          content: '信访内容。',
          problemJurisdictionId: jinjiang,
          petitioners: [{ name: '王某', representative: true }],
        }),
      );
    }
    // One of them routed: its route clock stops, and the unit's clocks start.
    const housingBureau = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    const routed = await api.step('jj.registrar', 'routeCase', {
      caseId: kases[0].id,
      version: kases[0].version,
      mode: 'ASSIGN',
      tenantId: jinjiang,
      unitId: housingBureau,
      completionReportDue: '2026-06-30',
    });
    await api.step('jj.handler', 'receiveCase', { caseId: routed.id, version: routed.version });

    const events = new Queue(eventQueueName('cases'), { connection: worker.get<Redis>(REDIS), prefix: t.db.config.queuePrefix });
    try {
      await events.obliterate({ force: true });
      await worker.get(EventWorker).relay.relayOnce();
      const jobs = await events.getJobs(['waiting']);
      expect(jobs.map((job) => job.name)).toEqual([EVENT_BATCH_JOB]);
      const batch = (jobs[0].data as EventBatch).events;
      expect(new Set(batch.map((e) => e.tenantId))).toEqual(new Set([jinjiang]));
      const { rows: clocks } = await t.admin.query(
        `SELECT id, deadline::text AS deadline, stopped_on IS NOT NULL AS stopped FROM cases.case_stages WHERE case_id = ANY($1::uuid[])`,
        [kases.map((k) => k.id)],
      );
      expect(new Set(batch.map((e) => (e.payload as { stageId: string }).stageId))).toEqual(new Set(clocks.map((c: { id: string }) => c.id)));
      expect(clocks.filter((c: { stopped: boolean }) => c.stopped).length).toBeGreaterThan(0);
      expect(clocks.filter((c: { stopped: boolean; deadline: string | null }) => !c.stopped && c.deadline).length).toBeGreaterThan(3);

      const consumer = worker.get(EventWorker).consumer;
      expect(await consumer.applyBatch(batch)).toBe(batch.length);
      const scheduled = async () => Object.fromEntries(await Promise.all(clocks.map(async (c: { id: string }) => [c.id, await jobsOf(c.id)])));
      const expected = Object.fromEntries(
        clocks.map((c: { id: string; deadline: string | null; stopped: boolean }) => [
          c.id,
          c.stopped || !c.deadline
            ? []
            : [`case-${c.id}-OVERDUE-${c.deadline}`, `case-${c.id}-REMINDER-1-${c.deadline}`, `case-${c.id}-REMINDER-3-${c.deadline}`].sort(),
        ]),
      );
      expect(await scheduled()).toEqual(expected);

      // Delivered again: skipped; and applied anew, in another order, the rows give the same jobs.
      expect(await consumer.applyBatch(batch)).toBe(0);
      expect(await scheduled()).toEqual(expected);
      await t.admin.query(`DELETE FROM cases.processed_events WHERE event_id = ANY($1::uuid[])`, [batch.map((e) => e.id)]);
      expect(await consumer.applyBatch([...batch].reverse())).toBe(batch.length);
      expect(await scheduled()).toEqual(expected);
    } finally {
      await events.obliterate({ force: true });
      await events.close();
    }
  });

  it('emits a due trigger exactly once: fired twice, by two workers at once, and reconciled afterwards', async () => {
    clock.set(cst('2026-03-09T09:30')); // Monday
    // Tuesday 03-10: the one-day reminder is due Monday 09:00.
    const c = await insertCase(t.admin, {
      tenantCode: '510104',
      handlingUnitName: '住房和城乡建设局',
      title: '噪声扰民',
      openStages: [{ stage: 'HANDLE', startedOn: '2026-01-09', deadline: '2026-03-10' }],
    });
    const job = await jobFor(c.id, 'HANDLE', 'REMINDER', 1);

    const outcomes = await Promise.all([worker.get(TriggerFiring).fire(job), other.get(TriggerFiring).fire(job)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['DUPLICATE', 'EMITTED']);
    expect(await worker.get(TriggerFiring).fire(job)).toEqual({ outcome: 'DUPLICATE' });
    await worker.get(DeadlineReconciler).reconcileOnce();

    const rows = await triggersOf(job.stageId);
    expect(rows).toEqual([
      { trigger_id: job.triggerId, tenant_id: jinjiang, kind: 'REMINDER', lead_days: 1, deadline: '2026-03-10', fired_at: cst('2026-03-09T09:30') },
    ]);
    const unit = (await t.admin.query(`SELECT handling_unit_id FROM cases.cases WHERE id = $1`, [c.id])).rows[0].handling_unit_id;
    expect(await eventsOf(job.triggerId)).toEqual([
      {
        tenant_id: jinjiang,
        tenant_path: '510000.510100.510104',
        payload: {
          triggerId: job.triggerId,
          kind: 'REMINDER',
          subjectType: 'CASE',
          subjectId: c.id,
          subjectNumber: c.number,
          subjectTitle: '噪声扰民',
          stage: 'HANDLE',
          clockId: job.stageId,
          deadline: '2026-03-10',
          leadDays: 1,
          responsibleTenantId: jinjiang,
          responsibleTenantPath: '510000.510100.510104',
          responsibleUnitId: unit,
          firedAt: '2026-03-09T01:30:00.000Z',
        },
      },
    ]);

    // The three-day reminder, owed since the same morning, is superseded; overdue comes at midnight after Tuesday.
    const three = { ...job, triggerId: job.triggerId.replace('REMINDER-1', 'REMINDER-3'), leadDays: 3 };
    expect(await worker.get(TriggerFiring).fire(three)).toEqual({ outcome: 'DROPPED' });
    const overdue = await jobFor(c.id, 'HANDLE', 'OVERDUE');
    expect(await worker.get(TriggerFiring).fire(overdue)).toEqual({ outcome: 'RETRY', at: cst('2026-03-11T00:00') });
    clock.set(cst('2026-03-11T00:00'));
    expect(await worker.get(TriggerFiring).fire(overdue)).toEqual({ outcome: 'EMITTED' });
    expect(await worker.get(TriggerFiring).fire(three)).toEqual({ outcome: 'DROPPED' });
    expect((await triggersOf(job.stageId)).map((r: { kind: string }) => r.kind).sort()).toEqual(['OVERDUE', 'REMINDER']);
  });

  it('moves a reminder that a worker meets outside office hours to the next working morning', async () => {
    // Thursday 03-12: the three-day reminder is due Monday 03-09 09:00; the worker runs it at 18:00.
    clock.set(cst('2026-03-09T18:00'));
    const c = await insertCase(t.admin, { tenantCode: '510104', openStages: [{ stage: 'HANDLE', startedOn: '2026-01-11', deadline: '2026-03-12' }] });
    const job = { ...(await jobFor(c.id, 'HANDLE', 'REMINDER', 3)) };
    expect(await worker.get(TriggerFiring).fire(job)).toEqual({ outcome: 'RETRY', at: cst('2026-03-10T09:00') });
    expect(await triggersOf(job.stageId)).toEqual([]);
  });

  it('holds a reminder job run on a Saturday in the queue until Monday 09:00, then emits it', async () => {
    // Wednesday 03-11 (3-day reminder Sunday 03-08 → Monday 03-09 09:00); the job runs on Saturday 03-07.
    clock.set(cst('2026-03-07T10:00'));
    const c = await insertCase(t.admin, { tenantCode: '510104', openStages: [{ stage: 'HANDLE', startedOn: '2026-01-10', deadline: '2026-03-11' }] });
    const data = await jobFor(c.id, 'HANDLE', 'REMINDER', 3);
    const queue = worker.get(CaseDeadlinesQueue).queue;
    const deadlines = worker.get(CaseDeadlinesProcessor);
    deadlines.start();
    try {
      await queue.add('trigger', data, { jobId: data.triggerId });
      const delayed = await eventually(async () => {
        const job = await queue.getJob(data.triggerId);
        return job && (await job.getState()) === 'delayed' ? job : null;
      });
      // Saturday 10:00 to Monday 09:00 on the clock, from the moment the worker looked.
      expect(delayed.delay).toBeLessThanOrEqual(47 * HOUR);
      expect(delayed.delay).toBeGreaterThan(47 * HOUR - 5_000);
      expect(await triggersOf(data.stageId)).toEqual([]);

      clock.set(cst('2026-03-09T09:00'));
      await delayed.promote();
      await eventually(async () =>
        ((await queue.getJob(data.triggerId))?.returnvalue as { outcome?: string } | undefined)?.outcome === 'EMITTED' ? true : null,
      );
      expect(await triggersOf(data.stageId)).toEqual([expect.objectContaining({ trigger_id: data.triggerId, fired_at: cst('2026-03-09T09:00') })]);
    } finally {
      await deadlines.stop();
    }
  });

  it('registers the reconciliation once when worker instances start together', async () => {
    const queues = [worker.get(CaseDeadlinesQueue), other.get(CaseDeadlinesQueue)];
    const registered = await Promise.all(queues.map((q) => q.reconciliation(60_000).ensure()));
    expect(registered.sort()).toEqual(['BUSY', 'REGISTERED']);
    const queue = queues[0].queue;
    expect(await queue.getJobSchedulers()).toEqual([expect.objectContaining({ key: RECONCILE_SCHEDULER_ID, every: 60_000, name: 'reconcile' })]);
    const jobs = await queue.getJobs(['delayed', 'waiting', 'prioritized']);
    expect(jobs.filter((job) => job.name === 'reconcile').map((job) => job.id)).toEqual([expect.stringContaining(RECONCILE_SCHEDULER_ID)]);
    // Started again later, an instance leaves the scheduler as it is.
    await (worker.get(REDIS) as Redis).del(`${t.db.config.queuePrefix}:case-deadlines:scheduler-lock:${RECONCILE_SCHEDULER_ID}`);
    expect(await queues[1].reconciliation(60_000).ensure()).toBe('UNCHANGED');
    await queue.removeJobScheduler(RECONCILE_SCHEDULER_ID);
  });
});

async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not met in time');
}
