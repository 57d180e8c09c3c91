import 'reflect-metadata';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { ManualClock } from '#common/clock';
import type { EventEnvelope } from '#common/events';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { EventWorker } from '#common/worker';
import { graphql } from '#test/gql/index.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { dataOf, errorCode, gql } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { CasesWorkerModule } from '../../cases-worker.module.js';
import { asAppRole, startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseAction } from '../../cases/domain/index.js';
import { CaseStore } from '../../cases/case.store.js';
import { MessagesService } from '../messages.service.js';
import { DEV_SINK, DevSinkProvider } from '../providers/dev-sink.provider.js';
import { HttpGatewayProvider } from '../providers/http-gateway.provider.js';
import { MessageChannel } from '../domain/index.js';
import type { MessageProvider, OutgoingMessage } from '../providers/message-provider.js';
import { PetitionerMessagesProcessor } from '../queues/petitioner-messages.processor.js';
import { PetitionerMessagesQueue } from '../queues/petitioner-messages.queue.js';

const CASE_MESSAGES = graphql(`
  query PetitionerMessagesOfCase($id: ID!) {
    case(id: $id) {
      id
      petitioners {
        name
        phone
        email
      }
      messages {
        kind
        channel
        recipient
        body
        status
        sentToDevInbox
        attempts
      }
    }
  }
`);
const MESSAGE_LIST = graphql(`
  query PetitionerMessageList($filter: PetitionerMessageFilter, $first: Int!) {
    petitionerMessages(filter: $filter, first: $first) {
      edges {
        node {
          id
          caseNumber
          kind
          channel
          status
          lastError
          attempts
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
const RESEND = graphql(`
  mutation ResendPetitionerMessage($id: ID!) {
    resendPetitionerMessage(id: $id) {
      id
      status
    }
  }
`);
const RATE_BY_TOKEN = graphql(`
  mutation PetitionerRatesByLink($input: RateByTokenInput!) {
    rateCaseByToken(input: $input) {
      id
      rating
    }
  }
`);
const TEMPLATES = graphql(`
  query MessageTemplatesOfOffice {
    messageTemplates {
      kind
      text
      version
      own
      ownVersion
      ownerTenantName
    }
  }
`);
const SAVE_TEMPLATE = graphql(`
  mutation SaveMessageTemplateOfOffice($input: SaveMessageTemplateInput!) {
    saveMessageTemplate(input: $input)
  }
`);

/** A gateway stand-in: answers each request with the next planned status (then the last one for ever). */
class TestGateway {
  readonly requests: { authorization: string | undefined; body: { to: string; text: string; sign: string } }[] = [];
  plan: number[] = [200];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer(async (req: IncomingMessage, res) => {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      this.requests.push({ authorization: req.headers.authorization, body: JSON.parse(raw) });
      const status = this.plan.length > 1 ? this.plan.shift()! : this.plan[0];
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(status < 300 ? { id: `gw-${this.requests.length}` } : { error: '网关故障' }));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/send`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Waits until a condition holds (the worker runs on its own); fails the test by its timeout otherwise. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 25));
}

/**
 * Messages to petitioners with real PostgreSQL and Redis: each step that concerns the petitioner
 * writes one message per recipient and channel in its own transaction, the cases worker queues and
 * sends them through the provider (the development sink, or an HTTP gateway on a local server)
 * with retries, and the delivered rating link rates the case once.
 */
describe('petitioner messages', () => {
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z')); // Monday 09:00 China time
  const gateway = new TestGateway();
  const sink = new DevSinkProvider();
  // The worker's provider: the sink, or the HTTP gateway for the gateway tests.
  let provider: MessageProvider = sink;
  const switchable: MessageProvider = { send: (message: OutgoingMessage) => provider.send(message) };
  let t: CasesTestApp;
  let worker: INestApplicationContext;
  let api: CaseApi;
  let appPool: pg.Pool;
  let jinjiang: string;
  let category: string;

  const messagesOf = async (caseId: string) =>
    (
      await t.admin.query(
        `SELECT m.id, m.action, m.channel, m.status, m.attempts, m.body, m.recipient_cipher, m.recipient_masked, m.last_error, m.provider, m.template_version,
                m.tenant_path::text AS tenant_path
           FROM cases.petitioner_messages m JOIN cases.case_transitions t ON t.id = m.transition_id WHERE m.case_id = $1 ORDER BY t.seq, m.channel`,
        [caseId],
      )
    ).rows;

  /** Applies every `petitioner.message` event of the outbox through the worker's consumer (each once: it skips what it applied). */
  async function deliverMessageEvents(): Promise<void> {
    const { rows } = await t.admin.query(
      `SELECT id, topic, tenant_id AS "tenantId", tenant_path::text AS "tenantPath", request_id AS "requestId", created_at, payload
         FROM cases.outbox WHERE topic = 'petitioner.message' ORDER BY created_at`,
    );
    for (const row of rows) {
      const envelope: EventEnvelope = { ...row, occurredAt: row.created_at.toISOString() };
      await worker.get(EventWorker).consumer.apply(envelope);
    }
  }

  // A minute between steps, so that each step's messages are newer than the last one's.
  const tick = () => clock.set(new Date(clock.now().getTime() + 60_000));
  const settled = (caseId: string) => until(async () => (await messagesOf(caseId)).every((m) => m.status !== 'QUEUED'));

  const register = (username: string, petitioners: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
    api.step(username, 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: category,
      title: '小区供暖长期不达标',
      content: '信访人反映小区供暖温度长期不达标。',
      problemJurisdictionId: jinjiang,
      petitioners,
      ...extra,
    });

  beforeAll(async () => {
    t = await startCasesApp({ clock });
    await gateway.start();
    worker = await NestFactory.createApplicationContext(
      CasesWorkerModule.forRoot({ config: t.db.config, clock, autoStart: false, messages: { provider: switchable, config: { attempts: 6, backoffMs: 10 } } }),
      { logger: ['error'] },
    );
    worker.get(PetitionerMessagesProcessor).start();
    api = new CaseApi(t.server);
    appPool = new pg.Pool({ connectionString: t.db.config.appDatabaseUrl, max: 1 });
    jinjiang = await tenantIdOf(t.admin, '510104');
    category = await categoryId(api, 'jj.registrar');
  });

  afterAll(async () => {
    await worker.get(PetitionerMessagesProcessor).stop();
    await worker.get(PetitionerMessagesQueue).queue.obliterate({ force: true });
    await worker.close();
    await appPool.end();
    await gateway.stop();
    await t.close();
  });

  let claim: { id: string; number: string; version: number };

  it('writes one message per recipient and channel for each step that concerns the petitioner, and none for the others', async () => {
    const cxl = await api.idOf('jj.registrar', 'unit', '510104001/综治中心');
    const township = await api.idOf('jj.registrar', 'tenant', '510104001');
    const leader = await api.idOf('cxl.leader', 'user', '');
    let kase = await register('jj.registrar', [{ name: '张某', phone: '13800138000', email: 'Zhang@Example.com', representative: false }]);
    claim = kase as typeof claim;
    tick();
    kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: township, unitId: cxl });
    tick();
    kase = await api.step('cxl.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
    tick();
    kase = await api.step('cxl.handler', 'acceptCase', { caseId: kase.id, version: kase.version });
    tick();
    kase = await api.step('cxl.handler', 'extendCase', { caseId: kase.id, version: kase.version, days: 10, approverId: leader, reason: '需进一步调查核实' });
    tick();
    kase = await api.step('cxl.handler', 'decideCase', { caseId: kase.id, version: kase.version, outcome: 'SUPPORTS', text: '经调查，予以支持。' });
    tick();
    kase = await api.step('cxl.handler', 'deliverCase', { caseId: kase.id, version: kase.version });
    claim = kase as typeof claim;

    const messages = await messagesOf(kase.id);
    expect(messages.map((m) => `${m.action} ${m.channel}`)).toEqual(
      ['REGISTER', 'ROUTE', 'ACCEPT', 'EXTEND', 'DELIVER'].flatMap((action) => [`${action} EMAIL`, `${action} SMS`]),
    );
    expect(messages.every((m) => m.status === 'QUEUED' && m.attempts === 0 && m.template_version === 0)).toBe(true);
    // The recipient is stored as ciphertext and masked, never in clear.
    for (const m of messages) {
      expect(m.recipient_cipher).not.toContain('13800138000');
      expect(m.recipient_cipher.toLowerCase()).not.toContain('zhang');
    }
    expect(messages.find((m) => m.channel === 'SMS').recipient_masked).toBe('138****8000');
    expect(messages.find((m) => m.channel === 'EMAIL').recipient_masked).toBe('Z***@example.com');
    const bodies = messages.filter((m) => m.channel === 'SMS').map((m) => m.body);
    expect(bodies[0]).toBe(`【锦江区信访局】您的信访事项已登记，编号${kase.number}，可凭编号查询办理情况。`);
    expect(bodies[1]).toBe(`【锦江区信访局】您的信访事项${kase.number}已转送春熙路街道综治中心办理。`);
    expect(bodies[2]).toMatch(/^【春熙路街道信访办】您的信访事项.*已受理，将于2026年\d+月\d+日前出具处理意见。$/);
    expect(bodies[3]).toMatch(/办理期限已延长至2026年\d+月\d+日。$/);
    expect(bodies[4]).toMatch(/处理意见已送达，请于30日内评价：http:\/\/localhost:4000\/portal\/rate\?token=[\w-]+$/);
    // Signed by the office that took the step, which is where the message belongs.
    expect(messages.map((m) => m.tenant_path)).toEqual([...Array(4).fill('510000.510100.510104'), ...Array(6).fill('510000.510100.510104.510104001')]);
  });

  it('writes a step once when it is written again, and queues a message once when its event is redelivered', async () => {
    const before = await messagesOf(claim.id);
    const township = await tenantIdOf(t.admin, '510104001');
    const again = await t.app.get(TenantTransactions).run(systemContextFor(township, '510000.510100.510104.510104001', 'retry'), async (em) => {
      const kase = await t.app.get(CaseStore).find(em, claim.id);
      return t.app.get(MessagesService).queueForStep(em, systemContextFor(township, '510000.510100.510104.510104001', 'retry'), {
        action: CaseAction.DELIVER,
        kase: kase!,
        ratingToken: 'another-token',
      });
    });
    expect(again).toEqual([]);
    expect(await messagesOf(claim.id)).toHaveLength(before.length);

    await deliverMessageEvents();
    await deliverMessageEvents();
    // Applied again as BullMQ would redeliver it (the consumer's record forgotten): the job id is the message id.
    await t.admin.query(`DELETE FROM cases.processed_events WHERE topic = 'petitioner.message'`);
    await deliverMessageEvents();
    await settled(claim.id);
    const jobs = await worker.get(PetitionerMessagesQueue).queue.getJobs(['completed', 'failed', 'waiting', 'active', 'delayed']);
    expect(jobs.map((j) => j.id).sort()).toEqual(before.map((m) => m.id).sort());
  });

  it('sends through the development sink, decrypting the recipient only there, and marks each message SENT once', async () => {
    const messages = await messagesOf(claim.id);
    expect(messages.every((m) => m.status === 'SENT' && m.attempts === 1 && m.provider === DEV_SINK)).toBe(true);
    const mine = sink.delivered.filter((d) => messages.some((m) => m.body === d.text));
    expect(mine).toHaveLength(messages.length);
    expect(new Set(mine.filter((d) => d.channel === MessageChannel.SMS).map((d) => d.to))).toEqual(new Set(['13800138000']));
    expect(new Set(mine.filter((d) => d.channel === MessageChannel.EMAIL).map((d) => d.to))).toEqual(new Set(['Zhang@example.com']));

    const view = dataOf(await api.query('jj.registrar', CASE_MESSAGES, { id: claim.id })).case!;
    expect(view.petitioners[0]).toMatchObject({ phone: '138****8000', email: 'Z***@example.com' });
    expect(view.messages).toHaveLength(10);
    expect(view.messages[0]).toMatchObject({ kind: 'REGISTERED', channel: 'SMS', recipient: '138****8000', status: 'SENT', sentToDevInbox: true, attempts: 1 });
  });

  it('rates the case once through the link in the delivered message', async () => {
    const delivered = sink.delivered.find((d) => d.channel === MessageChannel.SMS && d.text.includes('请于30日内评价'))!;
    const token = new URL(/http\S+$/.exec(delivered.text)![0]).searchParams.get('token')!;
    const rated = await gql(t.server, RATE_BY_TOKEN, { input: { token, rating: 'SATISFIED' } });
    expect(dataOf(rated).rateCaseByToken).toEqual({ id: claim.id, rating: 'SATISFIED' });
    expect(errorCode(await gql(t.server, RATE_BY_TOKEN, { input: { token, rating: 'DISSATISFIED' } }))).toBe('NOT_FOUND');
  });

  it('shows another district none of the messages, at the database and through the API', async () => {
    const wuhou = { path: '510000.510100.510107', tenantId: await tenantIdOf(t.admin, '510107') };
    expect(await asAppRole(appPool, wuhou, `SELECT id FROM cases.petitioner_messages`)).toEqual([]);
    expect(await asAppRole(appPool, { path: '510000.510100.510104', tenantId: jinjiang }, `SELECT count(*)::int AS n FROM cases.petitioner_messages`)).toEqual([
      { n: 10 },
    ]);
    expect(dataOf(await api.query('wh.registrar', MESSAGE_LIST, { first: 50 })).petitionerMessages.edges).toEqual([]);
    const mine = dataOf(await api.query('jj.registrar', MESSAGE_LIST, { first: 50, filter: { caseNumber: claim.number } })).petitionerMessages.edges;
    expect(mine).toHaveLength(10);
    // Newest first: the delivery's messages lead.
    expect(mine[0].node.kind).toBe('DELIVERED');
  });

  it('keeps an accuser’s messages within the handling chain, as the accuser’s identity', async () => {
    const accusation = await register('jj.registrar', [{ name: '举报人', phone: '13200132000', representative: false }], { kind: 'ACCUSATION' });
    await deliverMessageEvents();
    await settled(accusation.id);
    /** What a user of an office reads of the accusation's messages, row-level security alone deciding. */
    const readAs = async (code: string) => {
      const { rows } = await t.admin.query(
        `SELECT t.id, t.path::text AS path, u.id AS "userId" FROM core.tenants t JOIN core.users u ON u.tenant_id = t.id WHERE t.code = $1 LIMIT 1`,
        [code],
      );
      const client = await appPool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.tenant_path', $1, true), set_config('app.tenant_id', $2, true), set_config('app.user_id', $3, true)`, [
          rows[0].path,
          rows[0].id,
          rows[0].userId,
        ]);
        const cases = await client.query(`SELECT count(*)::int AS n FROM cases.cases WHERE id = $1`, [accusation.id]);
        const messages = await client.query(`SELECT recipient_masked FROM cases.petitioner_messages WHERE case_id = $1`, [accusation.id]);
        await client.query('COMMIT');
        return { cases: cases.rows[0].n, messages: messages.rows.map((r) => r.recipient_masked) };
      } finally {
        client.release();
      }
    };
    expect(await readAs('510104')).toEqual({ cases: 1, messages: ['132****2000'] });
    // The province sees the case, not who accused.
    expect(await readAs('510000')).toEqual({ cases: 1, messages: [] });
  });

  it('sends through an HTTP gateway: bearer token and JSON, a 500 retried until sent', async () => {
    const http = new HttpGatewayProvider('SMS_GATEWAY', { url: gateway.url, token: 'gw-secret' }, 2000);
    gateway.plan = [200];
    const sent = await http.send({ channel: MessageChannel.SMS, to: '13900139000', text: '【锦江区信访局】测试', sign: '锦江区信访局' });
    expect(sent).toEqual({ provider: 'SMS_GATEWAY', providerId: `gw-${gateway.requests.length}` });
    expect(gateway.requests.at(-1)).toEqual({
      authorization: 'Bearer gw-secret',
      body: { to: '13900139000', text: '【锦江区信访局】测试', sign: '锦江区信访局' },
    });

    provider = http;
    gateway.plan = [500, 200];
    const kase = await register('jj.registrar', [{ name: '李某', phone: '13900139000', representative: false }]);
    await deliverMessageEvents();
    await settled(kase.id);
    const [message] = await messagesOf(kase.id);
    expect(message).toMatchObject({ status: 'SENT', attempts: 2, provider: 'SMS_GATEWAY', last_error: null });
    expect(gateway.requests.slice(-2).map((r) => r.body.to)).toEqual(['13900139000', '13900139000']);
  });

  it('marks a message FAILED after its last attempt, and sends it again on request', async () => {
    gateway.plan = [503];
    const kase = await register('jj.registrar', [{ name: '王某', phone: '13700137000', representative: false }]);
    await deliverMessageEvents();
    await settled(kase.id);
    const [failed] = await messagesOf(kase.id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 6 });
    expect(failed.last_error).toContain('HTTP 503');
    const listed = dataOf(await api.query('jj.registrar', MESSAGE_LIST, { first: 5, filter: { status: 'FAILED' } })).petitionerMessages.edges;
    expect(listed.map((e) => e.node.id)).toEqual([failed.id]);

    // Only a failed message is sent again, by a registrar or handler of an office that sees its case.
    expect(errorCode(await api.query('jj.tenant-admin', RESEND, { id: failed.id }))).toBe('FORBIDDEN');
    gateway.plan = [200];
    expect(dataOf(await api.query('jj.registrar', RESEND, { id: failed.id })).resendPetitionerMessage).toEqual({ id: failed.id, status: 'QUEUED' });
    await deliverMessageEvents();
    await settled(kase.id);
    expect((await messagesOf(kase.id))[0]).toMatchObject({ status: 'SENT', attempts: 7 });
    expect(errorCode(await api.query('jj.registrar', RESEND, { id: failed.id }))).toBe('VALIDATION');
  });

  it('lets the step succeed while the provider is down', async () => {
    await gateway.stop();
    const kase = await register('jj.registrar', [{ name: '赵某', phone: '13600136000', representative: false }]);
    expect(kase.state).toBe('REGISTERED');
    await deliverMessageEvents();
    await until(async () => (await messagesOf(kase.id))[0].attempts > 0);
    const [message] = await messagesOf(kase.id);
    expect(message.status).not.toBe('SENT');
    expect(message.last_error).toContain('SMS_GATEWAY: no answer');
    await settled(kase.id);
    expect((await messagesOf(kase.id))[0]).toMatchObject({ status: 'FAILED', attempts: 6 });
    await gateway.start();
    provider = sink;
  });

  it('tells the decline with its reason and legal channel, and the review’s outcome signed by the reviewing office', async () => {
    const housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    const route = async (kase: { id: string; version: number }) => {
      const routed = await api.step('jj.registrar', 'routeCase', {
        caseId: kase.id,
        version: kase.version,
        mode: 'TRANSFER',
        tenantId: jinjiang,
        unitId: housing,
      });
      return api.step('jj.handler', 'receiveCase', { caseId: routed.id, version: routed.version });
    };
    let declined = await route(await register('jj.registrar', [{ name: '钱某', phone: '13100131000', representative: false }]));
    declined = await api.step('jj.handler', 'declineCase', { caseId: declined.id, version: declined.version, reason: 'LITIGATION', target: '锦江区人民法院' });
    expect((await messagesOf(declined.id)).find((m) => m.action === 'DECLINE').body).toBe(
      `【锦江区信访局】您的信访事项${declined.number}不予受理：应当通过诉讼途径解决。请依法向锦江区人民法院提出。`,
    );

    let reviewed = await route(await register('jj.registrar', [{ name: '郑某', phone: '13100131001', representative: false }]));
    reviewed = await api.step('jj.handler', 'acceptCase', { caseId: reviewed.id, version: reviewed.version });
    reviewed = await api.step('jj.handler', 'decideCase', { caseId: reviewed.id, version: reviewed.version, outcome: 'DOES_NOT_SUPPORT', text: '不予支持。' });
    reviewed = await api.step('jj.handler', 'deliverCase', { caseId: reviewed.id, version: reviewed.version });
    reviewed = await api.step('cd.registrar', 'requestReview', { caseId: reviewed.id, version: reviewed.version });
    reviewed = await api.step('cd.leader', 'decideReview', {
      caseId: reviewed.id,
      version: reviewed.version,
      outcome: 'PARTLY_SUPPORTS',
      text: '变更为部分支持。',
      result: 'CHANGED',
    });
    const review = (await messagesOf(reviewed.id)).find((m) => m.action === 'DECIDE_REVIEW');
    expect(review).toMatchObject({
      body: `【成都市信访局】您的信访事项${reviewed.number}复查意见已出具：变更原处理意见，部分支持。`,
      tenant_path: '510000.510100',
    });
    // Nothing for requesting the review: the petitioner asked for it.
    expect((await messagesOf(reviewed.id)).map((m) => m.action)).toEqual(['REGISTER', 'ROUTE', 'ACCEPT', 'DELIVER', 'DECIDE_REVIEW']);
  });

  it('tells a collective visit through its representatives', async () => {
    const people = [
      { name: '代表甲', phone: '13500135001', representative: true },
      { name: '代表乙', phone: '13500135002', representative: true },
      { name: '群众丙', phone: '13500135003', representative: false },
    ];
    const kase = await register('jj.registrar', people, { channel: 'VISIT', personCount: 30 });
    const messages = await messagesOf(kase.id);
    expect(messages).toHaveLength(2);
  });

  it('uses the nearest office’s latest template, checks versions and refuses unknown placeholders', async () => {
    const saved = await api.query('cd.tenant-admin', SAVE_TEMPLATE, {
      input: { kind: 'REGISTERED', text: '{姓名}：您的信访事项已登记（成都），编号{编号}。', version: 0 },
    });
    expect(dataOf(saved).saveMessageTemplate).toBe(1);
    const inherited = dataOf(await api.query('jj.tenant-admin', TEMPLATES, {})).messageTemplates.find((m) => m.kind === 'REGISTERED')!;
    expect(inherited).toMatchObject({ version: 1, own: false, ownVersion: 0, ownerTenantName: '成都市' });

    let kase = await register('jj.registrar', [{ name: '孙某', phone: '13300133000', representative: false }]);
    expect((await messagesOf(kase.id))[0]).toMatchObject({
      body: `【锦江区信访局】孙某：您的信访事项已登记（成都），编号${kase.number}。`,
      template_version: 1,
    });

    expect(
      dataOf(await api.query('jj.tenant-admin', SAVE_TEMPLATE, { input: { kind: 'REGISTERED', text: '编号{编号}（锦江）', version: 0 } })).saveMessageTemplate,
    ).toBe(1);
    expect(
      dataOf(await api.query('jj.tenant-admin', SAVE_TEMPLATE, { input: { kind: 'REGISTERED', text: '编号{编号}（锦江二）', version: 1 } }))
        .saveMessageTemplate,
    ).toBe(2);
    const stale = await api.query('jj.tenant-admin', SAVE_TEMPLATE, { input: { kind: 'REGISTERED', text: '编号{编号}', version: 1 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const unknown = await api.query('jj.tenant-admin', SAVE_TEMPLATE, { input: { kind: 'REGISTERED', text: '编号{编号}，请评价{链接}', version: 2 } });
    expect(errorCode(unknown)).toBe('VALIDATION');
    expect(unknown.errors![0].message).toBe('模板含有未知的占位符：{链接}；可用的占位符：{姓名}、{编号}');
    expect(errorCode(await api.query('jj.registrar', SAVE_TEMPLATE, { input: { kind: 'REGISTERED', text: '编号{编号}', version: 2 } }))).toBe('FORBIDDEN');

    kase = await register('jj.registrar', [{ name: '周某', phone: '13300133001', representative: false }]);
    expect((await messagesOf(kase.id))[0]).toMatchObject({ body: `【锦江区信访局】编号${kase.number}（锦江二）`, template_version: 2 });
    // A sibling district inherits the city's; the province keeps the default.
    expect(dataOf(await api.query('wh.tenant-admin', TEMPLATES, {})).messageTemplates.find((m) => m.kind === 'REGISTERED')).toMatchObject({
      version: 1,
      ownerTenantName: '成都市',
    });
    expect(dataOf(await api.query('sc.tenant-admin', TEMPLATES, {})).messageTemplates.find((m) => m.kind === 'REGISTERED')).toMatchObject({
      version: 0,
      ownerTenantName: null,
    });
  });

  it('refuses an e-mail address that is not one', async () => {
    const result = await api.mutate('jj.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: category,
      title: '邮箱格式',
      content: '测试',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '吴某', email: 'not-an-address', representative: false }],
    });
    expect(errorCode(result)).toBe('VALIDATION');
  });
});
