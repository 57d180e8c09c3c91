import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { asAppRole, startCasesApp, tenantIdOf, type CasesTestApp, type DatabaseContext } from '../../__tests__/cases-test-app.js';
import { insertCase } from '../../__tests__/case-rows.js';

/**
 * The case policies in the database itself, as the services' role with a context set, without
 * any service code in the way: what a bug in a query could not leak.
 */
describe('case row-level security', () => {
  let t: CasesTestApp;
  let app: pg.Pool;
  let ids: Record<string, string>;
  let units: Record<string, string>;
  let routed: string;
  let accusation: string;

  const as = <T>(ctx: DatabaseContext, sql: string, params: unknown[] = []) => asAppRole<T>(app, ctx, sql, params);

  const unitOf = async (code: string, name: string) =>
    (await t.admin.query(`SELECT u.id FROM core.units u JOIN core.tenants t ON t.id = u.tenant_id WHERE t.code = $1 AND u.name = $2`, [code, name])).rows[0].id;

  beforeAll(async () => {
    t = await startCasesApp();
    app = new pg.Pool({ connectionString: t.db.config.appDatabaseUrl, max: 2 });
    ids = {
      province: await tenantIdOf(t.admin, '510000'),
      chengdu: await tenantIdOf(t.admin, '510100'),
      jinjiang: await tenantIdOf(t.admin, '510104'),
      wuhou: await tenantIdOf(t.admin, '510107'),
    };
    units = { housing: await unitOf('510104', '住房和城乡建设局'), police: await unitOf('510104', '公安局') };
    routed = (await insertCase(t.admin, { tenantCode: '510000', holderCode: '510104', handlingUnitName: '公安局', openStages: [] })).id;
    accusation = (await insertCase(t.admin, { tenantCode: '510104', kind: 'ACCUSATION', accusedUnitName: '住房和城乡建设局', handlingUnitName: '公安局' })).id;
    await t.admin.query(
      `INSERT INTO cases.petitioners (tenant_id, id, case_id, ordinal, name) SELECT tenant_id, gen_random_uuid(), id, 1, '检举人' FROM cases.cases WHERE id = ANY($1)`,
      [[routed, accusation]],
    );
  });
  afterAll(async () => {
    await app.end();
    await t.close();
  });

  const jinjiang = () => ({ path: '510000.510100.510104', tenantId: ids.jinjiang });
  const visible = async (ctx: DatabaseContext, table: string, caseId: string) =>
    (await as<{ n: number }>(ctx, `SELECT count(*)::int AS n FROM ${table} WHERE ${table === 'cases.cases' ? 'id' : 'case_id'} = $1`, [caseId]))[0].n;

  it('a case is visible to its holder and the offices above, never to a sibling', async () => {
    expect(await visible(jinjiang(), 'cases.cases', routed)).toBe(1);
    expect(await visible({ path: '510000.510100', tenantId: ids.chengdu }, 'cases.cases', routed)).toBe(1);
    expect(await visible({ path: '510000.510100.510107', tenantId: ids.wuhou }, 'cases.cases', routed)).toBe(0);
    expect(await visible({ path: '510000.510100.510107', tenantId: ids.wuhou }, 'cases.petitioners', routed)).toBe(0);
  });

  it('a sibling cannot change a case it cannot see', async () => {
    const rows = await as({ path: '510000.510100.510107', tenantId: ids.wuhou }, `UPDATE cases.cases SET title = '篡改' WHERE id = $1 RETURNING id`, [routed]);
    expect(rows).toEqual([]);
    expect((await t.admin.query(`SELECT title FROM cases.cases WHERE id = $1`, [routed])).rows[0].title).not.toBe('篡改');
  });

  it('a unit-scoped user sees only the cases of its unit', async () => {
    expect(await visible({ ...jinjiang(), unitId: units.police, scopeUnit: units.police }, 'cases.cases', routed)).toBe(1);
    expect(await visible({ ...jinjiang(), unitId: units.housing, scopeUnit: units.housing }, 'cases.cases', routed)).toBe(0);
  });

  it('the accused unit does not see the accusation, even as a tenant-wide user of the unit', async () => {
    expect(await visible({ ...jinjiang(), unitId: units.housing }, 'cases.cases', accusation)).toBe(0);
    expect(await visible({ ...jinjiang(), unitId: units.housing }, 'cases.petitioners', accusation)).toBe(0);
    expect(await visible({ ...jinjiang(), unitId: units.police }, 'cases.cases', accusation)).toBe(1);
  });

  it("an accuser's identity is closed to offices above that are not in the handling chain", async () => {
    expect(await visible({ path: '510000.510100', tenantId: ids.chengdu }, 'cases.cases', accusation)).toBe(1);
    expect(await visible({ path: '510000.510100', tenantId: ids.chengdu }, 'cases.petitioners', accusation)).toBe(0);
    expect(await visible(jinjiang(), 'cases.petitioners', accusation)).toBe(1);
  });

  it('the timeline is append-only, whoever asks', async () => {
    await t.admin.query(
      `INSERT INTO cases.case_transitions (tenant_id, case_id, seq, action, to_state, actor_name, actor_tenant_id, request_id)
       SELECT tenant_id, id, 1, 'REGISTER', 'REGISTERED', 'fixture', tenant_id, 'fixture' FROM cases.cases WHERE id = $1`,
      [routed],
    );
    await expect(t.admin.query(`DELETE FROM cases.case_transitions WHERE case_id = $1`, [routed])).rejects.toThrow(/append-only/);
  });
});
