import 'reflect-metadata';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { print } from 'graphql';
import pg from 'pg';
import request from 'supertest';
import { CLIENT_ADDRESS_HEADER, TokenService, signClientAddress } from '#common/auth';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { errorCode, gql, login, type GraphQLResult } from '#test/helpers/graphql-client.js';
import { asAppRole } from '../../__tests__/cases-test-app.js';
import { CasesModule } from '../../cases.module.js';
import type { App } from 'supertest/types.js';
import { graphql } from '#test/gql/index.js';

/**
 * Also the window the username's failures are counted in: long enough for five failed logins (each
 * an argon2 verification) on a loaded machine, short enough to wait out once.
 */
const LOCK_SECONDS = 6;
const ADDRESS_MAX_FAILURES = 20;
const LOGIN = graphql(`
  mutation LoginSecuritySpecLogin($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      accessToken
    }
  }
`);
const ME = graphql(`
  query LoginSecuritySpecMe {
    me {
      username
    }
  }
`);
graphql(`
  fragment LoginSecuritySpecUser on User {
    id
    username
    active
    version
  }
`);

describe('login throttling, audit, hashes and token revocation on the cases subgraph', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let server: App;
  let admin: pg.Pool;
  /** The services' own role, subject to row-level security and column privileges. */
  let appRole: pg.Pool;
  let addressKey: Buffer;

  /** A login as the gateway forwards it for a caller at `address`. */
  const loginFrom = (address: string | null, username: string, password: string, headers: Record<string, string> = {}) => {
    const call = request(server).post('/graphql').set('content-type', 'application/json');
    if (address) call.set(CLIENT_ADDRESS_HEADER, signClientAddress(addressKey, address));
    for (const [name, value] of Object.entries(headers)) call.set(name, value);
    return call
      .send({ query: print(LOGIN), variables: { u: username, p: password } })
      .then((r): GraphQLResult<ResultOf<typeof LOGIN>> => ({ status: r.status, data: r.body.data, errors: r.body.errors }));
  };
  const attempts = async (username: string) =>
    (await admin.query(`SELECT outcome, source_address, user_id, tenant_path::text FROM core.login_attempts WHERE username = $1 ORDER BY at, id`, [username]))
      .rows;
  const userRow = async (username: string) =>
    (await admin.query(`SELECT id, version, active, token_version FROM core.users WHERE username = $1`, [username])).rows[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = { ...db.config, login: { maxFailures: 5, lockSeconds: LOCK_SECONDS, addressMaxFailures: ADDRESS_MAX_FAILURES, addressWindowSeconds: 60 } };
    app = await NestFactory.create(CasesModule.forRoot({ config }), { logger: ['error'] });
    await app.init();
    server = app.getHttpServer();
    addressKey = app.get(TokenService).clientAddressKey;
    admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
    appRole = new pg.Pool({ connectionString: db.config.appDatabaseUrl, max: 1 });
  });
  afterAll(async () => {
    await app?.close();
    await admin?.end();
    await appRole?.end();
    await db?.drop();
  });

  describe('lockout', () => {
    it('counts aliases of login one by one: a batch stops at its first failure, and five failures lock the username', async () => {
      // `login` is non-null, so a failed alias ends the mutation: 50 guesses in one request are one guess.
      const batch = `mutation { ${Array.from({ length: 50 }, (_, i) => `a${i}: login(username: "jj.registrar", password: "wrong-${i}") { accessToken }`).join(' ')} }`;
      const answers = [];
      for (let i = 0; i < 6; i += 1) {
        const response = await request(server).post('/graphql').set(CLIENT_ADDRESS_HEADER, signClientAddress(addressKey, '203.0.113.1')).send({ query: batch });
        expect(response.body.data).toBeNull();
        expect(response.body.errors.map((e: { path: string[] }) => e.path)).toEqual([['a0']]);
        answers.push(response.body.errors[0]);
      }
      expect(answers.map((e) => e.extensions.code)).toEqual([...Array(4).fill('UNAUTHENTICATED'), 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
      expect(answers[4].message).toBe(`登录失败次数过多，该账号已暂时锁定，请 ${LOCK_SECONDS} 秒后再试`);
      expect(answers[4].extensions.details).toEqual({ retryAfterSeconds: LOCK_SECONDS });

      const audited = await attempts('jj.registrar');
      expect(audited.map((a) => a.outcome)).toEqual([...Array(5).fill('FAILED'), 'LOCKED']);
      const user = await userRow('jj.registrar');
      expect(audited.every((a) => a.source_address === '203.0.113.1' && a.user_id === user.id && a.tenant_path === '510000.510100.510104')).toBe(true);
    });

    it('refuses the right password while the username is locked, from any address, and lets it in after', async () => {
      const during = await loginFrom('198.51.100.2', 'jj.registrar', 'Demo@2026');
      expect(errorCode(during)).toBe('ACCOUNT_LOCKED');
      await new Promise((resolve) => setTimeout(resolve, LOCK_SECONDS * 1000 + 200));
      const after = await loginFrom('198.51.100.2', 'jj.registrar', 'Demo@2026');
      expect(after.errors).toBeUndefined();
      expect(after.data!.login.accessToken).toEqual(expect.any(String));
      expect((await attempts('jj.registrar')).slice(-2).map((a) => a.outcome)).toEqual(['LOCKED', 'SUCCEEDED']);
    });

    it('refuses an address after 20 failures within the window, whichever usernames it tried, even with a right password', async () => {
      for (let i = 0; i < ADDRESS_MAX_FAILURES; i += 1) {
        expect(errorCode(await loginFrom('203.0.113.9', `guess.${i}`, 'wrong'))).toBe('UNAUTHENTICATED');
      }
      const refused = await loginFrom('203.0.113.9', 'jj.handler', 'Demo@2026');
      expect(errorCode(refused)).toBe('TOO_MANY_ATTEMPTS');
      expect(refused.errors?.[0].message).toBe('登录尝试过于频繁，请 1 分钟后再试');
      expect((await attempts('jj.handler')).map((a) => [a.outcome, a.source_address])).toEqual([['THROTTLED', '203.0.113.9']]);
      expect((await loginFrom('198.51.100.9', 'jj.handler', 'Demo@2026')).data!.login.accessToken).toEqual(expect.any(String));
    });

    it('locks an unknown username exactly like a known one, and audits it without a user', async () => {
      const answers = [];
      for (let i = 0; i < 6; i += 1) answers.push(await loginFrom('198.51.100.3', 'nobody.here', 'wrong'));
      const known = [];
      for (let i = 0; i < 6; i += 1) known.push(await loginFrom('198.51.100.4', 'wh.handler', 'wrong'));
      const shape = (r: GraphQLResult) => [errorCode(r), r.errors?.[0].message];
      expect(answers.map(shape)).toEqual(known.map(shape));
      expect(answers.map((r) => errorCode(r))).toEqual([...Array(4).fill('UNAUTHENTICATED'), 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
      const audited = await attempts('nobody.here');
      expect(audited.map((a) => [a.outcome, a.user_id, a.tenant_path])).toEqual([...Array(5).fill(['FAILED', null, null]), ['LOCKED', null, null]]);
    });
  });

  describe('what the services can read of passwords', () => {
    const asApp = (sql: string, params: unknown[] = []) => asAppRole<Record<string, unknown>>(appRole, { path: '510000' }, sql, params);

    it('gives the app role the hash setting without its digest, and a user only for the right hash', async () => {
      const stored: string = (await admin.query(`SELECT password_hash FROM core.users WHERE username = 'cd.registrar'`)).rows[0].password_hash;
      const digest = stored.slice(stored.lastIndexOf('$') + 1);
      const [setting] = await asApp(`SELECT * FROM core.password_setting('cd.registrar')`);
      expect(Object.keys(setting).sort()).toEqual(['digest_length', 'setting']);
      expect(setting.setting).toBe(stored.slice(0, stored.lastIndexOf('$')));
      expect(JSON.stringify(setting)).not.toContain(digest);
      expect(await asApp(`SELECT * FROM core.login_candidate('cd.registrar', $1)`, [`${setting.setting}$${'A'.repeat(43)}`])).toEqual([]);
      const [candidate] = await asApp(`SELECT * FROM core.login_candidate('cd.registrar', $1)`, [stored]);
      expect(Object.keys(candidate)).not.toContain('password_hash');
      expect(JSON.stringify(candidate)).not.toContain(digest);
    });

    it('refuses the app role the hash column and any write to the login audit', async () => {
      await expect(asApp('SELECT password_hash FROM core.users')).rejects.toThrow(/permission denied/);
      await expect(asApp(`INSERT INTO core.login_attempts (username, source_address, outcome, request_id) VALUES ('x', 'y', 'FAILED', 'z')`)).rejects.toThrow(
        /permission denied/,
      );
    });

    it('shows a tenant only its subtree of the login audit, and nobody the attempts on unknown usernames', async () => {
      const county = await asAppRole<{ username: string }>(appRole, { path: '510000.510100.510107' }, `SELECT DISTINCT username FROM core.login_attempts`);
      expect(county.map((r) => r.username)).toEqual(['wh.handler']);
      const province = await asApp(`SELECT DISTINCT username FROM core.login_attempts ORDER BY username`);
      expect(province.map((r) => r.username)).toEqual(['jj.handler', 'jj.registrar', 'wh.handler']);
    });
  });

  describe('revocation', () => {
    const DEACTIVATE = graphql(`
      mutation LoginSecuritySpecDeactivateUser($id: ID!, $version: Int!) {
        deactivateUser(id: $id, version: $version) {
          ...LoginSecuritySpecUser
        }
      }
    `);
    const REACTIVATE = graphql(`
      mutation LoginSecuritySpecReactivateUser($id: ID!, $version: Int!) {
        reactivateUser(id: $id, version: $version) {
          ...LoginSecuritySpecUser
        }
      }
    `);
    const RESET = graphql(`
      mutation LoginSecuritySpecResetUserPassword($input: ResetUserPasswordInput!) {
        resetUserPassword(input: $input) {
          ...LoginSecuritySpecUser
        }
      }
    `);
    let cityAdmin: string;

    beforeAll(async () => {
      cityAdmin = await login(server, 'cd.tenant-admin');
    });

    it('logout: the caller’s token is refused on the next request', async () => {
      const token = await login(server, 'jj.leader');
      expect((await gql(server, ME, {}, token)).data!.me.username).toBe('jj.leader');
      expect(
        (
          await gql(
            server,
            graphql(`
              mutation LoginSecuritySpecLogout {
                logout
              }
            `),
            {},
            token,
          )
        ).data!.logout,
      ).toBe(true);
      const after = await gql(server, ME, {}, token);
      expect(after.status).toBe(401);
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
      expect(after.errors?.[0].message).toBe('登录已失效，请重新登录');
      expect((await gql(server, ME, {}, await login(server, 'jj.leader'))).data!.me.username).toBe('jj.leader');
    });

    it('accepts at once a token signed after a revocation this process has not seen yet (a new login after a logout elsewhere)', async () => {
      const first = await login(server, 'sc.supervisor');
      expect((await gql(server, ME, {}, first)).data!.me.username).toBe('sc.supervisor');
      // Another process logs the user out and in again: the version moves on without this process knowing.
      const { id, token_version: version } = await userRow('sc.supervisor');
      await admin.query(`UPDATE core.users SET token_version = token_version + 1 WHERE id = $1`, [id]);
      const tokens = app.get(TokenService);
      const claims = JSON.parse(Buffer.from(first.split('.')[1], 'base64url').toString());
      const newer = await tokens.sign({
        userId: id,
        username: 'sc.supervisor',
        tenantId: claims.tid,
        tenantPath: claims.tpath,
        unitId: claims.unit,
        roles: claims.roles,
        tokenVersion: version + 1,
      });
      expect((await gql(server, ME, {}, newer)).data?.me.username).toBe('sc.supervisor');
      // The old token is refused at once too: the fresh read replaced the remembered version.
      expect(errorCode(await gql(server, ME, {}, first))).toBe('UNAUTHENTICATED');
    });

    it('deactivateUser: the token is refused at once and the right password no longer logs in; reactivateUser lets a new login in only', async () => {
      const token = await login(server, 'jj.handler');
      const { id, version } = await userRow('jj.handler');
      const deactivated = await gql(server, DEACTIVATE, { id, version }, cityAdmin);
      expect(deactivated.data!.deactivateUser).toEqual({ id, username: 'jj.handler', active: false, version: version + 1 });
      expect(errorCode(await gql(server, ME, {}, token))).toBe('UNAUTHENTICATED');
      const refused = await loginFrom('198.51.100.5', 'jj.handler', 'Demo@2026');
      expect(refused.errors?.[0].message).toBe('用户名或密码错误');

      const reactivated = await gql(server, REACTIVATE, { id, version: version + 1 }, cityAdmin);
      expect(reactivated.data!.reactivateUser.active).toBe(true);
      expect(errorCode(await gql(server, ME, {}, token))).toBe('UNAUTHENTICATED');
      expect((await gql(server, ME, {}, await login(server, 'jj.handler'))).data!.me.username).toBe('jj.handler');
      const audit = await admin.query(`SELECT action FROM cases.audit_log WHERE entity = 'user' AND entity_id = $1 ORDER BY at`, [id]);
      expect(audit.rows.map((r) => r.action)).toEqual(['user.created', 'user.deactivated', 'user.reactivated']);
    });

    it('refuses a stale version, the admin’s own account, another subtree and a non-administrator, changing nothing', async () => {
      const { id, version } = await userRow('jj.supervisor');
      const stale = await gql(server, DEACTIVATE, { id, version: version + 5 }, cityAdmin);
      expect(errorCode(stale)).toBe('CONFLICT');
      const self = await userRow('cd.tenant-admin');
      const own = await gql(server, DEACTIVATE, { id: self.id, version: self.version }, cityAdmin);
      expect([errorCode(own), own.errors?.[0].message]).toEqual(['VALIDATION', '不能停用自己的账号']);
      const sibling = await gql(server, DEACTIVATE, { id, version }, await login(server, 'my.tenant-admin'));
      expect(errorCode(sibling)).toBe('NOT_FOUND');
      const registrar = await gql(server, DEACTIVATE, { id, version }, await login(server, 'cd.registrar'));
      expect(errorCode(registrar)).toBe('FORBIDDEN');
      const malformed = await gql(server, DEACTIVATE, { id: 'not-a-uuid', version }, cityAdmin);
      expect(errorCode(malformed)).toBe('VALIDATION');
      expect(await userRow('jj.supervisor')).toEqual({ id, version, active: true, token_version: 1 });
    });

    it('resetUserPassword: refuses a weak password, then revokes the old password and token and lifts a lock', async () => {
      const token = await login(server, 'jj.assessor');
      const { id, version } = await userRow('jj.assessor');
      const weak = await gql(server, RESET, { input: { id, version, newPassword: 'password' } }, cityAdmin);
      expect([errorCode(weak), weak.errors?.[0].message]).toEqual(['VALIDATION', '密码须包含大写字母、小写字母、数字、其他字符中的至少三类']);
      expect((await userRow('jj.assessor')).version).toBe(version);
      for (let i = 0; i < 5; i += 1) await loginFrom('198.51.100.6', 'jj.assessor', 'wrong');
      expect(errorCode(await loginFrom('198.51.100.6', 'jj.assessor', 'Demo@2026'))).toBe('ACCOUNT_LOCKED');

      const reset = await gql(server, RESET, { input: { id, version, newPassword: 'New#Secret2026' } }, cityAdmin);
      expect(reset.data!.resetUserPassword.version).toBe(version + 1);
      expect(errorCode(await gql(server, ME, {}, token))).toBe('UNAUTHENTICATED');
      expect(errorCode(await loginFrom('198.51.100.7', 'jj.assessor', 'Demo@2026'))).toBe('UNAUTHENTICATED');
      const fresh = await login(server, 'jj.assessor', 'New#Secret2026');
      expect((await gql(server, ME, {}, fresh)).data!.me.username).toBe('jj.assessor');
      const audit = await admin.query(`SELECT after FROM cases.audit_log WHERE action = 'user.password-reset' AND entity_id = $1`, [id]);
      expect(audit.rows).toEqual([{ after: { active: true, passwordReset: true, version: version + 1 } }]);
    });

    it('never deletes a user, so a token cannot outlive its user by the row going away', async () => {
      await expect(admin.query(`DELETE FROM core.users WHERE username = 'jj.conference-office'`)).rejects.toThrow(/deactivated, never deleted/);
    });
  });

  describe('the source address at the subgraph', () => {
    it('believes neither X-Forwarded-For nor an address header the gateway did not sign', async () => {
      const answers = [];
      for (let i = 0; i < ADDRESS_MAX_FAILURES + 1; i += 1) {
        answers.push(
          await loginFrom(null, `spray.${i}`, 'wrong', {
            'x-forwarded-for': `192.0.2.${i + 1}`,
            [CLIENT_ADDRESS_HEADER]: `192.0.2.${i + 1} ${'A'.repeat(43)}`,
          }),
        );
      }
      expect(errorCode(answers.at(-1)!)).toBe('TOO_MANY_ATTEMPTS');
      const sources = await admin.query(`SELECT DISTINCT source_address FROM core.login_attempts WHERE username LIKE 'spray.%'`);
      expect(sources.rows).toEqual([{ source_address: '127.0.0.1' }]);
    });
  });
});
