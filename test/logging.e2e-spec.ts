import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { SystemUnderTest, eventually } from './helpers/system.js';

/** One parsed line of a process's output; lines that are not JSON (none should be) are kept as text. */
type LogLine = Record<string, unknown> & { service?: string; requestId?: string; msg?: string };

const PASSWORD = 'Demo@2026';
const PHONE = '13900139077';
const ID_NUMBER = '11010519491231002X';
const REQUEST_ID = 'logs-e2e.register_1';

/** Info lines a process may write while starting, at most. */
const MAX_START_UP_LINES = 5;

/**
 * The logs an operator follows one request by: every process writes JSON lines naming itself, and
 * a registration sent with a chosen `x-request-id` is found under that id at the gateway, in the
 * cases subgraph and in the workers that handle the events it caused, with its tenant, user and
 * operation, and without the petitioner's data, the password or the token.
 */
describe('structured logs through the whole system', () => {
  const system = new SystemUnderTest({ env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json' } });
  let token: string;
  let startUp: LogLine[];
  let me: { id: string; tenantId: string; tenantPath: string };

  const lines = (): LogLine[] =>
    system
      .logs()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          return JSON.parse(line) as LogLine;
        } catch {
          return { text: line } as LogLine;
        }
      });

  const post = (query: string, variables: Record<string, unknown>, requestId: string, bearer?: string) => {
    const call = request(system.gatewayUrl).post('/graphql').set('content-type', 'application/json').set('x-request-id', requestId);
    if (bearer) call.set('authorization', `Bearer ${bearer}`);
    return call.send({ query, variables });
  };

  beforeAll(async () => {
    await system.start();
    // The workers started with the servers; give their start-up lines a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    startUp = lines();
    const login = await post(
      `mutation LogsLogin($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken } }`,
      { username: 'jj.registrar', password: PASSWORD },
      'logs-e2e-login',
    );
    token = login.body.data.login.accessToken;
    const tenant = (await system.admin.query(`SELECT id, path::text FROM core.tenants WHERE code = '510104'`)).rows[0];
    const user = (await system.admin.query(`SELECT id FROM core.users WHERE username = 'jj.registrar'`)).rows[0];
    me = { id: user.id, tenantId: tenant.id, tenantPath: tenant.path };
  }, 150_000);

  afterAll(() => system.stop());

  it('writes JSON lines only, each with time, level and the process’s service name', () => {
    const all = lines();
    expect(all.filter((line) => 'text' in line)).toEqual([]);
    expect(new Set(all.map((line) => line.service))).toEqual(
      new Set(['gateway', 'cases', 'meetings', 'assessment', 'cases-worker', 'meetings-worker', 'assessment-worker']),
    );
    for (const line of all) expect(line).toEqual(expect.objectContaining({ time: expect.any(String), level: expect.any(String) }));
  });

  it('starts each process with a few lines: where a server listens, what a worker consumes', () => {
    // Lines of handled work carry the request id of what caused it; the rest is start-up.
    const starting = startUp.filter((line) => line.requestId === undefined);
    const byService: Record<string, LogLine[]> = {};
    for (const line of starting) (byService[line.service ?? ''] ??= []).push(line);
    for (const service of ['gateway', 'cases', 'meetings', 'assessment']) {
      expect(byService[service]?.map((line) => line.msg)).toContainEqual(expect.stringMatching(/^listening on 127\.0\.0\.1:\d+$/));
    }
    for (const service of ['cases', 'meetings', 'assessment']) {
      expect(byService[`${service}-worker`]?.map((line) => line.msg)).toContainEqual(`consuming events-${service}, relaying the ${service} outbox`);
    }
    const counts = Object.fromEntries(Object.entries(byService).map(([service, written]) => [service, written.length]));
    expect(Object.values(counts).every((count) => count <= MAX_START_UP_LINES) ? counts : { tooMany: counts }).toEqual(counts);
  });

  it('forwards the id the gateway made for a plain-HTTP download to the subgraph that serves it', async () => {
    const download = await request(system.gatewayUrl).get('/exports/cases.xlsx').set('authorization', `Bearer ${token}`);
    expect(download.status).toBe(200);
    const id = download.headers['x-request-id'];
    const access = () => lines().filter((line) => line.requestId === id && line.msg === 'request completed');
    await eventually(async () => access().length === 2);
    expect(access()).toEqual([
      expect.objectContaining({ service: 'cases', req: { method: 'GET', url: '/exports/cases.xlsx' }, res: { statusCode: 200 } }),
      expect.objectContaining({ service: 'gateway', req: { method: 'GET', url: '/exports/cases.xlsx' }, res: { statusCode: 200 } }),
    ]);
  });

  it('answers a request id that is not a plain token of at most 64 characters with a new UUID, used in its lines', async () => {
    const response = await post(`query LogsMe { me { username } }`, {}, 'x'.repeat(65), token);
    const id = response.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await eventually(async () => lines().filter((line) => line.requestId === id && line.msg === 'request completed').length === 2);
    expect(system.logs()).not.toContain('x'.repeat(65));
  });

  describe('a registration sent with its own request id', () => {
    let answer: request.Response;

    beforeAll(async () => {
      const categories = await post(`query LogsCategories { categories { id code } }`, {}, 'logs-e2e-categories', token);
      const categoryId = categories.body.data.categories.find((c: { code: string }) => c.code === 'LABOUR_SOCIAL_SECURITY').id;
      answer = await post(
        `mutation LogsRegister($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
        {
          input: {
            channel: 'VISIT',
            kind: 'CLAIM',
            categoryId,
            title: '工资拖欠',
            content: '某公司拖欠工资三个月。',
            problemJurisdictionId: me.tenantId,
            petitioners: [{ name: '孙某', phone: PHONE, idNumber: ID_NUMBER }],
          },
        },
        REQUEST_ID,
        token,
      );
      // Both consumers of what a registration emits have handled it.
      await eventually(async () =>
        ['cases-worker', 'assessment-worker'].every((service) => lines().some((line) => line.service === service && line.requestId === REQUEST_ID)),
      );
    }, 60_000);

    it('is answered with the id it was sent', () => {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.headers['x-request-id']).toBe(REQUEST_ID);
    });

    it('is logged at the gateway and in the cases subgraph under that id, with tenant, user and operation', () => {
      const caller = { tenantId: me.tenantId, tenantPath: me.tenantPath, userId: me.id, username: 'jj.registrar' };
      // The subgraph sees the gateway's fetch of its part of the plan, named after the operation.
      const operations = { gateway: 'LogsRegister', cases: 'LogsRegister__cases__0' };
      for (const [service, operationName] of Object.entries(operations)) {
        const access = lines().filter((line) => line.service === service && line.requestId === REQUEST_ID && line.msg === 'request completed');
        expect(access).toEqual([
          expect.objectContaining({ ...caller, operationName, level: 'info', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } }),
        ]);
      }
    });

    it('is logged under that id and tenant by the workers handling the events it caused', () => {
      for (const service of ['cases-worker', 'assessment-worker']) {
        const handled = lines().filter((line) => line.service === service && line.requestId === REQUEST_ID);
        expect(handled).toContainEqual(
          expect.objectContaining({ msg: expect.stringMatching(/^handled \d+ event\(s\) of /), tenantPath: expect.stringMatching(/^510000/) }),
        );
      }
    });

    it('is logged under that id and tenant by the job that sends the petitioner the SMS the registration wrote', async () => {
      await eventually(async () =>
        lines().some((line) => line.service === 'cases-worker' && line.requestId === REQUEST_ID && /^message .*: SENT$/.test(String(line.msg))),
      );
      expect(lines()).toContainEqual(
        expect.objectContaining({
          service: 'cases-worker',
          requestId: REQUEST_ID,
          tenantId: me.tenantId,
          msg: expect.stringMatching(/^message [0-9a-f-]{36}: SENT$/),
        }),
      );
    });

    it('leaves the petitioner’s ID number and phone, the password and the token out of every line', () => {
      const output = system.logs();
      for (const secret of [ID_NUMBER, PHONE, PASSWORD, token, token.split('.')[2]]) expect(output).not.toContain(secret);
    });
  });
});
