import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source.js';
import { createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { TenantTransactions } from '../tenant-transactions.js';
import { systemContextFor, type TenantContext } from '../tenant-context.js';

const SETTINGS = `SELECT current_setting('app.tenant_path') AS path, current_setting('enable_sort') AS sort, current_setting('enable_bitmapscan') AS bitmaps`;

describe('tenant transactions', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let transactions: TenantTransactions;
  let ctx: TenantContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    // One connection, so that a setting left behind would show in the next transaction.
    dataSource = await createDataSource(db.config.appDatabaseUrl, { name: 'probe', entities: [], migrations: [] }, 1).initialize();
    transactions = new TenantTransactions(dataSource);
    // Only the context's publication is under test: no row is read with it.
    ctx = systemContextFor('00000000-0000-4000-8000-000000000000', '510000', 'probe');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('publishes the settings a unit of work asks for with its tenant context, for that transaction only', async () => {
    const asked = await transactions.run(ctx, (em) => em.query(SETTINGS), { settings: { enable_sort: 'off', enable_bitmapscan: 'off' } });
    expect(asked).toEqual([{ path: '510000', sort: 'off', bitmaps: 'off' }]);
    // PostgreSQL's defaults again in the connection's next transaction.
    const next = await transactions.run(ctx, (em) => em.query(SETTINGS));
    expect(next).toEqual([{ path: '510000', sort: 'on', bitmaps: 'on' }]);
  });
});
