import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ManualClock } from '#common/clock';
import { TenantTransactions } from '#common/tenancy';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi, type CaseMutation, type CaseView } from '#test/helpers/case-api.js';
import { errorCode } from '#test/helpers/graphql-client.js';
import { graphql } from '#test/gql/index.js';

/** China 09:00 of a date, as the services' clock. */
const at = (date: string) => new Date(`${date}T01:00:00Z`);

describe('the API of the case desk: names, totals, running clocks, timeline details, available actions', () => {
  const clock = new ManualClock(at('2026-06-01'));
  let system: CasesTestApp;
  let api: CaseApi;
  let jinjiang: string;
  let chunxilu: string;
  let housing: string;
  let jjLeader: string;
  let wage: string;

  const register = (username: string, overrides: Record<string, unknown> = {}) =>
    api.step(username, 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: wage,
      title: '工地拖欠农民工工资（案台测试）',
      content: '反映某建筑工地拖欠农民工工资，要求尽快支付。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '张某', representative: false }],
      ...overrides,
    });

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    api = new CaseApi(system.server);
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    chunxilu = await api.idOf('jj.registrar', 'tenant', '510104001');
    housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    jjLeader = await api.idOf('jj.leader', 'user', '');
    const categories = await api.query(
      'sc.registrar',
      graphql(`
        query CaseDeskApiSpecCategories {
          categories {
            id
            code
          }
        }
      `),
      {},
    );
    wage = categories.data!.categories.find((c: { code: string }) => c.code === 'WAGE_ARREARS')!.id;
  });
  afterAll(() => system.close());

  describe('names beside ids', () => {
    let kase: CaseView;

    beforeAll(async () => {
      clock.set(at('2026-06-01'));
      kase = await register('sc.registrar', { leaderOwnerId: null });
      kase = await api.step('sc.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang });
      kase = await api.step('jj.registrar', 'receiveCase', { caseId: kase.id, version: kase.version });
      kase = await api.step('jj.registrar', 'routeCase', {
        caseId: kase.id,
        version: kase.version,
        mode: 'ASSIGN',
        tenantId: jinjiang,
        unitId: housing,
        completionReportDue: '2026-09-30',
      });
      kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
    });

    it('names the offices, unit, category and the actors of the timeline, and the owners of the clocks', async () => {
      const result = await api.query(
        'jj.registrar',
        graphql(`
          query CaseDeskApiSpecCase($id: ID!) {
            case(id: $id) {
              handlingTenant {
                name
                level
                path
              }
              registeringTenant {
                name
                level
              }
              problemJurisdiction {
                name
                path
              }
              assigningTenant {
                name
              }
              handlingUnit {
                name
              }
              category {
                name
                path
                fullName
              }
              timeline {
                action
                actorName
                actorTenant {
                  name
                }
                details {
                  summary
                  routeMode
                  targetTenantName
                  targetUnitName
                  completionReportDue
                }
              }
              stages {
                stage
                ownerTenant {
                  name
                }
              }
            }
          }
        `),
        { id: kase.id },
      );
      expect(result.errors).toBeUndefined();
      const shown = result.data!.case;
      expect(shown.handlingTenant).toEqual({ name: '锦江区', level: 'COUNTY', path: ['四川省', '成都市', '锦江区'] });
      // The registering office is above the caller: offices' names are not secret.
      expect(shown.registeringTenant).toEqual({ name: '四川省', level: 'PROVINCE' });
      expect(shown.problemJurisdiction).toEqual({ name: '锦江区', path: ['四川省', '成都市', '锦江区'] });
      expect(shown.assigningTenant).toEqual({ name: '锦江区' });
      expect(shown.handlingUnit).toEqual({ name: '住房和城乡建设局' });
      expect(shown.category).toEqual({ name: '拖欠工资', path: ['劳动和社会保障', '拖欠工资'], fullName: '劳动和社会保障/拖欠工资' });
      expect(shown.timeline.map((t) => [t.action, t.actorTenant!.name])).toEqual([
        ['REGISTER', '四川省'],
        ['ROUTE', '四川省'],
        ['RECEIVE', '锦江区'],
        ['ROUTE', '锦江区'],
        ['RECEIVE', '锦江区'],
      ]);
      expect(shown.timeline[1].details).toEqual({
        summary: '转送至锦江区',
        routeMode: 'TRANSFER',
        targetTenantName: '锦江区',
        targetUnitName: null,
        completionReportDue: null,
      });
      expect(shown.timeline[3].details).toEqual({
        summary: '交办至锦江区 住房和城乡建设局；办结报告报送日期 2026-09-30',
        routeMode: 'ASSIGN',
        targetTenantName: '锦江区',
        targetUnitName: '住房和城乡建设局',
        completionReportDue: '2026-09-30',
      });
      // The route clock ran at the province that held the case; every later one at the district.
      expect(shown.stages.map((s) => `${s.stage}:${s.ownerTenant!.name}`).sort()).toEqual(
        ['ROUTE:四川省', 'RECEIVE:锦江区', 'OBJECT:锦江区', 'NOTIFY:锦江区', 'RECEIVE:锦江区', 'OBJECT:锦江区', 'NOTIFY:锦江区'].sort(),
      );
    });

    it('names the leader who owns the case, and gives nothing for a name outside the caller’s view', async () => {
      clock.set(at('2026-06-02'));
      const owned = await register('jj.registrar', { leaderOwnerId: jjLeader, problemJurisdictionId: chunxilu });
      const query = graphql(`
        query CaseDeskApiSpecCase2($id: ID!) {
          case(id: $id) {
            leaderOwner {
              id
              name
            }
            problemJurisdiction {
              name
              path
            }
            registeringTenant {
              name
            }
          }
        }
      `);
      const byDistrict = await api.query('jj.registrar', query, { id: owned.id });
      expect(byDistrict.data!.case).toEqual({
        leaderOwner: { id: jjLeader, name: expect.any(String) },
        problemJurisdiction: { name: '春熙路街道', path: ['四川省', '成都市', '锦江区', '春熙路街道'] },
        registeringTenant: { name: '锦江区' },
      });
      const routed = await api.step('jj.registrar', 'routeCase', { caseId: owned.id, version: owned.version, mode: 'TRANSFER', tenantId: chunxilu });
      // The township sees the case and its offices, but not the district's staff: row-level security on users.
      const byTownship = await api.query('cxl.registrar', query, { id: routed.id });
      expect(byTownship.data!.case.leaderOwner).toBeNull();
      expect(byTownship.data!.case.registeringTenant).toEqual({ name: '锦江区' });
    });
  });

  describe('days left on the running clocks', () => {
    let kase: CaseView;
    const clocks = async (username = 'sc.registrar') =>
      (
        await api.query(
          username,
          graphql(`
            query CaseDeskApiSpecCase3($id: ID!) {
              case(id: $id) {
                runningClocks {
                  stage
                  name
                  holder
                  deadline
                  daysLeft
                  overdueDays
                  reminderLeadDays
                  dueSoon
                }
              }
            }
          `),
          {
            id: kase.id,
          },
        )
      ).data!.case.runningClocks;

    beforeAll(async () => {
      clock.set(at('2026-06-01'));
      kase = await register('sc.registrar');
    });

    it('counts the days to the deadline, the last day in time, then the days overdue', async () => {
      // Registered 06-01: the route clock's 15 days end 06-16.
      clock.set(at('2026-06-10'));
      expect(await clocks()).toEqual([
        { stage: 'ROUTE', name: '转送、交办', holder: 'OFFICE', deadline: '2026-06-16', daysLeft: 6, overdueDays: 0, reminderLeadDays: [3, 1], dueSoon: false },
      ]);
      clock.set(at('2026-06-13'));
      expect((await clocks())[0]).toMatchObject({ daysLeft: 3, overdueDays: 0, dueSoon: true });
      clock.set(at('2026-06-16'));
      expect((await clocks())[0]).toMatchObject({ daysLeft: 0, overdueDays: 0, dueSoon: true });
      clock.set(at('2026-06-19'));
      expect((await clocks())[0]).toMatchObject({ daysLeft: 0, overdueDays: 3, dueSoon: false });
    });

    it('follows the reminder leads the clock’s owner set, and lists only running clocks with a deadline', async () => {
      clock.set(at('2026-06-10'));
      const province = await api.idOf('sc.tenant-admin', 'tenant', '510000');
      const settings = await api.query(
        'sc.tenant-admin',
        graphql(`
          query CaseDeskApiSpecCalendarSettings($id: ID!) {
            calendarSettings(tenantId: $id) {
              version
            }
          }
        `),
        { id: province },
      );
      const set = await api.query(
        'sc.tenant-admin',
        graphql(`
          mutation CaseDeskApiSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {
            updateCalendarSettings(input: $input) {
              version
            }
          }
        `),
        {
          input: { tenantId: province, tightenings: [], declaredYears: [], reminderLeadDays: [7, 2], version: settings.data!.calendarSettings.version },
        },
      );
      expect(set.errors).toBeUndefined();
      expect((await clocks())[0]).toMatchObject({ deadline: '2026-06-16', daysLeft: 6, reminderLeadDays: [7, 2], dueSoon: true });

      kase = await api.step('sc.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang });
      // The sign-for clock has no statutory period: nothing to count down.
      expect(await clocks()).toEqual([]);
    });
  });

  describe('totals of the lists', () => {
    it('counts every page of the list under the same filter and the same row-level security', async () => {
      clock.set(at('2026-06-03'));
      const marked = { title: '案台合计标记甲某事项', content: '案台合计标记甲某事项内容。' };
      await register('jj.registrar', marked);
      await register('jj.registrar', marked);
      await register('jj.registrar', { ...marked, channel: 'VISIT' });
      await register('wh.registrar', { ...marked, problemJurisdictionId: await api.idOf('wh.registrar', 'tenant', '510107') });
      const list = (username: string, filter: Record<string, unknown>) =>
        api.query(
          username,
          graphql(`
            query CaseDeskApiSpecCases($filter: CaseFilter) {
              cases(first: 1, filter: $filter) {
                totalCount
                edges {
                  node {
                    id
                  }
                }
                pageInfo {
                  hasNextPage
                }
              }
            }
          `),
          {
            filter,
          },
        );

      const district = await list('jj.registrar', { text: '合计标记甲' });
      expect(district.data!.cases).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(district.data!.cases.edges).toHaveLength(1);
      expect((await list('jj.registrar', { text: '合计标记甲', channels: ['VISIT'] })).data!.cases.totalCount).toBe(1);
      expect((await list('wh.registrar', { text: '合计标记甲' })).data!.cases.totalCount).toBe(1);
      expect((await list('cd.registrar', { text: '合计标记甲' })).data!.cases.totalCount).toBe(4);
      expect((await list('cxl.registrar', { text: '合计标记甲' })).data!.cases.totalCount).toBe(0);
    });

    it('does not count when the total is not asked for', async () => {
      const transactions = system.app.get(TenantTransactions);
      const run = jest.spyOn(transactions, 'run');
      try {
        await api.query(
          'cd.registrar',
          graphql(`
            query CaseDeskApiSpecCases2 {
              cases(first: 5) {
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
        const withoutTotal = run.mock.calls.length;
        run.mockClear();
        await api.query(
          'cd.registrar',
          graphql(`
            query CaseDeskApiSpecCases3 {
              cases(first: 5) {
                totalCount
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
        expect(run.mock.calls.length).toBe(withoutTotal + 1);
      } finally {
        run.mockRestore();
      }
    });
  });

  describe('a list page costs the same number of statements for 2 cases as for 20', () => {
    const PAGE = graphql(`
      query CaseDeskApiSpecCases4($first: Int!) {
        cases(first: $first, filter: { text: "案台批量标记" }) {
          totalCount
          edges {
            node {
              id
              handlingTenant {
                name
              }
              registeringTenant {
                name
              }
              problemJurisdiction {
                name
                path
              }
              handlingUnit {
                name
              }
              accusedUnit {
                name
              }
              leaderOwner {
                name
              }
              category {
                name
                path
              }
              availableActions
              runningClocks {
                stage
                daysLeft
                overdueDays
                dueSoon
              }
              stages {
                stage
                ownerTenant {
                  name
                }
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
        }
      }
    `);

    beforeAll(async () => {
      clock.set(at('2026-06-05'));
      for (let i = 0; i < 20; i++) {
        const kase = await register('jj.registrar', { title: `案台批量标记事项${i}`, content: `案台批量标记内容${i}。`, leaderOwnerId: jjLeader });
        if (i % 2 === 0) await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: chunxilu });
      }
    });

    it('batches every name, clock and action of the page', async () => {
      const transactions = system.app.get(TenantTransactions);
      const run = jest.spyOn(transactions, 'run');
      try {
        const few = await api.query('jj.registrar', PAGE, { first: 2 });
        expect(few.errors).toBeUndefined();
        const forFew = run.mock.calls.length;
        run.mockClear();
        const many = await api.query('jj.registrar', PAGE, { first: 20 });
        expect(many.errors).toBeUndefined();
        expect(many.data!.cases.edges).toHaveLength(20);
        expect(many.data!.cases.edges.every((e) => e.node.leaderOwner!.name && e.node.category!.name === '拖欠工资')).toBe(true);
        // One transaction per relation: the page, its total, offices, units, staff, categories, stages, reminder leads, timelines.
        expect(run.mock.calls.length).toBe(forFew);
        expect(run.mock.calls.length).toBeLessThanOrEqual(10);
      } finally {
        run.mockRestore();
      }
    });
  });

  describe('available actions agree with the mutations', () => {
    type Builder = () => Promise<CaseView>;
    const step = (username: string, mutation: CaseMutation, kase: CaseView, input: Record<string, unknown> = {}) =>
      api.step(username, mutation, { caseId: kase.id, version: kase.version, ...input });

    // Cases brought to a state by the right users; each listed action is tried on a fresh one.
    const registeredAtDistrict: Builder = async () => {
      clock.set(at('2026-07-01'));
      return register('jj.registrar');
    };
    const routedToTownship: Builder = async () => step('jj.registrar', 'routeCase', await registeredAtDistrict(), { mode: 'TRANSFER', tenantId: chunxilu });
    const assignedToUnit: Builder = async () =>
      step('jj.registrar', 'routeCase', await registeredAtDistrict(), {
        mode: 'ASSIGN',
        tenantId: jinjiang,
        unitId: housing,
        completionReportDue: '2026-10-30',
      });
    const receivedByUnit: Builder = async () => step('jj.handler', 'receiveCase', await assignedToUnit());
    const acceptedByUnit: Builder = async () => step('jj.handler', 'acceptCase', await receivedByUnit());
    const decidedByUnit: Builder = async () => step('jj.handler', 'decideCase', await acceptedByUnit(), { outcome: 'SUPPORTS', text: '支持信访人的诉求。' });
    const deliveredByUnit: Builder = async () => step('jj.handler', 'deliverCase', await decidedByUnit());

    /** A valid input of each step for the case in hand (dates after 07-01, the builders' day). */
    const inputOf = (action: string): [CaseMutation, Record<string, unknown>] => {
      switch (action) {
        case 'ROUTE':
          return ['routeCase', { mode: 'TRANSFER', tenantId: chunxilu }];
        case 'REPORT_UP':
          return ['reportCaseUp', { reason: '不属本级职权' }];
        case 'OBJECT':
          return ['objectToCase', { reason: '不属本单位职责' }];
        case 'RECEIVE':
          return ['receiveCase', {}];
        case 'ACCEPT':
          return ['acceptCase', {}];
        case 'DECLINE':
          return ['declineCase', { reason: 'NOT_A_PETITION' }];
        case 'EXTEND':
          return ['extendCase', { days: 10, approverId: jjLeader, reason: '案情复杂' }];
        case 'DECIDE':
          return ['decideCase', { outcome: 'SUPPORTS', text: '支持。' }];
        case 'DELIVER':
          return ['deliverCase', {}];
        case 'SUBMIT_COMPLETION_REPORT':
          return ['submitCompletionReport', {}];
        case 'SEND_BACK':
          return ['sendBackCase', { reason: '事实不清', completionReportDue: '2026-11-30' }];
        case 'RATE':
          return ['rateCase', { rating: 'SATISFIED' }];
        case 'REQUEST_REVIEW':
          return ['requestReview', {}];
        case 'CLOSE':
          return ['closeCase', { reason: 'WITHDRAWN' }];
        default:
          throw new Error(`no input for ${action}`);
      }
    };
    const USER_ACTIONS = [
      'ROUTE',
      'REPORT_UP',
      'OBJECT',
      'RECEIVE',
      'ACCEPT',
      'DECLINE',
      'EXTEND',
      'DECIDE',
      'DELIVER',
      'SUBMIT_COMPLETION_REPORT',
      'SEND_BACK',
      'RATE',
      'REQUEST_REVIEW',
      'CLOSE',
    ];

    const available = async (username: string, kase: CaseView) => {
      const result = await api.query(
        username,
        graphql(`
          query CaseDeskApiSpecCase4($id: ID!) {
            case(id: $id) {
              availableActions
            }
          }
        `),
        { id: kase.id },
      );
      return result.data?.case?.availableActions as string[] | undefined;
    };

    const scenarios: [string, Builder, string, string[]][] = [
      ['registered at the district', registeredAtDistrict, 'jj.registrar', ['ROUTE', 'DECLINE', 'CLOSE', 'REPORT_UP']],
      ['registered at the district', registeredAtDistrict, 'jj.leader', []],
      ['registered at the district', registeredAtDistrict, 'cd.registrar', []],
      ['routed to a township', routedToTownship, 'cxl.registrar', ['RECEIVE', 'OBJECT', 'CLOSE']],
      ['routed to a township', routedToTownship, 'jj.registrar', []],
      ['received by a unit', receivedByUnit, 'jj.handler', ['ACCEPT', 'DECLINE', 'OBJECT', 'CLOSE']],
      ['received by a unit', receivedByUnit, 'jj.registrar', ['ACCEPT', 'DECLINE', 'OBJECT', 'ROUTE', 'CLOSE']],
      ['accepted by a unit', acceptedByUnit, 'jj.handler', ['EXTEND', 'DECIDE', 'DECLINE', 'CLOSE']],
      ['accepted by a unit', acceptedByUnit, 'jj.leader', ['EXTEND', 'DECIDE']],
      ['delivered by a unit', deliveredByUnit, 'jj.handler', ['SUBMIT_COMPLETION_REPORT']],
      ['delivered by a unit', deliveredByUnit, 'jj.registrar', ['RATE', 'SUBMIT_COMPLETION_REPORT']],
      ['delivered by a unit', deliveredByUnit, 'cd.registrar', ['REQUEST_REVIEW']],
    ];

    it.each(scenarios)('a case %s, as %s: the listed actions are exactly those its mutations accept', async (_what, build, username, expected) => {
      const kase = await build();
      const listed = await available(username, kase);
      expect([...(listed ?? [])].sort()).toEqual([...expected].sort());

      for (const action of listed ?? []) {
        const fresh = await build();
        const [mutation, input] = inputOf(action);
        const result = await api.mutate(username, mutation, { caseId: fresh.id, version: fresh.version, ...input });
        expect([action, result.errors]).toEqual([action, undefined]);
      }
      for (const action of USER_ACTIONS.filter((a) => !(listed ?? []).includes(a))) {
        const [mutation, input] = inputOf(action);
        const result = await api.mutate(username, mutation, { caseId: kase.id, version: kase.version, ...input });
        expect([action, errorCode(result)]).toEqual([action, expect.stringMatching(/^(FORBIDDEN|INVALID_TRANSITION|DEADLINE_PASSED|VALIDATION)$/)]);
        if (errorCode(result) === 'VALIDATION') expect([action, username]).toEqual(['REPORT_UP', expect.any(String)]);
      }
    });

    it('leaves out a step whose window has closed, and an extension already used', async () => {
      const received = await receivedByUnit();
      // The objection window: five working days after Wed 07-01 end Wed 07-08.
      clock.set(at('2026-07-09'));
      expect(await available('jj.handler', received)).not.toContain('OBJECT');
      expect(errorCode(await api.mutate('jj.handler', 'objectToCase', { caseId: received.id, version: received.version, reason: '不属本单位职责' }))).toBe(
        'DEADLINE_PASSED',
      );
      const accepted = await acceptedByUnit();
      const extended = await step('jj.handler', 'extendCase', accepted, { days: 10, approverId: jjLeader, reason: '案情复杂' });
      expect(await available('jj.handler', extended)).toEqual(expect.not.arrayContaining(['EXTEND']));
    });

    it('gives a sibling district nothing: the case is not found', async () => {
      const kase = await registeredAtDistrict();
      expect(
        errorCode(
          await api.query(
            'wh.registrar',
            graphql(`
              query CaseDeskApiSpecCase5($id: ID!) {
                case(id: $id) {
                  availableActions
                }
              }
            `),
            { id: kase.id },
          ),
        ),
      ).toBe('NOT_FOUND');
    });
  });
});
