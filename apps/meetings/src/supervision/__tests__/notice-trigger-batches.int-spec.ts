import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { EVENT_BATCH_JOB, MixedTenantBatchError, OutboxRelay, emitEvents, eventQueueName, type EventEnvelope } from '#common/events';
import { REDIS } from '#common/redis';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { EventWorker } from '#common/worker';
import { eventually } from '#test/helpers/system.js';
import { SupervisionHarness, caseClock, deadlineChange, tree, trigger, type Key } from './supervision-harness.js';

describe('supervision: deadline triggers and clock changes applied in batches', () => {
  const h = new SupervisionHarness();
  let redis: Redis;
  let relay: OutboxRelay;
  let queue: Queue;

  const noticesOfTriggers = (triggerIds: string[]) => h.count(`SELECT count(*) FROM meetings.notices WHERE trigger_id = ANY($1::text[])`, [triggerIds]);
  const triggerIdsOf = (events: EventEnvelope<object>[]) => [...new Set(events.map((e) => (e.payload as { triggerId: string }).triggerId))];
  /** Each trigger's notice, history rows and fact events: one of each, whatever was delivered. */
  const expectOneNoticeEach = async (triggerIds: string[]) => {
    const rows = await h.rows<{ trigger_id: string; notices: number; history: number; facts: number }>(
      `SELECT n.trigger_id, count(DISTINCT n.id)::int AS notices,
              (SELECT count(*) FROM meetings.notice_history x WHERE x.notice_id = ANY (array_agg(n.id)))::int AS history,
              (SELECT count(*) FROM meetings.outbox o WHERE o.topic = 'supervision.notice' AND (o.payload->>'noticeId')::uuid = ANY (array_agg(n.id)))::int AS facts
         FROM meetings.notices n WHERE n.trigger_id = ANY($1::text[]) GROUP BY n.trigger_id`,
      [triggerIds],
    );
    expect(rows).toHaveLength(triggerIds.length);
    expect(rows.filter((row) => row.notices !== 1 || row.history !== 1 || row.facts !== 1)).toEqual([]);
  };
  /** Triggers of fresh clocks of one tenant, as the cases service would emit them. */
  const triggers = (owner: Key, n: number, kind: 'REMINDER' | 'OVERDUE' = 'OVERDUE') =>
    Array.from({ length: n }, (_, i) => trigger(caseClock(owner, { unitId: i % 3 === 0 ? randomUUID() : null }), kind));
  /** Writes the events into the cases outbox, as the cases service does, under each one's tenant. */
  const emit = (events: EventEnvelope<object>[]) => {
    const root = systemContextFor(tree.ids.yunnan, tree.pathOf('yunnan'), 'batch-test');
    return h.worker.get(TenantTransactions).run(root, (em) =>
      emitEvents(
        em,
        'cases',
        events.map((e) => ({ topic: e.topic, payload: e.payload, tenant: { tenantId: e.tenantId, tenantPath: e.tenantPath }, requestId: e.requestId })),
      ),
    );
  };
  const relayAll = async () => {
    for (let moved = await relay.relayOnce(); moved > 0; moved = await relay.relayOnce());
  };

  beforeAll(async () => {
    await h.start();
    redis = h.worker.get<Redis>(REDIS);
    relay = new OutboxRelay(h.worker.get(TenantTransactions), 'cases', redis, { prefix: h.db.config.queuePrefix });
    queue = new Queue(eventQueueName('meetings'), { connection: redis, prefix: h.db.config.queuePrefix });
    // The template's own directory events are not this file's concern.
    await h.admin.query(`UPDATE cases.outbox SET relayed_at = now() WHERE relayed_at IS NULL`);
  });

  afterAll(async () => {
    await h.worker?.get(EventWorker).consumer.stop();
    await relay?.stop();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await h.stop();
  });

  it('makes one notice of each of a batch of triggers, in one job, with its history, fact event and request', async () => {
    const events = triggers('wuhua', 150).map((e, i) => ({ ...e, requestId: `deadline-${i}` }));
    const ids = await emit(events);
    await relayAll();
    const jobs = await queue.getJobs(['waiting']);
    expect(jobs.map((job) => [job.name, (job.data as { events: unknown[] }).events.length])).toEqual([[EVENT_BATCH_JOB, 150]]);

    h.worker.get(EventWorker).consumer.start(redis, { prefix: h.db.config.queuePrefix });
    await eventually(async () => (await queue.getCompletedCount()) === 1);
    await expectOneNoticeEach(triggerIdsOf(events));
    expect(await h.count(`SELECT count(*) FROM meetings.processed_events WHERE event_id = ANY($1::uuid[])`, [ids])).toBe(150);

    // Each notice is the trigger's: its clock, its unit, and the request that emitted it on its rows.
    const [notice] = await h.rows(
      `SELECT n.kind, n.state, n.clock_id, n.addressee_unit_id, h.request_id AS history_request, o.request_id AS fact_request
         FROM meetings.notices n JOIN meetings.notice_history h ON h.notice_id = n.id
         JOIN meetings.outbox o ON o.topic = 'supervision.notice' AND (o.payload->>'noticeId')::uuid = n.id
        WHERE n.trigger_id = $1`,
      [events[3].payload.triggerId],
    );
    expect(notice).toEqual({
      kind: 'SUPERVISION',
      state: 'ISSUED',
      clock_id: events[3].payload.clockId,
      addressee_unit_id: events[3].payload.responsibleUnitId,
      history_request: 'deadline-3',
      fact_request: 'deadline-3',
    });
  });

  it('changes nothing more for the same batch again, or batches overlapping at once: one notice per trigger', async () => {
    const events = triggers('panlong', 150);
    const first = events.slice(0, 100);
    expect(await h.applyBatch(first)).toBe(100);
    expect(await h.applyBatch(first)).toBe(0);

    // At once: the rest overlapping the first, the same events again, and the same triggers re-emitted as other events.
    const again = events.slice(50, 150);
    const reemitted = events.slice(25, 125).map((e) => ({ ...e, id: randomUUID() }));
    const applied = await Promise.all([h.applyBatch(events.slice(75)), h.applyBatch(again), h.applyBatch(reemitted)]);
    expect(applied.reduce((a, b) => a + b)).toBe(50 + 100);
    await expectOneNoticeEach(triggerIdsOf(events));
    expect(
      await h.count(`SELECT count(*) FROM meetings.notice_history h JOIN meetings.notices n ON n.id = h.notice_id WHERE n.tenant_id = $1`, [tree.ids.panlong]),
    ).toBe(150);
  });

  it('refuses a batch of two tenants, writing nothing', async () => {
    const before = await h.footprint();
    const mixed = [...triggers('wuhua', 1), ...triggers('panlong', 1)];
    await expect(h.applyBatch(mixed)).rejects.toBeInstanceOf(MixedTenantBatchError);
    expect(await h.footprint()).toEqual(before);
    expect(await h.count(`SELECT count(*) FROM meetings.processed_events WHERE event_id = ANY($1::uuid[])`, [mixed.map((e) => e.id)])).toBe(0);
  });

  it('fails the whole batch with one failing event, and its retry applies each event once', async () => {
    const events = triggers('qujing', 20);
    const failing = events[7].payload.subjectNumber;
    await h.admin.query(`CREATE FUNCTION meetings.fail_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$`);
    await h.admin.query(
      `CREATE TRIGGER fail_once BEFORE INSERT ON meetings.notices FOR EACH ROW WHEN (NEW.subject_number = '${failing}') EXECUTE FUNCTION meetings.fail_once()`,
    );
    const completed = await queue.getCompletedCount();
    const [id] = await emit(events);
    await relayAll();
    const job = (await queue.getJobs(['waiting', 'active', 'delayed'])).find((j) => j.data.events?.[0]?.id === id)!;
    await eventually(async () => ((await queue.getJob(job.id!))?.attemptsMade ?? 0) >= 1);
    expect(await noticesOfTriggers(triggerIdsOf(events))).toBe(0);
    expect(await h.count(`SELECT count(*) FROM meetings.processed_events WHERE event_id = $1`, [id])).toBe(0);

    await h.admin.query(`DROP TRIGGER fail_once ON meetings.notices; DROP FUNCTION meetings.fail_once()`);
    await eventually(async () => (await queue.getCompletedCount()) === completed + 1);
    expect((await queue.getJob(job.id!))!.attemptsMade).toBeGreaterThanOrEqual(2);
    await expectOneNoticeEach(triggerIdsOf(events));
  });

  it('applies clock changes and triggers of one batch in their order', async () => {
    const [stoppedAfter, stoppedBefore, reminded] = [caseClock('huashan'), caseClock('huashan'), caseClock('huashan')];
    const batch = [
      deadlineChange(stoppedAfter, 'STARTED'),
      trigger(stoppedAfter, 'OVERDUE'),
      deadlineChange(stoppedAfter, 'STOPPED', '2026-03-06'),
      deadlineChange(stoppedBefore, 'STOPPED', '2026-03-04'),
      trigger(stoppedBefore, 'OVERDUE'),
      trigger(reminded, 'REMINDER', 3),
      trigger(reminded, 'OVERDUE'),
    ].map((e, i) => ({ ...e, requestId: `request-${i}` }));
    expect(await h.applyBatch(batch)).toBe(batch.length);

    const notices = await h.rows(`SELECT clock_id, kind, state, close_reason FROM meetings.notices WHERE clock_id = ANY($1::uuid[]) ORDER BY kind`, [
      [stoppedAfter.clockId, stoppedBefore.clockId, reminded.clockId],
    ]);
    expect(notices).toEqual([
      { clock_id: reminded.clockId, kind: 'REMINDER', state: 'CLOSED', close_reason: '期限已届满，转为督办单' },
      { clock_id: stoppedAfter.clockId, kind: 'SUPERVISION', state: 'CLOSED', close_reason: '办理环节已于 2026-03-06 办结，督办事项已整改' },
      { clock_id: reminded.clockId, kind: 'SUPERVISION', state: 'ISSUED', close_reason: null },
    ]);
    // Each closing is stamped with the request of the event that caused it.
    const closings = await h.rows(
      `SELECT n.clock_id, h.request_id FROM meetings.notice_history h JOIN meetings.notices n ON n.id = h.notice_id WHERE h.action = 'CLOSE' AND n.clock_id = ANY($1::uuid[]) ORDER BY h.request_id`,
      [[stoppedAfter.clockId, reminded.clockId]],
    );
    expect(closings).toEqual([
      { clock_id: stoppedAfter.clockId, request_id: 'request-2' },
      { clock_id: reminded.clockId, request_id: 'request-6' },
    ]);
    const subjects = await h.rows(`SELECT subject_id, open_clocks, stopped_clocks FROM meetings.supervised_subjects WHERE subject_id = ANY($1::uuid[])`, [
      [stoppedAfter.caseId, stoppedBefore.caseId, reminded.caseId],
    ]);
    const subjectOf = (caseId: string) => subjects.find((s) => s.subject_id === caseId);
    expect(subjectOf(stoppedAfter.caseId)).toMatchObject({ open_clocks: {}, stopped_clocks: [stoppedAfter.clockId] });
    expect(subjectOf(stoppedBefore.caseId)).toMatchObject({ open_clocks: {}, stopped_clocks: [stoppedBefore.clockId] });
    expect(Object.keys(subjectOf(reminded.caseId)!.open_clocks)).toEqual([reminded.clockId]);
  });
});
