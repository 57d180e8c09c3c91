import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { graphql } from '#test/gql/index.js';
import { errorCode, gql, login } from '#test/helpers/graphql-client.js';
import { asAppRole, startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';

const TENANTS = graphql(`
  query TenantIsolationSpecTenants {
    tenants(first: 100) {
      edges {
        node {
          code
        }
      }
    }
  }
`);

describe('tenant isolation', () => {
  let t: CasesTestApp;
  let county: string;
  let province: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startCasesApp();
    county = await login(t.server, 'jj.tenant-admin'); // 锦江区 (510104) in 成都市
    province = await login(t.server, 'sc.tenant-admin');
    ids = {
      jinjiang: await tenantIdOf(t.admin, '510104'),
      wuhou: await tenantIdOf(t.admin, '510107'),
      chengdu: await tenantIdOf(t.admin, '510100'),
      mianyang: await tenantIdOf(t.admin, '510700'),
    };
  });

  afterAll(() => t.close());

  describe('through GraphQL', () => {
    it('a county sees itself and its townships only', async () => {
      const result = await gql(t.server, TENANTS, {}, county);
      const codes = result.data!.tenants.edges.map((e) => e.node.code);
      expect(codes).toEqual(['510104', '510104001', '510104002']);
    });

    it("lists each tenant's direct children, only those in the caller's subtree", async () => {
      const result = await gql(
        t.server,
        graphql(`
          query TenantIsolationSpecChildren {
            tenants(first: 3) {
              edges {
                node {
                  code
                  children {
                    code
                  }
                }
              }
            }
          }
        `),
        {},
        county,
      );
      expect(result.data!.tenants.edges.map((e) => e.node)).toEqual([
        { code: '510104', children: [{ code: '510104001' }, { code: '510104002' }] },
        { code: '510104001', children: [] },
        { code: '510104002', children: [] },
      ]);
    });

    it('a province sees its whole subtree', async () => {
      const result = await gql(t.server, TENANTS, {}, province);
      const total = await t.admin.query('SELECT count(*)::int AS n FROM core.tenants');
      expect(result.data!.tenants.edges).toHaveLength(total.rows[0].n);
      expect(total.rows[0].n).toBeGreaterThanOrEqual(22);
    });

    it('a county cannot read a sibling county nor its parent city', async () => {
      for (const id of [ids.wuhou, ids.chengdu]) {
        const result = await gql(
          t.server,
          graphql(`
            query TenantIsolationSpecTenant($id: ID!) {
              tenant(id: $id) {
                name
              }
            }
          `),
          { id },
          county,
        );
        expect(errorCode(result)).toBe('NOT_FOUND');
        expect(result.data?.tenant ?? null).toBeNull();
      }
    });

    it("a county's parent link resolves to nothing rather than the parent's record", async () => {
      const result = await gql(
        t.server,
        graphql(`
          query TenantIsolationSpecMe {
            me {
              tenant {
                name
                parent {
                  id
                  name
                }
              }
            }
          }
        `),
        {},
        county,
      );
      expect(result.data!.me.tenant).toEqual({ name: '锦江区', parent: null });
    });

    it("a county cannot list a sibling county's units or users", async () => {
      const units = await gql(
        t.server,
        graphql(`
          query TenantIsolationSpecUsers($id: ID!) {
            users(tenantId: $id, first: 50) {
              edges {
                node {
                  username
                }
              }
            }
          }
        `),
        { id: ids.wuhou },
        county,
      );
      expect(units.data!.users.edges).toEqual([]);
    });

    it('a county cannot create a unit, a user or a child tenant in a sibling county, and nothing is written', async () => {
      const before = await t.admin.query(
        'SELECT (SELECT count(*) FROM core.units) AS units, (SELECT count(*) FROM core.users) AS users, (SELECT count(*) FROM core.tenants) AS tenants',
      );
      const unit = await gql(
        t.server,
        graphql(`
          mutation TenantIsolationSpecCreateUnit($input: CreateUnitInput!) {
            createUnit(input: $input) {
              id
            }
          }
        `),
        { input: { tenantId: ids.wuhou, name: '民政局', kind: 'COMPETENT_BODY' } },
        county,
      );
      expect(errorCode(unit)).toBe('NOT_FOUND');
      const user = await gql(
        t.server,
        graphql(`
          mutation TenantIsolationSpecCreateUser($input: CreateUserInput!) {
            createUser(input: $input) {
              id
            }
          }
        `),
        { input: { tenantId: ids.wuhou, username: 'intruder', displayName: '越权', password: 'password123', roles: ['TENANT_ADMIN'] } },
        county,
      );
      expect(errorCode(user)).toBe('NOT_FOUND');
      const tenant = await gql(
        t.server,
        graphql(`
          mutation TenantIsolationSpecCreateTenant($input: CreateTenantInput!) {
            createTenant(input: $input) {
              id
            }
          }
        `),
        { input: { parentId: ids.wuhou, code: '510107009', name: '新街道', level: 'TOWNSHIP' } },
        county,
      );
      expect(errorCode(tenant)).toBe('NOT_FOUND');
      const after = await t.admin.query(
        'SELECT (SELECT count(*) FROM core.units) AS units, (SELECT count(*) FROM core.users) AS users, (SELECT count(*) FROM core.tenants) AS tenants',
      );
      expect(after.rows[0]).toEqual(before.rows[0]);
    });

    it('a city creates a county inside its own subtree, which its province then sees', async () => {
      const city = await login(t.server, 'cd.tenant-admin');
      const created = await gql(
        t.server,
        graphql(`
          mutation TenantIsolationSpecCreateTenant2($input: CreateTenantInput!) {
            createTenant(input: $input) {
              code
              level
              path
              parent {
                code
              }
            }
          }
        `),
        { input: { parentId: ids.chengdu, code: '510108', name: '成华区', level: 'COUNTY' } },
        city,
      );
      expect(created.data!.createTenant).toEqual({ code: '510108', level: 'COUNTY', path: '510000.510100.510108', parent: { code: '510100' } });
      const seen = await gql(
        t.server,
        graphql(`
          query TenantIsolationSpecCounties {
            tenants(first: 100, filter: { level: COUNTY }) {
              edges {
                node {
                  code
                }
              }
            }
          }
        `),
        {},
        province,
      );
      expect(seen.data!.tenants.edges.map((e) => e.node.code)).toContain('510108');
      const outbox = await t.admin.query(`SELECT topic, tenant_path::text AS path FROM cases.outbox WHERE payload->>'code' = '510108'`);
      expect(outbox.rows).toEqual([{ topic: 'tenant.created', path: '510000.510100.510108' }]);
    });
  });

  describe('in the database itself, as the services’ role with the context set', () => {
    let app: pg.Pool;

    beforeAll(() => {
      app = new pg.Pool({ connectionString: t.db.config.appDatabaseUrl, max: 2 });
    });
    afterAll(() => app.end());

    const asTenant = <T>(path: string, sql: string, params: unknown[] = []) => asAppRole<T>(app, { path }, sql, params);

    it('the services connect as a role that owns no table and cannot bypass row-level security', async () => {
      const [role] = await asTenant<{ name: string; rolsuper: boolean; rolbypassrls: boolean }>(
        '510000',
        `SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
      );
      expect(role).toEqual({ name: 'petition_app', rolsuper: false, rolbypassrls: false });
      const owned = await t.admin.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tableowner = 'petition_app'`);
      expect(owned.rows[0].n).toBe(0);
    });

    it('a query without a WHERE clause returns only the subtree', async () => {
      const county = await asTenant<{ code: string }>('510000.510100.510104', 'SELECT code FROM core.tenants ORDER BY code');
      expect(county.map((r) => r.code)).toEqual(['510104', '510104001', '510104002']);
      const units = await asTenant<{ n: number }>('510000.510100.510104', 'SELECT count(*)::int AS n FROM core.units');
      expect(units[0].n).toBe(5 + 2 * 4);
      const all = await asTenant<{ n: number }>('510000', 'SELECT count(*)::int AS n FROM core.tenants');
      const total = await t.admin.query('SELECT count(*)::int AS n FROM core.tenants');
      expect(all[0].n).toBe(total.rows[0].n);
    });

    it('every tenant table forces row-level security', async () => {
      const { rows } = await t.admin.query(
        `SELECT n.nspname || '.' || c.relname AS name
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'r' AND n.nspname IN ('core', 'cases', 'meetings', 'assessment')
            AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`,
      );
      expect(rows).toEqual([]);
    });

    it('plans a subtree with statistics, so a province and a county are not estimated alike', async () => {
      const leakproof = await t.admin.query(`SELECT proname, proleakproof FROM pg_proc WHERE proname IN ('ltree_risparent', 'ltree_isparent') ORDER BY 1`);
      expect(leakproof.rows).toEqual([
        { proname: 'ltree_isparent', proleakproof: true },
        { proname: 'ltree_risparent', proleakproof: true },
      ]);
      const estimate = async (path: string) => {
        const [plan] = await asTenant<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(path, 'EXPLAIN (FORMAT JSON) SELECT * FROM core.units');
        return plan['QUERY PLAN'][0].Plan['Plan Rows'];
      };
      expect(await estimate('510000')).toBeGreaterThan(await estimate('510000.510100.510104'));
    });

    it('reads the tenant path in the policy itself, not through a function called for every row', async () => {
      const [plan] = await asTenant<{ 'QUERY PLAN': string }>('510000', `EXPLAIN (VERBOSE, FORMAT JSON) SELECT * FROM core.units WHERE name <> ''`);
      const text = JSON.stringify(plan['QUERY PLAN']);
      expect(text).toContain(`current_setting('app.tenant_path'::text, true)`);
      expect(text).not.toContain('current_tenant_path()');
    });

    it('without a tenant context the database refuses to answer instead of returning everything', async () => {
      const client = await app.connect();
      try {
        await expect(client.query('SELECT count(*) FROM core.tenants')).rejects.toMatchObject({ message: 'tenant context is not set', code: '42501' });
        // An empty path (as a transaction-local setting leaves it afterwards) is no context either.
        await client.query(`SELECT set_config('app.tenant_path', '', false)`);
        await expect(client.query('SELECT count(*) FROM core.units')).rejects.toMatchObject({ message: 'tenant context is not set', code: '42501' });
      } finally {
        client.release();
      }
    });

    it('writing a row into a sibling subtree is refused by the policy', async () => {
      await expect(
        asTenant(
          '510000.510100.510104',
          `INSERT INTO core.units (tenant_id, id, tenant_path, name, kind) VALUES ($1, gen_random_uuid(), '510000.510100.510107', '民政局', 'COMPETENT_BODY')`,
          [ids.wuhou],
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it('a pooled connection does not carry one transaction’s tenant into the next', async () => {
      const client = await app.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.tenant_path', '510000', true)`);
        await client.query('COMMIT');
        await expect(client.query('SELECT count(*) FROM core.tenants')).rejects.toThrow(/tenant context is not set/);
      } finally {
        client.release();
      }
    });

    it('the password hashes are not readable by the services', async () => {
      await expect(asTenant('510000', 'SELECT password_hash FROM core.users')).rejects.toThrow(/permission denied/);
    });
  });
});
