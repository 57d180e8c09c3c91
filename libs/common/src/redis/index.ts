import { Redis } from 'ioredis';

/**
 * A Redis connection for BullMQ. Workers block on Redis, so retries per request must be
 * unlimited (`null`), as BullMQ requires.
 */
export function createRedis(url: string, name: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, connectionName: name, lazyConnect: false });
}

export const REDIS = Symbol('REDIS');
