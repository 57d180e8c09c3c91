import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, gql, login } from './helpers/graphql-client.js';
import { SystemUnderTest, eventually } from './helpers/system.js';
import { graphql } from '#test/gql/index.js';

const LOCK_SECONDS = 5;
// Every process of the system inherits these (SystemUnderTest spreads process.env, which Jest
// keeps per test file): a short lock to wait out, and one proxy trusted in front of the gateway.
Object.assign(process.env, { LOGIN_LOCK_SECONDS: String(LOCK_SECONDS), LOGIN_ADDRESS_MAX_FAILURES: '200', TRUSTED_PROXY_HOPS: '1' });

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;

/** A process as an operator starts it, with `env` only; resolves with its exit code and output. */
function run(entry: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`dist/${entry}.js`], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('login security through the gateway', () => {
  const system = new SystemUnderTest();
  const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${system.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json() as Promise<{ data?: { login: { accessToken: string } }; errors?: { message: string; extensions: { code: string } }[] }>);

  // Seven Node processes starting at once take a minute on a loaded two-core machine.
  beforeAll(() => system.start(), 240_000);
  afterAll(() => system.stop(), 30_000);

  it('locks a username after 5 of 50 wrong passwords sent at once, refuses the right one until the lock ends, and audits the address the gateway vouched for', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post(LOGIN, { u: 'cd.registrar', p: `wrong-${i}` }, { 'x-forwarded-for': '198.51.100.23' })),
    );
    const codes = answers.map((answer) => answer.errors?.[0].extensions.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(4);
    expect(codes.filter((code) => code === 'ACCOUNT_LOCKED')).toHaveLength(46);
    const during = await post(LOGIN, { u: 'cd.registrar', p: 'Demo@2026' });
    expect(during.errors?.[0].extensions.code).toBe('ACCOUNT_LOCKED');
    expect(during.errors?.[0].message).toMatch(/^登录失败次数过多，该账号已暂时锁定，请 \d 秒后再试$/);
    await new Promise((resolve) => setTimeout(resolve, LOCK_SECONDS * 1000 + 200));
    expect((await post(LOGIN, { u: 'cd.registrar', p: 'Demo@2026' })).data!.login.accessToken).toEqual(expect.any(String));

    const { rows } = await system.admin.query(
      `SELECT outcome, source_address, count(*)::int AS n FROM core.login_attempts WHERE username = 'cd.registrar' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { outcome: 'FAILED', source_address: '198.51.100.23', n: 5 },
      { outcome: 'LOCKED', source_address: '127.0.0.1', n: 1 },
      { outcome: 'LOCKED', source_address: '198.51.100.23', n: 45 },
      { outcome: 'SUCCEEDED', source_address: '127.0.0.1', n: 1 },
    ]);
  });

  it('refuses a deactivated user’s token on the next request, in cases at once and in meetings within the cache window', async () => {
    const admin = await login(system.gatewayUrl, 'jj.tenant-admin');
    const token = await login(system.gatewayUrl, 'jj.supervisor');
    const meetingsOnly = graphql(`
      query LoginSecurityE2eNoticeInbox {
        noticeInbox(first: 1) {
          unreadCount
        }
      }
    `);
    expect((await gql(system.gatewayUrl, meetingsOnly, {}, token)).errors).toBeUndefined();
    const { rows } = await system.admin.query(`SELECT id, version FROM core.users WHERE username = 'jj.supervisor'`);
    const deactivated = await gql(
      system.gatewayUrl,
      graphql(`
        mutation LoginSecurityE2eDeactivateUser($id: ID!, $v: Int!) {
          deactivateUser(id: $id, version: $v) {
            active
            version
          }
        }
      `),
      { id: rows[0].id, v: rows[0].version },
      admin,
    );
    expect(deactivated.data!.deactivateUser).toEqual({ active: false, version: rows[0].version + 1 });
    const me = await gql(
      system.gatewayUrl,
      graphql(`
        query LoginSecurityE2eMe {
          me {
            username
          }
        }
      `),
      {},
      token,
    );
    expect([errorCode(me), me.errors?.[0].message]).toEqual(['UNAUTHENTICATED', '登录已失效，请重新登录']);
    const started = Date.now();
    await eventually(async () => errorCode(await gql(system.gatewayUrl, meetingsOnly, {}, token)) === 'UNAUTHENTICATED', 10_000);
    expect(Date.now() - started).toBeLessThan(6_000);

    const reactivated = await gql(
      system.gatewayUrl,
      graphql(`
        mutation LoginSecurityE2eReactivateUser($id: ID!, $v: Int!) {
          reactivateUser(id: $id, version: $v) {
            active
          }
        }
      `),
      { id: rows[0].id, v: rows[0].version + 1 },
      admin,
    );
    expect(reactivated.data!.reactivateUser.active).toBe(true);
    expect(
      errorCode(
        await gql(
          system.gatewayUrl,
          graphql(`
            query LoginSecurityE2eMe2 {
              me {
                username
              }
            }
          `),
          {},
          token,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(
      (
        await gql(
          system.gatewayUrl,
          graphql(`
            query LoginSecurityE2eMe3 {
              me {
                username
              }
            }
          `),
          {},
          await login(system.gatewayUrl, 'jj.supervisor'),
        )
      ).data!.me.username,
    ).toBe('jj.supervisor');
  });

  it('resetUserPassword refuses the old token and the old password; logout refuses the token', async () => {
    const admin = await login(system.gatewayUrl, 'jj.tenant-admin');
    const token = await login(system.gatewayUrl, 'jj.leader');
    const { rows } = await system.admin.query(`SELECT id, version FROM core.users WHERE username = 'jj.leader'`);
    const reset = await gql(
      system.gatewayUrl,
      graphql(`
        mutation LoginSecurityE2eResetUserPassword($input: ResetUserPasswordInput!) {
          resetUserPassword(input: $input) {
            version
          }
        }
      `),
      { input: { id: rows[0].id, version: rows[0].version, newPassword: 'Leader#2026x' } },
      admin,
    );
    expect(reset.data!.resetUserPassword.version).toBe(rows[0].version + 1);
    expect(
      errorCode(
        await gql(
          system.gatewayUrl,
          graphql(`
            query LoginSecurityE2eMe4 {
              me {
                username
              }
            }
          `),
          {},
          token,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect((await post(LOGIN, { u: 'jj.leader', p: 'Demo@2026' })).errors?.[0].message).toBe('用户名或密码错误');

    const fresh = await login(system.gatewayUrl, 'jj.leader', 'Leader#2026x');
    expect(
      (
        await gql(
          system.gatewayUrl,
          graphql(`
            mutation LoginSecurityE2eLogout {
              logout
            }
          `),
          {},
          fresh,
        )
      ).data!.logout,
    ).toBe(true);
    expect(
      errorCode(
        await gql(
          system.gatewayUrl,
          graphql(`
            query LoginSecurityE2eMe5 {
              me {
                username
              }
            }
          `),
          {},
          fresh,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses to start any process in production without keys of its own, with one line', async () => {
    const base = { NODE_ENV: 'production', DATABASE_URL: system.db.adminUrl, REDIS_URL: system.db.config.redisUrl };
    const entries = ['apps/cases/src/main', 'apps/meetings/src/main.worker', 'apps/gateway/src/main', 'tools/migrate'];
    for (const missing of await Promise.all(entries.map((entry) => run(entry, base)))) {
      expect([missing.code, missing.stderr]).toEqual([
        78,
        'error: JWT_SECRET is not set; NODE_ENV=production needs a secret of its own (at least 32 characters)\n',
      ]);
    }
    const development = await run('apps/assessment/src/main', {
      ...base,
      JWT_SECRET: 'dev-only-jwt-secret-not-for-production-use-0123456789',
      PII_KEY: 'dev-only-pii-key-not-for-production-use-0123456789',
    });
    expect([development.code, development.stderr]).toEqual([
      78,
      'error: JWT_SECRET is a development key from the repository; NODE_ENV=production needs a secret of its own\n',
    ]);
    // Five processes load their modules before they check: seconds each on a busy machine.
  }, 120_000);
});
