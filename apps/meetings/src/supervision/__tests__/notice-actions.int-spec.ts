import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import { errorCode } from '#test/helpers/graphql-client.js';
import { SupervisionHarness, caseClock, deadlineChange, trigger, tree } from './supervision-harness.js';
import { graphql } from '#test/gql/index.js';
import type { SupervisedSubjectType } from '#test/gql/graphql.js';

const VIEW = graphql(`
  query NoticeActionsSpecNotice($id: ID!) {
    notice(id: $id) {
      id
      version
      state
      availableActions
      feedbackDaysLeft
      feedbackOverdueDays
      ladder {
        id
        kind
        state
        issuerTenantId
        addresseeTenantId
      }
    }
  }
`);
const READ = graphql(`
  mutation NoticeActionsSpecMarkNoticeRead($id: ID!) {
    markNoticeRead(id: $id) {
      id
      version
    }
  }
`);
const FEEDBACK = graphql(`
  mutation NoticeActionsSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {
    submitNoticeFeedback(input: $input) {
      id
      version
    }
  }
`);
const ACCEPT = graphql(`
  mutation NoticeActionsSpecAcceptNoticeFeedback($input: AcceptFeedbackInput!) {
    acceptNoticeFeedback(input: $input) {
      id
      version
    }
  }
`);
const REJECT = graphql(`
  mutation NoticeActionsSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {
    rejectNoticeFeedback(input: $input) {
      id
      version
    }
  }
`);
const ESCALATE = graphql(`
  mutation NoticeActionsSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {
    escalateNotice(input: $input) {
      id
      kind
    }
  }
`);
const ISSUED = graphql(`
  query NoticeActionsSpecIssuedNotices($filter: NoticeFilter) {
    issuedNotices(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** `SupervisionNotice.availableActions` offers what the mutations then allow, and nothing they refuse. */
describe('supervision: the actions a notice offers, its feedback clock and its ladder', () => {
  const h = new SupervisionHarness();
  const housing = randomUUID();
  const t = {} as Record<'housing' | 'wuhuaSupervisor' | 'kunmingSupervisor', string>;
  let noticeId: string;

  const view = async (token: string, id = noticeId) => {
    const result = await h.gql(token, VIEW, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.notice;
  };
  const actions = async (token: string) => (await view(token)).availableActions;

  beforeAll(async () => {
    await h.start();
    t.housing = await h.token('wuhua', [Role.HANDLER], housing);
    t.wuhuaSupervisor = await h.token('wuhua', [Role.SUPERVISOR]);
    t.kunmingSupervisor = await h.token('kunming', [Role.SUPERVISOR]);
    // Overdue at Wuhua's housing bureau: Wuhua issues the 督办单 to the bureau, feedback due 04-01.
    const clock = caseClock('wuhua', { unitId: housing });
    await h.apply(deadlineChange(clock, 'STARTED'));
    await h.apply(trigger(clock, 'OVERDUE'));
    [{ id: noticeId }] = await h.rows<{ id: string }>(`SELECT id FROM meetings.notices WHERE clock_id = $1`, [clock.clockId]);
  });

  afterAll(() => h.stop());

  it('offers the addressed unit reading and feedback, the issuer and the city escalation, and counts the days to the feedback due date', async () => {
    expect(await view(t.housing)).toMatchObject({
      state: 'ISSUED',
      availableActions: ['READ', 'SUBMIT_FEEDBACK'],
      feedbackDaysLeft: 30,
      feedbackOverdueDays: 0,
    });
    // Wuhua's supervisor belongs to the addressee tenant too, whose users may answer for it.
    expect(await actions(t.wuhuaSupervisor)).toEqual(['READ', 'SUBMIT_FEEDBACK', 'ESCALATE']);
    expect(await actions(t.kunmingSupervisor)).toEqual(['ESCALATE']);
    // What is not offered is refused.
    expect(errorCode(await h.gql(t.wuhuaSupervisor, ACCEPT, { input: { noticeId, version: 1 } }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await h.gql(t.kunmingSupervisor, FEEDBACK, { input: { noticeId, version: 1, text: '代为反馈' } }))).toBe('FORBIDDEN');
  });

  it('moves the offer along with the state: feedback in, the issuer decides; rejected, the unit answers again or the issuer escalates', async () => {
    await h.gql(t.housing, READ, { id: noticeId });
    expect(await actions(t.housing)).toEqual(['SUBMIT_FEEDBACK']);
    await h.gql(t.housing, FEEDBACK, { input: { noticeId, version: 2, text: '正在整改。' } });
    expect(await view(t.housing)).toMatchObject({ availableActions: [], feedbackDaysLeft: null, feedbackOverdueDays: null });
    expect(await actions(t.wuhuaSupervisor)).toEqual(['ACCEPT', 'REJECT']);
    expect(await actions(t.kunmingSupervisor)).toEqual([]);
    expect(errorCode(await h.gql(t.kunmingSupervisor, ACCEPT, { input: { noticeId, version: 3 } }))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(t.wuhuaSupervisor, ESCALATE, { input: { noticeId, version: 3, reason: '催办' } }))).toBe('INVALID_TRANSITION');

    expect((await h.gql(t.wuhuaSupervisor, REJECT, { input: { noticeId, version: 3, reason: '未写明整改时限' } })).errors).toBeUndefined();
    expect(await actions(t.housing)).toEqual(['SUBMIT_FEEDBACK']);
    expect(await actions(t.wuhuaSupervisor)).toEqual(['SUBMIT_FEEDBACK', 'ESCALATE']);
  });

  it('counts the overdue days of feedback by the service clock', async () => {
    h.clock.set(new Date('2026-04-03T01:00:00Z'));
    expect(await view(t.housing)).toMatchObject({ feedbackDaysLeft: 0, feedbackOverdueDays: 2 });
  });

  it('shows the ladder from the first notice to the escalated one, as far as the caller sees it', async () => {
    const escalated = await h.gql(t.kunmingSupervisor, ESCALATE, { input: { noticeId, version: 4, reason: '逾期未重新反馈' } });
    expect(escalated.errors).toBeUndefined();
    const circular = escalated.data!.escalateNotice;
    expect(circular.kind).toBe('CIRCULAR');
    const ladder = [
      { id: noticeId, kind: 'SUPERVISION', state: 'ESCALATED', issuerTenantId: tree.ids.wuhua, addresseeTenantId: tree.ids.wuhua },
      { id: circular.id, kind: 'CIRCULAR', state: 'ISSUED', issuerTenantId: tree.ids.kunming, addresseeTenantId: tree.ids.wuhua },
    ];
    expect((await view(t.wuhuaSupervisor, noticeId)).ladder).toEqual(ladder);
    expect((await view(t.kunmingSupervisor, circular.id)).ladder).toEqual(ladder);
    expect(await actions(t.wuhuaSupervisor)).toEqual([]);
    // The housing bureau sees only what was addressed to it.
    expect((await view(t.housing, noticeId)).ladder.map((n: { id: string }) => n.id)).toEqual([noticeId]);
  });

  it('filters the issued list by the kind of subject', async () => {
    const ofType = async (subjectType: SupervisedSubjectType) => (await h.gql(t.wuhuaSupervisor, ISSUED, { filter: { subjectType } })).data!.issuedNotices;
    expect((await ofType('CASE')).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([noticeId]);
    expect(await ofType('TASK')).toEqual({ totalCount: 0, edges: [] });
  });
});
