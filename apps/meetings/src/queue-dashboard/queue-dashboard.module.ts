import { Inject, Injectable, Module, type MiddlewareConsumer, type NestModule, type OnApplicationShutdown } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import { TokenService } from '#common/auth';
import { DASHBOARD_QUEUES } from './dashboard-queues.js';
import { DASHBOARD_ROUTE, dashboardAccess } from './dashboard-access.js';

/**
 * The queues of `DASHBOARD_QUEUES` under this deployment's prefix, on the process's shared Redis
 * connection. The dashboard only looks: the queues do not write their metadata and their board
 * adapters are read-only.
 */
@Injectable()
export class DashboardQueues implements OnApplicationShutdown {
  readonly queues: Queue[];

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.queues = DASHBOARD_QUEUES.map(({ name }) => new Queue(name, { connection: redis, prefix: config.queuePrefix, skipMetasUpdate: true }));
  }

  boardAdapters(): BullMQAdapter[] {
    return this.queues.map((queue, i) => new BullMQAdapter(queue, { readOnlyMode: true, description: DASHBOARD_QUEUES[i].description }));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}

/**
 * `/queues`: the BullMQ dashboard (bull-board) of every queue of the system, for the province's
 * supervisors and administrators (see `dashboardRefusal`). Served by the meetings HTTP process.
 *
 * Mounted with bull-board's Express adapter directly rather than `@bull-board/nestjs`: that
 * package is CommonJS and `require()`s `@nestjs/common`, which NestJS 12 publishes as ESM only;
 * Node 20 loads it, but Jest (before Node 24.9) cannot, so every spec booting this app would fail.
 * Its own glue is what `configure` does here.
 */
@Module({ providers: [DashboardQueues] })
export class QueueDashboardModule implements NestModule {
  constructor(
    private readonly tokens: TokenService,
    private readonly queues: DashboardQueues,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const board = new ExpressAdapter();
    board.setBasePath(DASHBOARD_ROUTE);
    createBullBoard({
      queues: this.queues.boardAdapters(),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: '队列看板', locale: { lng: 'zh-CN' }, hideDocsLink: true } },
    });
    // The board is an Express app of its own, which would announce Express again (HidePoweredByHeader covers the rest).
    (board.getRouter() as { disable(setting: string): unknown }).disable('x-powered-by');
    consumer.apply(dashboardAccess(this.tokens), board.getRouter()).forRoutes(DASHBOARD_ROUTE);
  }
}
