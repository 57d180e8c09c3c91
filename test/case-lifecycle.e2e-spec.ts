import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CaseApi } from './helpers/case-api.js';
import { gql } from './helpers/graphql-client.js';
import { SystemUnderTest, eventually } from './helpers/system.js';
import { assignedCaseSentBack, caseEndings, categoryId, claimLifecycle, reviewChangesDecision, townshipReportsUp } from './scenarios/case-lifecycles.js';
import { graphql } from '#test/gql/index.js';
import type { CaseCountBasis } from '#test/gql/graphql.js';

describe('case handling end to end, through the gateway with the demo accounts', () => {
  const system = new SystemUnderTest({ clockStart: new Date('2026-07-20T01:00:00Z') });
  let api: CaseApi;
  const setToday = (date: string) => system.setToday(date);

  beforeAll(async () => {
    await system.start();
    api = new CaseApi(system.gatewayUrl);
  }, 120_000);
  afterAll(() => system.stop(), 30_000);

  it('takes a claim from the province down to a county unit and up through review and re-examination to finalization', async () => {
    await claimLifecycle(api, setToday);
  });

  it('sends an assigned case back once', async () => {
    await assignedCaseSentBack(api, setToday);
  });

  it('audits every transition, publishes it as a fact event, and every clock change as a deadline event', async () => {
    const count = async (sql: string) => Number((await system.admin.query(sql)).rows[0].count);
    const transitions = await count('SELECT count(*) FROM cases.case_transitions');
    expect(await count(`SELECT count(*) FROM cases.outbox WHERE topic = 'case.transitioned'`)).toBe(transitions);
    // …and every one of them left an audit row of the case.
    expect(await count(`SELECT count(*) FROM cases.audit_log WHERE entity = 'case'`)).toBe(transitions);
    const { rows } = await system.admin.query(`SELECT payload FROM cases.outbox WHERE topic = 'case.transitioned' AND payload->>'toState' = 'FINALIZED'`);
    expect(rows[0].payload).toMatchObject({ kind: 'CLAIM', firstPetition: true, levelSkipping: true, rating: 'DISSATISFIED' });
    expect(rows[0].payload.stages.map((s: { stage: string; onTime: boolean }) => [s.stage, s.onTime])).toContainEqual(['HANDLE', true]);
    expect(await count(`SELECT count(*) FROM cases.outbox WHERE topic = 'case.deadline' AND payload->>'change' = 'STARTED'`)).toBe(
      await count('SELECT count(*) FROM cases.case_stages'),
    );
    await eventually(async () => (await count('SELECT count(*) FROM cases.outbox WHERE relayed_at IS NULL')) === 0);
  });

  it('lets a petitioner rate through the delivered link without logging in, once', async () => {
    const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
    const unit = await api.idOf('jj.registrar', 'unit', '510104/公安局');
    setToday('2026-10-13');
    let kase = await api.step('jj.registrar', 'registerCase', {
      channel: 'PHONE',
      kind: 'SUGGESTION',
      categoryId: await categoryId(api, 'jj.registrar'),
      title: '建议增设路口信号灯',
      content: '某路口车流量大，建议增设信号灯。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '赵某', phone: '13700137000', representative: false }],
    });
    kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang, unitId: unit });
    for (const step of ['receiveCase', 'acceptCase'] as const) kase = await api.step('jj.registrar', step, { caseId: kase.id, version: kase.version });
    kase = await api.step('jj.leader', 'decideCase', { caseId: kase.id, version: kase.version, outcome: 'SUPPORTS', text: '已安排增设。' });
    const delivered = await api.query(
      'jj.registrar',
      graphql(`
        mutation CaseLifecycleE2eDeliverCase($input: CaseChangeInput!) {
          deliverCase(input: $input) {
            ratingToken
          }
        }
      `),
      {
        input: { caseId: kase.id, version: kase.version },
      },
    );
    const token = delivered.data!.deliverCase.ratingToken as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // Shown once: reading the case later does not give it back, and the table keeps only its hash.
    expect(
      (
        await api.query(
          'jj.registrar',
          graphql(`
            query CaseLifecycleE2eCase($id: ID!) {
              case(id: $id) {
                ratingToken
              }
            }
          `),
          { id: kase.id },
        )
      ).data!.case.ratingToken,
    ).toBeNull();
    const stored = await system.admin.query(`SELECT rating_token_hash FROM cases.cases WHERE id = $1`, [kase.id]);
    expect(stored.rows[0].rating_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0].rating_token_hash).not.toContain(token);
    const rate = graphql(`
      mutation CaseLifecycleE2eRateCaseByToken($input: RateByTokenInput!) {
        rateCaseByToken(input: $input) {
          rating
        }
      }
    `);
    const first = await gql(system.gatewayUrl, rate, { input: { token, rating: 'SATISFIED' } });
    expect(first.data).toEqual({ rateCaseByToken: { rating: 'SATISFIED' } });
    const second = await gql(system.gatewayUrl, rate, { input: { token, rating: 'DISSATISFIED' } });
    expect(second.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a township report a county body’s matter up, and the county route it to its bureau', async () => {
    await townshipReportsUp(api, setToday);
  });

  it('keeps both opinions when a review changes the decision, with result CHANGED', async () => {
    await reviewChangesDecision(api, setToday);
  });

  it('records each ending in the case and emits it in the fact event', async () => {
    const ended = await caseEndings(api, setToday);
    const fact = async (caseId: string) =>
      (
        await system.admin.query(
          `SELECT payload FROM cases.outbox WHERE topic = 'case.transitioned' AND payload->>'caseId' = $1 ORDER BY created_at DESC LIMIT 1`,
          [caseId],
        )
      ).rows[0].payload;
    for (const [ending, kase] of Object.entries(ended)) {
      expect([kase.ending, kase.final]).toEqual([ending, false]);
      expect(await fact(kase.id)).toMatchObject({ ending, final: false, reviewResult: null, reexaminationResult: null });
    }
    expect((await fact(ended.DECLINED!.id)).declineReason).toBe('ARBITRATION');
    // The claim finalized by re-examination in the first test.
    const { rows } = await system.admin.query(`SELECT payload FROM cases.outbox WHERE topic = 'case.transitioned' AND payload->>'toState' = 'FINALIZED'`);
    expect(rows[0].payload).toMatchObject({ ending: 'DECIDED', final: true, reviewResult: 'UPHELD', reexaminationResult: 'UPHELD' });
  });

  it('counts by problem jurisdiction what the assessment facts count, and by handling office what the county holds', async () => {
    // A matter of 锦江区 the city keeps: the county does not hold it, the assessment attributes it to the county.
    const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
    await setToday('2026-08-06');
    await api.step('cd.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'cd.registrar'),
      title: '锦江区某工地拖欠工资（赴市访）',
      content: '信访人到市信访局反映工地拖欠工资。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '何某', representative: false }],
    });
    const count = async (sql: string) => Number((await system.admin.query(sql)).rows[0].count);
    await eventually(async () => (await count('SELECT count(*) FROM assessment.case_facts')) === (await count('SELECT count(*) FROM cases.cases')), 30_000);
    const total = async (basis: CaseCountBasis) => {
      const result = await api.query(
        'jj.registrar',
        graphql(`
          query CaseLifecycleE2eCaseStatistics($basis: CaseCountBasis) {
            caseStatistics(period: { from: "2026-01-01", to: "2026-12-31" }, groupBy: KIND, basis: $basis) {
              batches
            }
          }
        `),
        { basis },
      );
      return result.data!.caseStatistics.reduce((sum: number, row: { batches: number }) => sum + row.batches, 0);
    };
    const facts = await count(
      `SELECT count(*) FROM assessment.case_facts WHERE tenant_path <@ (SELECT path FROM core.tenants WHERE code = '510104') AND registered_on BETWEEN '2026-01-01' AND '2026-12-31'`,
    );
    const held = await count(
      `SELECT count(*) FROM cases.cases WHERE tenant_path <@ (SELECT path FROM core.tenants WHERE code = '510104') AND registered_on BETWEEN '2026-01-01' AND '2026-12-31'`,
    );
    expect(await total('PROBLEM_JURISDICTION')).toBe(facts);
    expect(await total('HANDLING_OFFICE')).toBe(held);
    expect(facts).toBeGreaterThan(held);
  });
});
