import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createDataSource } from '../../db/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { TenantTransactions, systemContextFor } from '../../tenancy/index.js';
import { OutboxRelay } from '../outbox-relay.js';
import { emitEvent, emitEvents, type OutboxEvent } from '../outbox.js';
import { EVENT_BATCH_JOB, eventQueueName, type ConsumerName, type EventBatch, type EventEnvelope } from '../catalogue.js';
import type { DataSource } from 'typeorm';

describe('the outbox relay', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let transactions: TenantTransactions;
  let redis: Redis;
  let admin: pg.Pool;
  const queues = {} as Record<ConsumerName, Queue>;

  const pending = async () => Number((await admin.query('SELECT count(*) FROM cases.outbox WHERE relayed_at IS NULL')).rows[0].count);
  const relay = (batchSize: number) => new OutboxRelay(transactions, 'cases', redis, { batchSize, prefix: db.config.queuePrefix });
  const drain = async (relay: OutboxRelay) => {
    let moved = 0;
    for (let batch = await relay.relayOnce(); batch > 0; batch = await relay.relayOnce()) moved += batch;
    return moved;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.config.appDatabaseUrl, { name: 'relay-test', entities: [], migrations: [] });
    await dataSource.initialize();
    transactions = new TenantTransactions(dataSource);
    redis = new Redis(db.config.redisUrl, { maxRetriesPerRequest: null });
    admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
    for (const consumer of ['cases', 'meetings', 'assessment'] as const) {
      queues[consumer] = new Queue(eventQueueName(consumer), { connection: redis, prefix: db.config.queuePrefix });
    }
  });

  afterAll(async () => {
    for (const queue of Object.values(queues)) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await redis.quit();
    await dataSource.destroy();
    await admin.end();
    await db.drop();
  });

  it('two relays share the outbox without moving a row twice', async () => {
    const rows = await pending(); // the seeded province's tenant.created events
    expect(rows).toBeGreaterThan(10);
    const [a, b] = [relay(3), relay(3)];
    const moved = await Promise.all([drain(a), drain(b)]);
    await Promise.all([a.stop(), b.stop()]);
    expect(moved[0] + moved[1]).toBe(rows);
    expect(await pending()).toBe(0);
    const ids = (await admin.query('SELECT id FROM cases.outbox ORDER BY id')).rows.map((r) => r.id);
    for (const queue of [queues.meetings, queues.assessment]) {
      const jobs = await queue.getJobs(['waiting']);
      expect(jobs.map((job) => job.id).sort()).toEqual(ids);
    }
  });

  it('relays again what a Redis that lost its data took along, and only then', async () => {
    const r = relay(1000);
    try {
      await r.redeliverIfRedisLost(); // a new Redis for this relay: marks what is in the window
      await drain(r);
      const relayed = Number((await admin.query('SELECT count(*) FROM cases.outbox WHERE relayed_at IS NOT NULL')).rows[0].count);
      expect(relayed).toBeGreaterThan(0);
      expect(await r.redeliverIfRedisLost()).toBe(0);

      for (const queue of Object.values(queues)) await queue.obliterate({ force: true });
      await redis.del(`${db.config.queuePrefix}:outbox-relay:cases`);
      expect(await queues.meetings.getJobCounts('waiting')).toEqual({ waiting: 0 });

      expect(await r.redeliverIfRedisLost()).toBe(relayed);
      expect(await drain(r)).toBe(relayed);
      const ids = (await admin.query('SELECT id FROM cases.outbox ORDER BY id')).rows.map((row) => row.id);
      expect((await queues.meetings.getJobs(['waiting'])).map((job) => job.id).sort()).toEqual(ids);
      expect(await r.redeliverIfRedisLost()).toBe(0);
    } finally {
      await r.stop();
    }
  });

  it('publishes an event only once the change it describes has committed, and never a rolled-back one', async () => {
    const province = (await admin.query(`SELECT id, path::text FROM core.tenants WHERE code = '510000'`)).rows[0];
    const ctx = systemContextFor(province.id, province.path, 'outbox-test');
    const payload = { id: province.id, code: 'x', name: 'x', level: 'CITY', parentId: null, path: province.path };
    const r = relay(100);
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let emitted!: () => void;
      const written = new Promise<void>((resolve) => (emitted = resolve));
      const open = transactions.run(ctx, async (em) => {
        await emitEvent(em, 'cases', 'tenant.created', payload);
        emitted();
        await held;
      });
      await written;
      expect(await r.relayOnce()).toBe(0); // uncommitted: invisible to the relay
      release();
      await open;
      expect(await r.relayOnce()).toBe(1);

      await expect(
        transactions.run(ctx, async (em) => {
          await emitEvent(em, 'cases', 'tenant.created', payload);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await r.relayOnce()).toBe(0);
    } finally {
      await r.stop();
    }
  });

  describe('topics a consumer takes in batches', () => {
    /** The province's tenants of the seed, two counties apart. */
    let tenants: { id: string; path: string }[];
    const waitingJobs = async (consumer: ConsumerName) => (await queues[consumer].getJobs(['waiting'])).filter((job) => job !== undefined);
    const emptyQueues = async () => {
      for (const queue of Object.values(queues)) await queue.obliterate({ force: true });
    };
    /** Writes events in one transaction of the province, each under its own tenant; returns their ids in order. */
    const emit = async (events: OutboxEvent[]) => {
      const province = (await admin.query(`SELECT id, path::text FROM core.tenants WHERE code = '510000'`)).rows[0];
      return transactions.run(systemContextFor(province.id, province.path, 'relay-batches'), (em) => emitEvents(em, 'cases', events));
    };
    const event = (topic: OutboxEvent['topic'], tenant: { id: string; path: string }, n: number): OutboxEvent => ({
      topic,
      payload: { n },
      tenant: { tenantId: tenant.id, tenantPath: tenant.path },
    });
    /** One relay moves every pending row: `count` of them. */
    const relayAll = async (count: number) => {
      const r = relay(1000);
      try {
        expect(await drain(r)).toBe(count);
      } finally {
        await r.stop();
      }
    };
    /** The events of each batch job, the jobs in the order of their first events among `ids`. */
    const batches = async (ids: string[]) =>
      (await waitingJobs('meetings'))
        .filter((job) => job.name === EVENT_BATCH_JOB)
        .map((job) => ({ id: job.id!, events: (job.data as EventBatch).events }))
        .sort((a, b) => ids.indexOf(a.events[0].id) - ids.indexOf(b.events[0].id));

    beforeAll(async () => {
      tenants = (await admin.query(`SELECT id, path::text FROM core.tenants WHERE code IN ('510104', '510107') ORDER BY code`)).rows;
      expect(tenants).toHaveLength(2);
    });

    it('groups them per consumer and tenant into jobs of at most 200 events, in order, and keeps one job per event elsewhere', async () => {
      await emptyQueues();
      const [a, b] = tenants;
      // Interleaved as a burst of several tenants arrives: A's triggers and clock changes, B's triggers, a directory event.
      const events: OutboxEvent[] = [];
      for (let n = 0; n < 250; n++) {
        events.push(event('supervision.triggered', a, n));
        if (n % 25 === 0) events.push(event('case.deadline', a, n));
        if (n % 8 === 0) events.push(event('supervision.triggered', b, n));
      }
      events.push(event('tenant.created', a, 0));
      const ids = await emit(events);
      await relayAll(events.length);

      const jobs = await batches(ids);
      const ofTenant = (tenant: { id: string }) => ids.filter((_, i) => events[i].tenant!.tenantId === tenant.id && events[i].topic !== 'tenant.created');
      // A: 250 triggers and 10 clock changes in jobs of 200 and 60; B: 32 triggers in one.
      expect(jobs.map((job) => [job.events[0].tenantId, job.events.length])).toEqual([
        [a.id, 200],
        [b.id, 32],
        [a.id, 60],
      ]);
      for (const job of jobs) {
        // Never two tenants in one job, and the id derived from its events (no ':' for BullMQ).
        expect(new Set(job.events.map((e: EventEnvelope) => `${e.tenantId} ${e.tenantPath}`)).size).toBe(1);
        expect(job.id).toMatch(new RegExp(`^batch-${job.events[0].id}-[0-9a-f]{32}$`));
      }
      expect(jobs.filter((job) => job.events[0].tenantId === a.id).flatMap((job) => job.events.map((e: EventEnvelope) => e.id))).toEqual(ofTenant(a));
      expect(jobs.filter((job) => job.events[0].tenantId === b.id).flatMap((job) => job.events.map((e: EventEnvelope) => e.id))).toEqual(ofTenant(b));

      // The same clock changes go to the cases service, which takes them in batches too: one job of A's ten.
      const deadlineIds = ids.filter((_, i) => events[i].topic === 'case.deadline');
      const cases = await waitingJobs('cases');
      expect(cases.map((job) => job.name)).toEqual([EVENT_BATCH_JOB]);
      expect((cases[0].data as EventBatch).events.map((e: EventEnvelope) => e.id)).toEqual(deadlineIds);
      // tenant.created goes one job per event to both of its consumers.
      const directoryId = ids.at(-1);
      expect((await waitingJobs('assessment')).map((job) => job.id)).toEqual([directoryId]);
      expect((await waitingJobs('meetings')).filter((job) => job.name !== EVENT_BATCH_JOB).map((job) => [job.name, job.id])).toEqual([
        ['tenant.created', directoryId],
      ]);
    });

    it('gives the assessment facts of a province’s tenants one job, where other batched topics keep one per tenant', async () => {
      await emptyQueues();
      const [a, b] = tenants;
      const events: OutboxEvent[] = [];
      for (let n = 0; n < 6; n++) events.push(event('case.transitioned', n % 2 ? a : b, n));
      const ids = await emit(events);
      await relayAll(events.length);
      const jobs = (await waitingJobs('assessment')).filter((job) => job.name === EVENT_BATCH_JOB);
      expect(jobs.map((job) => (job.data as EventBatch).events.map((e: EventEnvelope) => e.id))).toEqual([ids]);
    });

    it('run again over rows relayed before a crash, adds the same jobs, or new ones for groups formed otherwise', async () => {
      await emptyQueues();
      const [a] = tenants;
      const ids = await emit(Array.from({ length: 5 }, (_, n) => event('supervision.triggered', a, n)));
      const r = relay(1000);
      try {
        await drain(r);
        const [first] = await batches(ids);
        expect(first.events.map((e: EventEnvelope) => e.id)).toEqual(ids);

        // The same rows again: the same job, which BullMQ ignores.
        await admin.query(`UPDATE cases.outbox SET relayed_at = NULL WHERE id = ANY($1::uuid[])`, [ids]);
        await drain(r);
        expect((await batches(ids)).map((job) => job.id)).toEqual([first.id]);

        // Again, with a row among them that committed after the first pass: a group of other
        // events under another id, not dropped as the first group's job.
        await admin.query(`UPDATE cases.outbox SET relayed_at = NULL WHERE id = ANY($1::uuid[])`, [ids]);
        const [late] = await emit([event('supervision.triggered', a, 99)]);
        await admin.query(`UPDATE cases.outbox SET created_at = (SELECT created_at + interval '1 microsecond' FROM cases.outbox WHERE id = $2) WHERE id = $1`, [
          late,
          ids[0],
        ]);
        await drain(r);
        const jobs = await batches([...ids, late]);
        expect(jobs.map((job) => job.id)).toContain(first.id);
        const regrouped = jobs.filter((job) => job.id !== first.id);
        expect(regrouped.map((job) => job.events.map((e: EventEnvelope) => e.id))).toEqual([[ids[0], late, ...ids.slice(1)]]);
      } finally {
        await r.stop();
      }
    });
  });
});
