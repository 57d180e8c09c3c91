import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import request from 'supertest';
import { graphql } from '#test/gql/index.js';
import type { CreateTenantInput } from '#test/gql/graphql.js';
import { errorCode, gql, login, SERVICE_SDL } from '#test/helpers/graphql-client.js';
import { startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';

const ME = graphql(`
  query AuthSpecMe {
    me {
      id
      username
      roles
      tenant {
        id
        code
        name
        level
      }
      unit {
        id
        name
      }
    }
  }
`);

describe('authentication and roles on the cases subgraph', () => {
  let t: CasesTestApp;

  beforeAll(async () => {
    t = await startCasesApp();
  });
  afterAll(() => t.close());

  it('logs in with a demo account and answers `me` with tenant and unit', async () => {
    const token = await login(t.server, 'jj.registrar');
    const result = await gql(t.server, ME, {}, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.me).toMatchObject({
      username: 'jj.registrar',
      roles: ['REGISTRAR'],
      tenant: { code: '510104', name: '锦江区', level: 'COUNTY' },
      unit: { name: '信访局' },
    });
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const query = graphql(`
      mutation AuthSpecLogin($u: String!, $p: String!) {
        login(username: $u, password: $p) {
          accessToken
        }
      }
    `);
    const wrong = await gql(t.server, query, { u: 'jj.registrar', p: 'not-the-password' });
    const unknown = await gql(t.server, query, { u: 'nobody', p: 'not-the-password' });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe('用户名或密码错误');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(wrong.data?.login ?? null).toBeNull();
  });

  it('answers /health without a token, checking the database and Redis', async () => {
    const response = await request(t.server).get('/health');
    expect(response.status).toBe(200);
    expect(response.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('refuses a call without a token, with HTTP 401', async () => {
    const result = await gql(t.server, ME, {});
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data?.me ?? null).toBeNull();
  });

  it('refuses federation entry points and introspection without a token', async () => {
    const entities = await gql(
      t.server,
      `query { _entities(representations: [{ __typename: "Tenant", id: "00000000-0000-0000-0000-000000000000" }]) { __typename } }`,
      {},
    );
    expect(errorCode(entities)).toBe('UNAUTHENTICATED');
    const sdl = await gql(t.server, SERVICE_SDL, {});
    expect(errorCode(sdl)).toBe('UNAUTHENTICATED');
    const schema = await gql(
      t.server,
      graphql(`
        query AuthSpecSchema {
          __schema {
            queryType {
              name
            }
          }
        }
      `),
      {},
    );
    expect(errorCode(schema)).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token', async () => {
    const forged = await new SignJWT({ tid: 'x', tpath: '510000', roles: ['TENANT_ADMIN'], username: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00000000-0000-0000-0000-000000000000')
      .setIssuer('petition-platform')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-key-another-key-another-key!!'));
    const result = await gql(t.server, ME, {}, forged);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toBe('登录凭证无效');
  });

  it('refuses an expired token', async () => {
    const id = await tenantIdOf(t.admin, '510104');
    const anHourAgo = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new SignJWT({ tid: id, tpath: '510000.510100.510104', roles: ['REGISTRAR'], username: 'jj.registrar' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00000000-0000-0000-0000-000000000000')
      .setIssuer('petition-platform')
      .setIssuedAt(anHourAgo - 60)
      .setExpirationTime(anHourAgo)
      .sign(t.db.config.jwtSecret);
    const result = await gql(t.server, ME, {}, expired);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toBe('登录已过期，请重新登录');
  });

  it('refuses an operation to a role it does not declare', async () => {
    const registrar = await login(t.server, 'jj.registrar');
    const result = await gql(
      t.server,
      graphql(`
        mutation AuthSpecCreateUnit($input: CreateUnitInput!) {
          createUnit(input: $input) {
            id
          }
        }
      `),
      { input: { tenantId: await tenantIdOf(t.admin, '510104'), name: '民政局', kind: 'COMPETENT_BODY' } },
      registrar,
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
    const { rows } = await t.admin.query(`SELECT count(*)::int AS n FROM core.units WHERE name = '民政局'`);
    expect(rows[0].n).toBe(0);
  });

  describe('bad input to the admin mutations', () => {
    let admin: string;
    let city: string;

    beforeAll(async () => {
      admin = await login(t.server, 'cd.tenant-admin');
      city = await tenantIdOf(t.admin, '510100');
    });

    const CREATE_TENANT = graphql(`
      mutation AuthSpecCreateTenant($input: CreateTenantInput!) {
        createTenant(input: $input) {
          id
        }
      }
    `);

    it.each([
      ['a malformed code', { code: '51A108', level: 'COUNTY' as const }, '行政区划代码应为 6、9 或 12 位数字'],
      ['a code outside the parent', { code: '520108', level: 'COUNTY' as const }, '行政区划代码应以上级代码 5101 开头'],
      ['a level that skips one', { code: '510108001', level: 'TOWNSHIP' as const }, '上级为市（州），下级只能是县（市、区）'],
    ])('refuses %s with VALIDATION and writes nothing', async (_case, fields, message) => {
      const before = await t.admin.query('SELECT count(*)::int AS n FROM core.tenants');
      const result = await gql(t.server, CREATE_TENANT, { input: { parentId: city, name: '新区', ...fields } }, admin);
      expect(errorCode(result)).toBe('VALIDATION');
      expect(result.errors?.[0].message).toBe(message);
      const after = await t.admin.query('SELECT count(*)::int AS n FROM core.tenants');
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });

    it('refuses a division code already used anywhere in the tree with CONFLICT', async () => {
      const result = await gql(t.server, CREATE_TENANT, { input: { parentId: city, name: '重复', code: '510107', level: 'COUNTY' } }, admin);
      expect(errorCode(result)).toBe('CONFLICT');
    });

    it('refuses a username already taken in another subtree with CONFLICT', async () => {
      const result = await gql(
        t.server,
        graphql(`
          mutation AuthSpecCreateUser($input: CreateUserInput!) {
            createUser(input: $input) {
              id
            }
          }
        `),
        { input: { tenantId: city, username: 'my.registrar', displayName: '重名', password: 'password123', roles: ['REGISTRAR'] } },
        admin,
      );
      expect(errorCode(result)).toBe('CONFLICT');
    });

    it('refuses a first page larger than the bound', async () => {
      const result = await gql(
        t.server,
        graphql(`
          query AuthSpecTenants {
            tenants(first: 1000) {
              edges {
                cursor
              }
            }
          }
        `),
        {},
        admin,
      );
      expect(errorCode(result)).toBe('VALIDATION');
      expect(result.errors?.[0].message).toBe('每页条数不能超过 100');
    });

    it('answers a wrongly typed variable with VALIDATION, not a server error', async () => {
      // Wrongly typed on purpose, past the generated types.
      const result = await gql(
        t.server,
        CREATE_TENANT,
        { input: { parentId: city, name: 1, code: '510109', level: 'NOWHERE' } as unknown as CreateTenantInput },
        admin,
      );
      expect(result.status).toBeLessThan(500);
      expect(errorCode(result)).toBe('VALIDATION');
      expect(JSON.stringify(result.errors)).not.toMatch(/stack|at .*\.js/);
    });

    it('pages through the subtree with cursors', async () => {
      const first = await gql(
        t.server,
        graphql(`
          query AuthSpecFirstTenants {
            tenants(first: 2) {
              edges {
                node {
                  code
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        `),
        {},
        admin,
      );
      const next = await gql(
        t.server,
        graphql(`
          query AuthSpecNextTenants($after: String) {
            tenants(first: 2, after: $after) {
              edges {
                node {
                  code
                }
              }
            }
          }
        `),
        { after: first.data!.tenants.pageInfo.endCursor },
        admin,
      );
      expect(first.data!.tenants.edges.map((e) => e.node.code)).toEqual(['510100', '510104']);
      expect(first.data!.tenants.pageInfo.hasNextPage).toBe(true);
      expect(next.data!.tenants.edges.map((e) => e.node.code)).toEqual(['510104001', '510104002']);
    });
  });
});
