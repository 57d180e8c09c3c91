import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource, type AfterQueryEvent, type EntitySubscriberInterface } from 'typeorm';
import { dbQueryDuration, dbQueryErrors, poolSources, type PoolCounts, type ScrapeSource } from './registry.js';
import { statementKind } from './names.js';

/** What TypeORM's PostgreSQL driver keeps its pg pool as. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Times every statement TypeORM sends, labelled by its kind only (the text and parameters may hold personal data). */
class QueryTimer implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const statement = statementKind(event.query);
    if (event.success && event.executionTime !== undefined) dbQueryDuration.observe({ statement }, event.executionTime / 1000);
    else if (!event.success) dbQueryErrors.inc({ statement });
  }
}

/**
 * The process's database in its metrics: statement durations (a TypeORM subscriber, added to the
 * running data source) and, at each scrape, the pool's connections.
 */
@Injectable()
export class DatabaseMetrics implements OnModuleInit, OnApplicationShutdown {
  private readonly timer = new QueryTimer();
  private readonly pool: ScrapeSource<PoolCounts>;

  constructor(private readonly dataSource: DataSource) {
    this.pool = {
      read: async () => {
        const pool = (this.dataSource.driver as unknown as { master?: PgPool }).master;
        return { total: pool?.totalCount ?? 0, idle: pool?.idleCount ?? 0, waiting: pool?.waitingCount ?? 0 };
      },
    };
  }

  onModuleInit(): void {
    this.dataSource.subscribers.push(this.timer);
    poolSources.add(this.pool);
  }

  onApplicationShutdown(): void {
    poolSources.delete(this.pool);
    const index = this.dataSource.subscribers.indexOf(this.timer);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
  }
}
