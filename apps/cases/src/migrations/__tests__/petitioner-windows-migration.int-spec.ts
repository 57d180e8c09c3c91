import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { insertCase } from '../../__tests__/case-rows.js';
import { PetitionerWindowsAndRepeats1767000000490 } from '../1767000000490-petitioner-windows-and-repeats.js';

/**
 * Migration 0490 brings the data held along: on a database as it was before it (the migration
 * undone), a case an office closed by hand as WINDOW_LAPSED and a tenant's tightening of a review
 * window, then the migration applied again.
 */
describe('migration 1767000000490: petitioner windows and repeats', () => {
  let db: TestDatabase;
  let admin: pg.Pool;
  const migration = new PetitionerWindowsAndRepeats1767000000490();
  const runner = () => ({ query: (sql: string) => admin.query(sql) });

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
    await migration.down(runner() as never);
  });
  afterAll(async () => {
    await admin.end();
    await db.drop();
  });

  it('makes a by-hand WINDOW_LAPSED close FINALIZED, asks for the facts of its period again, and drops window tightenings', async () => {
    const lapsed = await insertCase(admin, { tenantCode: '510104', state: 'CLOSED', closeReason: 'WINDOW_LAPSED', registeredOn: '2026-02-03' });
    const withdrawn = await insertCase(admin, { tenantCode: '510104', state: 'CLOSED', closeReason: 'WITHDRAWN', registeredOn: '2026-02-05' });
    await admin.query(
      `INSERT INTO cases.calendar_settings (tenant_id, tenant_path, tightenings)
       SELECT id, path, '{"REVIEW_WINDOW": 20, "NOTIFY": 3}' FROM core.tenants WHERE code = '510104'`,
    );

    await migration.up(runner() as never);

    const states = await admin.query(`SELECT id, state, close_reason, version FROM cases.cases WHERE id = ANY($1) ORDER BY registered_on`, [
      [lapsed.id, withdrawn.id],
    ]);
    expect(states.rows).toEqual([
      { id: lapsed.id, state: 'FINALIZED', close_reason: 'WINDOW_LAPSED', version: 2 },
      { id: withdrawn.id, state: 'CLOSED', close_reason: 'WITHDRAWN', version: 1 },
    ]);
    const replays = await admin.query(`SELECT tenant_path::text AS path, payload FROM cases.outbox WHERE topic = 'facts.replay.requested'`);
    expect(replays.rows).toEqual([{ path: '510000', payload: { source: 'CASES', from: '2026-02-03', to: '2026-02-03' } }]);
    const settings = await admin.query(`SELECT tightenings FROM cases.calendar_settings s JOIN core.tenants t ON t.id = s.tenant_id WHERE t.code = '510104'`);
    expect(settings.rows).toEqual([{ tightenings: { NOTIFY: 3 } }]);
  });

  it('stores a new matter’s reason, never together with a repeat link', async () => {
    const kase = await insertCase(admin, { tenantCode: '510104' });
    await admin.query(`UPDATE cases.cases SET new_matter_reason = '另一套房屋' WHERE id = $1`, [kase.id]);
    await expect(admin.query(`UPDATE cases.cases SET repeat_of_id = id WHERE id = $1`, [kase.id])).rejects.toThrow(/cases_repeat_or_new/);
    await expect(admin.query(`UPDATE cases.cases SET new_matter_reason = '' WHERE id = $1`, [kase.id])).rejects.toThrow(/check constraint/);
  });
});
