import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '#common/clock';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi, type CaseView } from '#test/helpers/case-api.js';
import { errorCode, gql } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { graphql } from '#test/gql/index.js';

const RATE = graphql(`
  mutation RatingLinkSpecRateCaseByToken($input: RateByTokenInput!) {
    rateCaseByToken(input: $input) {
      rating
    }
  }
`);
const DELIVER = graphql(`
  mutation RatingLinkSpecDeliverCase($input: CaseChangeInput!) {
    deliverCase(input: $input) {
      version
      ratingToken
    }
  }
`);

describe('the petitioner’s rating link runs out with the review window', () => {
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
  let system: CasesTestApp;
  let api: CaseApi;

  /** A claim of 锦江区 decided by its housing bureau, delivered on the clock's day; returns the link. */
  async function delivered(title: string): Promise<string> {
    const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
    let kase: CaseView = await api.step('jj.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'jj.registrar'),
      title,
      content: '反映问题，要求处理。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '钱某', phone: '13900139003', representative: true }],
    });
    kase = await api.step('jj.registrar', 'routeCase', {
      caseId: kase.id,
      version: kase.version,
      mode: 'ASSIGN',
      tenantId: jinjiang,
      unitId: await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局'),
      completionReportDue: '2026-12-31',
    });
    kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
    kase = await api.step('jj.handler', 'acceptCase', { caseId: kase.id, version: kase.version });
    kase = await api.step('jj.handler', 'decideCase', { caseId: kase.id, version: kase.version, outcome: 'SUPPORTS', text: '予以支持。' });
    const result = await api.query('jj.handler', DELIVER, { input: { caseId: kase.id, version: kase.version } });
    return result.data!.deliverCase.ratingToken!;
  }

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    api = new CaseApi(system.server);
  });
  afterAll(() => system.close());

  it('rates on the thirtieth day after delivery, and refuses an older link without spending it', async () => {
    const onTime = await delivered('小区停车位被占用');
    const late = await delivered('小区绿地被毁');
    // Delivered on 03-02: valid through 04-01.
    clock.set(new Date('2026-04-01T15:00:00Z')); // 23:00 China time on 04-01
    expect((await gql(system.server, RATE, { input: { token: onTime, rating: 'SATISFIED' } })).data).toEqual({ rateCaseByToken: { rating: 'SATISFIED' } });
    clock.set(new Date('2026-04-01T16:00:00Z')); // midnight: 04-02 in China
    const refused = await gql(system.server, RATE, { input: { token: late, rating: 'DISSATISFIED' } });
    expect([errorCode(refused), refused.errors?.[0]?.message]).toEqual(['DEADLINE_PASSED', '评价链接已于 2026-04-01 过期，请联系信访部门']);
    const kept = await system.admin.query(`SELECT rating, rating_token_hash IS NOT NULL AS linked FROM cases.cases WHERE title = '小区绿地被毁'`);
    expect(kept.rows).toEqual([{ rating: null, linked: true }]);
  });
});
