import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { EventConsumer, OutboxRelay, type BatchEventHandlers, type ConsumerName, type EventHandlers } from '../events/index.js';
import { REDIS } from '../redis/index.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { TenantTransactions } from '../tenancy/index.js';

export interface EventWorkerOptions {
  /** The consuming service: its queue is `events-<consumer>`. */
  consumer: ConsumerName;
  /** The service's schema: its processed events are recorded there and its outbox relayed from there. */
  schema: string;
  /** Modules that provide what `handlers` injects. */
  imports?: ModuleMetadata['imports'];
  /** Handlers' own providers, where they need no module of their own. */
  providers?: Provider[];
  inject?: InjectionToken[];
  /**
   * One handler per topic routed to the consumer and delivered per event; the consumer refuses to
   * start with one missing.
   */
  handlers: (...deps: any[]) => EventHandlers;
  /** One batch handler per topic the consumer takes in batches (`BATCHED_ROUTES`), with the same deps. */
  batchHandlers?: (...deps: any[]) => BatchEventHandlers;
  /** Start consuming and relaying on application bootstrap (default true); tests drive both by hand. */
  autoStart?: boolean;
}

/** What a service's worker root module accepts. */
export interface WorkerModuleOptions {
  /** Overrides the environment; tests pass their own database. */
  config?: AppConfig;
  /** Consume and relay as soon as the application starts (default true). */
  autoStart?: boolean;
}

const EVENT_WORKER_OPTIONS = Symbol('EVENT_WORKER_OPTIONS');
const EVENT_HANDLERS = Symbol('EVENT_HANDLERS');
const EVENT_BATCH_HANDLERS = Symbol('EVENT_BATCH_HANDLERS');

/**
 * A service's background event work: consuming its queue and relaying its own outbox. Started on
 * application bootstrap and stopped on shutdown, before the platform closes Redis and the
 * database (global modules shut down last).
 */
@Injectable()
export class EventWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly consumer: EventConsumer;
  readonly relay: OutboxRelay;

  constructor(
    @Inject(EVENT_WORKER_OPTIONS) private readonly options: EventWorkerOptions,
    @Inject(EVENT_HANDLERS) handlers: EventHandlers,
    @Inject(EVENT_BATCH_HANDLERS) batchHandlers: BatchEventHandlers,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    transactions: TenantTransactions,
  ) {
    this.consumer = new EventConsumer(options.consumer, options.schema, transactions, handlers, batchHandlers);
    this.relay = new OutboxRelay(transactions, options.schema, redis, { prefix: config.queuePrefix });
  }

  onApplicationBootstrap(): void {
    if (this.options.autoStart !== false) this.start();
  }

  start(): void {
    this.consumer.start(this.redis, { prefix: this.config.queuePrefix });
    this.relay.start();
  }

  async stop(): Promise<void> {
    await Promise.all([this.consumer.stop(), this.relay.stop()]);
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}

/** The event side of a service's worker process; import it next to `PlatformModule`. */
@Module({})
export class EventWorkerModule {
  static register(options: EventWorkerOptions): DynamicModule {
    return {
      module: EventWorkerModule,
      imports: options.imports ?? [],
      providers: [
        { provide: EVENT_WORKER_OPTIONS, useValue: options },
        { provide: EVENT_HANDLERS, inject: options.inject ?? [], useFactory: options.handlers },
        { provide: EVENT_BATCH_HANDLERS, inject: options.inject ?? [], useFactory: options.batchHandlers ?? (() => ({})) },
        ...(options.providers ?? []),
        EventWorker,
      ],
      exports: [EventWorker],
    };
  }
}

export * from './job-scheduler.js';
