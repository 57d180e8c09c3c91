import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { APP_DB_ROLE } from '../../config/index.js';
import { createDataSource } from '../../db/data-source.js';
import { createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { TenantTransactions, type TransactionShape } from '../tenant-transactions.js';
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

describe('tenant transactions: two parts of a unit of work side by side', () => {
  let db: TestDatabase;
  let admin: pg.Client;
  let dataSource: DataSource;
  let transactions: TenantTransactions;
  const ctx = systemContextFor('00000000-0000-4000-8000-000000000000', '510000', 'side-by-side');
  const READ = `SELECT count(*)::int AS rows, pg_backend_pid() AS pid, current_setting('app.tenant_path') AS path, current_setting('enable_sort') AS sort FROM public.probe_rows`;
  type Read = { rows: number; pid: number; path: string; sort: string };
  const read = async (em: EntityManager): Promise<Read> => (await em.query(READ))[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    await admin.query(`CREATE TABLE public.probe_rows (n int); GRANT SELECT ON public.probe_rows TO ${APP_DB_ROLE}`);
    dataSource = await createDataSource(db.config.appDatabaseUrl, { name: 'probe', entities: [], migrations: [] }, 2).initialize();
    transactions = new TenantTransactions(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.end();
    await db?.drop();
  });

  /** Both parts' reads after a row committed elsewhere once `em` has read (its snapshot taken). */
  const afterACommit = (shape: TransactionShape, on: TenantTransactions = transactions) =>
    on.run(
      ctx,
      async (em) => {
        await read(em);
        await admin.query(`INSERT INTO public.probe_rows VALUES (1)`);
        const [first, second] = await on.sideBySide(em, { enable_sort: 'off' }, read, read);
        return { own: (await em.query(`SELECT pg_backend_pid() AS pid`))[0].pid as number, first, second };
      },
      shape,
    );

  beforeEach(() => admin.query(`TRUNCATE public.probe_rows`));

  it('runs the second part on a connection of its own, in the first one’s snapshot, with its tenant context and the settings given', async () => {
    const { own, first, second } = await afterACommit({ isolation: 'REPEATABLE READ' });
    expect(first).toEqual({ rows: 0, pid: own, path: '510000', sort: 'on' });
    expect(second).toEqual({ rows: 0, pid: expect.any(Number), path: '510000', sort: 'off' });
    expect(second.pid).not.toBe(own);
    // The second connection is back in the pool.
    expect((dataSource.driver as PostgresDriver).master.idleCount).toBe(2);
  });

  it('runs both parts in the transaction itself when it reads a snapshot per statement (READ COMMITTED)', async () => {
    const { own, first, second } = await afterACommit({});
    expect([first, second]).toEqual([
      { rows: 1, pid: own, path: '510000', sort: 'on' },
      { rows: 1, pid: own, path: '510000', sort: 'on' },
    ]);
    // The connection it was handed while looking is back in the pool.
    expect((dataSource.driver as PostgresDriver).master.idleCount).toBe(2);
  });

  it('runs both parts in the transaction itself when the pool has no connection to give at once', async () => {
    const single = await createDataSource(db.config.appDatabaseUrl, { name: 'probe', entities: [], migrations: [] }, 1).initialize();
    try {
      const { own, first, second } = await afterACommit({ isolation: 'REPEATABLE READ' }, new TenantTransactions(single));
      expect([first.pid, second.pid]).toEqual([own, own]);
      expect([first.rows, second.rows]).toEqual([0, 0]);
    } finally {
      await single.destroy();
    }
  });

  it('finishes units of work that all want a second connection from a pool too small for them, none waiting for the pool while holding one', async () => {
    const slowRead = async (em: EntityManager) => {
      await em.query(`SELECT pg_sleep(0.1)`);
      return read(em);
    };
    const units = Array.from({ length: 4 }, () =>
      transactions.run(ctx, (em) => transactions.sideBySide(em, {}, slowRead, slowRead), { isolation: 'REPEATABLE READ' }),
    );
    const done = await Promise.all(units);
    expect(done.map(([first, second]) => [first.rows, second.rows])).toEqual(Array(4).fill([0, 0]));
    expect((dataSource.driver as PostgresDriver).master.idleCount).toBe(2);
  });

  it('fails the unit of work when the second part fails, and gives its connection back', async () => {
    const failing = transactions.run(ctx, (em) => transactions.sideBySide(em, {}, read, (other) => other.query(`SELECT 1 / 0`)), {
      isolation: 'REPEATABLE READ',
    });
    await expect(failing).rejects.toThrow(/division by zero/);
    expect((dataSource.driver as PostgresDriver).master.idleCount).toBe(2);
  });
});
