import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '#common/clock';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { errorCode, type GraphQLResult } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { graphql } from '#test/gql/index.js';

describe('reporting a matter up (上报) to the office above, which routes it', () => {
  const clock = new ManualClock(new Date('2026-07-06T01:00:00Z')); // Monday
  let system: CasesTestApp;
  let api: CaseApi;
  let category: string;
  let chunxilu: string;
  let jinjiang: string;
  let chengdu: string;
  let wuhou: string;

  const count = async (sql: string, params: unknown[] = []) => Number((await system.admin.query(sql, params)).rows[0].count);
  const footprint = async () => ({
    cases: (await system.admin.query(`SELECT tenant_path::text, handling_tenant_id, version FROM cases.cases ORDER BY id`)).rows,
    stages: await count('SELECT count(*) FROM cases.case_stages'),
    transitions: await count('SELECT count(*) FROM cases.case_transitions'),
    outbox: await count('SELECT count(*) FROM cases.outbox'),
    audit: await count('SELECT count(*) FROM cases.audit_log'),
  });
  const refused = async (code: string, request: () => Promise<GraphQLResult>) => {
    const before = await footprint();
    const result = await request();
    expect(errorCode(result)).toBe(code);
    expect(result.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await footprint()).toEqual(before);
  };
  const register = (username: string, problemJurisdictionId: string) =>
    api.step(username, 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: category,
      title: '某小区房屋维修资金使用纠纷',
      content: '信访人反映小区专项维修资金被挪用，要求区住建部门查处。',
      problemJurisdictionId,
      petitioners: [{ name: '刘某', representative: false }],
    });

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    api = new CaseApi(system.server);
    category = await categoryId(api, 'sc.registrar');
    chunxilu = await api.idOf('sc.registrar', 'tenant', '510104001');
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    chengdu = await api.idOf('sc.registrar', 'tenant', '510100');
    wuhou = await api.idOf('sc.registrar', 'tenant', '510107');
  });
  afterAll(() => system.close());

  it('a township hands a county body’s matter to the county, whose route clock starts, and the county routes it to its bureau', async () => {
    clock.set(new Date('2026-07-06T01:00:00Z'));
    let kase = await register('cxl.registrar', chunxilu);
    // The township may not route it to the county's bureau: the county is above it.
    await refused('VALIDATION', () =>
      api.mutate('cxl.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang }),
    );

    clock.set(new Date('2026-07-08T01:00:00Z'));
    kase = await api.step('cxl.registrar', 'reportCaseUp', { caseId: kase.id, version: kase.version, reason: '维修资金监管属区住房和城乡建设局职责' });
    expect(kase).toMatchObject({ state: 'REGISTERED', handlingTenantId: jinjiang, handlingUnitId: null, openStages: ['ROUTE'] });

    // The township no longer sees it; the county holds it, the city oversees it.
    expect(await api.case('cxl.registrar', kase.id)).toBeNull();
    const held = (await api.case('jj.registrar', kase.id))!;
    expect(held.handlingTenantId).toBe(jinjiang);
    expect(await api.case('cd.supervisor', kase.id)).not.toBeNull();
    // The township's route clock (07-06 + 15 = 07-21) stopped on the report; the county's runs from 07-08: 07-23.
    const routeClocks = await system.admin.query(
      `SELECT s.deadline::text, s.stopped_on::text, s.on_time, t.code FROM cases.case_stages s JOIN core.tenants t ON t.id = s.owner_tenant_id
        WHERE s.case_id = $1 AND s.stage = 'ROUTE' ORDER BY s.started_on`,
      [kase.id],
    );
    expect(routeClocks.rows).toEqual([
      { deadline: '2026-07-21', stopped_on: '2026-07-08', on_time: true, code: '510104001' },
      { deadline: '2026-07-23', stopped_on: null, on_time: null, code: '510104' },
    ]);
    expect(held.deadline).toBe('2026-07-23');

    // Timeline, audit, fact and deadline events of the step.
    const timeline = await api.query(
      'jj.registrar',
      graphql(`
        query ReportUpSpecCase($id: ID!) {
          case(id: $id) {
            timeline {
              action
              actorName
              details {
                reason
                targetTenantId
                targetTenantName
              }
            }
          }
        }
      `),
      { id: kase.id },
    );
    const step = timeline.data!.case.timeline.at(-1);
    expect(step).toMatchObject({ action: 'REPORT_UP', actorName: 'cxl.registrar' });
    expect(step!.details).toEqual({ reason: '维修资金监管属区住房和城乡建设局职责', targetTenantId: jinjiang, targetTenantName: '锦江区' });
    expect(await count(`SELECT count(*) FROM cases.audit_log WHERE action = 'case.report_up' AND entity_id = $1`, [kase.id])).toBe(1);
    const events = await system.admin.query(
      `SELECT topic, tenant_path::text AS path, payload FROM cases.outbox WHERE payload->>'caseId' = $1 ORDER BY created_at`,
      [kase.id],
    );
    const reported = events.rows.filter((e) => e.topic === 'case.transitioned' && e.payload.action === 'REPORT_UP');
    expect(reported).toHaveLength(1);
    expect(reported[0].payload).toMatchObject({ handlingTenantId: jinjiang, toState: 'REGISTERED', ending: null, final: false });
    const deadlines = events.rows.filter((e) => e.topic === 'case.deadline').map((e) => [e.payload.change, e.payload.stage, e.path]);
    expect(deadlines.slice(-2)).toEqual([
      ['STOPPED', 'ROUTE', expect.stringMatching(/\.510104001$/)],
      ['STARTED', 'ROUTE', expect.stringMatching(/\.510104$/)],
    ]);

    // The county routes it to its own bureau, which signs for it.
    const housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: held.version, mode: 'TRANSFER', tenantId: jinjiang, unitId: housing });
    kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
    expect(kase).toMatchObject({ state: 'RECEIVED', handlingUnitId: housing });
  });

  it('a county reports up to the city, which routes the matter to another county below it', async () => {
    clock.set(new Date('2026-07-09T01:00:00Z'));
    let kase = await register('jj.registrar', jinjiang);
    kase = await api.step('jj.registrar', 'reportCaseUp', { caseId: kase.id, version: kase.version, reason: '该事项属武侯区职责' });
    expect(kase.handlingTenantId).toBe(chengdu);
    kase = (await api.case('cd.registrar', kase.id))!;
    kase = await api.step('cd.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: wuhou });
    kase = await api.step('wh.registrar', 'receiveCase', { caseId: kase.id, version: kase.version });
    expect(kase).toMatchObject({ state: 'RECEIVED', handlingTenantId: wuhou });
    // Held by a sibling now: the reporting county sees it no more.
    expect(await api.case('jj.registrar', kase.id)).toBeNull();
  });

  describe('refused', () => {
    it('without a reason, from a state past registration, by an office that does not hold it, on a stale version, or at the top', async () => {
      clock.set(new Date('2026-07-10T01:00:00Z'));
      const kase = await register('jj.registrar', jinjiang);
      await refused('VALIDATION', () => api.mutate('jj.registrar', 'reportCaseUp', { caseId: kase.id, version: kase.version, reason: '' }));
      // The city oversees the case but does not hold it.
      await refused('FORBIDDEN', () => api.mutate('cd.registrar', 'reportCaseUp', { caseId: kase.id, version: kase.version, reason: '上报' }));
      const routed = await api.step('jj.registrar', 'routeCase', {
        caseId: kase.id,
        version: kase.version,
        mode: 'TRANSFER',
        tenantId: await api.idOf('jj.registrar', 'tenant', '510104002'),
      });
      await refused('CONFLICT', () => api.mutate('jj.registrar', 'reportCaseUp', { caseId: kase.id, version: kase.version, reason: '上报' }));
      // Routed down, it is no longer the county's to report; the township objects instead.
      await refused('FORBIDDEN', () => api.mutate('jj.registrar', 'reportCaseUp', { caseId: routed.id, version: routed.version, reason: '上报' }));
      const province = await register('sc.registrar', await api.idOf('sc.registrar', 'tenant', '510000'));
      await refused('VALIDATION', () => api.mutate('sc.registrar', 'reportCaseUp', { caseId: province.id, version: province.version, reason: '上报' }));
    });

    it('a case received from above cannot be reported up', async () => {
      let kase = await register('jj.registrar', jinjiang);
      const own = await api.idOf('jj.registrar', 'unit', '510104/公安局');
      kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang, unitId: own });
      kase = await api.step('jj.registrar', 'receiveCase', { caseId: kase.id, version: kase.version });
      await refused('INVALID_TRANSITION', () => api.mutate('jj.registrar', 'reportCaseUp', { caseId: kase.id, version: kase.version, reason: '上报' }));
    });

    it('the database moves a case only for the office holding it, and only to its parent', async () => {
      const kase = await register('jj.registrar', jinjiang);
      // As the city, which does not hold it: nothing moves, whatever the service asks.
      const { rows: city } = await system.admin.query(`SELECT path::text FROM core.tenants WHERE code = '510100'`);
      const client = await system.admin.connect();
      try {
        await client.query('BEGIN');
        await client.query('SET LOCAL ROLE petition_app');
        await client.query(`SELECT set_config('app.tenant_path', $1, true), set_config('app.tenant_id', $2, true)`, [city[0].path, chengdu]);
        const { rows } = await client.query(`SELECT cases.report_up_to_parent(tenant_id, id) AS moved FROM cases.cases WHERE id = $1`, [kase.id]);
        expect(rows).toEqual([{ moved: false }]);
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
      const { rows } = await system.admin.query(`SELECT handling_tenant_id FROM cases.cases WHERE id = $1`, [kase.id]);
      expect(rows[0].handling_tenant_id).toBe(jinjiang);
    });
  });
});
