import 'reflect-metadata';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import request from 'supertest';
import { loadConfig } from '#common/config';
import { Role, TokenService } from '#common/auth';
import { GatewayModule } from '../gateway.module.js';
import { LOGIN_MUTATION } from '../graphiql/graphiql.controller.js';
import type { GatewaySettings } from '../gateway.settings.js';
import { composeSupergraph } from '../supergraph/compose.js';

/**
 * The real gateway over real HTTP, in front of two small subgraphs that record what reached them.
 * The supergraph is composed from the stubs with placeholder URLs, so every call that arrives
 * proves the URLs were taken from the settings.
 */

interface Received {
  authorization?: string;
  requestId?: string;
}

const received: { cases: Received[]; meetings: Received[] } = { cases: [], meetings: [] };
/** The texts that reached the cases stub's `search`. */
const searched: string[] = [];

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

const casesTypeDefs = `${FEDERATION}
type Query {
  echo: Echo!
  search(text: String, ids: [ID!]): [String!]!
  tenant: Tenant!
  deep: Node!
  items(first: Int! = 20): [Item!]!
  refused: Boolean
  failing: Boolean
}
type Mutation { login(username: String!, password: String!): String!, logout: Boolean! }
type Echo { authorization: String, requestId: String }
type Tenant @key(fields: "id") { id: ID!, name: String! }
type Node { id: ID!, child: Node }
type Item { id: ID!, tags(first: Int! = 10): [Tag!]! }
type Tag { name: String! }
type Case @key(fields: "id") { id: ID!, title: String! }
`;

const meetingsTypeDefs = `${FEDERATION}
type Tenant @key(fields: "id") { id: ID!, conferenceCount: Int! }
type Case @key(fields: "id", resolvable: false) { id: ID! }
type Task { id: ID!, linkedCases: [Case!]! }
type Query { meetingsVersion: String!, task(caseId: ID!): Task, requiredTask(caseId: ID!): Task! }
`;

type StubContext = { headers: Record<string, string | string[] | undefined> };

function header(context: StubContext, name: string): string | undefined {
  const value = context.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const record = (into: Received[]) => (context: StubContext) =>
  into.push({ authorization: header(context, 'authorization'), requestId: header(context, 'x-request-id') });

/** Refuses the whole request, as the subgraphs' token plugin does: HTTP 500 with a coded error. */
const refusePlugin: ApolloServerPlugin<StubContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        if (request.query?.includes('refused')) {
          throw new GraphQLError('该记录不在本辖区内', { extensions: { code: 'FORBIDDEN' } });
        }
      },
    };
  },
};

const casesResolvers = {
  Query: {
    echo: (_: unknown, __: unknown, context: StubContext) => {
      record(received.cases)(context);
      return { authorization: header(context, 'authorization'), requestId: header(context, 'x-request-id') };
    },
    search: (_: unknown, args: { text?: string }) => {
      searched.push(args.text ?? '');
      return [];
    },
    tenant: () => ({ id: 't1', name: '甲省信访局' }),
    deep: () => ({ id: 'n1' }),
    items: () => [{ id: 'i1' }],
    failing: () => {
      throw new GraphQLError('每页条数不能超过 100', { extensions: { code: 'VALIDATION' } });
    },
  },
  Mutation: { login: () => 'stub-token', logout: () => true },
  Node: { child: () => null },
  // As the cases subgraph does: a case the caller may not see resolves to null, without an error.
  Case: { __resolveReference: (reference: { id: string }) => (reference.id === 'hidden' ? null : { id: reference.id, title: '某小区供暖问题' }) },
  Item: { tags: () => [{ name: 'x' }] },
};

const taskLinking = (_: unknown, args: { caseId: string }) => ({ id: 'task-1', linkedCases: [{ id: args.caseId }] });

const meetingsResolvers = {
  Query: { meetingsVersion: () => '1', task: taskLinking, requiredTask: taskLinking },
  Tenant: {
    __resolveReference: (reference: { id: string }, context: StubContext) => {
      record(received.meetings)(context);
      return { id: reference.id, conferenceCount: 3 };
    },
  },
};

async function startStub(typeDefs: string, resolvers: object, plugins: ApolloServerPlugin<StubContext>[] = []) {
  const server = new ApolloServer<StubContext>({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }),
    plugins: [...plugins, ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ headers: req.headers }),
  });
  return { server, url };
}

const MAX_DEPTH = 5;
const MAX_COST = 1000;

let gateway: INestApplication;
let stubs: { server: ApolloServer<StubContext> }[] = [];
let settings: GatewaySettings;
let validToken: string;

const subject = {
  userId: 'u1',
  username: 'zhang',
  tenantId: 't1',
  tenantPath: '44',
  unitId: null,
  roles: [Role.HANDLER],
};

beforeAll(async () => {
  const cases = await startStub(casesTypeDefs, casesResolvers, [refusePlugin]);
  const meetings = await startStub(meetingsTypeDefs, meetingsResolvers);
  stubs = [cases, meetings];
  const supergraphSdl = composeSupergraph([
    { name: 'cases', url: 'http://cases.internal/graphql', typeDefs: casesTypeDefs },
    { name: 'meetings', url: 'http://meetings.internal/graphql', typeDefs: meetingsTypeDefs },
  ]);
  validToken = await new TokenService(loadConfig()).sign(subject);
  settings = {
    port: 0,
    supergraphSdl,
    subgraphUrls: { cases: cases.url, meetings: meetings.url },
    limits: { maxDepth: MAX_DEPTH, maxCost: MAX_COST },
    consoleDir: '/nonexistent/console',
    portalDir: '/nonexistent/portal',
    secureCookie: false,
  };
  gateway = await NestFactory.create(GatewayModule.forRoot({ settings, config: loadConfig() }), { logger: ['error'] });
  await gateway.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all(stubs.map(({ server }) => server.stop()));
});

function post(query: string, options: { token?: string; headers?: Record<string, string>; variables?: object; operationName?: string } = {}) {
  const call = request(gateway.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (options.token !== undefined) call.set('authorization', options.token);
  for (const [name, value] of Object.entries(options.headers ?? {})) call.set(name, value);
  return call.send({ query, variables: options.variables ?? {}, operationName: options.operationName });
}

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

describe('authentication at the edge', () => {
  it('lets login through without a token', async () => {
    const response = await post('mutation { login(username: "zhang", password: "secret") }');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { login: 'stub-token' } });
  });

  it('refuses any other operation without a token, before calling a subgraph', async () => {
    const before = received.cases.length;
    const response = await post('{ echo { authorization } }');
    expect(response.status).toBe(401);
    expect(codeOf(response.body)).toBe('UNAUTHENTICATED');
    expect(response.body.errors[0].message).toBe('未登录或登录已失效');
    expect(response.body.data).toBeUndefined();
    expect(received.cases).toHaveLength(before);
  });

  it('refuses an operation mixing login with a protected field', async () => {
    const response = await post('mutation { login(username: "a", password: "b") logout }');
    expect(response.status).toBe(401);
    expect(codeOf(response.body)).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token with a Chinese message', async () => {
    const forged = `${validToken.slice(0, -4)}AAAA`;
    const response = await post('{ echo { authorization } }', { token: `Bearer ${forged}` });
    expect(response.status).toBe(401);
    expect(response.body.errors).toEqual([{ message: '登录凭证无效', extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('refuses an expired token with a Chinese message', async () => {
    const expired = await new TokenService({ ...loadConfig(), jwtTtlSeconds: -60 }).sign(subject);
    const response = await post('{ echo { authorization } }', { token: `Bearer ${expired}` });
    expect(response.status).toBe(401);
    expect(response.body.errors).toEqual([{ message: '登录已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('refuses a malformed Authorization header', async () => {
    const response = await post('{ echo { authorization } }', { token: 'Basic abc' });
    expect(codeOf(response.body)).toBe('UNAUTHENTICATED');
    expect(response.body.errors[0].message).toBe('登录凭证格式错误');
  });
});

describe('forwarding to the subgraphs', () => {
  it('forwards the Authorization header unchanged and the caller’s request id', async () => {
    const response = await post('{ echo { authorization requestId } }', {
      token: `Bearer ${validToken}`,
      headers: { 'x-request-id': 'req-42' },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.echo).toEqual({ authorization: `Bearer ${validToken}`, requestId: 'req-42' });
    expect(response.headers['x-request-id']).toBe('req-42');
  });

  it('generates a request id when the caller sends none, and returns it', async () => {
    const response = await post('{ echo { requestId } }', { token: `Bearer ${validToken}` });
    const requestId = response.body.data.echo.requestId;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers['x-request-id']).toBe(requestId);
  });

  it('forwards the token to every subgraph a query plan reaches', async () => {
    const response = await post('{ tenant { name conferenceCount } }', { token: `Bearer ${validToken}` });
    expect(response.body).toEqual({ data: { tenant: { name: '甲省信访局', conferenceCount: 3 } } });
    expect(received.meetings.at(-1)?.authorization).toBe(`Bearer ${validToken}`);
    expect(received.meetings.at(-1)?.requestId).toBe(response.headers['x-request-id']);
  });

  it('keeps the code and message of a subgraph that refuses the whole request, without its URL', async () => {
    const response = await post('{ refused }', { token: `Bearer ${validToken}` });
    expect(response.body.errors).toEqual([{ message: '该记录不在本辖区内', extensions: { code: 'FORBIDDEN' } }]);
    expect(JSON.stringify(response.body)).not.toContain('127.0.0.1');
  });

  it('passes a subgraph’s coded field error through unchanged', async () => {
    const response = await post('{ failing }', { token: `Bearer ${validToken}` });
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([{ message: '每页条数不能超过 100', path: ['failing'], extensions: { code: 'VALIDATION' } }]);
  });
});

describe('query limits', () => {
  const nested = (levels: number) => `{ deep { ${'child { '.repeat(levels)}id${' }'.repeat(levels)} } }`;

  it('accepts a query at the depth limit', async () => {
    const response = await post(nested(MAX_DEPTH - 1), { token: `Bearer ${validToken}` });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it('refuses a query nested deeper than the limit', async () => {
    const response = await post(nested(MAX_DEPTH), { token: `Bearer ${validToken}` });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ message: `查询嵌套层数超过上限（${MAX_DEPTH} 层），请减少嵌套`, extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
  });

  it('tells a caller without a token only that, whatever else is wrong', async () => {
    const response = await post(nested(MAX_DEPTH + 3));
    expect(response.status).toBe(401);
    expect(codeOf(response.body)).toBe('UNAUTHENTICATED');
  });

  it('counts depth through fragments', async () => {
    const query = `query { deep { ...F } } fragment F on Node { ${'child { '.repeat(MAX_DEPTH + 1)}id${' }'.repeat(MAX_DEPTH + 1)} }`;
    const response = await post(query, { token: `Bearer ${validToken}` });
    expect(codeOf(response.body)).toBe('QUERY_TOO_COMPLEX');
  });

  it('measures only the operation that runs', async () => {
    const query = `query Shallow { deep { id } } query Deep ${nested(MAX_DEPTH + 1)}`;
    const response = await post(query, { token: `Bearer ${validToken}`, operationName: 'Shallow' });
    expect(response.body).toEqual({ data: { deep: { id: 'n1' } } });
  });

  it('multiplies the cost of a page by its `first`, read from the variables', async () => {
    const query = 'query ($n: Int!) { items(first: $n) { id tags(first: 10) { name } } }';
    const cheap = await post(query, { token: `Bearer ${validToken}`, variables: { n: 5 } });
    expect(cheap.status).toBe(200);
    expect(cheap.body.errors).toBeUndefined();

    const costly = await post(query, { token: `Bearer ${validToken}`, variables: { n: 100 } });
    expect(costly.status).toBe(400);
    expect(codeOf(costly.body)).toBe('QUERY_TOO_COMPLEX');
    expect(costly.body.errors[0].message).toMatch(/^查询的预估开销（\d+）超过上限（1000）/);
  });

  it('uses the default `first` of the schema when none is given', async () => {
    // 20 items by default, each with 10 tags by default: 1 + 20 × (1 + 1 + 10 × 1) = 241.
    const response = await post('{ items { id tags { name } } }', { token: `Bearer ${validToken}` });
    expect(response.body.errors).toBeUndefined();
  });

  it('refuses aliases that multiply the cost', async () => {
    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: items(first: 10) { tags(first: 10) { name } }`).join(' ');
    const response = await post(`{ ${aliases} }`, { token: `Bearer ${validToken}` });
    expect(codeOf(response.body)).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a variable of the wrong type with VALIDATION, not an internal error', async () => {
    const response = await post('query ($n: Int!) { items(first: $n) { id } }', { token: `Bearer ${validToken}`, variables: { n: 'many' } });
    expect(response.status).toBe(400);
    expect(codeOf(response.body)).toBe('VALIDATION');
    expect(response.body.errors[0].message).toMatch(/^请求变量不符合接口定义：/);
  });

  it('answers an unknown field with VALIDATION and no stack trace', async () => {
    const response = await post('{ nope }', { token: `Bearer ${validToken}` });
    expect(response.status).toBe(400);
    expect(codeOf(response.body)).toBe('VALIDATION');
    expect(JSON.stringify(response.body)).not.toContain('stacktrace');
  });
});

describe('entity fetches', () => {
  it('resolves a linked entity the caller may see', async () => {
    const response = await post('query ($id: ID!) { task(caseId: $id) { id linkedCases { id title } } }', {
      token: `Bearer ${validToken}`,
      variables: { id: 'c1' },
    });
    expect(response.body).toEqual({ data: { task: { id: 'task-1', linkedCases: [{ id: 'c1', title: '某小区供暖问题' }] } } });
  });

  it('answers a linked entity resolved to null with a coded error at its path, not a silent null', async () => {
    const response = await post('query ($id: ID!) { task(caseId: $id) { id linkedCases { id title } } }', {
      token: `Bearer ${validToken}`,
      variables: { id: 'hidden' },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ task: null });
    expect(response.body.errors).toEqual([
      { message: '关联的记录不存在或不在本辖区内', path: ['task', 'linkedCases', 0, 'title'], extensions: { code: 'NOT_FOUND' } },
    ]);
    expect(response.body.extensions).toBeUndefined();
  });

  it('never answers data: null without an error, also when the null reaches the root', async () => {
    const response = await post('query ($id: ID!) { requiredTask(caseId: $id) { linkedCases { title } } }', {
      token: `Bearer ${validToken}`,
      variables: { id: 'hidden' },
    });
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    expect(codeOf(response.body)).toBe('NOT_FOUND');
  });
});

describe('bad text in inputs', () => {
  it('refuses a NUL byte in a login username before any subgraph is called, naming the field', async () => {
    const before = received.cases.length;
    const response = await post('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) }', {
      variables: { u: 'zhang\u0000', p: 'secret' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: '“username”含有不允许的空字符（NUL），请删除后重试',
        extensions: { code: 'VALIDATION', field: 'username', details: { fields: { username: ['“username”含有不允许的空字符（NUL），请删除后重试'] } } },
      },
    ]);
    expect(received.cases).toHaveLength(before);
  });

  it('refuses a NUL byte in a literal, an ID list and a filter variable alike', async () => {
    const before = searched.length;
    const literal = await post('{ search(text: "a\\u0000b") }', { token: `Bearer ${validToken}` });
    expect(literal.body.errors[0].extensions).toMatchObject({ code: 'VALIDATION', field: 'text' });
    const ids = await post('query ($ids: [ID!]) { search(ids: $ids) }', { token: `Bearer ${validToken}`, variables: { ids: ['x', '\u0000'] } });
    expect(ids.body.errors[0].extensions).toMatchObject({ code: 'VALIDATION', field: 'ids[1]' });
    expect(searched).toHaveLength(before);

    const clean = await post('query ($t: String) { search(text: $t) }', { token: `Bearer ${validToken}`, variables: { t: '供暖\n第二行' } });
    expect(clean.body).toEqual({ data: { search: [] } });
  });

  it('tells a caller without a token only that, also with a NUL byte', async () => {
    const response = await post('{ search(text: "\\u0000") }');
    expect(response.status).toBe(401);
    expect(codeOf(response.body)).toBe('UNAUTHENTICATED');
  });
});

describe('what a caller without a token learns', () => {
  it('gets no "Did you mean" guesses from the schema', async () => {
    const response = await post('{ ech { authorization } }');
    expect(codeOf(response.body)).toBe('VALIDATION');
    expect(response.body.errors[0].message).toBe('请求不符合接口定义：Cannot query field "ech" on type "Query".');
    expect(JSON.stringify(response.body)).not.toContain('Did you mean');
  });

  it('while a logged-in caller keeps them', async () => {
    const response = await post('{ ech { authorization } }', { token: `Bearer ${validToken}` });
    expect(response.body.errors[0].message).toContain('Did you mean "echo"?');
  });

  it('is not told the framework: no X-Powered-By on any route', async () => {
    const routes = [
      request(gateway.getHttpServer()).post('/graphql').send({ query: '{ echo { requestId } }' }),
      request(gateway.getHttpServer()).get('/graphiql'),
      request(gateway.getHttpServer()).get('/health'),
      request(gateway.getHttpServer()).get('/nowhere'),
    ];
    for (const response of await Promise.all(routes)) expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('start', () => {
  it('refuses to start when the supergraph has a subgraph without a URL', async () => {
    const app = await NestFactory.create(
      GatewayModule.forRoot({ settings: { ...settings, subgraphUrls: { cases: settings.subgraphUrls.cases } }, config: loadConfig() }),
      { logger: false },
    );
    await expect(app.init()).rejects.toThrow('the supergraph has a subgraph "meetings" that the gateway has no URL for');
  });
});

describe('IDE and health', () => {
  it('serves GraphiQL with local assets only', async () => {
    const page = await request(gateway.getHttpServer()).get('/graphiql');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const sources = [...page.text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toHaveLength(4);
    for (const source of sources) expect(source).not.toMatch(/^(https?:)?\/\//);
    expect(page.text).not.toMatch(/https?:\/\//);
    expect(page.text).toContain("url: '/graphql'");

    for (const source of sources) {
      const asset = await request(gateway.getHttpServer()).get(source);
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toMatch(source.endsWith('.css') ? /^text\/css/ : /javascript/);
    }
  });

  it('greets a newcomer with a login form, not an IDE with an empty token', async () => {
    const page = await request(gateway.getHttpServer()).get('/graphiql');
    expect(page.text).toMatch(/<form id="login"[^>]*>/);
    expect(page.text).toMatch(/用户名 <input name="username"/);
    expect(page.text).toMatch(/密码 <input name="password" type="password"/);
    expect(page.text).toContain('退出 / 切换用户');
    // The IDE is started only with a token, which goes into its headers and so into the schema fetch.
    expect(page.text).not.toContain('defaultHeaders');
    expect(page.text).toContain("headers: JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2)");
    expect(page.text).toContain(JSON.stringify(LOGIN_MUTATION));
    expect(page.text).toContain('sessionStorage');
  });

  it('serves a page script that parses, and a login mutation the gateway accepts', async () => {
    const page = await request(gateway.getHttpServer()).get('/graphiql');
    const inline = [...page.text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(inline).toHaveLength(1);
    expect(() => new vm.Script(inline[0])).not.toThrow();
    // The stub's login returns a plain string, so only the document's shape is checked here; the
    // end-to-end test runs the form's request against the real login.
    const response = await post(LOGIN_MUTATION.replace(' { accessToken }', ''), { variables: { username: 'zhang', password: 'secret' } });
    expect(response.body).toEqual({ data: { login: 'stub-token' } });
  });

  it('serves no other file from the asset route', async () => {
    for (const name of ['package.json', '..%2F..%2Fpackage.json', 'graphiql.js']) {
      expect((await request(gateway.getHttpServer()).get(`/graphiql/assets/${name}`)).status).toBe(404);
    }
  });

  it('does not serve Apollo Server’s CDN landing page', async () => {
    const response = await request(gateway.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(response.text).not.toMatch(/apollographql\.com|embeddable-sandbox|cdn\./);
  });

  it('reports healthy once the supergraph is loaded', async () => {
    const response = await request(gateway.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.info.supergraph.status).toBe('up');
  });
});
