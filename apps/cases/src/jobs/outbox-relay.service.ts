import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { OutboxRelay } from '#common/events';
import { REDIS } from '#common/redis';
import { TenantTransactions } from '#common/tenancy';
import { CASES_SCHEMA } from '../database.js';

/** Publishes the cases outbox (directory and case events) for as long as the worker runs. */
@Injectable()
export class CasesOutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly relay: OutboxRelay;

  constructor(transactions: TenantTransactions, @Inject(REDIS) redis: Redis) {
    this.relay = new OutboxRelay(transactions, CASES_SCHEMA, redis);
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.relay.stop();
  }
}
