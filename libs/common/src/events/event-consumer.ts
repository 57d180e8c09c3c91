import { Logger } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { EntityManager } from 'typeorm';
import type { TenantTransactions } from '../tenancy/tenant-transactions.js';
import { systemContextFor } from '../tenancy/tenant-context.js';
import { inSpan } from '../telemetry/trace-context.js';
import { runWithoutLogContext, type RunInLogContext } from '../logging/log-context.js';
import {
  EVENT_BATCH_JOB,
  batchesByProvince,
  eventQueueName,
  provinceOf,
  takesInBatches,
  topicsConsumedBy,
  type ConsumerName,
  type EventBatch,
  type EventEnvelope,
  type EventTopic,
} from './catalogue.js';

/** A handler as the consumer calls it; each declares its topic's payload (see `HandlesEvent`). */
export type EventHandler = (em: EntityManager, event: EventEnvelope<object>) => Promise<void>;
export type EventHandlers = Partial<Record<EventTopic, EventHandler>>;

/**
 * Applies consecutive events of one topic and one tenant, in order, as one change. The
 * transaction's context carries the first event's request id: what each event causes is stamped
 * with its own `requestId` by the handler.
 */
export type BatchEventHandler = (em: EntityManager, events: readonly EventEnvelope<object>[]) => Promise<void>;
export type BatchEventHandlers = Partial<Record<EventTopic, BatchEventHandler>>;

export class MissingEventHandlerError extends Error {}

/** A batch is applied under one tenant's context: events of several never share a transaction. */
export class MixedTenantBatchError extends Error {}

export interface EventConsumerStartOptions {
  concurrency?: number;
  /** BullMQ key prefix of the queue (default `bull`); must match the relay's. */
  prefix?: string;
  /** Binds a job's request id and tenant to the lines written while it is handled. */
  inLogContext?: RunInLogContext;
}

/**
 * Applies a consumer's events exactly once in effect: a job's events (one, or a batch of one
 * tenant's) run in a transaction with their tenant's context that first records their ids in
 * `<schema>.processed_events`; a redelivered event finds its id there and is skipped. A failure
 * rolls the whole job back, and its retry applies each of its events once.
 */
export class EventConsumer {
  private readonly logger = new Logger(EventConsumer.name);
  private worker: Worker | null = null;

  constructor(
    private readonly consumer: ConsumerName,
    private readonly schema: string,
    private readonly transactions: TenantTransactions,
    private readonly handlers: EventHandlers,
    private readonly batchHandlers: BatchEventHandlers = {},
  ) {
    // A handler of the other kind would never be called: the relay decides how a topic arrives.
    const topics = topicsConsumedBy(consumer);
    const missing = topics.filter((topic) => !this.handlerOf(topic));
    if (missing.length) throw new MissingEventHandlerError(`${consumer} has no handler for ${missing.join(', ')}`);
    const misplaced = topics.filter((topic) => (takesInBatches(consumer, topic) ? handlers[topic] : batchHandlers[topic]));
    if (misplaced.length) throw new Error(`${consumer} has a handler of the wrong kind (per event or batch) for ${misplaced.join(', ')}`);
  }

  /** Applies one event; false when it had been applied before. */
  async apply(event: EventEnvelope<object>): Promise<boolean> {
    return (await this.applyBatch([event])) === 1;
  }

  /**
   * Applies events of one tenant (or, for the topics the consumer batches by province, of one
   * province) in one transaction, in order, as the first event's tenant; returns how many of them
   * had not been applied before.
   */
  async applyBatch(events: readonly EventEnvelope<object>[]): Promise<number> {
    const [first] = events;
    if (!first) return 0;
    const byProvince = events.every((e) => batchesByProvince(this.consumer, e.topic));
    const stranger = events.find((e) =>
      byProvince ? provinceOf(e.tenantPath) !== provinceOf(first.tenantPath) : e.tenantId !== first.tenantId || e.tenantPath !== first.tenantPath,
    );
    if (stranger) {
      throw new MixedTenantBatchError(`event ${stranger.id} is not of ${byProvince ? 'province' : 'tenant'} ${first.tenantPath}, as the batch's first is`);
    }
    const unhandled = events.find((e) => !this.handlerOf(e.topic));
    if (unhandled) throw new MissingEventHandlerError(`${this.consumer} has no handler for ${unhandled.topic}`);
    const ctx = systemContextFor(first.tenantId, first.tenantPath, first.requestId);
    return this.transactions.run(ctx, async (em) => {
      // In id order, so that overlapping batches applied at once wait for each other instead of
      // deadlocking; recorded under the batch's tenant (a province batch's first event's).
      const inserted: { event_id: string }[] = await em.query(
        `INSERT INTO ${this.schema}.processed_events (consumer, event_id, tenant_path, topic)
         SELECT $1, e.id, $2, e.topic FROM unnest($3::uuid[], $4::text[]) e (id, topic) ORDER BY e.id
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.consumer, first.tenantPath, events.map((e) => e.id), events.map((e) => e.topic)],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      // `delete`: an event listed twice is applied once.
      const todo = events.filter((e) => fresh.delete(e.id));
      for (const run of this.runsOf(todo)) {
        const batch = this.batchHandlers[run[0].topic];
        if (batch) await batch(em, run);
        else await this.handlers[run[0].topic]!(em, run[0]);
      }
      return todo.length;
    });
  }

  start(connection: Redis, options: EventConsumerStartOptions = {}): Worker {
    const inLogContext = options.inLogContext ?? runWithoutLogContext;
    this.worker = new Worker(
      eventQueueName(this.consumer),
      (job: Job<EventEnvelope | EventBatch>) => {
        const batch = job.name === EVENT_BATCH_JOB;
        const events = batch ? (job.data as EventBatch).events : [job.data as EventEnvelope];
        const [first] = events;
        if (!first) return Promise.resolve(0);
        const fields = { requestId: first.requestId, tenantId: first.tenantId, tenantPath: first.tenantPath };
        return inLogContext(fields, async () => {
          const applied = await this.applyJob(events);
          this.logger.log(`handled ${events.length} event(s) of ${[...new Set(events.map((e) => e.topic))].join(', ')}, ${applied} new`);
          return batch ? applied : applied === 1;
        });
      },
      { connection, concurrency: options.concurrency ?? 4, prefix: options.prefix },
    );
    this.worker.on('failed', (job, error) => this.logger.error(`${this.consumer} failed on ${job?.name} ${job?.id}: ${error.message}`));
    return this.worker;
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }

  /**
   * Applies a job's events in a span under the span that emitted the first (the request that
   * caused it), linked to the others' where a batch answers several.
   */
  private applyJob(events: readonly EventEnvelope[]): Promise<number> {
    const [first] = events;
    const others = new Set(events.map((e) => e.traceparent).filter((traceparent) => traceparent && traceparent !== first?.traceparent));
    return inSpan(`event ${first?.topic ?? EVENT_BATCH_JOB}`, first?.traceparent, () => this.applyBatch(events), {
      links: [...others],
      attributes: { 'messaging.system': 'bullmq', 'messaging.destination.name': eventQueueName(this.consumer), 'messaging.batch.message_count': events.length },
    });
  }

  private handlerOf(topic: EventTopic): EventHandler | BatchEventHandler | undefined {
    return takesInBatches(this.consumer, topic) ? this.batchHandlers[topic] : this.handlers[topic];
  }

  /** The handler calls of a batch, in order: a run of one batched topic, or a single event. */
  private runsOf(events: readonly EventEnvelope<object>[]): EventEnvelope<object>[][] {
    const runs: EventEnvelope<object>[][] = [];
    for (const event of events) {
      const last = runs.at(-1);
      if (last && last[0].topic === event.topic && takesInBatches(this.consumer, event.topic)) last.push(event);
      else runs.push([event]);
    }
    return runs;
  }
}
