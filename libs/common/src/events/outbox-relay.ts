import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { TenantTransactions } from '../tenancy/tenant-transactions.js';
import {
  EVENT_BATCH_JOB,
  consumerJobs,
  consumersOf,
  eventQueueName,
  type ConsumerName,
  type EventBatch,
  type EventEnvelope,
  type EventTopic,
} from './catalogue.js';

interface OutboxRow {
  id: string;
  tenant_id: string;
  tenant_path: string;
  topic: EventTopic;
  payload: Record<string, unknown>;
  request_id: string;
  traceparent: string | null;
  created_at: Date;
}

export interface OutboxRelayOptions {
  /** Rows claimed per pass (default 1,000). */
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

/** Relayed rows whose jobs a Redis that lost its data may have taken along: as long as completed jobs are kept. */
const REDELIVERY_WINDOW_SECONDS = EVENT_JOB_OPTIONS.removeOnComplete.age;
/** How often a running relay looks whether Redis lost its data. */
const REDIS_LOSS_CHECK_MS = 5_000;

/**
 * Moves committed outbox rows into BullMQ, one queue per consumer. An event is one job with the
 * outbox id as job id, except where its consumer takes the topic in batches (`BATCHED_ROUTES`):
 * those rows of a claim become jobs of up to `BATCH_JOB_SIZE` events of one tenant each.
 * Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several relays share the work; a row is
 * marked relayed only after its jobs were added, so a crash in between re-adds the same job ids,
 * which BullMQ ignores, or a batch formed otherwise under an id of its own (`batchJobId`), whose
 * events consumers skip where applied.
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
    // Batch jobs are formed within one claim: it spans several tenants' runs of a burst.
    this.batchSize = options.batchSize ?? 1000;
    this.prefix = options.prefix;
  }

  /** Relays one claim of rows; returns how many outbox rows it moved. */
  relayOnce(): Promise<number> {
    return this.transactions.runAsSystem(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, tenant_id, tenant_path::text AS tenant_path, topic, payload, request_id, traceparent, created_at
           FROM ${this.schema}.outbox
          WHERE relayed_at IS NULL
          ORDER BY created_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      for (const [consumer, deliveries] of deliveriesOf(rows)) {
        await this.queue(consumer).addBulk(
          deliveries.map((delivery) =>
            Array.isArray(delivery)
              ? { name: EVENT_BATCH_JOB, data: { events: delivery } satisfies EventBatch, opts: { ...EVENT_JOB_OPTIONS, jobId: batchJobId(delivery) } }
              : { name: delivery.topic, data: delivery, opts: { ...EVENT_JOB_OPTIONS, jobId: delivery.id } },
          ),
        );
      }
      await em.query(`UPDATE ${this.schema}.outbox SET relayed_at = clock_timestamp() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /**
   * Relays the rows of the redelivery window again when Redis lost its data (or is a new one):
   * their jobs may be gone before a consumer applied them, and consumers skip what they had. A
   * marker key tells; it is set only after the rows were marked, so a failure here is retried,
   * and relays that both find it missing only deliver the same events twice. Returns the rows marked.
   */
  async redeliverIfRedisLost(): Promise<number> {
    const marker = `${this.prefix ?? 'bull'}:outbox-relay:${this.schema}`;
    if (await this.connection.exists(marker)) return 0;
    const marked = await this.transactions.runAsSystem(async (em) => {
      const [, count] = await em.query(`UPDATE ${this.schema}.outbox SET relayed_at = NULL WHERE relayed_at > clock_timestamp() - make_interval(secs => $1)`, [
        REDELIVERY_WINDOW_SECONDS,
      ]);
      return count as number;
    });
    await this.connection.set(marker, new Date().toISOString());
    if (marked) this.logger.warn(`Redis had lost its data: ${marked} events of ${this.schema} relayed again`);
    return marked;
  }

  /** Polls until stopped; drains a backlog without waiting between full claims. */
  start(intervalMs = 250): void {
    let checkedAt = 0;
    const tick = async () => {
      let moved = 0;
      try {
        if (Date.now() - checkedAt >= REDIS_LOSS_CHECK_MS) {
          checkedAt = Date.now();
          await this.redeliverIfRedisLost();
        }
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

/** The jobs of each consumer, in the order of their first rows (see `consumerJobs`). */
function deliveriesOf(rows: readonly OutboxRow[]): Map<ConsumerName, (EventEnvelope | EventEnvelope[])[]> {
  const envelopes = rows.map(envelopeOf);
  const consumers = new Set(rows.flatMap((row) => consumersOf(row.topic)));
  return new Map(
    [...consumers].map((consumer) => [
      consumer,
      consumerJobs(
        consumer,
        envelopes.filter((e) => consumersOf(e.topic).includes(consumer)),
      ),
    ]),
  );
}

/**
 * Named by all its events, not its first alone: a relay that runs again over rows whose jobs
 * it added before crashing may group them otherwise (rows committed meanwhile, or left by another
 * relay, join them), and such a group must not be taken for the earlier one and dropped.
 */
function batchJobId(events: readonly EventEnvelope[]): string {
  const digest = createHash('sha256')
    .update(events.map((e) => e.id).join(','))
    .digest('hex')
    .slice(0, 32);
  return `batch-${events[0].id}-${digest}`;
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
    ...(row.traceparent ? { traceparent: row.traceparent } : {}),
  };
}
