import 'reflect-metadata';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import request from 'supertest';
import { loadConfig } from '#common/config';
import { CLIENT_ADDRESS_HEADER, Role, TokenService, verifiedClientAddress } from '#common/auth';
import { GatewayModule } from '../gateway.module.js';
import { gatewaySettingsFromEnv, type GatewaySettings } from '../gateway.settings.js';
import { composeSupergraph } from '../supergraph/compose.js';
import { SESSION_COOKIE } from '../session/session-cookie.js';

/**
 * The gateway's session cookie and the console's files, over real HTTP, in front of a small cases
 * subgraph that signs real tokens, verifies them as the real one does and records what reached
 * it. The real login's throttling and revocation are tested end to end (test/platform.e2e-spec.ts).
 */

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
const casesTypeDefs = `${FEDERATION}
type Query { me: User! }
type Mutation { login(username: String!, password: String!): AuthPayload!, logout: Boolean! }
type AuthPayload { accessToken: String!, expiresIn: Int! }
type User { id: ID!, username: String!, displayName: String!, roles: [String!]!, tenant: Tenant, unit: Unit }
type Tenant { id: ID!, code: String!, name: String!, level: String! }
type Unit { id: ID!, name: String! }
`;

const config = loadConfig();
const tokens = new TokenService(config);
const TTL = config.jwtTtlSeconds;
const subject = { userId: 'u1', username: 'jj.registrar', tenantId: 't1', tenantPath: '51.5101.510104', unitId: null, roles: [Role.REGISTRAR] };

/** Tokens the stub's logout revoked; the real subgraphs raise the user's token version instead. */
const revoked = new Set<string>();
const loginAddresses: (string | null)[] = [];
const reachedMe: (string | undefined)[] = [];

type StubContext = { headers: Record<string, string | string[] | undefined> };
const bearer = (context: StubContext) => /^Bearer (.+)$/.exec(String(context.headers.authorization ?? ''))?.[1];

async function caller(context: StubContext) {
  const token = bearer(context);
  if (!token || revoked.has(token)) throw new GraphQLError('登录已失效，请重新登录', { extensions: { code: 'UNAUTHENTICATED' } });
  return { token, auth: await tokens.verify(token) };
}

const resolvers = {
  Query: {
    me: async (_: unknown, __: unknown, context: StubContext) => {
      reachedMe.push(bearer(context));
      const { auth } = await caller(context);
      return {
        id: auth.userId,
        username: auth.username,
        displayName: '李登记',
        roles: auth.roles,
        tenant: { id: auth.tenantId, code: '510104', name: '锦江区', level: 'COUNTY' },
        unit: null,
      };
    },
  },
  Mutation: {
    login: async (_: unknown, args: { username: string; password: string }, context: StubContext) => {
      loginAddresses.push(verifiedClientAddress(tokens.clientAddressKey, context.headers[CLIENT_ADDRESS_HEADER]));
      if (args.username === 'locked') {
        throw new GraphQLError('登录失败次数过多，该账号已暂时锁定，请 15 分钟后再试', {
          extensions: { code: 'ACCOUNT_LOCKED', details: { retryAfterSeconds: 900 } },
        });
      }
      if (args.username === 'from-a-busy-address') {
        throw new GraphQLError('该地址登录失败次数过多，请 15 分钟后再试', { extensions: { code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 61.2 } } });
      }
      if (args.password !== 'Demo@2026') throw new GraphQLError('用户名或密码错误', { extensions: { code: 'UNAUTHENTICATED' } });
      return { accessToken: await tokens.sign({ ...subject, username: args.username }), expiresIn: TTL };
    },
    logout: async (_: unknown, __: unknown, context: StubContext) => {
      revoked.add((await caller(context)).token);
      return true;
    },
  },
};

let stub: ApolloServer<StubContext>;
let gateway: INestApplication;
let settings: GatewaySettings;
let consoleDir: string;
let portalDir: string;
const http = () => request(gateway.getHttpServer());

const PORTAL_INDEX_HTML = '<!doctype html><html><head><script type="module" src="/portal/assets/index-7b2e0d.js"></script></head><body>网上信访</body></html>';
const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/index-3f9a1c.js"></script></head><body><div id="root"></div></body></html>';

async function startGateway(overrides: Partial<GatewaySettings> = {}): Promise<INestApplication> {
  const app = await NestFactory.create(GatewayModule.forRoot({ settings: { ...settings, ...overrides }, config }), { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  return app;
}

beforeAll(async () => {
  stub = new ApolloServer<StubContext>({
    schema: buildSubgraphSchema({ typeDefs: parse(casesTypeDefs), resolvers: resolvers as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(stub, { listen: { port: 0, host: '127.0.0.1' }, context: async ({ req }) => ({ headers: req.headers }) });

  // A built console as `vite build` leaves it, found through the environment variable.
  consoleDir = mkdtempSync(path.join(tmpdir(), 'console-dist-'));
  mkdirSync(path.join(consoleDir, 'assets'));
  writeFileSync(path.join(consoleDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(consoleDir, 'assets', 'index-3f9a1c.js'), 'console.log("工作台");');
  writeFileSync(path.join(consoleDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

  portalDir = mkdtempSync(path.join(tmpdir(), 'portal-dist-'));
  mkdirSync(path.join(portalDir, 'assets'));
  writeFileSync(path.join(portalDir, 'index.html'), PORTAL_INDEX_HTML);
  writeFileSync(path.join(portalDir, 'assets', 'index-7b2e0d.js'), 'console.log("网上信访");');

  settings = {
    ...gatewaySettingsFromEnv({ ...process.env, CONSOLE_DIR: consoleDir, PORTAL_DIR: portalDir }),
    port: 0,
    supergraphSdl: composeSupergraph([{ name: 'cases', url: 'http://cases.internal/graphql', typeDefs: casesTypeDefs }]),
    subgraphUrls: { cases: url },
  };
  gateway = await startGateway();
});

afterAll(async () => {
  await gateway?.close();
  await stub?.stop();
  rmSync(consoleDir, { recursive: true, force: true });
  rmSync(portalDir, { recursive: true, force: true });
});

/** The Set-Cookie line of the session cookie, split into its attributes. */
function sessionCookie(response: request.Response): { value: string; attributes: string[] } | null {
  const lines = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const line = lines.find((entry) => entry.startsWith(`${SESSION_COOKIE}=`));
  if (!line) return null;
  const [pair, ...attributes] = line.split(';').map((part) => part.trim());
  return { value: decodeURIComponent(pair.slice(SESSION_COOKIE.length + 1)), attributes };
}

async function signIn(username = 'jj.registrar'): Promise<string> {
  const response = await http().post('/session').send({ username, password: 'Demo@2026' });
  const cookie = sessionCookie(response);
  if (response.status !== 200 || !cookie) throw new Error(`sign-in failed: ${response.status} ${response.text}`);
  return cookie.value;
}

const asCookie = (token: string) => `${SESSION_COOKIE}=${encodeURIComponent(token)}`;
const ME = '{ me { username } }';

describe('POST /session', () => {
  it('sets the token as an HttpOnly, SameSite=Strict cookie for the whole site, living as long as the token, and answers the user without it', async () => {
    const response = await http().post('/session').set('x-request-id', 'login-1').send({ username: 'jj.registrar', password: 'Demo@2026' });
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response)!;
    expect(cookie.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${TTL}`]));
    expect(cookie.attributes).not.toContain('Secure');
    expect((await tokens.verify(cookie.value)).username).toBe('jj.registrar');

    expect(response.body.user).toEqual({
      id: 'u1',
      username: 'jj.registrar',
      displayName: '李登记',
      roles: ['REGISTRAR'],
      tenant: { id: 't1', code: '510104', name: '锦江区', level: 'COUNTY' },
      unit: null,
    });
    expect(Date.parse(response.body.expiresAt)).toBeGreaterThan(Date.now() + (TTL - 60) * 1000);
    expect(response.text).not.toContain(cookie.value);
    expect(response.text).not.toMatch(/accessToken|eyJ/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-request-id']).toBe('login-1');
  });

  it('has the login counted against the caller’s own address, signed for the subgraph', async () => {
    const before = loginAddresses.length;
    await signIn();
    expect(loginAddresses.slice(before)).toEqual(['127.0.0.1']);
  });

  it('marks the cookie Secure when the settings say the site is served over https', async () => {
    const secure = await startGateway({ secureCookie: true });
    try {
      const response = await request(secure.getHttpServer()).post('/session').send({ username: 'jj.registrar', password: 'Demo@2026' });
      expect(sessionCookie(response)!.attributes).toContain('Secure');
    } finally {
      await secure.close();
    }
  });

  it('answers a wrong password with the API’s code and Chinese message, 401, and no cookie', async () => {
    const response = await http().post('/session').send({ username: 'jj.registrar', password: 'wrong' });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ code: 'UNAUTHENTICATED', message: '用户名或密码错误' });
    expect(sessionCookie(response)).toBeNull();
  });

  it('answers a locked account with 423, the lock message, and when to try again', async () => {
    const response = await http().post('/session').send({ username: 'locked', password: 'Demo@2026' });
    expect(response.status).toBe(423);
    expect(response.body).toEqual({
      code: 'ACCOUNT_LOCKED',
      message: '登录失败次数过多，该账号已暂时锁定，请 15 分钟后再试',
      details: { retryAfterSeconds: 900 },
    });
    expect(response.headers['retry-after']).toBe('900');
    expect(sessionCookie(response)).toBeNull();
  });

  it('answers a throttled address with 429 and when to try again, in whole seconds', async () => {
    const response = await http().post('/session').send({ username: 'from-a-busy-address', password: 'Demo@2026' });
    expect(response.status).toBe(429);
    expect(response.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: '该地址登录失败次数过多，请 15 分钟后再试' });
    expect(response.headers['retry-after']).toBe('62');
    expect(sessionCookie(response)).toBeNull();
  });

  it('refuses a missing field with VALIDATION, before any subgraph is called', async () => {
    const before = loginAddresses.length;
    for (const body of [{ username: 'jj.registrar' }, { username: 'jj.registrar', password: 42 }, {}]) {
      const response = await http().post('/session').send(body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ code: 'VALIDATION', message: '请输入用户名和密码' });
    }
    expect(loginAddresses).toHaveLength(before);
  });

  it('refuses a NUL byte in the username as the API does', async () => {
    const response = await http().post('/session').send({ username: 'jj.registrar\u0000', password: 'Demo@2026' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION');
    expect(response.body.message).toMatch(/空字符/);
  });

  it('takes JSON only, so a cross-site form cannot log the browser in', async () => {
    const before = loginAddresses.length;
    const form = await http().post('/session').type('form').send({ username: 'jj.registrar', password: 'Demo@2026' });
    expect(form.status).toBe(415);
    expect(form.body.code).toBe('VALIDATION');
    const text = await http()
      .post('/session')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ username: 'jj.registrar', password: 'Demo@2026' }));
    expect(text.status).toBe(415);
    expect(sessionCookie(form)).toBeNull();
    expect(sessionCookie(text)).toBeNull();
    expect(loginAddresses).toHaveLength(before);
  });
});

describe('GET /session', () => {
  it('answers who is signed in by the cookie', async () => {
    const token = await signIn();
    const response = await http().get('/session').set('cookie', asCookie(token)).set('accept', 'application/json');
    expect(response.status).toBe(200);
    expect(response.body.user.username).toBe('jj.registrar');
    expect(response.body.expiresAt).toBe(new Date((JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp as number) * 1000).toISOString());
    expect(response.text).not.toContain(token);
  });

  it('answers 401 without a session, also to a browser asking for a page', async () => {
    const response = await http().get('/session').set('accept', 'text/html,application/xhtml+xml');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ code: 'UNAUTHENTICATED', message: '未登录或登录已失效' });
  });

  it('answers 401 and clears a cookie whose token is no longer valid', async () => {
    const expired = await new TokenService({ ...config, jwtTtlSeconds: -60 }).sign(subject);
    const response = await http().get('/session').set('cookie', asCookie(expired));
    expect(response.status).toBe(401);
    expect(response.body.message).toBe('登录已过期，请重新登录');
    expect(sessionCookie(response)).toMatchObject({
      value: '',
      attributes: expect.arrayContaining(['Path=/', expect.stringMatching(/^Expires=Thu, 01 Jan 1970/)]),
    });
  });
});

describe('/graphql with the session cookie', () => {
  const graphql = () => http().post('/graphql').set('content-type', 'application/json');

  it('accepts the cookie instead of a bearer token', async () => {
    const token = await signIn();
    const response = await graphql().set('cookie', asCookie(token)).send({ query: ME });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { me: { username: 'jj.registrar' } } });
    expect(reachedMe.at(-1)).toBe(token);
  });

  it('lets a bearer header win over the cookie', async () => {
    const cookie = await signIn('jj.registrar');
    const header = await signIn('jj.handler');
    const response = await graphql().set('cookie', asCookie(cookie)).set('authorization', `Bearer ${header}`).send({ query: ME });
    expect(response.body).toEqual({ data: { me: { username: 'jj.handler' } } });
    const forged = await graphql().set('cookie', asCookie(cookie)).set('authorization', 'Bearer forged').send({ query: ME });
    expect(forged.status).toBe(401);
    expect(forged.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses what another site could make a browser send with the cookie alone: a form POST and a plain GET', async () => {
    const token = await signIn();
    const before = reachedMe.length;
    const form = await http().post('/graphql').set('cookie', asCookie(token)).type('form').send({ query: ME });
    const text = await http()
      .post('/graphql')
      .set('cookie', asCookie(token))
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: ME }));
    const get = await http().get('/graphql').query({ query: ME }).set('cookie', asCookie(token));
    for (const response of [form, text, get]) {
      expect(response.status).toBe(400);
      expect(response.text).toMatch(/CSRF/);
    }
    expect(reachedMe).toHaveLength(before);
    // Only the missing preflight was wrong: the same GET with a header no form can set goes through.
    const preflighted = await http().get('/graphql').query({ query: ME }).set('cookie', asCookie(token)).set('apollo-require-preflight', 'true');
    expect(preflighted.body).toEqual({ data: { me: { username: 'jj.registrar' } } });
  });
});

describe('DELETE /session', () => {
  it('revokes the token and clears the cookie, so the old value no longer works even as a bearer', async () => {
    const token = await signIn();
    const response = await http().delete('/session').set('cookie', asCookie(token));
    expect(response.status).toBe(204);
    expect(sessionCookie(response)).toMatchObject({
      value: '',
      attributes: expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict', expect.stringMatching(/^Expires=Thu, 01 Jan 1970/)]),
    });
    expect(revoked.has(token)).toBe(true);

    const replayed = await http().post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send({ query: ME });
    expect(replayed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await http().get('/session').set('cookie', asCookie(token))).status).toBe(401);
  });

  it('ends a session whose token is already invalid, and one without a cookie, without an error', async () => {
    // Another user: the stub revokes by token value, and the same user signed in within one second gets the same one.
    const token = await signIn('cd.registrar');
    await http().delete('/session').set('cookie', asCookie(token));
    const again = await http().delete('/session').set('cookie', asCookie(token));
    expect(again.status).toBe(204);
    expect(sessionCookie(again)?.value).toBe('');
    expect((await http().delete('/session')).status).toBe(204);
  });
});

describe('the console’s files at /', () => {
  const page = (url: string) => http().get(url).set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');

  it('serves index.html at / without caching, with a strict content security policy', async () => {
    const response = await page('/');
    expect(response.status).toBe(200);
    expect(response.text).toBe(INDEX_HTML);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    const csp = Object.fromEntries(
      String(response.headers['content-security-policy'])
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources.join(' ')]),
    );
    expect(csp).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self'",
      'frame-ancestors': "'none'",
      'object-src': "'none'",
    });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers a deep link a browser opens with index.html, for the console’s router', async () => {
    for (const url of ['/cases/8c1f7d0e-1111-4a4a-9b9b-000000000001', '/cases?tab=overdue', '/notices', '/login']) {
      const response = await page(url);
      expect(response.status).toBe(200);
      expect(response.text).toBe(INDEX_HTML);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });

  it('serves hashed assets with a long, immutable cache and other files with revalidation', async () => {
    const asset = await http().get('/assets/index-3f9a1c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    const icon = await http().get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404, never the page, for a missing asset or a request that does not want a page', async () => {
    expect((await page('/assets/index-000000.js')).status).toBe(404);
    expect((await http().get('/cases/1').set('accept', 'application/json')).status).toBe(404);
    expect((await http().post('/cases').set('accept', 'text/html').send({})).status).toBe(404);
    expect((await page('/../package.json')).text).not.toContain('petition-platform');
  });

  it('leaves the API, the IDE, the session and health to their own routes', async () => {
    const graphqlPage = await page('/graphql');
    expect(graphqlPage.text).not.toBe(INDEX_HTML);
    const ide = await page('/graphiql');
    expect(ide.text).toContain('GraphQL 调试台');
    expect(ide.headers['content-security-policy']).toBeUndefined();
    expect((await page('/health')).body.status).toBe('ok');
    expect((await page('/session')).status).toBe(401);
    expect((await page('/portal/x')).text).not.toBe(INDEX_HTML);
  });

  it('answers a short Chinese page on how to build the console while it is not built', async () => {
    const unbuilt = await startGateway({ consoleDir: path.join(consoleDir, 'not-there') });
    try {
      for (const url of ['/', '/cases/1']) {
        const response = await request(unbuilt.getHttpServer()).get(url).set('accept', 'text/html');
        expect(response.status).toBe(503);
        expect(response.text).toContain('工作台尚未构建');
        expect(response.text).toContain('npm run build:console');
        expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      }
      expect((await request(unbuilt.getHttpServer()).get('/graphiql')).status).toBe(200);
    } finally {
      await unbuilt.close();
    }
  });
});

describe('the citizens’ portal at /portal', () => {
  const page = (url: string) => http().get(url).set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');

  it('serves its index.html for /portal and its deep links, with the console’s security headers', async () => {
    for (const url of ['/portal', '/portal/', '/portal/status', '/portal/rate?token=abc']) {
      const response = await page(url);
      expect(response.status).toBe(200);
      expect(response.text).toBe(PORTAL_INDEX_HTML);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves its hashed assets, and 404 for a missing one', async () => {
    const asset = await http().get('/portal/assets/index-7b2e0d.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await page('/portal/assets/index-000000.js')).status).toBe(404);
  });
});
