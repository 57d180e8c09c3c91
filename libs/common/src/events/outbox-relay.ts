import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { TenantTransactions } from '../tenancy/tenant-transactions.js';
import { consumersOf, eventQueueName, type ConsumerName, type EventEnvelope, type EventTopic } from './catalogue.js';

interface OutboxRow {
  id: string;
  tenant_id: string;
  tenant_path: string;
  topic: EventTopic;
  payload: Record<string, unknown>;
  request_id: string;
  created_at: Date;
}

export interface OutboxRelayOptions {
  batchSize?: number;
  /** BullMQ key prefix of the consumers' queues (default `bull`); must match the consumers'. */
  prefix?: string;
}

export const EVENT_JOB_OPTIONS = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  // Completed jobs are kept for a week so that a re-relayed row is recognised by its job id.
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;

/**
 * Moves committed outbox rows into BullMQ, one queue per consumer, with the outbox id as job id.
 * Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several relays share the work; a row is
 * marked relayed only after its jobs were added, so a crash in between re-adds the same job id,
 * which BullMQ ignores and consumers would skip anyway.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues = new Map<ConsumerName, Queue>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly batchSize: number;
  private readonly prefix: string | undefined;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly schema: string,
    private readonly connection: Redis,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 200;
    this.prefix = options.prefix;
  }

  /** Relays one batch; returns how many outbox rows it moved. */
  relayOnce(): Promise<number> {
    return this.transactions.runAsSystem(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, tenant_id, tenant_path::text AS tenant_path, topic, payload, request_id, created_at
           FROM ${this.schema}.outbox
          WHERE relayed_at IS NULL
          ORDER BY created_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const byConsumer = new Map<ConsumerName, EventEnvelope[]>();
      for (const row of rows) {
        for (const consumer of consumersOf(row.topic)) {
          const list = byConsumer.get(consumer) ?? [];
          list.push(envelopeOf(row));
          byConsumer.set(consumer, list);
        }
      }
      for (const [consumer, envelopes] of byConsumer) {
        await this.queue(consumer).addBulk(
          envelopes.map((envelope) => ({ name: envelope.topic, data: envelope, opts: { ...EVENT_JOB_OPTIONS, jobId: envelope.id } })),
        );
      }
      await em.query(`UPDATE ${this.schema}.outbox SET relayed_at = clock_timestamp() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /** Polls until stopped; drains a backlog without waiting between full batches. */
  start(intervalMs = 250): void {
    const tick = async () => {
      let moved = 0;
      try {
        this.running = this.relayOnce();
        moved = (await this.running) as number;
      } catch (error) {
        this.logger.error(`outbox relay of ${this.schema} failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
      if (this.timer !== null) this.timer = setTimeout(tick, moved === this.batchSize ? 0 : intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }

  private queue(consumer: ConsumerName): Queue {
    let queue = this.queues.get(consumer);
    if (!queue) {
      queue = new Queue(eventQueueName(consumer), { connection: this.connection, prefix: this.prefix });
      this.queues.set(consumer, queue);
    }
    return queue;
  }
}

function envelopeOf(row: OutboxRow): EventEnvelope {
  return {
    id: row.id,
    topic: row.topic,
    tenantId: row.tenant_id,
    tenantPath: row.tenant_path,
    requestId: row.request_id,
    occurredAt: row.created_at.toISOString(),
    payload: row.payload,
  };
}
