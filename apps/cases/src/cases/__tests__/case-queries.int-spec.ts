import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '#common/clock';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi, type CaseView } from '#test/helpers/case-api.js';
import type { CaseFilter, CaseGrouping, CaseQueriesSpecListedQuery } from '#test/gql/graphql.js';
import { graphql } from '#test/gql/index.js';
import { errorCode, type GraphQLResult } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';

const ZHANG = '11010519491231002X';
const LI = '440524198001010013';

describe('finding cases: lists, statistics, timelines, repeats, objections and receptions', () => {
  const clock = new ManualClock(new Date('2026-06-01T01:00:00Z'));
  let system: CasesTestApp;
  let api: CaseApi;
  let jinjiang: string;
  let chengdu: string;
  let category: string;
  let housing: string;
  const ids = (result: GraphQLResult<CaseQueriesSpecListedQuery>) => result.data!.cases.edges.map((e) => e.node.id);
  const listed = (username: string, filter: CaseFilter) =>
    api.query(
      username,
      graphql(`
        query CaseQueriesSpecListed($filter: CaseFilter) {
          cases(first: 100, filter: $filter) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { filter },
    );

  const register = (username: string, overrides: Record<string, unknown> = {}) =>
    api.step(username, 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: category,
      title: '锦江区某工地拖欠农民工工资',
      content: '反映某建筑工地拖欠三十名农民工工资共计四十万元，要求尽快支付。',
      problemJurisdictionId: jinjiang,
      // No ID number by default: the same person with the same title again would be a repeat to resolve.
      petitioners: [{ name: '张某', phone: '13800138000', representative: false }],
      ...overrides,
    });

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    api = new CaseApi(system.server);
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    chengdu = await api.idOf('sc.registrar', 'tenant', '510100');
    category = await categoryId(api, 'sc.registrar');
    housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
  });
  afterAll(() => system.close());

  describe('the cases list', () => {
    let overdue: CaseView;
    let dueSoon: CaseView;
    let other: CaseView;

    beforeAll(async () => {
      clock.set(new Date('2026-06-01T01:00:00Z'));
      overdue = await register('jj.registrar', { channel: 'VISIT' });
      clock.set(new Date('2026-06-10T01:00:00Z'));
      dueSoon = await register('jj.registrar', {
        petitioners: [{ name: '李某', idNumber: LI, representative: false }],
        title: '小区噪音扰民',
        content: '夜间施工噪音扰民。',
      });
      other = await register('cd.registrar', { problemJurisdictionId: chengdu, kind: 'SUGGESTION', petitioners: [{ name: '周某', representative: false }] });
      // 06-01 + 15 = 06-16 and 06-10 + 15 = 06-25: on 06-20 the first is overdue, the second due within 5 days.
      clock.set(new Date('2026-06-20T01:00:00Z'));
    });

    it('filters overdue cases and cases due within N days, ordered by deadline', async () => {
      expect(ids(await listed('jj.registrar', { overdue: true }))).toEqual([overdue.id]);
      expect(ids(await listed('jj.registrar', { dueWithinDays: 5 }))).toEqual([overdue.id, dueSoon.id]);
      expect(ids(await listed('jj.registrar', { overdue: false }))).toEqual([dueSoon.id]);
    });

    it('filters by petitioner, text, kind, channel, state and problem jurisdiction subtree', async () => {
      expect(ids(await listed('cd.registrar', { petitionerIdNumber: LI }))).toEqual([dueSoon.id]);
      expect(ids(await listed('cd.registrar', { petitionerPhone: '138-0013-8000' }))).toEqual([overdue.id]);
      expect(ids(await listed('cd.registrar', { text: '噪音' }))).toEqual([dueSoon.id]);
      expect(ids(await listed('cd.registrar', { kinds: ['SUGGESTION'] }))).toEqual([other.id]);
      expect(ids(await listed('cd.registrar', { channels: ['VISIT'] }))).toEqual([overdue.id]);
      expect(ids(await listed('cd.registrar', { problemJurisdictionId: jinjiang, states: ['REGISTERED'] })).sort()).toEqual([overdue.id, dueSoon.id].sort());
      expect(ids(await listed('cd.registrar', { registeredFrom: '2026-06-10', registeredTo: '2026-06-10' })).sort()).toEqual([dueSoon.id, other.id].sort());
      expect(errorCode(await listed('cd.registrar', { petitionerIdNumber: '110105194912310021' }))).toBe('VALIDATION');
    });

    it('pages with a cursor without repeating or skipping a case', async () => {
      const page = (after?: string | null) =>
        api.query(
          'cd.registrar',
          graphql(`
            query CaseQueriesSpecPage($after: String) {
              cases(first: 1, after: $after) {
                edges {
                  node {
                    id
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          `),
          { after },
        );
      const seen: string[] = [];
      let after: string | null | undefined;
      for (;;) {
        const result = (await page(after)).data!.cases;
        seen.push(...result.edges.map((e) => e.node.id));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining([overdue.id, dueSoon.id, other.id]));
    });

    it('counts batches and person-times by child jurisdiction and by channel', async () => {
      const stats = (username: string, groupBy: CaseGrouping) =>
        api.query(
          username,
          graphql(`
            query CaseQueriesSpecCaseStatistics($g: CaseGrouping!) {
              caseStatistics(period: { from: "2026-06-01", to: "2026-06-30" }, groupBy: $g) {
                key
                label
                batches
                personTimes
              }
            }
          `),
          {
            g: groupBy,
          },
        );
      const byChild = (await stats('cd.registrar', 'CHILD_JURISDICTION')).data!.caseStatistics;
      expect(byChild).toContainEqual(expect.objectContaining({ label: '锦江区', batches: 2, personTimes: 2 }));
      const byChannel = (await stats('jj.registrar', 'CHANNEL')).data!.caseStatistics;
      expect(byChannel).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: 'VISIT', label: '来访', batches: 1 }), expect.objectContaining({ key: 'LETTER', batches: 1 })]),
      );
    });
  });

  describe('repeat petitions', () => {
    it('ranks candidates by the same ID number, phone and wording; linking counts the repeat on the original', async () => {
      clock.set(new Date('2026-07-01T01:00:00Z'));
      const zhang = [{ name: '张某', idNumber: ZHANG, phone: '13800138000', representative: false }];
      const original = await register('jj.registrar', { title: '某楼盘延期交房', content: '某楼盘逾期两年未交房，业主要求退房退款。', petitioners: zhang });
      const unrelated = await register('jj.registrar', {
        title: '某路段路灯不亮',
        content: '路灯长期损坏。',
        petitioners: [{ name: '钱某', representative: false }],
      });
      const candidates = await api.query(
        'jj.registrar',
        graphql(`
          query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) {
            repeatCandidates(input: $input) {
              score
              sameIdNumber
              samePhone
              textSimilarity
              finalized
              case {
                id
              }
            }
          }
        `),
        { input: { idNumbers: [ZHANG], phones: [], title: '某楼盘延期交房', content: '某楼盘逾期两年未交房，业主要求退房退款。' } },
      );
      const rows = candidates.data!.repeatCandidates;
      expect(rows[0]).toMatchObject({ case: { id: original.id }, sameIdNumber: true, finalized: false });
      expect(rows[0].textSimilarity).toBeGreaterThan(0.9);
      expect(rows.map((r) => r.case.id)).not.toContain(unrelated.id);
      expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a: number, b: number) => b - a));

      const repeat = await register('jj.registrar', { title: '某楼盘延期交房', content: '再次反映逾期交房。', repeatOfId: original.id, petitioners: zhang });
      expect(repeat.repeatOfId).toBe(original.id);
      expect((await api.case('jj.registrar', original.id))!.repeatCount).toBe(1);
      // A repeat is not an edit of the original: its version is unchanged.
      expect((await api.case('jj.registrar', original.id))!.version).toBe(original.version);
    });

    it('flags a matter a lower body is handling within time, which the higher body then may not accept', async () => {
      clock.set(new Date('2026-07-02T01:00:00Z'));
      const below = await register('jj.registrar', { title: '某小区电梯故障', content: '电梯故障三月未修。' });
      let above = await register('cd.registrar', { title: '某小区电梯故障', content: '电梯故障三月未修，区里未解决。', repeatOfId: below.id });
      expect(above.handledBelow).toBe(true);
      const cityUnit = await api.idOf('cd.registrar', 'unit', '510100/住房和城乡建设局');
      above = await api.step('cd.registrar', 'routeCase', { caseId: above.id, version: above.version, mode: 'TRANSFER', tenantId: chengdu, unitId: cityUnit });
      above = await api.step('cd.handler', 'receiveCase', { caseId: above.id, version: above.version });
      expect(errorCode(await api.mutate('cd.handler', 'acceptCase', { caseId: above.id, version: above.version }))).toBe('VALIDATION');
      above = await api.step('cd.handler', 'declineCase', { caseId: above.id, version: above.version, reason: 'BEING_HANDLED' });
      expect(above).toMatchObject({ state: 'CLOSED', declineReason: 'BEING_HANDLED' });
    });
  });

  it('an objection hands the case back up to the router, whose calendar restarts the route clock', async () => {
    clock.set(new Date('2026-07-06T01:00:00Z')); // Monday
    let kase = await register('sc.registrar');
    kase = await api.step('sc.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang });
    kase = await api.step('jj.registrar', 'receiveCase', { caseId: kase.id, version: kase.version });
    clock.set(new Date('2026-07-08T01:00:00Z'));
    kase = await api.step('jj.registrar', 'objectToCase', { caseId: kase.id, version: kase.version, reason: '该事项属市级部门职责' });
    expect(kase.state).toBe('REGISTERED');
    // The county no longer holds it and no longer sees it; the province does.
    expect(await api.case('jj.registrar', kase.id)).toBeNull();
    const held = await api.case('sc.registrar', kase.id);
    expect(held!.handlingTenantId).toBe(await api.idOf('sc.registrar', 'tenant', '510000'));
    // The first route clock (07-06 + 15 = 07-21) stopped at the transfer; the new one runs from 07-08: 07-23, a Thursday.
    expect(held!.stages.filter((s) => s.stage === 'ROUTE').map((s) => [s.deadline, s.stoppedOn])).toEqual([
      ['2026-07-21', '2026-07-06'],
      ['2026-07-23', null],
    ]);
    expect(held!.deadline).toBe('2026-07-23');
    const timeline = await api.query(
      'sc.registrar',
      graphql(`
        query CaseQueriesSpecTimeline($id: ID!) {
          case(id: $id) {
            timeline {
              seq
              action
              fromState
              toState
              actorName
              details {
                reason
                targetTenantName
                summary
              }
            }
          }
        }
      `),
      { id: kase.id },
    );
    expect(timeline.data!.case.timeline.map((t) => [t.seq, t.action, t.actorName])).toEqual([
      [1, 'REGISTER', 'sc.registrar'],
      [2, 'ROUTE', 'sc.registrar'],
      [3, 'RECEIVE', 'jj.registrar'],
      [4, 'OBJECT', 'jj.registrar'],
    ]);
    expect(timeline.data!.case.timeline[3].details).toEqual({
      reason: '该事项属市级部门职责',
      targetTenantName: '四川省',
      summary: '退回四川省；理由：该事项属市级部门职责',
    });
  });

  it('a claim sent to a legal procedure (诉访分离) records where it went', async () => {
    let kase = await register('jj.registrar');
    kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang, unitId: housing });
    kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
    expect(errorCode(await api.mutate('jj.handler', 'declineCase', { caseId: kase.id, version: kase.version, reason: 'LITIGATION' }))).toBe('VALIDATION');
    kase = await api.step('jj.handler', 'declineCase', { caseId: kase.id, version: kase.version, reason: 'LITIGATION', target: '成都市锦江区人民法院' });
    expect(kase).toMatchObject({ state: 'CLOSED', declineReason: 'LITIGATION' });
    const stored = await api.query(
      'jj.registrar',
      graphql(`
        query CaseQueriesSpecCase($id: ID!) {
          case(id: $id) {
            declineTarget
          }
        }
      `),
      { id: kase.id },
    );
    expect(stored.data!.case.declineTarget).toBe('成都市锦江区人民法院');
  });

  it('cases registered at a leader reception day are linked to it and counted by it', async () => {
    clock.set(new Date('2026-07-09T01:00:00Z'));
    const leader = await api.idOf('jj.leader', 'user', '');
    const scheduled = await api.query(
      'jj.registrar',
      graphql(`
        mutation CaseQueriesSpecScheduleReception($input: ScheduleReceptionInput!) {
          scheduleReception(input: $input) {
            id
          }
        }
      `),
      {
        input: { leaderId: leader, date: '2026-07-09', place: '区信访接待大厅' },
      },
    );
    const receptionId = scheduled.data!.scheduleReception.id;
    const kase = await register('jj.registrar', { channel: 'VISIT', receptionId });
    expect(
      (
        await api.query(
          'jj.registrar',
          graphql(`
            query CaseQueriesSpecCase2($id: ID!) {
              case(id: $id) {
                receptionId
              }
            }
          `),
          { id: kase.id },
        )
      ).data!.case.receptionId,
    ).toBe(receptionId);
    const counted = await api.query(
      'jj.registrar',
      graphql(`
        query CaseQueriesSpecReception($id: ID!) {
          reception(id: $id) {
            caseCount
          }
        }
      `),
      { id: receptionId },
    );
    expect(counted.data!.reception.caseCount).toBe(1);
    clock.set(new Date('2026-07-10T01:00:00Z'));
    expect(
      errorCode(
        await api.mutate('jj.registrar', 'registerCase', {
          channel: 'VISIT',
          kind: 'CLAIM',
          categoryId: category,
          title: '次日',
          content: '次日登记',
          problemJurisdictionId: jinjiang,
          petitioners: [{ name: '孙某', representative: false }],
          receptionId,
        }),
      ),
    ).toBe('VALIDATION');
  });

  it("a county's tightened periods (sign-for the same day, notify in 3 days) apply to the clocks of its subtree", async () => {
    clock.set(new Date('2026-08-03T01:00:00Z')); // Monday
    const settings = await api.query(
      'jj.tenant-admin',
      graphql(`
        mutation CaseQueriesSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {
          updateCalendarSettings(input: $input) {
            version
          }
        }
      `),
      {
        input: {
          tenantId: jinjiang,
          tightenings: [
            { stage: 'RECEIVE', days: 0 },
            { stage: 'NOTIFY', days: 3 },
          ],
          declaredYears: [],
        },
      },
    );
    expect(settings.errors).toBeUndefined();
    let kase = await register('sc.registrar');
    kase = await api.step('sc.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang });
    // The receiving county's rule: signed for the same day.
    expect(kase.stages.find((s) => s.stage === 'RECEIVE')!.deadline).toBe('2026-08-03');
    kase = await api.step('jj.registrar', 'receiveCase', { caseId: kase.id, version: kase.version });
    // 08-03 + 3 = 08-06; the statute's 15 days would give 08-18.
    expect(kase.stages.find((s) => s.stage === 'NOTIFY')!.deadline).toBe('2026-08-06');
    // The province's own clocks keep the statute.
    const own = await register('sc.registrar', { problemJurisdictionId: await api.idOf('sc.registrar', 'tenant', '510000') });
    expect(own.stages.find((s) => s.stage === 'ROUTE')!.deadline).toBe('2026-08-18');
  });
});
