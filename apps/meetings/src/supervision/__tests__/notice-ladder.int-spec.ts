import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#common/auth';
import { graphql } from '#test/gql/index.js';
import { errorCode } from '#test/helpers/graphql-client.js';
import { NoticeEscalationQueue } from '../queues/notice-escalation.queue.js';
import { SupervisionHarness, caseClock, deadlineChange, tree, trigger } from './supervision-harness.js';

const NOTICE = graphql(`
  query NoticeLadderSpecNotice($id: ID!) {
    notice(id: $id) {
      ...SupervisionHarnessNotice
      ladderStoppedReason
      history {
        action
        fromState
        toState
        reason
      }
    }
  }
`);
const ESCALATE = graphql(`
  mutation NoticeLadderSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {
    escalateNotice(input: $input) {
      id
    }
  }
`);
const RAISE = graphql(`
  mutation NoticeLadderSpecRaiseNotice($input: RaiseNoticeInput!) {
    raiseNotice(input: $input) {
      id
      issuerTenantId
      addresseeTenantId
    }
  }
`);

interface Row {
  id: string;
  kind: string;
  state: string;
  version: number;
  issuer_tenant_id: string;
  addressee_tenant_id: string;
  addressee_unit_id: string | null;
  escalate_on: string | null;
}

/** No office supervises itself: who issues each rung of the ladder, and where it stops. */
describe('supervision: the ladder never has an office supervise itself', () => {
  const h = new SupervisionHarness();
  const chainOf = (clockId: string) =>
    h.rows<Row>(
      `SELECT id, kind, state, version, issuer_tenant_id, addressee_tenant_id, addressee_unit_id, escalate_on::text
         FROM meetings.notices WHERE clock_id = $1 ORDER BY issued_at, kind`,
      [clockId],
    );

  beforeAll(() => h.start());
  afterAll(async () => {
    await h.worker?.get(NoticeEscalationQueue).queue.obliterate({ force: true });
    await h.stop();
  });

  it('climbs from an unrouted township case, supervised by the county, up to the province supervising the city, and stops there with the reason', async () => {
    // Registered at the township and not routed: its route clock is the township's, no unit handles it.
    const clock = caseClock('huashan', { stage: 'ROUTE' });
    await h.apply(deadlineChange(clock, 'STARTED'));
    await h.apply(trigger(clock, 'REMINDER', 3));
    await h.apply(trigger(clock, 'OVERDUE'));
    for (let step = 0; step < 2; step++) {
      const open = (await chainOf(clock.clockId)).at(-1)!;
      h.clock.set(new Date(`${open.escalate_on}T01:00:00Z`));
      h.clock.advanceDays(1);
      expect(await h.escalateOnce()).toBe(1);
    }
    let chain = await chainOf(clock.clockId);
    expect(chain.map((n) => [n.kind, n.state, n.issuer_tenant_id, n.addressee_tenant_id, n.addressee_unit_id])).toEqual([
      ['REMINDER', 'CLOSED', tree.ids.wuhua, tree.ids.huashan, null],
      ['SUPERVISION', 'ESCALATED', tree.ids.wuhua, tree.ids.huashan, null],
      ['CIRCULAR', 'ESCALATED', tree.ids.kunming, tree.ids.wuhua, null],
      ['SUMMONS', 'ISSUED', tree.ids.yunnan, tree.ids.kunming, null],
    ]);
    for (const notice of chain) expect(notice.issuer_tenant_id).not.toBe(notice.addressee_tenant_id);

    // The province has nobody above it: escalating by hand is refused with the reason, writing nothing.
    const summons = chain.at(-1)!;
    const provinceSupervisor = await h.token('yunnan', [Role.SUPERVISOR]);
    const before = await h.footprint();
    const byHand = await h.gql(provinceSupervisor, ESCALATE, { input: { noticeId: summons.id, version: summons.version, reason: '仍未整改' } });
    expect(errorCode(byHand)).toBe('VALIDATION');
    expect(byHand.errors![0].message).toBe('云南省已是最高一级机构，没有上级机构可以继续升级督办');
    expect(await h.footprint()).toEqual(before);

    // On its escalation day the job records why the ladder stops; the notice stays owed, and
    // nothing is escalated again afterwards.
    h.clock.set(new Date(`${summons.escalate_on}T01:00:00Z`));
    h.clock.advanceDays(1);
    expect(await h.escalateOnce()).toBe(1);
    h.clock.advanceDays(30);
    expect(await h.escalateOnce()).toBe(0);
    chain = await chainOf(clock.clockId);
    expect(chain.map((n) => n.kind)).toEqual(['REMINDER', 'SUPERVISION', 'CIRCULAR', 'SUMMONS']);
    const city = await h.token('kunming', [Role.LEADER]);
    const stopped = (await h.gql(city, NOTICE, { id: summons.id })).data!.notice;
    expect(stopped).toMatchObject({
      kind: 'SUMMONS',
      state: 'ISSUED',
      escalateOn: null,
      ladderStoppedReason: '云南省已是最高一级机构，没有上级机构可以继续升级督办',
    });
    expect(stopped.history.at(-1)).toEqual({
      action: 'STOP_ESCALATION',
      fromState: 'ISSUED',
      toState: 'ISSUED',
      reason: '云南省已是最高一级机构，没有上级机构可以继续升级督办',
    });
    // Still answered and decided as before.
    const answered = await h.gql(
      city,
      graphql(`
        mutation NoticeLadderSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {
          submitNoticeFeedback(input: $input) {
            state
          }
        }
      `),
      {
        input: { noticeId: summons.id, version: summons.version + 1, text: '已督促街道转送', attachments: [] },
      },
    );
    expect(answered.data!.submitNoticeFeedback.state).toBe('FEEDBACK_SUBMITTED');
  });

  it('issues nothing for the province’s own clock with no unit handling it, and records why', async () => {
    const clock = caseClock('yunnan', { stage: 'ROUTE' });
    await h.apply(deadlineChange(clock, 'STARTED'));
    await h.apply(trigger(clock, 'OVERDUE'));
    expect(await chainOf(clock.clockId)).toEqual([]);
    const audit = await h.rows(`SELECT tenant_id, action, after FROM meetings.audit_log WHERE entity = 'supervision_trigger' AND after->>'subjectId' = $1`, [
      clock.caseId,
    ]);
    expect(audit).toEqual([
      {
        tenant_id: tree.ids.yunnan,
        action: 'notice.not_issued',
        after: expect.objectContaining({ kind: 'OVERDUE', stage: 'ROUTE', reason: '云南省之上没有上级机构，本机构内又无承办单位，无法下发督办通知' }),
      },
    ]);
  });

  it('refuses a supervisor raising a notice on its own tenant’s case that no unit handles; the office above may', async () => {
    const clock = caseClock('panlong');
    await h.apply(deadlineChange(clock, 'STARTED'));
    const input = { subjectType: 'CASE', subjectId: clock.caseId, kind: 'SUPERVISION', reason: 'SHIRKING', text: '推诿拖延，限期整改' } as const;
    const own = await h.gql(await h.token('panlong', [Role.SUPERVISOR]), RAISE, { input });
    expect(errorCode(own)).toBe('VALIDATION');
    expect(own.errors![0].message).toBe('盘龙区不能督办本机构自身：该事项没有本机构内的承办单位，应由上级机构督办');
    const above = await h.gql(await h.token('kunming', [Role.SUPERVISOR]), RAISE, { input });
    expect(above.data!.raiseNotice).toEqual({ id: expect.any(String), issuerTenantId: tree.ids.kunming, addresseeTenantId: tree.ids.panlong });
  });

  it('refuses, in the database too, a notice an office addresses to itself', async () => {
    const [notice] = await h.rows<{ id: string }>(`SELECT id FROM meetings.notices WHERE addressee_unit_id IS NULL LIMIT 1`);
    await expect(h.admin.query(`UPDATE meetings.notices SET issuer_tenant_path = addressee_tenant_path WHERE id = $1`, [notice.id])).rejects.toThrow(
      /notices_addressed_below_issuer/,
    );
  });
});
