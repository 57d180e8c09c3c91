import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CaseApi, type CaseView } from './helpers/case-api.js';
import { errorCode } from './helpers/graphql-client.js';
import { SystemUnderTest } from './helpers/system.js';
import { categoryId } from './scenarios/case-lifecycles.js';
import { graphql } from '#test/gql/index.js';

/** What the console asks of a case, through the gateway. */
const DESK = graphql(`
  query CaseDeskE2eCase($id: ID!) {
    case(id: $id) {
      number
      availableActions
      handlingTenant {
        name
      }
      handlingUnit {
        name
      }
      problemJurisdiction {
        path
      }
      category {
        path
      }
      runningClocks {
        stage
        deadline
        daysLeft
        overdueDays
        dueSoon
      }
      timeline {
        action
        actorTenant {
          name
        }
        details {
          summary
        }
      }
    }
  }
`);

describe('the case desk’s API through the gateway: available actions for the registrar, the handler and a sibling', () => {
  const system = new SystemUnderTest({ clockStart: new Date('2026-08-03T01:00:00Z') });
  let api: CaseApi;
  let kase: CaseView;
  let jinjiang: string;
  let housing: string;

  const desk = async (username: string) => api.query(username, DESK, { id: kase.id });

  beforeAll(async () => {
    await system.start();
    api = new CaseApi(system.gatewayUrl);
    jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
    housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    await system.setToday('2026-08-03');
    kase = await api.step('jj.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'jj.registrar'),
      title: '小区电梯长期停运（案台）',
      content: '反映小区电梯停运三个月，物业不予维修。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '刘某', representative: false }],
    });
  }, 120_000);
  afterAll(() => system.stop(), 30_000);

  it('offers the registrar the steps of a registered case, with names and the days left on its clock', async () => {
    await system.setToday('2026-08-15');
    const shown = (await desk('jj.registrar')).data!.case;
    expect([...shown.availableActions].sort()).toEqual(['CLOSE', 'DECLINE', 'REPORT_UP', 'ROUTE']);
    expect(shown).toMatchObject({
      handlingTenant: { name: '锦江区' },
      handlingUnit: null,
      problemJurisdiction: { path: ['四川省', '成都市', '锦江区'] },
      category: { path: ['劳动和社会保障'] },
      // Registered 08-03: 15 days end 08-18; on 08-15 three are left, within the default lead of 3.
      runningClocks: [{ stage: 'ROUTE', deadline: '2026-08-18', daysLeft: 3, overdueDays: 0, dueSoon: true }],
      timeline: [{ action: 'REGISTER', actorTenant: { name: '锦江区' }, details: { summary: '信访人 1 名' } }],
    });
    // The handler of a unit sees nothing until the case is routed to the unit.
    expect(errorCode(await desk('jj.handler'))).toBe('NOT_FOUND');
  });

  it('offers the unit’s handler to sign for the assigned case and the registrar no more, and the mutations agree', async () => {
    kase = await api.step('jj.registrar', 'routeCase', {
      caseId: kase.id,
      version: kase.version,
      mode: 'ASSIGN',
      tenantId: jinjiang,
      unitId: housing,
      completionReportDue: '2026-10-30',
    });
    const byHandler = (await desk('jj.handler')).data!.case;
    expect([...byHandler.availableActions].sort()).toEqual(['CLOSE', 'OBJECT', 'RECEIVE']);
    expect(byHandler.handlingUnit).toEqual({ name: '住房和城乡建设局' });
    expect(byHandler.timeline[1].details.summary).toBe('交办至锦江区 住房和城乡建设局；办结报告报送日期 2026-10-30');
    // The district office holds the case too (its unit handles it), and may act in the unit's place.
    expect([...(await desk('jj.registrar')).data!.case.availableActions].sort()).toEqual(['CLOSE', 'OBJECT', 'RECEIVE']);
    expect((await desk('jj.leader')).data!.case.availableActions).toEqual([]);

    expect(errorCode(await api.mutate('jj.leader', 'receiveCase', { caseId: kase.id, version: kase.version }))).toBe('FORBIDDEN');
    kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
    expect([...(await desk('jj.handler')).data!.case.availableActions].sort()).toEqual(['ACCEPT', 'CLOSE', 'DECLINE', 'OBJECT']);
    expect(errorCode(await api.mutate('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version }))).toBe('INVALID_TRANSITION');
  });

  it('gives a sibling district’s user nothing: not found', async () => {
    expect(errorCode(await desk('wh.registrar'))).toBe('NOT_FOUND');
    expect(errorCode(await api.mutate('wh.registrar', 'acceptCase', { caseId: kase.id, version: kase.version }))).toBe('NOT_FOUND');
  });

  it('totals the work queue as the page filters it', async () => {
    const list = await api.query(
      'jj.registrar',
      graphql(`
        query CaseDeskE2eCases {
          cases(first: 1, filter: { text: "电梯长期停运（案台）" }) {
            totalCount
            edges {
              node {
                number
              }
            }
          }
        }
      `),
      {},
    );
    expect(list.data!.cases).toEqual({ totalCount: 1, edges: [{ node: { number: kase.number } }] });
    const sibling = await api.query(
      'wh.registrar',
      graphql(`
        query CaseDeskE2eCases2 {
          cases(first: 1, filter: { text: "电梯长期停运（案台）" }) {
            totalCount
          }
        }
      `),
      {},
    );
    expect(sibling.data!.cases.totalCount).toBe(0);
  });
});
