import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import { graphql } from '#test/gql/index.js';
import { errorCode } from '#test/helpers/graphql-client.js';
import { NoticeEscalationQueue } from '../queues/notice-escalation.queue.js';
import { START, SupervisionHarness, caseClock, deadlineChange, tree, trigger, type ClockSpec } from './supervision-harness.js';

const INBOX = graphql(`
  query NoticeEscalationSpecInbox {
    noticeInbox(first: 100) {
      unreadCount
      edges {
        node {
          id
          kind
          state
        }
      }
    }
  }
`);
const SUMMARY = graphql(`
  query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {
    supervisionSummary(period: $period) {
      tenantId
      tenantName
      issued
      overdueFeedback
      escalated
      byKind {
        kind
        issued
        overdueFeedback
        escalated
      }
    }
  }
`);

interface Row {
  id: string;
  kind: string;
  state: string;
  issuer_tenant_id: string;
  addressee_tenant_id: string;
  addressee_unit_id: string | null;
  escalated_from: string | null;
  issued_at: Date;
  feedback_due: string | null;
  escalate_on: string | null;
}

describe('supervision: escalation up the ladder when nobody answers', () => {
  const h = new SupervisionHarness();
  const unit = randomUUID();

  const chainOf = (clockId: string) =>
    h.rows<Row>(
      `SELECT id, kind, state, issuer_tenant_id, addressee_tenant_id, addressee_unit_id, escalated_from, issued_at,
              feedback_due::text, escalate_on::text
         FROM meetings.notices WHERE clock_id = $1 ORDER BY issued_at, kind`,
      [clockId],
    );

  beforeAll(() => h.start());
  afterAll(async () => {
    await h.worker?.get(NoticeEscalationQueue).queue.obliterate({ force: true });
    await h.stop();
  });

  it('climbs from a township’s reminder to the recommendation to pursue accountability, one level up each step', async () => {
    const clock = caseClock('huashan', { unitId: unit });
    await h.apply(deadlineChange(clock, 'STARTED'));
    await h.apply(trigger(clock, 'REMINDER', 3));
    await h.apply(trigger(clock, 'OVERDUE'));
    const unitToken = await h.token('huashan', [Role.HANDLER], unit);

    // Nobody answers: each notice escalates the day after its feedback due date plus 5 days.
    expect(await h.escalateOnce()).toBe(0);
    for (let step = 0; step < 3; step++) {
      const open = (await chainOf(clock.clockId)).at(-1)!;
      h.clock.set(new Date(`${open.escalate_on}T01:00:00Z`));
      expect(await h.escalateOnce()).toBe(0);
      h.clock.advanceDays(1);
      expect(await h.escalateOnce()).toBe(1);
    }

    const chain = await chainOf(clock.clockId);
    expect(chain.map((n) => [n.kind, n.state])).toEqual([
      ['REMINDER', 'CLOSED'],
      ['SUPERVISION', 'ESCALATED'],
      ['CIRCULAR', 'ESCALATED'],
      ['SUMMONS', 'ESCALATED'],
      ['ACCOUNTABILITY', 'ISSUED'],
    ]);
    // Addressed one level up each time, issued by the parent of the previous issuer.
    expect(chain.slice(1).map((n) => [n.issuer_tenant_id, n.addressee_tenant_id, n.addressee_unit_id])).toEqual([
      [tree.ids.huashan, tree.ids.huashan, unit],
      [tree.ids.wuhua, tree.ids.huashan, null],
      [tree.ids.kunming, tree.ids.wuhua, null],
      [tree.ids.yunnan, tree.ids.kunming, null],
    ]);
    for (let i = 2; i < chain.length; i++) expect(chain[i].escalated_from).toBe(chain[i - 1].id);
    // Issued 03-02, 04-07, 05-13 and 06-18: each owes feedback in 30 days; none escalates again.
    expect(chain.slice(1).map((n) => [n.feedback_due, n.escalate_on])).toEqual([
      ['2026-04-01', null],
      ['2026-05-07', null],
      ['2026-06-12', null],
      ['2026-07-18', null],
    ]);

    // The top of the ladder stays open, however long nobody answers.
    h.clock.advanceDays(365);
    expect(await h.escalateOnce()).toBe(0);
    expect((await chainOf(clock.clockId)).at(-1)!.state).toBe('ISSUED');

    // Every escalated notice says so in its history, and as a fact event.
    const escalations = await h.rows(
      `SELECT h.from_state, h.to_state, h.actor_name, h.reason FROM meetings.notice_history h
        JOIN meetings.notices n ON n.id = h.notice_id WHERE n.clock_id = $1 AND h.action = 'ESCALATE' ORDER BY h.at`,
      [clock.clockId],
    );
    expect(escalations).toHaveLength(3);
    expect(escalations[0]).toMatchObject({ from_state: 'ISSUED', to_state: 'ESCALATED', actor_name: 'system' });
    expect(
      await h.count(
        `SELECT count(*) FROM meetings.outbox WHERE topic = 'supervision.notice' AND payload->>'clockId' = $1 AND payload->>'action' = 'ESCALATE'`,
        [clock.clockId],
      ),
    ).toBe(3);

    // The unit saw the supervision notice; the escalated ones went to the tenants above it.
    const inbox = (await h.gql(unitToken, INBOX, {})).data!.noticeInbox.edges.map((e) => e.node.kind);
    expect(inbox.sort()).toEqual(['REMINDER', 'SUPERVISION']);
    const city = (await h.gql(await h.token('kunming', [Role.SUPERVISOR]), INBOX, {})).data!.noticeInbox.edges.map((e) => e.node.kind);
    expect(city).toContain('ACCOUNTABILITY');
  });

  it('escalates a rejected feedback left unanswered for the interval after the rejection', async () => {
    h.clock.set(START);
    const clock = caseClock('panlong');
    await h.apply(trigger(clock, 'OVERDUE'));
    const [notice] = await chainOf(clock.clockId);
    const addressee = await h.token('panlong', [Role.LEADER]);
    // No unit of the county handles it: the city supervises the county.
    const issuer = await h.token('kunming', [Role.SUPERVISOR]);
    await h.gql(
      addressee,
      graphql(`
        mutation NoticeEscalationSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {
          submitNoticeFeedback(input: $input) {
            version
          }
        }
      `),
      {
        input: { noticeId: notice.id, version: 1, text: '正在办理', attachments: [] },
      },
    );
    h.clock.advanceDays(2);
    const rejected = await h.gql(
      issuer,
      graphql(`
        mutation NoticeEscalationSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {
          rejectNoticeFeedback(input: $input) {
            state
            escalateOn
          }
        }
      `),
      {
        input: { noticeId: notice.id, version: 2, reason: '未写明办结时间' },
      },
    );
    expect(rejected.data!.rejectNoticeFeedback).toEqual({ state: 'REJECTED', escalateOn: '2026-03-09' });
    h.clock.advanceDays(5);
    expect(await h.escalateOnce()).toBe(0);
    h.clock.advanceDays(1);
    expect(await h.escalateOnce()).toBe(1);
    expect((await chainOf(clock.clockId)).map((n) => [n.kind, n.state, n.issuer_tenant_id, n.addressee_tenant_id])).toEqual([
      ['SUPERVISION', 'ESCALATED', tree.ids.kunming, tree.ids.panlong],
      ['CIRCULAR', 'ISSUED', tree.ids.yunnan, tree.ids.kunming],
    ]);
  });

  it('escalates a notice once when two passes run at the same time', async () => {
    h.clock.set(START);
    const clocks: ClockSpec[] = [caseClock('wuhua'), caseClock('panlong'), caseClock('huashan')];
    for (const clock of clocks) await h.apply(trigger(clock, 'OVERDUE'));
    h.clock.advanceDays(40);
    const [first, second] = await Promise.all([h.escalateOnce(), h.escalateOnce()]);
    expect(first + second).toBe(clocks.length);
    for (const clock of clocks) {
      const chain = await chainOf(clock.clockId);
      expect(chain.map((n) => n.kind)).toEqual(['SUPERVISION', 'CIRCULAR']);
    }
  });

  it('registers the escalation scheduler from one place when several workers start together', async () => {
    const escalation = h.worker.get(NoticeEscalationQueue);
    const registered = await Promise.all([escalation.scheduler.ensure(), escalation.scheduler.ensure(), escalation.scheduler.ensure()]);
    expect(registered.sort()).toEqual(['BUSY', 'BUSY', 'REGISTERED']);
    const schedulers = await escalation.queue.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.every])).toEqual([['notice-escalation-hourly', 3600_000]]);
  });

  it('sums up the notices of each child jurisdiction for a period', async () => {
    const province = await h.token('yunnan', [Role.SUPERVISOR]);
    const city = await h.token('kunming', [Role.ASSESSOR]);
    const byTenant = async (token: string, period: { from: string; to: string }) => {
      const result = await h.gql(token, SUMMARY, { period });
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(result.data!.supervisionSummary.map((row) => [row.tenantName, row]));
    };

    // Issued in March: Wuhua's subtree (Huashan included) and Panlong; April onwards the escalations.
    const march = await byTenant(city, { from: '2026-03-01', to: '2026-03-31' });
    expect(Object.keys(march).sort()).toEqual(['五华区', '盘龙区']);
    expect(march['五华区']).toMatchObject({
      issued: 3, // the first test's supervision notice, and two of the concurrent-pass test
      overdueFeedback: 3,
      escalated: 3,
      byKind: [
        { kind: 'REMINDER', issued: 1, overdueFeedback: 0, escalated: 0 },
        { kind: 'SUPERVISION', issued: 3, overdueFeedback: 3, escalated: 3 },
      ],
    });
    // Panlong: the rejected one (answered in time, escalated after the rejection), its circular
    // (unanswered past its due date) and the concurrent-pass one (unanswered, escalated).
    expect(march['盘龙区']).toMatchObject({ issued: 3, overdueFeedback: 2, escalated: 2 });

    const year = await byTenant(province, { from: '2026-01-01', to: '2026-12-31' });
    expect(Object.keys(year).sort()).toEqual(['昆明市', '曲靖市']);
    expect(year['曲靖市']).toEqual({ tenantId: tree.ids.qujing, tenantName: '曲靖市', issued: 0, overdueFeedback: 0, escalated: 0, byKind: [] });
    expect(year['昆明市'].byKind.map((k) => [k.kind, k.issued])).toEqual([
      ['REMINDER', 1],
      ['SUPERVISION', 5],
      ['CIRCULAR', 5],
      ['SUMMONS', 1],
      ['ACCOUNTABILITY', 1],
    ]);

    expect(errorCode(await h.gql(city, SUMMARY, { period: { from: '2026-04-01', to: '2026-03-01' } }))).toBe('VALIDATION');
    expect(errorCode(await h.gql(await h.token('kunming', [Role.HANDLER]), SUMMARY, { period: { from: '2026-03-01', to: '2026-03-31' } }))).toBe('FORBIDDEN');
  });
});
