import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createDataSource } from '../../db/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { TenantTransactions, systemContextFor } from '../../tenancy/index.js';
import { OutboxRelay } from '../outbox-relay.js';
import { emitEvent } from '../outbox.js';
import { consumersOf, eventQueueName } from '../catalogue.js';
import type { DataSource } from 'typeorm';

describe('the outbox relay', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let transactions: TenantTransactions;
  let redis: Redis;
  let admin: pg.Pool;
  const queues: Queue[] = [];

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
    for (const consumer of consumersOf('tenant.created')) {
      queues.push(new Queue(eventQueueName(consumer), { connection: redis, prefix: db.config.queuePrefix }));
    }
  });

  afterAll(async () => {
    for (const queue of queues) {
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
    for (const queue of queues) {
      const jobs = await queue.getJobs(['waiting']);
      expect(jobs.map((job) => job.id).sort()).toEqual(ids);
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
});
