import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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

  /**
   * `shape.settings` are published with the tenant context in the same statement, so they cost no
   * round trip of their own.
   */
  run<T>(ctx: TenantContext, work: (em: EntityManager) => Promise<T>, shape: TransactionShape = {}): Promise<T> {
    const extra = Object.entries(shape.settings ?? {});
    const inTransaction = (unit: (em: EntityManager) => Promise<T>) =>
      // An isolation level costs a statement of its own: only when asked for.
      shape.isolation ? this.dataSource.transaction(shape.isolation, unit) : this.dataSource.transaction(unit);
    return TenantContextStore.run(ctx, () =>
      inTransaction(async (em) => {
        await em.query(
          `SELECT set_config('app.tenant_path', $1, true),
                  set_config('app.tenant_id', $2, true),
                  set_config('app.user_id', $3, true),
                  set_config('app.unit_id', $4, true),
                  set_config('app.roles', $5, true),
                  set_config('app.request_id', $6, true),
                  set_config('app.scope_unit', $7, true)${extra.map((_, i) => `,\n                  set_config($${8 + 2 * i}, $${9 + 2 * i}, true)`).join('')}`,
          [ctx.tenantPath, ctx.tenantId, ctx.userId ?? '', ctx.unitId ?? '', ctx.roles.join(','), ctx.requestId, scopeUnitOf(ctx) ?? '', ...extra.flat()],
        );
        return work(em);
      }),
    );
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
}
