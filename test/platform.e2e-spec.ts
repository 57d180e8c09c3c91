import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getIntrospectionQuery, parse } from 'graphql';
import request from 'supertest';
import { chinaDateOf } from '#common/clock';
import { eventQueueName } from '#common/events';
import { LOGIN_MUTATION } from '../apps/gateway/src/graphiql/graphiql.controller.js';
import { CaseApi } from './helpers/case-api.js';
import { errorCode, gql, login, SERVICE_SDL } from './helpers/graphql-client.js';
import { METRICS_TOKEN, SystemUnderTest, eventually } from './helpers/system.js';
import { categoryId } from './scenarios/case-lifecycles.js';
import { graphql } from '#test/gql/index.js';

/** The GraphiQL page's own login mutation; no generated document holds it, so its answer is typed here. */
const PAGE_LOGIN: TypedDocumentNode<{ login: { accessToken: string } }, { username: string; password: string }> = parse(LOGIN_MUTATION);
const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('the platform end to end, through the gateway', () => {
  const system = new SystemUnderTest();
  let tenants: number;

  const count = async (sql: string) => Number((await system.admin.query(sql)).rows[0].count);

  beforeAll(async () => {
    await system.start();
    tenants = await count('SELECT count(*) FROM core.tenants');
  }, 120_000);
  afterAll(() => system.stop(), 30_000);

  it("delivers the directory's tenant.created events to meetings and assessment", async () => {
    await eventually(
      async () =>
        (await count('SELECT count(*) FROM meetings.jurisdictions')) === tenants && (await count('SELECT count(*) FROM assessment.jurisdictions')) === tenants,
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
      graphql(`
        query PlatformE2eMe {
          me {
            username
            tenant {
              name
              conferenceCoverage(level: TOWNSHIP) {
                jurisdictions
                withConference
              }
              assessedJurisdictions {
                code
                name
              }
            }
          }
        }
      `),
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.me).toEqual({
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
      graphql(`
        mutation PlatformE2eCreateTenant($input: CreateTenantInput!) {
          createTenant(input: $input) {
            code
          }
        }
      `),
      { input: { parentId: chengdu, code: '510112', name: '龙泉驿区', level: 'COUNTY' } },
      city,
    );
    expect(created.data!.createTenant).toEqual({ code: '510112' });
    const assessed = async () =>
      (
        await gql(
          system.gatewayUrl,
          graphql(`
            query PlatformE2eMe2 {
              me {
                tenant {
                  assessedJurisdictions {
                    code
                  }
                }
              }
            }
          `),
          {},
          city,
        )
      ).data!.me.tenant!.assessedJurisdictions.map((j: { code: string }) => j.code);
    await eventually(async () => (await assessed()).includes('510112'));
    expect(await assessed()).toEqual(['510104', '510107', '510112']);
  });

  it('keeps a county out of its sibling, through every subgraph', async () => {
    const county = await login(system.gatewayUrl, 'jj.tenant-admin');
    const wuhou = (await system.admin.query(`SELECT id FROM core.tenants WHERE code = '510107'`)).rows[0].id;
    const result = await gql(
      system.gatewayUrl,
      graphql(`
        query PlatformE2eTenant($id: ID!) {
          tenant(id: $id) {
            name
            assessedJurisdictions {
              code
            }
          }
        }
      `),
      { id: wuhou },
      county,
    );
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.data?.tenant ?? null).toBeNull();
  });

  it('refuses a call without a valid token at the gateway', async () => {
    const missing = await gql(
      system.gatewayUrl,
      graphql(`
        query PlatformE2eMe3 {
          me {
            username
          }
        }
      `),
      {},
    );
    expect(missing.status).toBe(401);
    expect(errorCode(missing)).toBe('UNAUTHENTICATED');
    const forged = await gql(
      system.gatewayUrl,
      graphql(`
        query PlatformE2eMe4 {
          me {
            username
          }
        }
      `),
      {},
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
    );
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
  });

  it.each(['cases', 'meetings', 'assessment'] as const)('refuses a call straight to the %s subgraph without a token', async (name) => {
    const result = await gql(system.subgraphUrls[name], SERVICE_SDL, {});
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
  });
  describe('bad input through the gateway', () => {
    let api: CaseApi;
    let registration: Record<string, unknown>;
    let logsBefore: number;

    beforeAll(async () => {
      api = new CaseApi(system.gatewayUrl);
      const jinjiang = (await system.admin.query(`SELECT id FROM core.tenants WHERE code = '510104'`)).rows[0].id;
      registration = {
        channel: 'VISIT',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'jj.registrar'),
        title: '某小区供暖不达标',
        content: '业主反映冬季室温长期低于标准。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '钱某', phone: '13900139002' }],
      };
      logsBefore = system.logs().length;
    });

    const cases = () => count('SELECT count(*) FROM cases.cases');
    const refusal = (result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => result.errors?.[0];

    it('refuses a NUL byte in a registerCase title or a petitioner name, naming the field, and writes nothing', async () => {
      const before = await cases();
      const title = await api.mutate('jj.registrar', 'registerCase', { ...registration, title: '供暖\u0000问题' });
      expect(refusal(title)).toMatchObject({ extensions: { code: 'VALIDATION', field: 'input.title' } });
      expect(refusal(title)?.message).toMatch(/空字符/);
      const name = await api.mutate('jj.registrar', 'registerCase', { ...registration, petitioners: [{ name: '钱\u0000某' }] });
      expect(refusal(name)).toMatchObject({ extensions: { code: 'VALIDATION', field: 'input.petitioners[0].name' } });
      expect(await cases()).toBe(before);
    });

    it('refuses a whitespace-only title, and writes nothing', async () => {
      const before = await cases();
      const result = await api.mutate('jj.registrar', 'registerCase', { ...registration, title: ' \u3000\t ' });
      expect(refusal(result)).toMatchObject({
        message: '标题长度应为 1–200 个字，且不能只含空白字符',
        extensions: { code: 'VALIDATION', field: 'input.title' },
      });
      expect(await cases()).toBe(before);
    });

    it('refuses a NUL byte in a login username, a filter and an ID', async () => {
      const username = await gql(system.gatewayUrl, PAGE_LOGIN, { username: 'jj.registrar\u0000', password: 'Demo@2026' });
      expect(username.status).toBe(400);
      expect(refusal(username)).toMatchObject({ extensions: { code: 'VALIDATION', field: 'username' } });
      const filter = await api.query(
        'jj.registrar',
        graphql(`
          query PlatformE2eCases($filter: CaseFilter) {
            cases(filter: $filter) {
              edges {
                cursor
              }
            }
          }
        `),
        { filter: { text: '供暖\u0000' } },
      );
      expect(refusal(filter)).toMatchObject({ extensions: { code: 'VALIDATION', field: 'filter.text' } });
      const id = await api.query(
        'jj.registrar',
        graphql(`
          query PlatformE2eCase($id: ID!) {
            case(id: $id) {
              id
            }
          }
        `),
        { id: '\u0000' },
      );
      expect(refusal(id)).toMatchObject({ extensions: { code: 'VALIDATION', field: 'id' } });
    });

    it('refuses a forged cursor carrying an impossible date or instant, naming `after`', async () => {
      const uuid = '6f1c0f3e-6a4b-4c55-9d0e-8a9f0b1c2d3e';
      const byRegistration = await api.query(
        'jj.registrar',
        graphql(`
          query PlatformE2eCases2($after: String) {
            cases(after: $after) {
              edges {
                cursor
              }
            }
          }
        `),
        {
          after: cursorOf(['REGISTERED_AT.DESC', '2026-02-30T10:00:00.000Z', uuid]),
        },
      );
      expect(refusal(byRegistration)).toMatchObject({ extensions: { code: 'VALIDATION', field: 'after' } });
      const byDeadline = await api.query(
        'jj.registrar',
        graphql(`
          query PlatformE2eCases3($after: String) {
            cases(filter: { overdue: true }, after: $after) {
              edges {
                cursor
              }
            }
          }
        `),
        {
          after: cursorOf(['DEADLINE.ASC', '2026-13-01', uuid]),
        },
      );
      expect(refusal(byDeadline)).toMatchObject({ extensions: { code: 'VALIDATION', field: 'after' } });
      const tasks = await api.query(
        'cd.conference-office',
        graphql(`
          query PlatformE2eTasks($after: String) {
            tasks(after: $after) {
              edges {
                cursor
              }
            }
          }
        `),
        {
          after: cursorOf(['2026-01-01T24:61:00Z', uuid]),
        },
      );
      expect(refusal(tasks)).toMatchObject({ extensions: { code: 'VALIDATION', field: 'after' } });
    });

    it('answers a body that is not JSON, or too large, in its own shape and in Chinese, at the gateway and a subgraph', async () => {
      const post = (url: string, body: string) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (res) => ({
          status: res.status,
          body: await res.json(),
        }));
      for (const url of [`${system.gatewayUrl}/graphql`, `${system.subgraphUrls.cases}/graphql`]) {
        expect(await post(url, '{"query":')).toEqual({
          status: 400,
          body: { errors: [{ message: '请求体不是有效的 JSON', extensions: { code: 'VALIDATION' } }] },
        });
      }
      expect(await post(`${system.gatewayUrl}/session`, '{"username":')).toEqual({
        status: 400,
        body: { code: 'VALIDATION', message: '请求体不是有效的 JSON' },
      });
      const huge = JSON.stringify({ query: `{ me { username } }`, variables: { pad: 'x'.repeat(200_000) } });
      expect(await post(`${system.gatewayUrl}/graphql`, huge)).toEqual({
        status: 413,
        body: { errors: [{ message: '请求体过大', extensions: { code: 'VALIDATION' } }] },
      });
    });

    it('logged none of these refusals as an internal error with a stack', () => {
      const logs = system.logs().slice(logsBefore);
      // A stack is a line break then `at`: raw, or escaped inside a JSON log line.
      expect(logs).not.toMatch(/invalid byte sequence|date\/time field value out of range|(\n|\\n)\s+at /);
    });
  });

  describe('the console’s session cookie at the gateway', () => {
    const COOKIE = 'petition_session';
    const cookieOf = (response: request.Response) => {
      const line = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((entry) => entry.startsWith(`${COOKIE}=`));
      if (!line) return null;
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      return { value: decodeURIComponent(pair.slice(COOKIE.length + 1)), attributes };
    };
    const signIn = (username: string, password = 'Demo@2026', requestId = `session-${username}`) =>
      request(system.gatewayUrl).post('/session').set('x-request-id', requestId).send({ username, password });
    const ME = { query: '{ me { username tenant { name } } }' };

    it('signs in with an HttpOnly, SameSite=Strict cookie, answers the user without the token, and audits the attempt', async () => {
      const response = await signIn('wh.handler');
      expect(response.status).toBe(200);
      const cookie = cookieOf(response)!;
      expect(cookie.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=28800']));
      expect(response.body.user).toMatchObject({ username: 'wh.handler', roles: ['HANDLER'], tenant: { code: '510107', name: '武侯区', level: 'COUNTY' } });
      expect(response.text).not.toContain(cookie.value);

      const { rows } = await system.admin.query(`SELECT outcome, source_address FROM core.login_attempts WHERE request_id = 'session-wh.handler'`);
      expect(rows).toEqual([{ outcome: 'SUCCEEDED', source_address: '127.0.0.1' }]);

      const me = await request(system.gatewayUrl).post('/graphql').set('content-type', 'application/json').set('cookie', `${COOKIE}=${cookie.value}`).send(ME);
      expect(me.body).toEqual({ data: { me: { username: 'wh.handler', tenant: { name: '武侯区' } } } });
      const current = await request(system.gatewayUrl).get('/session').set('cookie', `${COOKIE}=${cookie.value}`);
      expect(current.body.user.username).toBe('wh.handler');
    });

    it('refuses a form-like POST to /graphql that carries only the cookie', async () => {
      const cookie = cookieOf(await signIn('wh.registrar'))!;
      const simple = await request(system.gatewayUrl)
        .post('/graphql')
        .set('content-type', 'text/plain')
        .set('cookie', `${COOKIE}=${cookie.value}`)
        .send(JSON.stringify(ME));
      expect(simple.status).toBe(400);
      expect(simple.text).toMatch(/CSRF/);
      expect(simple.text).not.toContain('wh.registrar');
    });

    it('passes the API’s wrong-password and lockout answers through, with statuses', async () => {
      const wrong = await signIn('my.registrar', 'wrong-1');
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({ code: 'UNAUTHENTICATED', message: '用户名或密码错误' });
      for (let attempt = 2; attempt <= 4; attempt += 1) expect((await signIn('my.registrar', `wrong-${attempt}`)).status).toBe(401);
      // The fifth failure locks the username: it is answered as locked, and so is the right password after it.
      expect((await signIn('my.registrar', 'wrong-5')).status).toBe(423);
      const locked = await signIn('my.registrar');
      expect(locked.status).toBe(423);
      expect(locked.body.code).toBe('ACCOUNT_LOCKED');
      expect(locked.body.message).toMatch(/^登录失败次数过多，该账号已暂时锁定/);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expect(cookieOf(locked)).toBeNull();
    });

    it('signs out by revoking the token: the old cookie value fails, also replayed as a bearer', async () => {
      const cookie = cookieOf(await signIn('wh.tenant-admin'))!;
      const out = await request(system.gatewayUrl).delete('/session').set('cookie', `${COOKIE}=${cookie.value}`);
      expect(out.status).toBe(204);
      expect(cookieOf(out)).toMatchObject({ value: '', attributes: expect.arrayContaining([expect.stringMatching(/^Expires=Thu, 01 Jan 1970/)]) });

      const replayed = await gql(system.gatewayUrl, ME.query, {}, cookie.value);
      expect(errorCode(replayed)).toBe('UNAUTHENTICATED');
      expect(replayed.errors?.[0].message).toBe('登录已失效，请重新登录');
      expect((await request(system.gatewayUrl).get('/session').set('cookie', `${COOKIE}=${cookie.value}`)).status).toBe(401);
    });
  });

  describe('what a caller learns of the servers and the schema', () => {
    it('is not told the framework by the gateway or any subgraph', async () => {
      const urls = [system.gatewayUrl, ...Object.values(system.subgraphUrls)];
      for (const url of urls) {
        const health = await request(url).get('/health');
        expect(health.headers['x-powered-by']).toBeUndefined();
        const graphql = await request(url).post('/graphql').send({ query: '{ __typename }' });
        expect(graphql.headers['x-powered-by']).toBeUndefined();
      }
      // The queue dashboard is an Express app of its own inside the meetings process.
      const admin = await login(system.gatewayUrl, 'sc.tenant-admin');
      const dashboard = await request(system.subgraphUrls.meetings).get('/queues').set('authorization', `Bearer ${admin}`);
      expect(dashboard.status).toBe(200);
      expect(dashboard.headers['x-powered-by']).toBeUndefined();
    });

    it('gets no "Did you mean" guesses without a token, at the gateway or a subgraph', async () => {
      for (const url of [system.gatewayUrl, system.subgraphUrls.cases]) {
        const result = await gql(url, `{ mee { username } }`, {});
        expect(errorCode(result)).toBe('VALIDATION');
        expect(JSON.stringify(result.errors)).not.toContain('Did you mean');
      }
    });

    it('loads the schema in GraphiQL’s way once the login form has a token, and not before', async () => {
      const anonymous = await request(system.gatewayUrl).post('/graphql').send({ query: getIntrospectionQuery(), operationName: 'IntrospectionQuery' });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

      const page = await request(system.gatewayUrl).get('/graphiql');
      expect(page.text).toContain(JSON.stringify(LOGIN_MUTATION));
      const loggedIn = await gql(system.gatewayUrl, PAGE_LOGIN, { username: 'jj.registrar', password: 'Demo@2026' });
      const token = loggedIn.data!.login.accessToken;
      const schema = await request(system.gatewayUrl)
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query: getIntrospectionQuery(), operationName: 'IntrospectionQuery' });
      expect(schema.status).toBe(200);
      expect(schema.body.errors).toBeUndefined();
      expect(schema.body.data.__schema.types.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Case', 'Task', 'AssessmentScheme']));
    });
  });

  describe('the demo’s starting picture that `npm run up` adds through the gateway', () => {
    let first: { code: number | null; output: string };
    let api: CaseApi;

    beforeAll(async () => {
      api = new CaseApi(system.gatewayUrl);
      const seeded = await system.runTool('seed', ['--demo-cases']);
      expect(seeded.code).toBe(0);
      first = await system.runTool('demo-activity');
    }, 120_000);

    it('gives 成都市 a conference with a held plenary on a case, a planned meeting and the weekly 调度会', async () => {
      expect(first.output).toContain('demo activity: 2 conferences');
      expect(first.code).toBe(0);
      const { data } = await api.query(
        'cd.conference-office',
        graphql(`
          query PlatformE2eConference {
            conference {
              members {
                name
                liaisonName
              }
            }
            meetingSchedules {
              kind
              recurrence
              weekday
            }
            meetings(first: 10) {
              edges {
                node {
                  kind
                  state
                  agenda {
                    caseNumber
                  }
                  attendees {
                    attendance
                  }
                  decisions {
                    text
                  }
                }
              }
            }
          }
        `),
        {},
      );
      expect(data!.conference!.members.map((m: { name: string }) => m.name).sort()).toEqual(['人力资源和社会保障局', '住房和城乡建设局']);
      expect(data!.meetingSchedules).toEqual([{ kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 1 }]);
      const meetings = data!.meetings.edges.map((e) => e.node);
      const held = meetings.find((m) => m.state === 'HELD')!;
      expect(held.decisions).toHaveLength(2);
      expect(held.agenda.some((item) => item.caseNumber)).toBe(true);
      expect(held.attendees.map((a) => a.attendance).sort()).toEqual(['DELEGATED', 'PRESENT', 'PRESENT']);
      expect(meetings.some((m) => m.state === 'PLANNED' && m.kind === 'WORKING')).toBe(true);
    });

    it('leaves tasks in flight at every stage, from not yet received to signed off', async () => {
      const { data } = await api.query(
        'cd.conference-office',
        graphql(`
          query PlatformE2eTasks2 {
            tasks(first: 50) {
              edges {
                node {
                  state
                }
              }
            }
          }
        `),
        {},
      );
      const states = new Set(data!.tasks.edges.map((e: { node: { state: string } }) => e.node.state));
      expect([...states]).toEqual(expect.arrayContaining(['ASSIGNED', 'IN_PROGRESS', 'SIGNED_OFF']));
      const split = await api.query(
        'jj.member-unit',
        graphql(`
          query PlatformE2eTasks3 {
            tasks(first: 10) {
              edges {
                node {
                  state
                  reports {
                    percent
                  }
                }
              }
            }
          }
        `),
        {},
      );
      expect(split.data!.tasks.edges.map((e: { node: unknown }) => e.node)).toEqual([{ state: 'IN_PROGRESS', reports: [{ percent: 60 }] }]);
    });

    it('publishes 成都市’s assessment, so a district sees its rank', async () => {
      const jinjiang = await api.idOf('jj.leader', 'tenant', '510104');
      // This system runs on the real clock, as `npm run up` does.
      const year = Number(chinaDateOf(new Date()).slice(0, 4));
      const { data } = await api.query(
        'jj.leader',
        graphql(`
          query PlatformE2eTenant2($id: ID!, $year: Int!) {
            tenant(id: $id) {
              assessmentResults(period: { kind: YEAR, year: $year }) {
                rank
                of
              }
            }
          }
        `),
        { id: jinjiang, year },
      );
      expect(data!.tenant.assessmentResults).toHaveLength(1);
      expect(data!.tenant.assessmentResults[0].of).toBeGreaterThan(1);
    });

    it('adds nothing when run again', async () => {
      const meetings = await count('SELECT count(*) FROM meetings.conference_meetings');
      const again = await system.runTool('demo-activity');
      expect(again).toEqual({ code: 0, output: expect.stringContaining('demo activity: already there') });
      await expect(count('SELECT count(*) FROM meetings.conference_meetings')).resolves.toBe(meetings);
    });
  });

  describe('metrics and the workers’ health', () => {
    /** The samples of one metric in Prometheus's text format, each with its labels. */
    const samplesOf = (text: string, name: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith(`${name}{`))
        .map((line) => {
          const [, labels, value] = /^[^{]+\{(.*)\} (\S+)$/.exec(line)!;
          return { labels: Object.fromEntries([...labels.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, v]) => [key, v])), value: Number(value) };
        });
    const metricsOf = async (url: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${url}/metrics`, { headers });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      return response.text();
    };

    it('counts a registration through the gateway in the cases subgraph’s operation metrics, with duration buckets', async () => {
      const api = new CaseApi(system.gatewayUrl);
      const jinjiang = (await system.admin.query(`SELECT id FROM core.tenants WHERE code = '510104'`)).rows[0].id;
      await api.step('jj.registrar', 'registerCase', {
        channel: 'VISIT',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'jj.registrar'),
        title: '某路段路灯长期不亮',
        content: '居民反映夜间出行不便。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '孙某', phone: '13900139003' }],
      });
      const text = await metricsOf(system.subgraphUrls.cases);
      const registration = { operation: 'CaseApiRegisterCase', type: 'mutation', service: 'cases' };
      const [count] = samplesOf(text, 'petition_graphql_operation_duration_seconds_count').filter((s) => s.labels.operation === registration.operation);
      expect(count.labels).toEqual(registration);
      expect(count.value).toBeGreaterThanOrEqual(1);
      const buckets = samplesOf(text, 'petition_graphql_operation_duration_seconds_bucket').filter((s) => s.labels.operation === registration.operation);
      expect(buckets.find((b) => b.labels.le === '+Inf')?.value).toBe(count.value);
      expect(buckets.length).toBeGreaterThan(5);
      // Requests by route pattern, statements by kind, the pool, and Node's own.
      expect(samplesOf(text, 'petition_http_request_duration_seconds_count')).toContainEqual({
        labels: { method: 'POST', route: '/graphql/{*path}', status: '200', service: 'cases' },
        value: expect.any(Number),
      });
      expect(samplesOf(text, 'petition_db_query_duration_seconds_count').map((s) => s.labels.statement)).toEqual(expect.arrayContaining(['INSERT', 'SELECT']));
      expect(samplesOf(text, 'petition_db_pool_connections').map((s) => s.labels.state)).toEqual(['total', 'idle', 'waiting']);
      expect(text).toMatch(/^process_resident_memory_bytes\{service="cases"\} \d+/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{service="cases"\} /m);
      // The gateway counts the same operation under the same name.
      const gateway = await metricsOf(system.gatewayUrl);
      expect(
        samplesOf(gateway, 'petition_graphql_operation_duration_seconds_count').find((s) => s.labels.operation === registration.operation)?.value,
      ).toBeGreaterThanOrEqual(1);
    });

    it('shows the gateway’s metrics to a private caller or the token’s bearer, and refuses a forwarded public caller', async () => {
      const forwarded = { 'x-forwarded-for': '203.0.113.7' };
      const refused = await fetch(`${system.gatewayUrl}/metrics`, { headers: forwarded });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(/监控/) });
      const wrongToken = await fetch(`${system.gatewayUrl}/metrics`, { headers: { ...forwarded, authorization: 'Bearer not-the-token' } });
      expect(wrongToken.status).toBe(403);
      const withToken = await metricsOf(system.gatewayUrl, { ...forwarded, authorization: `Bearer ${METRICS_TOKEN}` });
      expect(withToken).toMatch(/^process_resident_memory_bytes\{service="gateway"\} /m);
      // The test's own requests come from loopback.
      await metricsOf(system.gatewayUrl);
    });

    it.each(['cases', 'meetings', 'assessment'] as const)('serves the %s worker’s health with its database and Redis up', async (name) => {
      const response = await fetch(`${system.workerUrls[name]}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
    });

    it.each(['meetings', 'assessment'] as const)(
      'shows in the %s worker’s metrics its queue’s depth, the jobs of relayed events, and its outbox lag',
      async (name) => {
        const queue = `events-${name}`;
        let text = '';
        // The directory's tenant.created events reach both consumers when the system starts.
        await eventually(async () => {
          text = await metricsOf(system.workerUrls[name]);
          return samplesOf(text, 'petition_job_duration_seconds_count').some((s) => s.labels.queue === queue && s.value >= 1);
        });
        const depths = samplesOf(text, 'petition_queue_jobs').filter((s) => s.labels.queue === queue);
        expect(depths.map((s) => s.labels.state)).toEqual(expect.arrayContaining(['waiting', 'active', 'delayed', 'failed', 'completed']));
        expect(depths.find((s) => s.labels.state === 'completed')!.value).toBeGreaterThanOrEqual(1);
        expect(samplesOf(text, 'petition_job_duration_seconds_bucket').filter((s) => s.labels.queue === queue).length).toBeGreaterThan(5);
        expect(samplesOf(text, 'petition_outbox_lag_seconds')).toEqual([{ labels: { schema: name, service: `${name}-worker` }, value: expect.any(Number) }]);
      },
    );

    it('shows the cases worker’s outbox lag, the depth of every queue it consumes, and its reconciliation job', async () => {
      let text = '';
      // The reconciliation of deadlines runs once when the worker registers it.
      await eventually(async () => {
        text = await metricsOf(system.workerUrls.cases);
        return samplesOf(text, 'petition_job_duration_seconds_count').some((s) => s.labels.queue === 'case-deadlines' && s.value >= 1);
      });
      expect(samplesOf(text, 'petition_outbox_lag_seconds')).toEqual([{ labels: { schema: 'cases', service: 'cases-worker' }, value: expect.any(Number) }]);
      expect(new Set(samplesOf(text, 'petition_queue_jobs').map((s) => s.labels.queue))).toEqual(
        new Set(['events-cases', 'case-deadlines', 'deadline-recompute', 'petitioner-messages']),
      );
    });
  });
});
