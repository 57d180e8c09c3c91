import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
  Optional,
  type Provider,
} from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { Redis } from 'ioredis';
import {
  EventConsumer,
  OutboxRelay,
  eventQueueName,
  handledTopicOf,
  topicsConsumedBy,
  type BatchEventHandler,
  type BatchEventHandlers,
  type ConsumerName,
  type EventHandler,
  type EventHandlers,
  type EventTopic,
} from '../events/index.js';
import { REDIS } from '../redis/index.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { TenantTransactions } from '../tenancy/index.js';
import { OutboxLagGauge, QueueDepths, observeJobs } from '../metrics/index.js';
import { runInLogContextOf, runWithoutLogContext } from '../logging/index.js';
import { processedQueueOf } from './processes-queue.js';

export interface EventWorkerOptions {
  /** The consuming service: its queue is `events-<consumer>`. */
  consumer: ConsumerName;
  /** The service's schema: its processed events are recorded there and its outbox relayed from there. */
  schema: string;
  /** Modules that provide the handlers (methods declared with `@HandlesEvent` or `@HandlesEvents`). */
  imports?: ModuleMetadata['imports'];
  /** Handlers' own providers, where they need no module of their own. */
  providers?: Provider[];
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

/** A process whose handlers or job processors are declared twice, or for what it does not consume. */
export class WorkerDeclarationError extends Error {}

const EVENT_WORKER_OPTIONS = Symbol('EVENT_WORKER_OPTIONS');

/** One provider's declared handler method, as the consumer calls it. */
interface DeclaredHandler {
  topic: EventTopic;
  batch: boolean;
  owner: string;
  handle: EventHandler | BatchEventHandler;
}

/**
 * A service's background event work: consuming its queue and relaying its own outbox. The
 * handlers are the provider methods declared with `@HandlesEvent` / `@HandlesEvents`, found when
 * the module starts: it refuses a topic with two, or one not routed to the consumer (the consumer
 * itself refuses a routed topic with none, or with a handler of the wrong kind). Started on
 * application bootstrap and stopped on shutdown, before the platform closes Redis and the
 * database (global modules shut down last).
 */
@Injectable()
export class EventWorker implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  consumer!: EventConsumer;
  readonly relay: OutboxRelay;
  private queueDepths: QueueDepths | null = null;
  private outboxLag: OutboxLagGauge | null = null;

  constructor(
    @Inject(EVENT_WORKER_OPTIONS) private readonly options: EventWorkerOptions,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TenantTransactions,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    // Absent where a test builds the worker without the platform's logging.
    @Optional() private readonly logger?: PinoLogger,
  ) {
    this.relay = new OutboxRelay(transactions, options.schema, redis, { prefix: config.queuePrefix });
  }

  onModuleInit(): void {
    const handlers: EventHandlers = {};
    const batchHandlers: BatchEventHandlers = {};
    const owners = new Map<EventTopic, string>();
    const routed = new Set(topicsConsumedBy(this.options.consumer));
    for (const declared of this.declaredHandlers()) {
      const first = owners.get(declared.topic);
      if (first) throw new WorkerDeclarationError(`${declared.topic} has two handlers: ${first} and ${declared.owner}`);
      if (!routed.has(declared.topic)) {
        throw new WorkerDeclarationError(`${declared.owner} handles ${declared.topic}, which is not routed to ${this.options.consumer}`);
      }
      owners.set(declared.topic, declared.owner);
      if (declared.batch) batchHandlers[declared.topic] = declared.handle as BatchEventHandler;
      else handlers[declared.topic] = declared.handle as EventHandler;
    }
    this.consumer = new EventConsumer(this.options.consumer, this.options.schema, this.transactions, handlers, batchHandlers);
    const processed = this.checkQueueProcessors();
    // What this process consumes and relays, reported at each scrape of its /metrics.
    this.queueDepths = new QueueDepths([eventQueueName(this.options.consumer), ...processed], this.redis, this.config.queuePrefix);
    this.outboxLag = new OutboxLagGauge(this.transactions, this.options.schema);
  }

  onApplicationBootstrap(): void {
    if (this.options.autoStart !== false) this.start();
  }

  start(): void {
    const inLogContext = this.logger ? runInLogContextOf(this.logger) : runWithoutLogContext;
    observeJobs(this.consumer.start(this.redis, { prefix: this.config.queuePrefix, inLogContext }));
    this.relay.start();
    new Logger(EventWorker.name).log(`consuming events-${this.options.consumer}, relaying the ${this.options.schema} outbox`);
  }

  async stop(): Promise<void> {
    await Promise.all([this.consumer.stop(), this.relay.stop()]);
  }

  async onApplicationShutdown(): Promise<void> {
    this.outboxLag?.close();
    await Promise.all([this.stop(), this.queueDepths?.close()]);
  }

  private *declaredHandlers(): Generator<DeclaredHandler> {
    for (const { instance, name } of this.providerInstances()) {
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const declared = handledTopicOf(prototype, method);
        if (!declared) continue;
        const handle = (instance as Record<string, (...args: never[]) => Promise<void>>)[method].bind(instance);
        yield { ...declared, owner: `${name}.${method}`, handle: handle as EventHandler | BatchEventHandler };
      }
    }
  }

  /** One processor per queue in a process: a second would take half of the first's jobs. Returns the queues processed. */
  private checkQueueProcessors(): string[] {
    const seen = new Map<string, string>();
    for (const { instance, name } of this.providerInstances()) {
      const queue = processedQueueOf(instance);
      if (!queue) continue;
      const first = seen.get(queue);
      if (first) throw new WorkerDeclarationError(`queue ${queue} has two processors: ${first} and ${name}`);
      seen.set(queue, name);
    }
    return [...seen.keys()];
  }

  /** The process's provider objects, each with its class's name. */
  private *providerInstances(): Generator<{ instance: object; name: string }> {
    for (const { instance, metatype } of this.discovery.getProviders()) {
      if (instance && typeof instance === 'object' && metatype) yield { instance, name: metatype.name };
    }
  }
}

/** The event side of a service's worker process; import it next to `PlatformModule`. */
@Module({})
export class EventWorkerModule {
  static register(options: EventWorkerOptions): DynamicModule {
    return {
      module: EventWorkerModule,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [{ provide: EVENT_WORKER_OPTIONS, useValue: options }, ...(options.providers ?? []), EventWorker],
      exports: [EventWorker],
    };
  }
}

export * from './processes-queue.js';
export * from './job-scheduler.js';
