import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import pg from 'pg';
import type { AppConfig } from '#common/config';
import { consumersOf, emitEvent, eventQueueName, OutboxRelay, type EventEnvelope, type TenantCreatedPayload } from '#common/events';
import { REDIS } from '#common/redis';
import { systemContextFor, TenantTransactions } from '#common/tenancy';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { EventWorker } from '#common/worker';
import { eventually } from './system.js';

/** An event about a tenant, as the relay would deliver it. */
function tenantCreated(tenantPath: string, payload: TenantCreatedPayload, requestId: string): EventEnvelope {
  return {
    id: randomUUID(),
    topic: 'tenant.created',
    tenantId: payload.id,
    tenantPath,
    requestId,
    occurredAt: new Date().toISOString(),
    payload: { ...payload },
  };
}

/**
 * The behaviour every consumer of `tenant.created` owes: its jurisdictions table mirrors the
 * directory, through the real relay and BullMQ, and no event is applied twice. Each consuming
 * service runs it against its own worker module.
 */
export function describeTenantCreatedConsumer(
  consumer: 'meetings' | 'assessment',
  workerModule: (options: { config: AppConfig; autoStart: false }) => DynamicModule,
): void {
  const schema = consumer;
  describe(`${consumer}: jurisdictions kept from tenant.created`, () => {
    let db: TestDatabase;
    let admin: pg.Client;
    let app: INestApplicationContext;
    let transactions: TenantTransactions;
    let redis: Redis;
    let worker: EventWorker;
    let casesRelay: OutboxRelay;
    let queue: Queue;

    const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await admin.query(sql, params)).rows[0];
    const count = async (sql: string, params: unknown[] = []) => Number((await one<{ count: string }>(sql, params)).count);
    const jurisdictionsOf = (tenantId: string) => count(`SELECT count(*) FROM ${schema}.jurisdictions WHERE tenant_id = $1`, [tenantId]);
    const processedOf = (eventId: string) => count(`SELECT count(*) FROM ${schema}.processed_events WHERE event_id = $1`, [eventId]);

    const relayAll = async () => {
      let relayed = 0;
      for (let batch = await casesRelay.relayOnce(); batch > 0; batch = await casesRelay.relayOnce()) relayed += batch;
      return relayed;
    };

    /** What the directory says, in the read model's columns. */
    const directory = () =>
      admin.query(`SELECT id AS tenant_id, path::text AS tenant_path, parent_id, code, name, level::text FROM core.tenants ORDER BY code`);
    const readModel = () => admin.query(`SELECT tenant_id, tenant_path::text, parent_id, code, name, level::text FROM ${schema}.jurisdictions ORDER BY code`);

    beforeAll(async () => {
      db = await createTestDatabase();
      admin = new pg.Client({ connectionString: db.adminUrl });
      await admin.connect();
      app = await NestFactory.createApplicationContext(workerModule({ config: db.config, autoStart: false }), {
        logger: ['error'],
      });
      // The test database's config carries a queue prefix of its own, which keeps this file's jobs
      // apart from other files and from any worker running against the same Redis.
      transactions = app.get(TenantTransactions);
      redis = app.get(REDIS);
      worker = app.get(EventWorker);
      casesRelay = new OutboxRelay(transactions, 'cases', redis, { prefix: db.config.queuePrefix });
      queue = new Queue(eventQueueName(consumer), { connection: redis, prefix: db.config.queuePrefix });
    });

    afterAll(async () => {
      await worker?.stop();
      await casesRelay?.stop();
      // The relay fanned every event out to all its consumers' queues under this prefix.
      for (const consumer of consumersOf('tenant.created')) {
        const fanned = new Queue(eventQueueName(consumer), { connection: redis, prefix: db.config.queuePrefix });
        await fanned.obliterate({ force: true });
        await fanned.close();
      }
      await queue?.close();
      await app?.close();
      await admin?.end();
      await db?.drop();
    });

    it('mirrors the directory from events relayed out of the cases outbox through BullMQ', async () => {
      // One tenant more than the seeded province, announced the way the directory service does.
      const chengdu = await one<{ id: string; path: string }>(`SELECT id, path::text FROM core.tenants WHERE code = '510100'`);
      const county: TenantCreatedPayload = {
        id: randomUUID(),
        code: '510108',
        name: '成华区',
        level: 'COUNTY',
        parentId: chengdu.id,
        path: `${chengdu.path}.510108`,
      };
      await admin.query(`INSERT INTO core.tenants (id, code, name, level, parent_id, path) VALUES ($1, $2, $3, $4, $5, $6)`, [
        county.id,
        county.code,
        county.name,
        county.level,
        county.parentId,
        county.path,
      ]);
      const ctx = systemContextFor(chengdu.id, chengdu.path, 'directory');
      const eventId = await transactions.run(ctx, (em) => emitEvent(em, 'cases', 'tenant.created', county, { tenantId: county.id, tenantPath: county.path }));

      // The seeded province's events are still in the template's outbox, unrelayed.
      const pending = await count(`SELECT count(*) FROM cases.outbox WHERE relayed_at IS NULL`);
      const announced = await count(`SELECT count(*) FROM cases.outbox WHERE topic = 'tenant.created'`);
      expect(announced).toBeGreaterThan(1);

      worker.start();
      expect(await relayAll()).toBe(pending);
      await eventually(async () => (await count(`SELECT count(*) FROM ${schema}.processed_events`)) === announced);

      expect((await readModel()).rows).toEqual((await directory()).rows);
      expect(await processedOf(eventId)).toBe(1);

      // Relayed again, as after a relay crash between enqueueing and marking: the job ids are
      // taken, so BullMQ adds nothing and the consumer runs nothing.
      await admin.query(`UPDATE cases.outbox SET relayed_at = NULL`);
      expect(await relayAll()).toBe(pending);
      expect(await queue.getJobCounts('completed', 'wait', 'active', 'delayed', 'failed')).toEqual({
        completed: announced,
        wait: 0,
        active: 0,
        delayed: 0,
        failed: 0,
      });

      // Delivered again regardless, as once the completed job has expired from Redis: the
      // processed-events record turns it away.
      const job = await queue.getJob(eventId);
      expect(await worker.consumer.apply(job!.data as EventEnvelope)).toBe(false);

      expect(await jurisdictionsOf(county.id)).toBe(1);
      expect(await processedOf(eventId)).toBe(1);
      expect((await readModel()).rows).toEqual((await directory()).rows);
    });

    it('keeps one row per tenant when another event reports the same tenant', async () => {
      const jinjiang = await one<{ id: string; path: string; parent_id: string }>(`SELECT id, path::text, parent_id FROM core.tenants WHERE code = '510104'`);
      const again = tenantCreated(
        jinjiang.path,
        { id: jinjiang.id, code: '510104', name: '锦江区', level: 'COUNTY', parentId: jinjiang.parent_id, path: jinjiang.path },
        'replayed',
      );
      expect(await worker.consumer.apply(again)).toBe(true);
      expect(await worker.consumer.apply(again)).toBe(false);
      expect(await jurisdictionsOf(jinjiang.id)).toBe(1);
      expect(await processedOf(again.id)).toBe(1);
    });

    it('refuses a jurisdiction outside the tenant the event belongs to', async () => {
      const jinjiang = await one<{ id: string; path: string }>(`SELECT id, path::text FROM core.tenants WHERE code = '510104'`);
      const stranger = randomUUID();
      // Announced under Jinjiang's path, about a tenant that is not in Jinjiang's subtree.
      const forged = tenantCreated(
        jinjiang.path,
        { id: stranger, code: '510199', name: '他区', level: 'COUNTY', parentId: null, path: '510000.510100.510199' },
        'forged',
      );
      await expect(worker.consumer.apply(forged)).rejects.toMatchObject({ driverError: { code: '42501' } });
      expect(await jurisdictionsOf(stranger)).toBe(0);
      expect(await processedOf(forged.id)).toBe(0);
    });
  });
}
