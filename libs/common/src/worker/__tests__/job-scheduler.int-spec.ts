import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { KeptJobScheduler } from '../job-scheduler.js';

describe('KeptJobScheduler', () => {
  // A prefix of this file's own: other test files share the Redis.
  const prefix = `test-scheduler-${randomUUID().slice(0, 8)}`;
  let redis: Redis;
  let queue: Queue;
  const spec = { id: 'sweep', everyMs: 60_000, jobName: 'sweep' };

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    queue = new Queue('kept', { connection: redis, prefix });
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await dropPrefix(redis, prefix);
    await redis.quit();
  });

  it('is registered by one of several instances starting together, and left alone when unchanged', async () => {
    const instances = [1, 2, 3].map(() => new KeptJobScheduler(queue, redis, spec));
    const outcomes = await Promise.all(instances.map((s) => s.ensure()));
    expect(outcomes.sort()).toEqual(['BUSY', 'BUSY', 'REGISTERED']);
    expect((await queue.getJobSchedulers()).map((s) => [s.key, s.every])).toEqual([['sweep', 60_000]]);
    await redis.del(`${prefix}:kept:scheduler-lock:sweep`);
    expect(await instances[1].ensure()).toBe('UNCHANGED');
  });

  it('comes back by itself after Redis lost it, without a restart', async () => {
    const kept = new KeptJobScheduler(queue, redis, spec);
    await redis.del(`${prefix}:kept:scheduler-lock:sweep`);
    await kept.keep(200);
    try {
      await dropPrefix(redis, prefix);
      expect(await queue.getJobSchedulers()).toEqual([]);
      const deadline = Date.now() + 5_000;
      while ((await queue.getJobSchedulers()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await queue.getJobSchedulers()).map((s) => s.key)).toEqual(['sweep']);
    } finally {
      kept.stop();
    }
  });
});

async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
