import type { Redis } from 'ioredis';

/** Deletes every key of a BullMQ prefix: the queues a measurement used, so that the next one starts empty. */
export async function clearQueues(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
