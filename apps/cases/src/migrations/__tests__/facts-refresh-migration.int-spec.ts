import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { insertCase } from '../../__tests__/case-rows.js';
import { FactsRefresh1767000000503 } from '../1767000000503-facts-refresh.js';

/** Migration 0503 asks the cases worker to emit the facts of every case held again, province by province. */
describe('migration 1767000000503: facts refresh', () => {
  let db: TestDatabase;
  let admin: pg.Pool;
  const runner = () => ({ query: (sql: string) => admin.query(sql) });

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
  });
  afterAll(async () => {
    await admin.end();
    await db.drop();
  });

  it('requests one replay per province over all the registration days of its cases', async () => {
    await insertCase(admin, { tenantCode: '510104', registeredOn: '2019-03-04' });
    await insertCase(admin, { tenantCode: '510104001', registeredOn: '2031-01-02' });
    await admin.query(`DELETE FROM cases.outbox`);

    await new FactsRefresh1767000000503().up(runner() as never);

    const replays = await admin.query(`SELECT tenant_path::text AS path, payload, request_id FROM cases.outbox WHERE topic = 'facts.replay.requested'`);
    expect(replays.rows).toEqual([
      { path: '510000', payload: { source: 'CASES', from: '2019-03-04', to: '2031-01-02' }, request_id: 'migration-1767000000503' },
    ]);
  });
});
