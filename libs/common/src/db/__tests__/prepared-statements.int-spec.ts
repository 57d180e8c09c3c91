import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { TenantTransactions, systemContextFor, type TenantContext } from '../../tenancy/index.js';
import { createDataSource } from '../data-source.js';
import { PREPARE_AFTER, preparedStatementName } from '../prepared-statements.js';

const UNITS = 'SELECT count(*)::int AS n FROM core.units WHERE name <> $1';

/**
 * The services' pool prepares the statements it sends again and again; row-level security must answer a
 * prepared statement exactly as it answers one parsed afresh, including the generic plan PostgreSQL
 * switches to after a few executions, which is made once and then run for every tenant.
 */
describe('prepared statements', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let transactions: TenantTransactions;
  let admin: pg.Client;
  let tenants: { id: string; path: string; units: number }[];

  const contextOf = (t: { id: string; path: string }): TenantContext => systemContextFor(t.id, t.path, 'prepared-statements-test');

  beforeAll(async () => {
    db = await createTestDatabase();
    // One connection: every execution below reuses the statement that connection prepared.
    dataSource = await createDataSource(db.config.appDatabaseUrl, { name: 'probe', entities: [], migrations: [] }, 1).initialize();
    transactions = new TenantTransactions(dataSource);
    admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    // A county and its two ancestors, whose subtrees hold different numbers of units (counted without row-level security).
    const { rows } = await admin.query<{ id: string; path: string; units: number }>(
      `SELECT t.id, t.path::text AS path, (SELECT count(*)::int FROM core.units u WHERE u.tenant_path <@ t.path) AS units
         FROM core.tenants t
        WHERE t.path @> (SELECT path FROM core.tenants WHERE nlevel(path) = 3 ORDER BY code LIMIT 1)
        ORDER BY nlevel(t.path)`,
    );
    tenants = rows;
  });

  afterAll(async () => {
    await admin?.end();
    await dataSource?.destroy();
    await db?.drop();
  });

  it('answers each tenant with its own subtree from one prepared statement, custom and generic plans alike', async () => {
    expect(new Set(tenants.map((t) => t.units)).size).toBe(3);
    for (const planCacheMode of ['force_custom_plan', 'force_generic_plan']) {
      for (let round = 0; round < PREPARE_AFTER + 3; round += 1) {
        for (const tenant of tenants) {
          const [{ n }] = await transactions.run(contextOf(tenant), async (em) => {
            await em.query(`SELECT set_config('plan_cache_mode', $1, true)`, [planCacheMode]);
            return em.query(UNITS, ['']);
          });
          expect({ planCacheMode, tenant: tenant.path, n }).toEqual({ planCacheMode, tenant: tenant.path, n: tenant.units });
        }
      }
    }
  });

  it('has prepared the recurring statement on the connection, and left transaction control unnamed', async () => {
    const rows: { name: string; statement: string }[] = await dataSource.query(
      `SELECT name, statement FROM pg_prepared_statements WHERE name = $1 OR statement ILIKE 'START TRANSACTION%' OR statement = 'COMMIT'`,
      [preparedStatementName(UNITS)],
    );
    expect(rows).toEqual([{ name: preparedStatementName(UNITS), statement: UNITS }]);
  });

  it('plans every execution for its values, as an unprepared statement is planned', async () => {
    // A plan made for no values in particular turns a policy's per-row check against the case into a hash of every case the tenant sees.
    await expect(dataSource.query(`SHOW plan_cache_mode`)).resolves.toEqual([{ plan_cache_mode: 'force_custom_plan' }]);
  });

  it('refuses the prepared statement without a tenant context, as it refuses it parsed afresh', async () => {
    for (let round = 0; round < PREPARE_AFTER + 2; round += 1) {
      await expect(transactions.runAnonymous((em) => em.query(UNITS, ['']))).rejects.toMatchObject({ driverError: { code: '42501' } });
    }
  });

  it('prepares nothing when switched off (DATABASE_PREPARED_STATEMENTS=off)', async () => {
    const unprepared = await createDataSource(db.config.appDatabaseUrl, { name: 'probe', entities: [], migrations: [] }, 1, {
      preparedStatements: false,
    }).initialize();
    try {
      const unpreparedTransactions = new TenantTransactions(unprepared);
      for (let round = 0; round < PREPARE_AFTER + 2; round += 1) {
        await unpreparedTransactions.run(contextOf(tenants[0]), (em) => em.query(UNITS, ['']));
      }
      await expect(unprepared.query(`SELECT count(*)::int AS n FROM pg_prepared_statements`)).resolves.toEqual([{ n: 0 }]);
    } finally {
      await unprepared.destroy();
    }
  });
});
