import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { ManualClock } from '../../clock/index.js';
import { ClockJobsQueue } from '../clock-jobs-queue.js';

interface Job {
  triggerId: string;
}

describe('ClockJobsQueue.reschedule', () => {
  // A prefix of this file's own: other test files share the Redis.
  const prefix = `test-clock-jobs-${randomUUID().slice(0, 8)}`;
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
  let redis: Redis;
  let jobs: ClockJobsQueue<Job>;

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    jobs = new ClockJobsQueue<Job>(redis, prefix, clock, 'clock-jobs', {
      jobName: 'trigger',
      jobOptions: { removeOnComplete: { count: 100 } },
      reconcile: { id: 'reconcile', jobName: 'reconcile' },
    });
  });

  afterAll(async () => {
    await jobs.queue.obliterate({ force: true });
    await jobs.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('removes a stopped clock’s jobs that have not run, and keeps the one that ran with its result', async () => {
    const owed = new Date('2026-03-02T01:00:00Z');
    const later = new Date('2026-04-01T01:00:00Z');
    await jobs.reschedule([
      {
        clockId: 'c1',
        jobs: [
          { data: { triggerId: 'c1-due' }, at: owed },
          { data: { triggerId: 'c1-later' }, at: later },
        ],
      },
    ]);
    const worker = new Worker<Job>('clock-jobs', async (job) => ({ ran: job.data.triggerId }), { connection: redis, prefix });
    try {
      await new Promise<void>((resolve) => worker.on('completed', (job) => job.id === 'c1-due' && resolve()));
    } finally {
      await worker.close();
    }

    // The clock stopped: it should have no jobs now.
    await jobs.reschedule([{ clockId: 'c1', jobs: [] }]);

    expect(await jobs.queue.getJob('c1-later')).toBeUndefined();
    const ran = await jobs.queue.getJob('c1-due');
    expect(await ran?.getState()).toBe('completed');
    expect(ran?.returnvalue).toEqual({ ran: 'c1-due' });
  });
});
