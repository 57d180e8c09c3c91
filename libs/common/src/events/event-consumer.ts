import { Logger } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { EntityManager } from 'typeorm';
import type { TenantTransactions } from '../tenancy/tenant-transactions.js';
import { systemContextFor } from '../tenancy/tenant-context.js';
import { eventQueueName, topicsConsumedBy, type ConsumerName, type EventEnvelope, type EventTopic } from './catalogue.js';

export type EventHandler = (em: EntityManager, event: EventEnvelope<any>) => Promise<void>;
export type EventHandlers = Partial<Record<EventTopic, EventHandler>>;

export class MissingEventHandlerError extends Error {}

export interface EventConsumerStartOptions {
  concurrency?: number;
  /** BullMQ key prefix of the queue (default `bull`); must match the relay's. */
  prefix?: string;
}

/**
 * Applies a consumer's events exactly once in effect: each event runs in a transaction with its
 * tenant's context that first records the event id in `<schema>.processed_events`; a redelivered
 * event finds its id there and changes nothing.
 */
export class EventConsumer {
  private readonly logger = new Logger(EventConsumer.name);
  private worker: Worker | null = null;

  constructor(
    private readonly consumer: ConsumerName,
    private readonly schema: string,
    private readonly transactions: TenantTransactions,
    private readonly handlers: EventHandlers,
  ) {
    const missing = topicsConsumedBy(consumer).filter((topic) => !handlers[topic]);
    if (missing.length) throw new MissingEventHandlerError(`${consumer} has no handler for ${missing.join(', ')}`);
  }

  /** Applies one event; false when it had been applied before. */
  apply(event: EventEnvelope<object>): Promise<boolean> {
    const handler = this.handlers[event.topic];
    if (!handler) throw new MissingEventHandlerError(`${this.consumer} has no handler for ${event.topic}`);
    const ctx = systemContextFor(event.tenantId, event.tenantPath, event.requestId);
    return this.transactions.run(ctx, async (em) => {
      const inserted: unknown[] = await em.query(
        `INSERT INTO ${this.schema}.processed_events (consumer, event_id, tenant_path, topic)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.consumer, event.id, event.tenantPath, event.topic],
      );
      if (inserted.length === 0) return false;
      await handler(em, event);
      return true;
    });
  }

  start(connection: Redis, options: EventConsumerStartOptions = {}): Worker {
    this.worker = new Worker(eventQueueName(this.consumer), (job: Job<EventEnvelope>) => this.apply(job.data), {
      connection,
      concurrency: options.concurrency ?? 4,
      prefix: options.prefix,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.error(`${this.consumer} failed on ${job?.name} ${job?.id}: ${error.message}`),
    );
    return this.worker;
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }
}
