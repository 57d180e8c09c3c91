import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ManualClock } from '#common/clock';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi, type CaseView } from '#test/helpers/case-api.js';
import { graphql } from '#test/gql/index.js';
import { errorCode, type GraphQLResult } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';

const ID = '11010519491231002X';

describe('case rules: bad input, concurrency and isolation', () => {
  const clock = new ManualClock(new Date('2026-06-01T01:00:00Z'));
  let system: CasesTestApp;
  let api: CaseApi;
  let jinjiang: string;
  let wuhou: string;
  let category: string;

  const count = async (sql: string) => Number((await system.admin.query(sql)).rows[0].count);
  const footprint = async () => ({
    cases: await count('SELECT count(*) FROM cases.cases'),
    petitioners: await count('SELECT count(*) FROM cases.petitioners'),
    stages: await count('SELECT count(*) FROM cases.case_stages'),
    transitions: await count('SELECT count(*) FROM cases.case_transitions'),
    outbox: await count('SELECT count(*) FROM cases.outbox'),
    audit: await count('SELECT count(*) FROM cases.audit_log'),
  });
  /** Runs a refused request and checks its code and that no table changed. */
  const refused = async (code: string, request: () => Promise<GraphQLResult>) => {
    const before = await footprint();
    const result = await request();
    expect(errorCode(result)).toBe(code);
    expect(result.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await footprint()).toEqual(before);
    return result;
  };
  const registration = (overrides: Record<string, unknown> = {}) => ({
    channel: 'LETTER',
    kind: 'CLAIM',
    categoryId: category,
    title: '某小区供暖问题',
    content: '反映小区冬季供暖不达标。',
    problemJurisdictionId: jinjiang,
    // No ID number by default: the same person with the same title again would be a repeat to resolve.
    petitioners: [{ name: '王某', phone: '13900139000', representative: false }],
    ...overrides,
  });
  const registerAt = (username: string, overrides: Record<string, unknown> = {}) => api.step(username, 'registerCase', registration(overrides));

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    api = new CaseApi(system.server);
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    wuhou = await api.idOf('sc.registrar', 'tenant', '510107');
    category = await categoryId(api, 'sc.registrar');
  });
  afterAll(() => system.close());
  beforeEach(() => clock.set(new Date('2026-06-01T01:00:00Z')));

  describe('refused input writes nothing', () => {
    it('an action the state does not allow is INVALID_TRANSITION naming the state', async () => {
      const kase = await registerAt('jj.registrar');
      const result = await refused('INVALID_TRANSITION', () =>
        api.mutate('jj.leader', 'decideCase', { caseId: kase.id, version: kase.version, outcome: 'SUPPORTS', text: '支持' }),
      );
      expect(result.errors![0].message).toContain('已登记');
    });

    it('a review requested after its window is DEADLINE_PASSED', async () => {
      let kase = await registerAt('jj.registrar');
      const unit = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
      kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang, unitId: unit });
      for (const step of ['receiveCase', 'acceptCase'] as const) kase = await api.step('jj.handler', step, { caseId: kase.id, version: kase.version });
      kase = await api.step('jj.handler', 'decideCase', { caseId: kase.id, version: kase.version, outcome: 'SUPPORTS', text: '支持' });
      kase = await api.step('jj.handler', 'deliverCase', { caseId: kase.id, version: kase.version });
      clock.advanceDays(31); // 06-01 + 30 = 07-01, a Wednesday: the window closed the day before
      const result = await refused('DEADLINE_PASSED', () => api.mutate('cd.registrar', 'requestReview', { caseId: kase.id, version: kase.version }));
      expect(result.errors![0].message).toContain('2026-07-01');
    });

    it('six representatives on a visit are refused', async () => {
      const petitioners = Array.from({ length: 6 }, (_, i) => ({ name: `代表${i + 1}`, representative: true }));
      const result = await refused('VALIDATION', () => api.mutate('jj.registrar', 'registerCase', registration({ channel: 'VISIT', petitioners })));
      expect(result.errors![0].message).toContain('5');
    });

    it('an ID number with a wrong check digit is refused', async () => {
      await refused('VALIDATION', () =>
        api.mutate('jj.registrar', 'registerCase', registration({ petitioners: [{ name: '王某', idNumber: '110105194912310021', representative: false }] })),
      );
    });

    it('an unknown category is refused', async () => {
      await refused('VALIDATION', () => api.mutate('jj.registrar', 'registerCase', registration({ categoryId: '00000000-0000-4000-8000-000000000000' })));
    });

    it('oversized text is refused', async () => {
      await refused('VALIDATION', () => api.mutate('jj.registrar', 'registerCase', registration({ title: '长'.repeat(201) })));
      await refused('VALIDATION', () => api.mutate('jj.registrar', 'registerCase', registration({ content: '长'.repeat(20_001) })));
    });

    it('a problem jurisdiction outside the subtree is refused', async () => {
      await refused('VALIDATION', () => api.mutate('jj.registrar', 'registerCase', registration({ problemJurisdictionId: wuhou })));
    });

    it('routing to a tenant outside the router’s subtree is refused', async () => {
      const kase = await registerAt('jj.registrar');
      await refused('VALIDATION', () => api.mutate('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: wuhou }));
    });

    it('a stale version is CONFLICT', async () => {
      const kase = await registerAt('jj.registrar');
      await api.step('jj.registrar', 'routeCase', {
        caseId: kase.id,
        version: kase.version,
        mode: 'TRANSFER',
        tenantId: jinjiang,
        unitId: await api.idOf('jj.registrar', 'unit', '510104/公安局'),
      });
      await refused('CONFLICT', () => api.mutate('jj.registrar', 'closeCase', { caseId: kase.id, version: kase.version, reason: 'WITHDRAWN' }));
    });

    it('an ancestor overseeing a case may not take the holder’s steps', async () => {
      const kase = await registerAt('jj.registrar');
      await refused('FORBIDDEN', () => api.mutate('cd.registrar', 'closeCase', { caseId: kase.id, version: kase.version, reason: 'WITHDRAWN' }));
    });
  });

  it('of two handlers deciding the same case at once, exactly one succeeds', async () => {
    let kase = await registerAt('jj.registrar');
    const unit = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang, unitId: unit });
    for (const step of ['receiveCase', 'acceptCase'] as const) kase = await api.step('jj.handler', step, { caseId: kase.id, version: kase.version });
    const decide = (username: string, outcome: string) =>
      api.mutate(username, 'decideCase', { caseId: kase.id, version: kase.version, outcome, text: `${username} 的意见` });
    const results = await Promise.all([decide('jj.handler', 'SUPPORTS'), decide('jj.leader', 'DOES_NOT_SUPPORT')]);
    const winners = results.filter((r) => r.data?.decideCase);
    expect(winners).toHaveLength(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
    expect(await count(`SELECT count(*) FROM cases.case_transitions WHERE case_id = '${kase.id}' AND action = 'DECIDE'`)).toBe(1);
    const stored = await api.case('jj.registrar', kase.id);
    expect(stored!.outcome).toBe(winners[0].data!.decideCase!.outcome);
  });

  describe('isolation', () => {
    let kase: CaseView;

    beforeAll(async () => {
      kase = await registerAt('jj.registrar', { petitioners: [{ name: '王某', idNumber: ID, phone: '13900139000', representative: false }] });
    });

    it('a sibling district does not see the case, in a list or by id', async () => {
      expect(await api.case('wh.registrar', kase.id)).toBeNull();
      const list = await api.query(
        'wh.registrar',
        graphql(`
          query CaseRulesSpecSibling {
            cases(first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        {},
      );
      expect(list.data!.cases.edges.map((e) => e.node.id)).not.toContain(kase.id);
      expect(await api.case('cd.supervisor', kase.id)).not.toBeNull(); // the city above oversees it
    });

    it('petitioners are masked by default; the registrar may reveal them and the reading is audited', async () => {
      const query = graphql(`
        query CaseRulesSpecPetitioners($id: ID!, $reveal: Boolean!) {
          case(id: $id) {
            petitioners {
              idNumber(reveal: $reveal)
              phone(reveal: $reveal)
            }
          }
        }
      `);
      const masked = await api.query('cd.supervisor', query, { id: kase.id, reveal: false });
      expect(masked.data!.case.petitioners).toEqual([{ idNumber: '1101**********002X', phone: '139****9000' }]);
      expect(errorCode(await api.query('cd.supervisor', query, { id: kase.id, reveal: true }))).toBe('FORBIDDEN');
      const before = await count(`SELECT count(*) FROM cases.audit_log WHERE action = 'petitioner.revealed'`);
      const revealed = await api.query('jj.registrar', query, { id: kase.id, reveal: true });
      expect(revealed.data!.case.petitioners).toEqual([{ idNumber: ID, phone: '13900139000' }]);
      expect(await count(`SELECT count(*) FROM cases.audit_log WHERE action = 'petitioner.revealed'`)).toBe(before + 2);
      const { rows } = await system.admin.query(`SELECT id_number_cipher, phone_cipher FROM cases.petitioners p WHERE p.case_id = $1`, [kase.id]);
      expect(JSON.stringify(rows)).not.toContain(ID);
      expect(JSON.stringify(rows)).not.toContain('13900139000');
    });

    it('a unit user sees only the cases routed to the unit', async () => {
      const unit = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
      const routed = await api.step('jj.registrar', 'routeCase', {
        caseId: (await registerAt('jj.registrar')).id,
        version: 1,
        mode: 'TRANSFER',
        tenantId: jinjiang,
        unitId: unit,
      });
      const seen = await api.query(
        'jj.handler',
        graphql(`
          query CaseRulesSpecHandler {
            cases(first: 100) {
              edges {
                node {
                  id
                  handlingUnitId
                }
              }
            }
          }
        `),
        {},
      );
      const ids = seen.data!.cases.edges.map((e) => e.node.id);
      expect(ids).toContain(routed.id);
      expect(ids).not.toContain(kase.id);
      expect(seen.data!.cases.edges.every((e) => e.node.handlingUnitId === unit)).toBe(true);
    });

    it('an accusation is invisible to the accused unit, and the accuser’s identity stays within the handling chain', async () => {
      const accused = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
      const accusation = await registerAt('jj.registrar', { kind: 'ACCUSATION', accusedUnitId: accused, title: '检举某局工作人员收受好处' });
      // Routing it to the accused unit is refused.
      expect(
        errorCode(
          await api.mutate('jj.registrar', 'routeCase', {
            caseId: accusation.id,
            version: accusation.version,
            mode: 'TRANSFER',
            tenantId: jinjiang,
            unitId: accused,
          }),
        ),
      ).toBe('VALIDATION');
      // Even were it routed there by a hand in the database, the accused unit's users would not see it.
      await system.admin.query(`UPDATE cases.cases SET handling_unit_id = $2 WHERE id = $1`, [accusation.id, accused]);
      expect(await api.case('jj.handler', accusation.id)).toBeNull();
      const { rows } = await system.admin.query(`SELECT count(*)::int AS n FROM cases.petitioners WHERE case_id = $1`, [accusation.id]);
      expect(rows[0].n).toBe(1);
      // The city oversees the case but is outside the chain: it sees the case, not who accused.
      const petitioners = graphql(`
        query CaseRulesSpecCase($id: ID!) {
          case(id: $id) {
            id
            petitioners {
              name
            }
          }
        }
      `);
      const city = await api.query('cd.supervisor', petitioners, { id: accusation.id });
      expect(city.data!.case).toEqual({ id: accusation.id, petitioners: [] });
      const own = await api.query('jj.registrar', petitioners, { id: accusation.id });
      expect(own.data!.case.petitioners).toEqual([{ name: '王某' }]);
    });
  });
});
