import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { Role, TokenService } from '#common/auth';
import { createRedis } from '#common/redis';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { gql, SERVICE_SDL } from '#test/helpers/graphql-client.js';
import { MeetingsModule } from '../../meetings.module.js';
import { DASHBOARD_QUEUES } from '../dashboard-queues.js';
import type { App } from 'supertest/types.js';

const PROVINCE = '510000';
const COUNTY = '510000.510100.510104';

describe('meetings: queue dashboard (/queues)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let server: App;
  let signer: TokenService;
  let probe: Queue;
  let probeRedis: Redis;
  const tokens = {} as Record<'provinceSupervisor' | 'provinceAdmin' | 'provinceRegistrar' | 'countySupervisor', string>;

  const tokenFor = (tenantPath: string, roles: Role[]) =>
    signer.sign({ userId: randomUUID(), username: 'dashboard.test', tenantId: randomUUID(), tenantPath, unitId: null, roles });

  const refusal = (response: request.Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body.code).toBe(code);
    expect(response.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await NestFactory.create(MeetingsModule.forRoot({ config: db.config }), { logger: ['error'] });
    await app.init();
    server = app.getHttpServer();
    signer = app.get(TokenService);
    tokens.provinceSupervisor = await tokenFor(PROVINCE, [Role.SUPERVISOR]);
    tokens.provinceAdmin = await tokenFor(PROVINCE, [Role.TENANT_ADMIN]);
    tokens.provinceRegistrar = await tokenFor(PROVINCE, [Role.REGISTRAR, Role.HANDLER]);
    tokens.countySupervisor = await tokenFor(COUNTY, [Role.SUPERVISOR, Role.TENANT_ADMIN]);
    // One delayed job in a queue of this test's own prefix, to see that the board reads it.
    probeRedis = createRedis(db.config.redisUrl, 'queue-dashboard-test');
    probe = new Queue('case-deadlines', { connection: probeRedis, prefix: db.config.queuePrefix });
    await probe.add('overdue', { caseId: 'probe' }, { jobId: 'probe-job', delay: 3_600_000 });
  });

  afterAll(async () => {
    await probe?.obliterate({ force: true }).catch(() => undefined);
    await probe?.close();
    await probeRedis?.quit().catch(() => undefined);
    await app?.close();
    await db?.drop();
  });

  it('refuses every path under /queues without a token (401)', async () => {
    for (const path of ['/queues', '/queues/', '/queues/api/queues', '/queues/static/favicon.ico', '/queues/queue/events-cases']) {
      refusal(await request(server).get(path), 401, 'UNAUTHENTICATED');
    }
  });

  it('refuses a forged or malformed token, in the header or the cookie (401)', async () => {
    const forged = `${tokens.provinceSupervisor.slice(0, -4)}AAAA`;
    refusal(await request(server).get('/queues/api/queues').set('authorization', `Bearer ${forged}`), 401, 'UNAUTHENTICATED');
    refusal(await request(server).get('/queues/api/queues').set('authorization', tokens.provinceSupervisor), 401, 'UNAUTHENTICATED');
    refusal(await request(server).get('/queues/api/queues').set('cookie', `queue_dashboard_token=${forged}`), 401, 'UNAUTHENTICATED');
  });

  it('refuses a registrar (403)', async () => {
    const response = await request(server).get('/queues/api/queues').set('authorization', `Bearer ${tokens.provinceRegistrar}`);
    refusal(response, 403, 'FORBIDDEN');
  });

  it('refuses a county supervisor: the dashboard shows every county’s jobs (403)', async () => {
    const page = await request(server).get('/queues').set('authorization', `Bearer ${tokens.countySupervisor}`);
    refusal(page, 403, 'FORBIDDEN');
    const api = await request(server).get('/queues/api/queues').set('authorization', `Bearer ${tokens.countySupervisor}`);
    refusal(api, 403, 'FORBIDDEN');
  });

  it('shows a province supervisor the dashboard page', async () => {
    const page = await request(server).get('/queues').set('authorization', `Bearer ${tokens.provinceSupervisor}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<base href="/queues/" />');
    expect(page.text).toContain('<title>队列看板</title>');
  });

  it('lists every queue of the system, under the deployment’s prefix, with their jobs', async () => {
    for (const token of [tokens.provinceSupervisor, tokens.provinceAdmin]) {
      const response = await request(server).get('/queues/api/queues').set('authorization', `Bearer ${token}`);
      expect(response.status).toBe(200);
      const names = (response.body.queues as { name: string }[]).map((queue) => queue.name);
      expect(names).toEqual(
        expect.arrayContaining(['events-cases', 'events-meetings', 'events-assessment', 'deadline-recompute', 'case-deadlines', 'notice-escalation']),
      );
      expect(names).toHaveLength(DASHBOARD_QUEUES.length);
      const deadlines = (response.body.queues as { name: string; counts: Record<string, number>; readOnlyMode: boolean }[]).find(
        (q) => q.name === 'case-deadlines',
      )!;
      expect(deadlines.counts.delayed).toBe(1);
      expect(deadlines.readOnlyMode).toBe(true);
    }
  });

  it('is read-only: a change through the API is refused and nothing changes', async () => {
    const pause = await request(server).put('/queues/api/queues/case-deadlines/pause').set('authorization', `Bearer ${tokens.provinceAdmin}`);
    refusal(pause, 403, 'FORBIDDEN');
    const clean = await request(server).put('/queues/api/queues/case-deadlines/probe-job/clean').set('authorization', `Bearer ${tokens.provinceAdmin}`);
    refusal(clean, 403, 'FORBIDDEN');
    expect(await probe.isPaused()).toBe(false);
    expect(await probe.getJobState('probe-job')).toBe('delayed');
  });

  it('logs a browser in with a link: an HttpOnly, SameSite=Strict cookie for /queues, then the page', async () => {
    const login = await request(server).get(`/queues/login?token=${encodeURIComponent(tokens.provinceSupervisor)}`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/queues');
    expect(login.headers['cache-control']).toBe('no-store');
    const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).find((c) => c.startsWith('queue_dashboard_token='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\/queues(;|$)/i);
    expect(cookie).toMatch(/;\s*Max-Age=\d+/i);

    const pair = cookie!.split(';')[0];
    const page = await request(server).get('/queues').set('cookie', pair);
    expect(page.status).toBe(200);
    const api = await request(server).get('/queues/api/queues').set('cookie', pair);
    expect(api.status).toBe(200);
    expect(api.body.queues.map((q: { name: string }) => q.name)).toContain('events-meetings');
    const asset = await request(server).get('/queues/static/favicon.ico').set('cookie', pair);
    expect(asset.status).toBe(200);
  });

  it('follows the login redirect with the cookie (agent) and accepts a posted form', async () => {
    const agent = request.agent(server);
    const followed = await agent.post('/queues/login').type('form').send({ token: tokens.provinceAdmin }).redirects(1);
    expect(followed.status).toBe(200);
    expect(followed.headers['content-type']).toMatch(/text\/html/);
    const api = await agent.get('/queues/api/queues');
    expect(api.status).toBe(200);
  });

  it('sets no cookie for a token that may not open the dashboard', async () => {
    const missing = await request(server).get('/queues/login');
    refusal(missing, 401, 'UNAUTHENTICATED');
    const county = await request(server).get(`/queues/login?token=${encodeURIComponent(tokens.countySupervisor)}`);
    refusal(county, 403, 'FORBIDDEN');
    expect(county.headers['set-cookie']).toBeUndefined();
    const forged = await request(server).get(`/queues/login?token=${encodeURIComponent(tokens.provinceSupervisor.slice(0, -4))}AAAA`);
    refusal(forged, 401, 'UNAUTHENTICATED');
    expect(forged.headers['set-cookie']).toBeUndefined();
  });

  it('leaves GraphQL and /health alone', async () => {
    const health = await request(server).get('/health');
    expect(health.status).toBe(200);
    const sdl = await gql(server, SERVICE_SDL, {}, tokens.countySupervisor);
    expect(sdl.errors).toBeUndefined();
  });
});
