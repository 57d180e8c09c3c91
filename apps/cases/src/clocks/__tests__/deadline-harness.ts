import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Clock } from '#common/clock';
import type { AppConfig } from '#common/config';
import type { EventEnvelope } from '#common/events';
import { REDIS } from '#common/redis';
import type { Redis } from 'ioredis';
import { EventWorker } from '#common/worker';
import { CasesWorkerModule } from '../../cases-worker.module.js';
import type { CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseDeadlinesQueue } from '../queues/case-deadlines.queue.js';

/** A cases worker process in the test's own process, on the test's database, queue prefix and clock, started by hand. */
export function startCasesWorker(config: AppConfig, clock: Clock): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(CasesWorkerModule.forRoot({ config, clock, autoStart: false }), { logger: ['error'] });
}

/**
 * Applies the `case.deadline` events of the outbox through the worker's consumer, in order, as
 * the relay and BullMQ would deliver them (each once: the consumer skips what it applied).
 */
export async function deliverDeadlineEvents(t: CasesTestApp, worker: INestApplicationContext): Promise<void> {
  const { rows } = await t.admin.query(
    `SELECT id, topic, tenant_id AS "tenantId", tenant_path::text AS "tenantPath", request_id AS "requestId", created_at, payload
       FROM cases.outbox WHERE topic = 'case.deadline' ORDER BY created_at`,
  );
  for (const row of rows) {
    const envelope: EventEnvelope = { ...row, occurredAt: row.created_at.toISOString() };
    await worker.get(EventWorker).consumer.apply(envelope);
  }
}

/** The ids of the jobs in the queue (any state), sorted. */
export async function jobIds(worker: INestApplicationContext): Promise<string[]> {
  const jobs = await worker.get(CaseDeadlinesQueue).queue.getJobs(['delayed', 'waiting', 'active', 'completed', 'failed', 'prioritized']);
  return jobs.map((job) => job.id!).sort();
}

/** Removes every key of the test's queue prefix: Redis lost its data. */
export async function flushQueues(worker: INestApplicationContext, prefix: string): Promise<void> {
  const redis = worker.get<Redis>(REDIS);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
}
