import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { createTestDatabase } from '../index.js';

describe('a test database', () => {
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  });

  afterAll(() => redis.quit());

  it('takes its queue prefix’s Redis keys with it when dropped, and no one else’s', async () => {
    const db = await createTestDatabase();
    const other = `${db.config.queuePrefix}-other:kept`;
    await redis.set(`${db.config.queuePrefix}:events-cases:meta`, '1');
    await redis.set(other, '1');
    try {
      await db.drop();
      expect(await redis.exists(`${db.config.queuePrefix}:events-cases:meta`)).toBe(0);
      expect(await redis.exists(other)).toBe(1);
    } finally {
      await redis.del(other);
    }
  });
});
