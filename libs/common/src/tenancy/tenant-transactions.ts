import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { TenantContextStore, scopeUnitOf, type TenantContext } from './tenant-context.js';

/** Settings of PostgreSQL's a transaction sets for itself, by name (`enable_sort`: 'off', …). */
export type PlannerSettings = Readonly<Record<string, string>>;

/** How a unit of work's transaction is opened. */
export interface TransactionShape {
  /** Planner or other transaction-local settings the work needs. */
  settings?: PlannerSettings;
  /**
   * REPEATABLE READ for work whose statements must read one state of the data (counts added from
   * several statements); PostgreSQL's READ COMMITTED, a snapshot per statement, when absent.
   */
  isolation?: 'REPEATABLE READ';
}

/**
 * The only way services reach the database. Each unit of work is one transaction that first
 * publishes the tenant context to PostgreSQL with transaction-local `set_config`, so row-level
 * security sees it and a pooled connection cannot carry it into the next request.
 */
@Injectable()
export class TenantTransactions {
  constructor(private readonly dataSource: DataSource) {}

  /** `work` in a transaction of `shape` that sees `ctx`. */
  run<T>(ctx: TenantContext, work: (em: EntityManager) => Promise<T>, shape: TransactionShape = {}): Promise<T> {
    const inTransaction = (unit: (em: EntityManager) => Promise<T>) =>
      // An isolation level costs a statement of its own: only when asked for.
      shape.isolation ? this.dataSource.transaction(shape.isolation, unit) : this.dataSource.transaction(unit);
    return TenantContextStore.run(ctx, () =>
      inTransaction(async (em) => {
        await publish(em, ctx, shape.settings);
        return work(em);
      }),
    );
  }

  /**
   * Two parts of a unit of work side by side: `first` in its transaction `em`, `second` on another
   * connection, in a transaction reading `em`'s snapshot with the same tenant context and `settings`
   * (a REPEATABLE READ `em`: both read one state of the data; `second` without what `em` itself has
   * written). Only when the pool hands over a connection at once (one idle or room for one, nobody
   * queued before): work holding a connection never waits for another, which two such units could
   * do for each other. Otherwise, and in a READ COMMITTED `em`, `second` runs after `first` in `em`.
   */
  async sideBySide<A, B>(
    em: EntityManager,
    settings: PlannerSettings,
    first: (em: EntityManager) => Promise<A>,
    second: (em: EntityManager) => Promise<B>,
  ): Promise<[A, B]> {
    const runner = this.connectionAtOnce();
    if (!runner) return [await first(em), await second(em)];
    try {
      const [{ snapshot }]: { snapshot: string | null }[] = await em.query(
        `SELECT CASE WHEN current_setting('transaction_isolation') = 'repeatable read' THEN pg_export_snapshot() END AS snapshot`,
      );
      if (snapshot) {
        const [a, b] = await Promise.allSettled([first(em), this.inSnapshot(runner, snapshot, TenantContextStore.current(), settings, second)]);
        if (a.status === 'rejected') throw a.reason;
        if (b.status === 'rejected') throw b.reason;
        return [a.value, b.value];
      }
    } finally {
      // Released once made: one released while being made would be handed over all the same, and kept.
      await runner.connect().then(
        () => runner.release(),
        () => undefined,
      );
    }
    return [await first(em), await second(em)];
  }

  /**
   * Work before anyone is identified (login). No tenant path is set, so every tenant table
   * refuses to answer; only functions granted for the purpose are usable.
   */
  runAnonymous<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Cross-tenant infrastructure work (the outbox relay). Policies grant it only the outbox and
   * processed-event tables; tenant data stays closed because no tenant path is set.
   */
  runAsSystem<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.system', 'on', true)`);
      return work(em);
    });
  }

  /** A query runner whose connection the pool gives without waiting, or null. */
  private connectionAtOnce(): QueryRunner | null {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    if (pool.waitingCount > 0 || (pool.idleCount === 0 && pool.totalCount >= (pool.options.max ?? 10))) return null;
    const runner = this.dataSource.createQueryRunner();
    // Asked in this same turn of the event loop, before any other request can queue ahead of it; a
    // failure to connect is thrown where the connection is used.
    runner.connect().catch(() => undefined);
    return runner;
  }

  private async inSnapshot<T>(
    runner: QueryRunner,
    snapshot: string,
    ctx: TenantContext,
    settings: PlannerSettings,
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    if (!/^[0-9A-F]+-[0-9A-F]+-[0-9]+$/.test(snapshot)) throw new Error(`unexpected snapshot id ${snapshot}`);
    await runner.connect();
    await runner.startTransaction('REPEATABLE READ');
    try {
      // Before any query of the transaction, as PostgreSQL requires (an id is not a bind parameter).
      await runner.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
      await publish(runner.manager, ctx, settings);
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  }
}

/**
 * The tenant context to PostgreSQL, with `settings`, in one statement: they cost no round trip of
 * their own.
 */
async function publish(em: EntityManager, ctx: TenantContext, settings: PlannerSettings = {}): Promise<void> {
  const extra = Object.entries(settings);
  await em.query(
    `SELECT set_config('app.tenant_path', $1, true),
            set_config('app.tenant_id', $2, true),
            set_config('app.user_id', $3, true),
            set_config('app.unit_id', $4, true),
            set_config('app.roles', $5, true),
            set_config('app.request_id', $6, true),
            set_config('app.scope_unit', $7, true)${extra.map((_, i) => `,\n            set_config($${8 + 2 * i}, $${9 + 2 * i}, true)`).join('')}`,
    [ctx.tenantPath, ctx.tenantId, ctx.userId ?? '', ctx.unitId ?? '', ctx.roles.join(','), ctx.requestId, scopeUnitOf(ctx) ?? '', ...extra.flat()],
  );
}
