import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { TenantTransactions } from '../tenancy/index.js';
import { outboxSources, queueSources, type OutboxLag, type QueueCounts, type ScrapeSource } from './registry.js';

/** The states reported per queue. */
const JOB_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed', 'waiting-children'] as const;

/** Reports the depth of queues at each scrape until `close()`. */
export class QueueDepths {
  private readonly queues: Queue[];
  private readonly source: ScrapeSource<QueueCounts[]>;

  constructor(names: readonly string[], connection: Redis, prefix: string | undefined) {
    // Reads only: no meta updates, and the process's connection is shared, not duplicated.
    this.queues = names.map((name) => new Queue(name, { connection, prefix, skipMetasUpdate: true }));
    this.source = {
      read: () => Promise.all(this.queues.map(async (queue) => ({ queue: queue.name, counts: await queue.getJobCounts(...JOB_STATES) }))),
    };
    queueSources.add(this.source);
  }

  async close(): Promise<void> {
    queueSources.delete(this.source);
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}

/**
 * Reports, at each scrape, how long the oldest event of a service's outbox has waited to be
 * relayed — pending as the relay defines it: `relayed_at IS NULL`.
 */
export class OutboxLagGauge {
  private readonly source: ScrapeSource<OutboxLag>;

  constructor(transactions: TenantTransactions, schema: string) {
    this.source = {
      read: () =>
        transactions.runAsSystem(async (em) => {
          const [row]: { seconds: number | null }[] = await em.query(
            `SELECT extract(epoch FROM clock_timestamp() - min(created_at))::float8 AS seconds FROM ${schema}.outbox WHERE relayed_at IS NULL`,
          );
          return { schema, seconds: Math.max(0, row?.seconds ?? 0) };
        }),
    };
    outboxSources.add(this.source);
  }

  close(): void {
    outboxSources.delete(this.source);
  }
}
