import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { eventQueueName } from '#common/events';
import { errorCode, gql, login } from './helpers/graphql-client.js';
import { SystemUnderTest, eventually } from './helpers/system.js';

describe('the platform end to end, through the gateway', () => {
  const system = new SystemUnderTest();
  let tenants: number;

  const count = async (sql: string) => Number((await system.admin.query(sql)).rows[0].count);

  beforeAll(async () => {
    await system.start();
    tenants = await count('SELECT count(*) FROM core.tenants');
  }, 90_000);
  afterAll(() => system.stop(), 30_000);

  it("delivers the directory's tenant.created events to meetings and assessment", async () => {
    await eventually(
      async () =>
        (await count('SELECT count(*) FROM meetings.jurisdictions')) === tenants &&
        (await count('SELECT count(*) FROM assessment.jurisdictions')) === tenants,
    );
    expect(await count('SELECT count(*) FROM cases.outbox WHERE relayed_at IS NULL')).toBe(0);
  });

  it('applies each event exactly once in effect, also when the relay runs over the same rows again', async () => {
    const queues = ['meetings', 'assessment'].map(
      (consumer) => new Queue(eventQueueName(consumer as 'meetings'), { connection: system.redis, prefix: system.db.config.queuePrefix }),
    );
    try {
      // Forget the completed jobs too, so the re-relayed rows really reach the consumers again
      // instead of being dropped by BullMQ as known job ids.
      for (const queue of queues) await queue.clean(0, 10_000, 'completed');
      await system.admin.query('UPDATE cases.outbox SET relayed_at = NULL');
      await eventually(async () => {
        const completed = await Promise.all(queues.map((queue) => queue.getCompletedCount()));
        return completed.every((n) => n === tenants);
      });
      for (const schema of ['meetings', 'assessment']) {
        expect(await count(`SELECT count(*) FROM ${schema}.jurisdictions`)).toBe(tenants);
        expect(await count(`SELECT count(*) FROM ${schema}.processed_events`)).toBe(tenants);
      }
    } finally {
      await Promise.all(queues.map((queue) => queue.close()));
    }
  });

  it('answers one query with fields from all three subgraphs for a demo login', async () => {
    const token = await login(system.gatewayUrl, 'jj.tenant-admin');
    const result = await gql(
      system.gatewayUrl,
      `query {
        me {
          username
          tenant {
            name
            conferenceCoverage(level: TOWNSHIP) { jurisdictions withConference }
            assessedJurisdictions { code name }
          }
        }
      }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.me).toEqual({
      username: 'jj.tenant-admin',
      tenant: {
        name: '锦江区',
        conferenceCoverage: { jurisdictions: 2, withConference: 0 },
        assessedJurisdictions: [
          { code: '510104001', name: '春熙路街道' },
          { code: '510104002', name: '督院街街道' },
        ],
      },
    });
  });

  it('carries a tenant created through the gateway into the other services', async () => {
    const city = await login(system.gatewayUrl, 'cd.tenant-admin');
    const chengdu = (await system.admin.query(`SELECT id FROM core.tenants WHERE code = '510100'`)).rows[0].id;
    const created = await gql(
      system.gatewayUrl,
      `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { code } }`,
      { input: { parentId: chengdu, code: '510112', name: '龙泉驿区', level: 'COUNTY' } },
      city,
    );
    expect(created.data.createTenant).toEqual({ code: '510112' });
    const assessed = async () =>
      (await gql(system.gatewayUrl, `query { me { tenant { assessedJurisdictions { code } } } }`, {}, city)).data.me.tenant.assessedJurisdictions.map(
        (j: { code: string }) => j.code,
      );
    await eventually(async () => (await assessed()).includes('510112'));
    expect(await assessed()).toEqual(['510104', '510107', '510112']);
  });

  it('keeps a county out of its sibling, through every subgraph', async () => {
    const county = await login(system.gatewayUrl, 'jj.tenant-admin');
    const wuhou = (await system.admin.query(`SELECT id FROM core.tenants WHERE code = '510107'`)).rows[0].id;
    const result = await gql(system.gatewayUrl, `query ($id: ID!) { tenant(id: $id) { name assessedJurisdictions { code } } }`, { id: wuhou }, county);
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.data?.tenant ?? null).toBeNull();
  });

  it('refuses a call without a valid token at the gateway', async () => {
    const missing = await gql(system.gatewayUrl, `query { me { username } }`);
    expect(missing.status).toBe(401);
    expect(errorCode(missing)).toBe('UNAUTHENTICATED');
    const forged = await gql(system.gatewayUrl, `query { me { username } }`, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
  });

  it.each(['cases', 'meetings', 'assessment'] as const)('refuses a call straight to the %s subgraph without a token', async (name) => {
    const result = await gql(system.subgraphUrls[name], `query { _service { sdl } }`);
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
  });
});
