import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { graphql } from '#test/gql/index.js';
import type { ReceptionsSpecListQuery, ScheduleReceptionInput } from '#test/gql/graphql.js';
import { errorCode, gql, login, type GraphQLResult } from '#test/helpers/graphql-client.js';
import { startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { insertCase } from '../../__tests__/case-rows.js';
import { ReceptionService } from '../reception.service.js';

const SCHEDULE = graphql(`
  mutation ReceptionsSpecScheduleReception($input: ScheduleReceptionInput!) {
    scheduleReception(input: $input) {
      id
      tenantId
      leaderId
      leaderName
      date
      place
    }
  }
`);
const LIST = graphql(`
  query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {
    receptions(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          date
          leaderName
          caseCount
          personCount
          resolvedCount
          resolutionRate
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ONE = graphql(`
  query ReceptionsSpecOne($id: ID!) {
    reception(id: $id) {
      id
      date
      leaderName
      caseCount
      personCount
      resolvedCount
      resolutionRate
    }
  }
`);
const STATISTICS = graphql(`
  query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {
    receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {
      leaderId
      leaderName
      tenantId
      receptionCount
      caseCount
      personCount
      resolvedCount
      resolutionRate
    }
  }
`);

describe('leader reception days (领导接访)', () => {
  let t: CasesTestApp;
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};
  const tenants: Record<string, string> = {};

  const receptionCount = async () => (await t.admin.query('SELECT count(*)::int AS n FROM cases.receptions')).rows[0].n as number;
  const schedule = (token: string, input: ScheduleReceptionInput) => gql(t.server, SCHEDULE, { input }, token);
  const userId = async (username: string) => (await t.admin.query('SELECT id FROM core.users WHERE username = $1', [username])).rows[0].id as string;

  beforeAll(async () => {
    t = await startCasesApp();
    for (const username of ['cd.registrar', 'cd.leader', 'cd.handler', 'cd.tenant-admin', 'jj.registrar', 'jj.leader', 'my.registrar', 'sc.registrar']) {
      tokens[username] = await login(t.server, username);
      users[username] = await userId(username);
    }
    for (const [name, code] of Object.entries({ chengdu: '510100', jinjiang: '510104', mianyang: '510700' })) tenants[name] = await tenantIdOf(t.admin, code);
  });

  afterAll(() => t.close());

  describe('scheduling', () => {
    it('a registrar schedules a leader of the own tenant; it is audited', async () => {
      const result = await schedule(tokens['cd.registrar'], { leaderId: users['cd.leader'], date: '2026-01-05', place: '市信访局接待大厅' });
      expect(result.data!.scheduleReception).toMatchObject({
        tenantId: tenants.chengdu,
        leaderId: users['cd.leader'],
        leaderName: '成都市领导',
        date: '2026-01-05',
        place: '市信访局接待大厅',
      });
      const audited = await t.admin.query(`SELECT action, actor_name, after FROM cases.audit_log WHERE entity = 'reception' AND entity_id = $1`, [
        result.data!.scheduleReception.id,
      ]);
      expect(audited.rows).toEqual([
        {
          action: 'reception.scheduled',
          actor_name: 'cd.registrar',
          after: { leaderId: users['cd.leader'], leaderName: '成都市领导', date: '2026-01-05', place: '市信访局接待大厅' },
        },
      ]);
    });

    it('a leader schedules their own day, without a place', async () => {
      const result = await schedule(tokens['cd.leader'], { leaderId: users['cd.leader'], date: '2026-01-12' });
      expect(result.data!.scheduleReception).toMatchObject({ date: '2026-01-12', place: null });
    });

    it('the same leader on the same date is a CONFLICT, and nothing is written', async () => {
      const before = await receptionCount();
      const result = await schedule(tokens['cd.tenant-admin'], { leaderId: users['cd.leader'], date: '2026-01-05' });
      expect(errorCode(result)).toBe('CONFLICT');
      expect(await receptionCount()).toBe(before);
    });

    it('refuses as VALIDATION a user without the leader role, a leader of another tenant, an inactive leader and an impossible date', async () => {
      const created = await gql(
        t.server,
        graphql(`
          mutation ReceptionsSpecCreateUser($input: CreateUserInput!) {
            createUser(input: $input) {
              id
            }
          }
        `),
        { input: { tenantId: tenants.chengdu, username: 'cd.retired-leader', displayName: '退休领导', password: 'Password123', roles: ['LEADER'] } },
        tokens['cd.tenant-admin'],
      );
      const retired = created.data!.createUser.id;
      await t.admin.query('UPDATE core.users SET active = false WHERE id = $1', [retired]);
      const before = await receptionCount();
      for (const leaderId of [users['cd.registrar'], users['jj.leader'], retired, randomUUID()]) {
        const result = await schedule(tokens['cd.registrar'], { leaderId, date: '2026-01-19' });
        expect(errorCode(result)).toBe('VALIDATION');
        expect(result.errors![0].message).toBe('接访领导应为本机构在用的领导账号');
      }
      expect(errorCode(await schedule(tokens['cd.registrar'], { leaderId: users['cd.leader'], date: '2026-02-30' }))).toBe('VALIDATION');
      expect(errorCode(await schedule(tokens['cd.registrar'], { leaderId: users['cd.leader'], date: '5 Jan 2026' }))).toBe('VALIDATION');
      expect(await receptionCount()).toBe(before);
    });

    it('a handler may not schedule (FORBIDDEN)', async () => {
      const before = await receptionCount();
      expect(errorCode(await schedule(tokens['cd.handler'], { leaderId: users['cd.leader'], date: '2026-01-26' }))).toBe('FORBIDDEN');
      expect(await receptionCount()).toBe(before);
    });
  });

  describe('reading, with case figures', () => {
    let cdMarch2: string;
    let cdMarch9: string;
    let jjMarch2: string;
    let secondLeader: string;

    beforeAll(async () => {
      const created = await gql(
        t.server,
        graphql(`
          mutation ReceptionsSpecCreateUser2($input: CreateUserInput!) {
            createUser(input: $input) {
              id
            }
          }
        `),
        { input: { tenantId: tenants.chengdu, username: 'cd.deputy-leader', displayName: '成都市副市长', password: 'Password123', roles: ['LEADER'] } },
        tokens['cd.tenant-admin'],
      );
      secondLeader = created.data!.createUser.id;
      const id = async (token: string, input: ScheduleReceptionInput) => (await schedule(token, input)).data!.scheduleReception.id;
      cdMarch2 = await id(tokens['cd.registrar'], { leaderId: users['cd.leader'], date: '2026-03-02' });
      cdMarch9 = await id(tokens['cd.registrar'], { leaderId: users['cd.leader'], date: '2026-03-09' });
      const deputy = await id(tokens['cd.registrar'], { leaderId: secondLeader, date: '2026-03-02' });
      jjMarch2 = await id(tokens['jj.registrar'], { leaderId: users['jj.leader'], date: '2026-03-02' });

      const at = (receptionId: string, tenantCode: string) => (row: Record<string, unknown>) =>
        insertCase(t.admin, { tenantCode, receptionId, registeredOn: '2026-03-02', ...row });
      const cd = at(cdMarch2, '510100');
      await cd({ state: 'DELIVERED', rating: 'SATISFIED', personCount: 2 }); // resolved
      await cd({ state: 'CLOSED', personCount: 1 }); // resolved: not rated
      await cd({ state: 'FINALIZED', rating: 'BASICALLY_SATISFIED', personCount: 1 }); // resolved
      await cd({ state: 'CLOSED', closeReason: 'WITHDRAWN', personCount: 1 }); // withdrawn
      await cd({ state: 'CLOSED', declineReason: 'LITIGATION', personCount: 3 }); // declined
      await cd({ state: 'DELIVERED', rating: 'DISSATISFIED', personCount: 1 }); // dissatisfied
      await cd({ state: 'ACCEPTED', personCount: 6 }); // still being handled
      await at(deputy, '510100')({ state: 'CLOSED', personCount: 1 });
      await at(jjMarch2, '510104')({ state: 'ACCEPTED', personCount: 2 });
    });

    it('one reception: 7 cases, 15 person-times, 3 resolved', async () => {
      const result = await gql(t.server, ONE, { id: cdMarch2 }, tokens['cd.registrar']);
      expect(result.data!.reception).toEqual({
        id: cdMarch2,
        date: '2026-03-02',
        leaderName: '成都市领导',
        caseCount: 7,
        personCount: 15,
        resolvedCount: 3,
        resolutionRate: 3 / 7,
      });
    });

    it('a reception without cases has no resolution rate', async () => {
      const result = await gql(t.server, ONE, { id: cdMarch9 }, tokens['cd.registrar']);
      expect(result.data!.reception).toMatchObject({ caseCount: 0, personCount: 0, resolvedCount: 0, resolutionRate: null });
    });

    it('lists the subtree latest first, counting the cases of the whole page in one query', async () => {
      const tallies = jest.spyOn(t.app.get(ReceptionService), 'tallies');
      try {
        const result = await gql(t.server, LIST, { filter: { from: '2026-03-01', to: '2026-03-31' }, first: 10 }, tokens['cd.registrar']);
        const nodes = result.data!.receptions.edges.map((e) => e.node);
        expect(nodes.map((n) => [n.date, n.leaderName, n.caseCount])).toEqual(
          expect.arrayContaining([
            ['2026-03-09', '成都市领导', 0],
            ['2026-03-02', '成都市领导', 7],
            ['2026-03-02', '成都市副市长', 1],
            ['2026-03-02', '锦江区领导', 1],
          ]),
        );
        expect(nodes).toHaveLength(4);
        expect(nodes[0].date).toBe('2026-03-09');
        expect(tallies).toHaveBeenCalledTimes(1);
      } finally {
        tallies.mockRestore();
      }
    });

    it('pages with a cursor and filters by leader and by tenant subtree', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: GraphQLResult<ReceptionsSpecListQuery> = await gql(t.server, LIST, { first: 2, after }, tokens['cd.registrar']);
        seen.push(...page.data!.receptions.edges.map((e) => e.node.id));
        after = page.data!.receptions.pageInfo.hasNextPage ? page.data!.receptions.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(6);
      expect(new Set(seen).size).toBe(6);

      const byLeader = await gql(t.server, LIST, { filter: { leaderId: users['cd.leader'] } }, tokens['cd.registrar']);
      expect(byLeader.data!.receptions.edges.map((e) => e.node.date)).toEqual(['2026-03-09', '2026-03-02', '2026-01-12', '2026-01-05']);
      const county = await gql(t.server, LIST, { filter: { tenantId: tenants.jinjiang } }, tokens['cd.registrar']);
      expect(county.data!.receptions.edges.map((e) => e.node.id)).toEqual([jjMarch2]);
    });

    it('totals the list over all pages with the page’s filter, as each tenant sees it', async () => {
      const TOTAL = graphql(`
        query ReceptionsSpecReceptions($filter: ReceptionFilter) {
          receptions(first: 1, filter: $filter) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      `);
      const march = { from: '2026-03-01', to: '2026-03-31' };
      const city = (await gql(t.server, TOTAL, { filter: march }, tokens['cd.registrar'])).data!.receptions;
      // 03-09 and 03-02 of the city's leader, 03-02 of its deputy mayor, 03-02 of Jinjiang's leader.
      expect(city.totalCount).toBe(4);
      expect(city.edges).toHaveLength(1);
      expect((await gql(t.server, TOTAL, { filter: { ...march, tenantId: tenants.jinjiang } }, tokens['cd.registrar'])).data!.receptions.totalCount).toBe(1);
      expect((await gql(t.server, TOTAL, { filter: march }, tokens['jj.registrar'])).data!.receptions.totalCount).toBe(1);
      expect((await gql(t.server, TOTAL, { filter: march }, tokens['my.registrar'])).data!.receptions.totalCount).toBe(0);
    });

    it("a sibling city sees none of Chengdu's receptions, nor their figures", async () => {
      const list = await gql(t.server, LIST, {}, tokens['my.registrar']);
      expect(list.data!.receptions.edges).toEqual([]);
      const one = await gql(t.server, ONE, { id: cdMarch2 }, tokens['my.registrar']);
      expect(errorCode(one)).toBe('NOT_FOUND');
      const statistics = await gql(t.server, STATISTICS, { from: '2026-01-01', to: '2026-12-31' }, tokens['my.registrar']);
      expect(statistics.data!.receptionStatistics).toEqual([]);
      const aimed = await gql(t.server, STATISTICS, { from: '2026-01-01', to: '2026-12-31', tenantId: tenants.chengdu }, tokens['my.registrar']);
      expect(aimed.data!.receptionStatistics).toEqual([]);
    });

    it('a county does not see its city’s receptions; the province sees all', async () => {
      const county = await gql(t.server, LIST, {}, tokens['jj.registrar']);
      expect(county.data!.receptions.edges.map((e) => e.node.id)).toEqual([jjMarch2]);
      const province = await gql(t.server, LIST, {}, tokens['sc.registrar']);
      expect(province.data!.receptions.edges).toHaveLength(6);
    });

    it('statistics per leader over a period, in the subtree or in one tenant’s', async () => {
      const result = await gql(t.server, STATISTICS, { from: '2026-03-01', to: '2026-03-31' }, tokens['cd.registrar']);
      expect(result.data!.receptionStatistics).toEqual([
        {
          leaderId: users['cd.leader'],
          leaderName: '成都市领导',
          tenantId: tenants.chengdu,
          receptionCount: 2,
          caseCount: 7,
          personCount: 15,
          resolvedCount: 3,
          resolutionRate: 3 / 7,
        },
        {
          leaderId: secondLeader,
          leaderName: '成都市副市长',
          tenantId: tenants.chengdu,
          receptionCount: 1,
          caseCount: 1,
          personCount: 1,
          resolvedCount: 1,
          resolutionRate: 1,
        },
        {
          leaderId: users['jj.leader'],
          leaderName: '锦江区领导',
          tenantId: tenants.jinjiang,
          receptionCount: 1,
          caseCount: 1,
          personCount: 2,
          resolvedCount: 0,
          resolutionRate: 0,
        },
      ]);
      const january = await gql(t.server, STATISTICS, { from: '2026-01-01', to: '2026-01-31' }, tokens['cd.registrar']);
      expect(january.data!.receptionStatistics).toEqual([
        {
          leaderId: users['cd.leader'],
          leaderName: '成都市领导',
          tenantId: tenants.chengdu,
          receptionCount: 2,
          caseCount: 0,
          personCount: 0,
          resolvedCount: 0,
          resolutionRate: null,
        },
      ]);
      const county = await gql(t.server, STATISTICS, { from: '2026-03-01', to: '2026-03-31', tenantId: tenants.jinjiang }, tokens['cd.registrar']);
      expect(county.data!.receptionStatistics.map((s) => s.leaderName)).toEqual(['锦江区领导']);
    });

    it('refuses an inverted or malformed period', async () => {
      expect(errorCode(await gql(t.server, STATISTICS, { from: '2026-03-31', to: '2026-03-01' }, tokens['cd.registrar']))).toBe('VALIDATION');
      expect(errorCode(await gql(t.server, STATISTICS, { from: '2026-13-01', to: '2026-12-31' }, tokens['cd.registrar']))).toBe('VALIDATION');
    });

    describe('requireForRegistration, as case registration calls it', () => {
      const requireReception = async (tenantCode: string, tenantPath: string, receptionId: string, today: string) => {
        const tenantId = await tenantIdOf(t.admin, tenantCode);
        const ctx: TenantContext = {
          userId: null,
          username: 'test',
          tenantId,
          tenantPath,
          unitId: null,
          roles: [Role.REGISTRAR],
          requestId: `test-${randomUUID()}`,
        };
        return t.app.get(TenantTransactions).run(ctx, (em) => t.app.get(ReceptionService).requireForRegistration(em, receptionId, tenantId, today));
      };

      it("accepts the registering tenant's reception of today", async () => {
        expect(await requireReception('510100', '510000.510100', cdMarch2, '2026-03-02')).toMatchObject({ id: cdMarch2, date: '2026-03-02' });
      });

      it('refuses another day, another tenant’s reception (even one below), an unknown and a malformed id', async () => {
        const refusals: [string, string, string, string][] = [
          ['510100', '510000.510100', cdMarch2, '2026-03-03'],
          ['510100', '510000.510100', jjMarch2, '2026-03-02'],
          ['510104', '510000.510100.510104', cdMarch2, '2026-03-02'],
          ['510100', '510000.510100', randomUUID(), '2026-03-02'],
          ['510100', '510000.510100', 'nonsense', '2026-03-02'],
        ];
        for (const args of refusals) await expect(requireReception(...args)).rejects.toMatchObject({ extensions: { code: 'VALIDATION' } });
      });
    });
  });
});
