import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import { graphql } from '#test/gql/index.js';
import type { ListForSupervisionInput, RaiseNoticeInput } from '#test/gql/graphql.js';
import { errorCode, SERVICE_SDL, subgraphDocument } from '#test/helpers/graphql-client.js';
import { START, SupervisionHarness, caseClock, deadlineChange, tree, trigger, type ClockSpec } from './supervision-harness.js';

const INBOX = graphql(`
  query NoticeWorkflowSpecInbox($filter: NoticeFilter, $first: Int, $after: String) {
    noticeInbox(filter: $filter, first: $first, after: $after) {
      unreadCount
      edges {
        cursor
        node {
          ...SupervisionHarnessNotice
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ISSUED = graphql(`
  query NoticeWorkflowSpecIssued($filter: NoticeFilter) {
    issuedNotices(filter: $filter) {
      edges {
        node {
          id
          kind
          addresseeTenantId
        }
      }
    }
  }
`);
const NOTICE = graphql(`
  query NoticeWorkflowSpecNotice($id: ID!) {
    notice(id: $id) {
      ...SupervisionHarnessNotice
      history {
        seq
        action
        fromState
        toState
        actorName
        reason
        at
      }
      feedback {
        text
        attachments
        submittedByName
        decision
        decisionComment
        decidedByName
      }
    }
  }
`);
const READ = graphql(`
  mutation NoticeWorkflowSpecRead($id: ID!) {
    markNoticeRead(id: $id) {
      id
      state
      version
      readAt
    }
  }
`);
const FEEDBACK = graphql(`
  mutation NoticeWorkflowSpecFeedback($input: NoticeFeedbackInput!) {
    submitNoticeFeedback(input: $input) {
      id
      state
      version
      escalateOn
    }
  }
`);
const ACCEPT = graphql(`
  mutation NoticeWorkflowSpecAccept($input: AcceptFeedbackInput!) {
    acceptNoticeFeedback(input: $input) {
      id
      state
      version
      escalateOn
    }
  }
`);
const REJECT = graphql(`
  mutation NoticeWorkflowSpecReject($input: ReasonedNoticeChangeInput!) {
    rejectNoticeFeedback(input: $input) {
      id
      state
      version
      escalateOn
    }
  }
`);
const ESCALATE = graphql(`
  mutation NoticeWorkflowSpecEscalate($input: ReasonedNoticeChangeInput!) {
    escalateNotice(input: $input) {
      ...SupervisionHarnessNotice
    }
  }
`);
const RAISE = graphql(`
  mutation NoticeWorkflowSpecRaise($input: RaiseNoticeInput!) {
    raiseNotice(input: $input) {
      ...SupervisionHarnessNotice
    }
  }
`);
const LIST = graphql(`
  mutation NoticeWorkflowSpecList($input: ListForSupervisionInput!) {
    listForSupervision(input: $input) {
      ...SupervisionHarnessNotice
    }
  }
`);
interface CaseNoticesAnswer {
  _entities: { id: string; supervisionNotices: { id: string; kind: string; state: string; addresseeUnitId: string | null }[] }[];
}
const CASE_NOTICES = subgraphDocument<CaseNoticesAnswer, { cases: { __typename: string; id: string }[] }>(
  `query ($cases: [_Any!]!) { _entities(representations: $cases) { ... on Case { id supervisionNotices { id kind state addresseeUnitId } } } }`,
);
const SETTINGS = graphql(`
  query NoticeWorkflowSpecSettings {
    supervisionSettings {
      feedbackDays
      escalationIntervalDays
      ownFeedbackDays
      ownEscalationIntervalDays
      version
    }
  }
`);
const UPDATE_SETTINGS = graphql(`
  mutation NoticeWorkflowSpecUpdateSettings($input: SupervisionSettingsInput!) {
    updateSupervisionSettings(input: $input) {
      feedbackDays
      escalationIntervalDays
      ownFeedbackDays
      ownEscalationIntervalDays
      version
    }
  }
`);

describe('supervision: notices through the meetings subgraph', () => {
  const h = new SupervisionHarness();
  const housing = randomUUID();
  const police = randomUUID();
  const t = {} as Record<
    'housing' | 'police' | 'wuhuaSupervisor' | 'wuhuaAdmin' | 'kunmingSupervisor' | 'kunmingAdmin' | 'panlongSupervisor' | 'assessor',
    string
  >;

  /** A case of Wuhua handled by its housing bureau, overdue: one supervision notice to the bureau. */
  const overdueCase = async (overrides: Partial<ClockSpec> = {}) => {
    const clock = caseClock('wuhua', { unitId: housing, ...overrides });
    await h.apply(deadlineChange(clock, 'STARTED'));
    await h.apply(trigger(clock, 'OVERDUE'));
    const [notice] = await h.rows<{ id: string }>(`SELECT id FROM meetings.notices WHERE clock_id = $1 AND kind = 'SUPERVISION'`, [clock.clockId]);
    return { clock, noticeId: notice.id };
  };

  /** Runs a refused operation and checks it changed nothing. */
  const refused = async <T, V>(token: string, document: TypedDocumentNode<T, V>, variables: V) => {
    const before = await h.footprint();
    const result = await h.gql(token, document, variables);
    expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await h.footprint()).toEqual(before);
    return { code: errorCode(result), message: result.errors?.[0]?.message ?? '' };
  };

  beforeAll(async () => {
    await h.start();
    t.housing = await h.token('wuhua', [Role.HANDLER], housing);
    t.police = await h.token('wuhua', [Role.HANDLER], police);
    t.wuhuaSupervisor = await h.token('wuhua', [Role.SUPERVISOR]);
    t.wuhuaAdmin = await h.token('wuhua', [Role.TENANT_ADMIN]);
    t.kunmingSupervisor = await h.token('kunming', [Role.SUPERVISOR]);
    t.kunmingAdmin = await h.token('kunming', [Role.TENANT_ADMIN]);
    t.panlongSupervisor = await h.token('panlong', [Role.SUPERVISOR]);
    t.assessor = await h.token('kunming', [Role.ASSESSOR]);
  });

  afterAll(() => h.stop());

  describe('the addressee and the issuer', () => {
    let noticeId: string;

    beforeAll(async () => {
      ({ noticeId } = await overdueCase());
    });

    it('shows the handling unit the notice in its inbox, unread, until it reads it (once)', async () => {
      const inbox = await h.gql(t.housing, INBOX, { filter: { unread: true } });
      expect(inbox.errors).toBeUndefined();
      expect(inbox.data!.noticeInbox.unreadCount).toBe(1);
      expect(inbox.data!.noticeInbox.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          id: noticeId,
          kind: 'SUPERVISION',
          state: 'ISSUED',
          reason: 'OVERDUE',
          issuerTenantId: tree.ids.wuhua,
          issuerTenantName: '五华区',
          addresseeTenantId: tree.ids.wuhua,
          addresseeUnitId: housing,
          responsibleTenantId: tree.ids.wuhua,
          feedbackDue: '2026-04-01',
          feedbackOverdue: false,
        }),
      ]);
      const read = await h.gql(t.housing, READ, { id: noticeId });
      expect(read.data!.markNoticeRead).toMatchObject({ state: 'READ', version: 2 });
      const again = await h.gql(t.housing, READ, { id: noticeId });
      expect(again.data!.markNoticeRead).toMatchObject({ state: 'READ', version: 2 });
      expect((await h.gql(t.housing, INBOX, {})).data!.noticeInbox.unreadCount).toBe(0);
    });

    it('takes written feedback from the unit; the issuer rejects it, then accepts the second one', async () => {
      const first = await h.gql(t.housing, FEEDBACK, {
        input: { noticeId, version: 2, text: '已约谈承办人，正在核实供暖数据。', attachments: ['files/2026/03/report-1.pdf'] },
      });
      expect(first.errors).toBeUndefined();
      expect(first.data!.submitNoticeFeedback).toEqual({ id: noticeId, state: 'FEEDBACK_SUBMITTED', version: 3, escalateOn: null });

      const rejected = await h.gql(t.wuhuaSupervisor, REJECT, { input: { noticeId, version: 3, reason: '未说明整改时限' } });
      // Unanswered again for the escalation interval (5 days) after the rejection, it escalates.
      expect(rejected.data!.rejectNoticeFeedback).toEqual({ id: noticeId, state: 'REJECTED', version: 4, escalateOn: '2026-03-07' });

      // An hour later the same day: the feedback rows are ordered by when they came.
      h.clock.set(new Date(START.getTime() + 3600_000));
      await h.gql(t.housing, FEEDBACK, { input: { noticeId, version: 4, text: '已于 3 月 3 日恢复供暖，整改完成。', attachments: [] } });
      const accepted = await h.gql(t.wuhuaSupervisor, ACCEPT, { input: { noticeId, version: 5, comment: '同意' } });
      expect(accepted.data!.acceptNoticeFeedback).toEqual({ id: noticeId, state: 'ACCEPTED', version: 6, escalateOn: null });

      const detail = await h.gql(t.housing, NOTICE, { id: noticeId });
      expect(detail.data!.notice.history.map((e) => [e.seq, e.action, e.fromState, e.toState])).toEqual([
        [1, 'ISSUE', null, 'ISSUED'],
        [2, 'READ', 'ISSUED', 'READ'],
        [3, 'SUBMIT_FEEDBACK', 'READ', 'FEEDBACK_SUBMITTED'],
        [4, 'REJECT', 'FEEDBACK_SUBMITTED', 'REJECTED'],
        [5, 'SUBMIT_FEEDBACK', 'REJECTED', 'FEEDBACK_SUBMITTED'],
        [6, 'ACCEPT', 'FEEDBACK_SUBMITTED', 'ACCEPTED'],
      ]);
      expect(detail.data!.notice.history[3]).toMatchObject({ actorName: 'wuhua.supervisor', reason: '未说明整改时限' });
      expect(detail.data!.notice.feedback).toEqual([
        {
          text: '已约谈承办人，正在核实供暖数据。',
          attachments: ['files/2026/03/report-1.pdf'],
          submittedByName: 'wuhua.handler',
          decision: 'REJECTED',
          decisionComment: '未说明整改时限',
          decidedByName: 'wuhua.supervisor',
        },
        {
          text: '已于 3 月 3 日恢复供暖，整改完成。',
          attachments: [],
          submittedByName: 'wuhua.handler',
          decision: 'ACCEPTED',
          decisionComment: '同意',
          decidedByName: 'wuhua.supervisor',
        },
      ]);
      const issued = await h.gql(t.wuhuaSupervisor, ISSUED, { filter: { state: 'ACCEPTED' } });
      expect(issued.data!.issuedNotices.edges.map((e) => e.node.id)).toContain(noticeId);
    });

    it('refuses a second acceptance, naming the state, and writes nothing', async () => {
      const { code, message } = await refused(t.wuhuaSupervisor, ACCEPT, { input: { noticeId, version: 6 } });
      expect(code).toBe('INVALID_TRANSITION');
      expect(message).toContain('「反馈已采纳」');
    });

    it('refuses a stale version with CONFLICT', async () => {
      const { noticeId: fresh } = await overdueCase();
      const { code } = await refused(t.housing, FEEDBACK, { input: { noticeId: fresh, version: 7, text: '反馈', attachments: [] } });
      expect(code).toBe('CONFLICT');
    });

    it('refuses feedback on someone else’s notice: another unit cannot see it, the city may see but not answer it', async () => {
      const { noticeId: fresh } = await overdueCase();
      const input = { noticeId: fresh, version: 1, text: '代为反馈', attachments: [] };
      expect((await refused(t.police, FEEDBACK, { input })).code).toBe('NOT_FOUND');
      expect((await refused(t.panlongSupervisor, FEEDBACK, { input })).code).toBe('NOT_FOUND');
      const city = await refused(t.kunmingSupervisor, FEEDBACK, { input });
      expect(city).toEqual({ code: 'FORBIDDEN', message: '只有受文单位可以阅知和反馈该督办通知' });
      // Nor may anyone but the issuing tenant's supervisors decide on it.
      await h.gql(t.housing, FEEDBACK, { input });
      expect((await refused(t.kunmingSupervisor, ACCEPT, { input: { noticeId: fresh, version: 2 } })).code).toBe('FORBIDDEN');
      expect((await refused(t.housing, ACCEPT, { input: { noticeId: fresh, version: 2 } })).code).toBe('FORBIDDEN');
    });

    it('lets only one of two concurrent decisions on the same version through', async () => {
      const { noticeId: fresh } = await overdueCase();
      await h.gql(t.housing, FEEDBACK, { input: { noticeId: fresh, version: 1, text: '已整改', attachments: [] } });
      const results = await Promise.all([
        h.gql(t.wuhuaSupervisor, ACCEPT, { input: { noticeId: fresh, version: 2 } }),
        h.gql(t.wuhuaAdmin, REJECT, { input: { noticeId: fresh, version: 2, reason: '材料不全' } }),
      ]);
      const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const [row] = await h.rows(`SELECT state, version FROM meetings.notices WHERE id = $1`, [fresh]);
      expect(row.version).toBe(3);
      expect(await h.count(`SELECT count(*) FROM meetings.notice_history WHERE notice_id = $1`, [fresh])).toBe(3);
      expect(await h.count(`SELECT count(*) FROM meetings.notice_feedback WHERE notice_id = $1 AND decision IS NOT NULL`, [fresh])).toBe(1);
    });
  });

  describe('hand-raised notices', () => {
    it('lets a city supervisor raise a summons on a county case, addressed to the handling unit', async () => {
      const { clock } = await overdueCase();
      const result = await h.gql(t.kunmingSupervisor, RAISE, {
        input: {
          subjectType: 'CASE',
          subjectId: clock.caseId,
          kind: 'SUMMONS',
          reason: 'SHIRKING',
          text: '该件推诿拖延，请主要负责同志到市信访局约谈。',
          stage: 'HANDLE',
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.raiseNotice).toMatchObject({
        kind: 'SUMMONS',
        state: 'ISSUED',
        reason: 'SHIRKING',
        subjectNumber: clock.number,
        subjectTitle: clock.title,
        stage: 'HANDLE',
        clockId: clock.clockId,
        deadline: clock.deadline,
        issuerTenantId: tree.ids.kunming,
        issuerTenantName: '昆明市',
        addresseeTenantId: tree.ids.wuhua,
        addresseeUnitId: housing,
        responsibleTenantId: tree.ids.wuhua,
        feedbackDue: '2026-04-01',
      });
      // Following the clock: the stage's completion closes it.
      await h.apply(deadlineChange(clock, 'STOPPED', '2026-03-02'));
      const [row] = await h.rows(`SELECT state FROM meetings.notices WHERE id = $1`, [result.data!.raiseNotice.id]);
      expect(row.state).toBe('CLOSED');
    });

    it('lists a case for supervision with a fix-by date', async () => {
      const { clock } = await overdueCase();
      const result = await h.gql(t.wuhuaSupervisor, LIST, {
        input: { subjectType: 'CASE', subjectId: clock.caseId, reason: 'DECISION_NOT_CARRIED_OUT', text: '处理意见未落实，挂牌督办。', fixBy: '2026-03-20' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.listForSupervision).toMatchObject({ kind: 'LISTED', fixBy: '2026-03-20', clockId: null, issuerTenantId: tree.ids.wuhua });
    });

    it('refuses a case outside the subtree, an unknown case, a reminder, a stage not running and a past fix-by date, writing nothing', async () => {
      const { clock } = await overdueCase();
      const qujingCase = caseClock('qujing');
      await h.apply(deadlineChange(qujingCase, 'STARTED'));
      const input: RaiseNoticeInput = { subjectType: 'CASE', subjectId: clock.caseId, kind: 'SUPERVISION', reason: 'OTHER', text: '请说明情况。' };
      const outside = await refused(t.kunmingSupervisor, RAISE, { input: { ...input, subjectId: qujingCase.caseId } });
      expect(outside).toEqual({ code: 'NOT_FOUND', message: '信访事项不存在或不在本辖区内' });
      expect((await refused(t.panlongSupervisor, RAISE, { input })).code).toBe('NOT_FOUND');
      expect((await refused(t.kunmingSupervisor, RAISE, { input: { ...input, subjectId: randomUUID() } })).code).toBe('NOT_FOUND');
      expect((await refused(t.kunmingSupervisor, RAISE, { input: { ...input, kind: 'REMINDER' } })).code).toBe('VALIDATION');
      expect((await refused(t.kunmingSupervisor, RAISE, { input: { ...input, stage: 'REVIEW' } })).message).toContain('「复查」环节不在办理中');
      const listed: ListForSupervisionInput = { subjectType: 'CASE', subjectId: clock.caseId, reason: 'OTHER', text: '挂牌', fixBy: '2026-03-01' };
      expect((await refused(t.kunmingSupervisor, LIST, { input: listed })).code).toBe('VALIDATION');
      // Handlers do not raise notices.
      expect((await refused(t.housing, RAISE, { input })).code).toBe('FORBIDDEN');
    });

    it('escalates by hand one level up, and refuses escalating a closed notice', async () => {
      const { clock, noticeId } = await overdueCase();
      const result = await h.gql(t.kunmingSupervisor, ESCALATE, { input: { noticeId, version: 1, reason: '群众反映强烈，提级督办' } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.escalateNotice).toMatchObject({
        kind: 'CIRCULAR',
        escalatedFromId: noticeId,
        issuerTenantId: tree.ids.kunming,
        addresseeTenantId: tree.ids.wuhua,
        addresseeUnitId: null,
      });
      const [old] = await h.rows(`SELECT state FROM meetings.notices WHERE id = $1`, [noticeId]);
      expect(old.state).toBe('ESCALATED');

      await h.apply(deadlineChange(clock, 'STOPPED', '2026-03-02'));
      const circular = result.data!.escalateNotice;
      const [closed] = await h.rows(`SELECT state, version FROM meetings.notices WHERE id = $1`, [circular.id]);
      expect(closed.state).toBe('CLOSED');
      const { code, message } = await refused(t.kunmingSupervisor, ESCALATE, { input: { noticeId: circular.id, version: closed.version, reason: '再升级' } });
      expect(code).toBe('INVALID_TRANSITION');
      expect(message).toContain('「已办结」');
      // The county may not escalate what the city issued.
      const { noticeId: another } = await overdueCase();
      const byCity = await h.gql(t.kunmingSupervisor, ESCALATE, { input: { noticeId: another, version: 1, reason: '提级' } });
      expect((await refused(t.wuhuaSupervisor, ESCALATE, { input: { noticeId: byCity.data!.escalateNotice.id, version: 1, reason: '再升级' } })).code).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('who sees what', () => {
    let clock: ClockSpec;
    let noticeId: string;

    beforeAll(async () => {
      ({ clock, noticeId } = await overdueCase());
      // A notice of Panlong's own, to the tenant.
      const panlong = caseClock('panlong');
      await h.apply(trigger(panlong, 'OVERDUE'));
    });

    const caseNotices = async (token: string) => {
      const result = await h.gql(token, CASE_NOTICES, { cases: [{ __typename: 'Case', id: clock.caseId }] });
      expect(result.errors).toBeUndefined();
      return result.data!._entities[0].supervisionNotices;
    };

    it('extends the cases subgraph’s Case entity by its key', async () => {
      const sdl: string = (await h.gql(t.kunmingSupervisor, SERVICE_SDL, {})).data!._service.sdl;
      expect(sdl).toMatch(/type Case\s+@key\(fields: "id"\)\s*\{/);
      expect(sdl).toContain('supervisionNotices: [SupervisionNotice!]!');
    });

    it('shows a case’s notices to its county, the city above and the addressed unit', async () => {
      expect((await caseNotices(t.kunmingSupervisor)).map((n) => n.id)).toEqual([noticeId]);
      expect((await caseNotices(t.wuhuaSupervisor)).map((n) => n.id)).toEqual([noticeId]);
      expect(await caseNotices(t.housing)).toEqual([{ id: noticeId, kind: 'SUPERVISION', state: 'ISSUED', addresseeUnitId: housing }]);
    });

    it('shows a sibling county none of them, and another unit of the county none either', async () => {
      expect(await caseNotices(t.panlongSupervisor)).toEqual([]);
      expect(await caseNotices(t.police)).toEqual([]);
      expect(errorCode(await h.gql(t.panlongSupervisor, NOTICE, { id: noticeId }))).toBe('NOT_FOUND');
      expect(errorCode(await h.gql(t.police, NOTICE, { id: noticeId }))).toBe('NOT_FOUND');
      const panlongInbox = (await h.gql(t.panlongSupervisor, INBOX, { first: 100 })).data!.noticeInbox;
      expect(panlongInbox.edges.every((e) => e.node.responsibleTenantId === tree.ids.panlong)).toBe(true);
      expect(panlongInbox.edges.length).toBeGreaterThan(0);
      const policeInbox = (await h.gql(t.police, INBOX, { first: 100 })).data!.noticeInbox;
      expect(policeInbox).toMatchObject({ unreadCount: 0, edges: [] });
      const housingInbox = (await h.gql(t.housing, INBOX, { first: 100 })).data!.noticeInbox;
      expect(housingInbox.edges.length).toBeGreaterThan(0);
      expect(housingInbox.edges.every((e) => e.node.addresseeUnitId === housing)).toBe(true);
    });

    it('pages the inbox with a cursor, newest first', async () => {
      const all = (await h.gql(t.housing, INBOX, { first: 100 })).data!.noticeInbox.edges.map((e) => e.node.id);
      const first = (await h.gql(t.housing, INBOX, { first: 2 })).data!.noticeInbox;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await h.gql(t.housing, INBOX, { first: 2, after: first.pageInfo.endCursor })).data!.noticeInbox;
      expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(all.slice(0, 4));
      expect(errorCode(await h.gql(t.housing, INBOX, { first: 101 }))).toBe('VALIDATION');
    });

    it('totals the inbox and the issued list over all pages, with the page’s filter and row-level security', async () => {
      const TOTALS = graphql(`
        query NoticeWorkflowSpecNoticeInbox($filter: NoticeFilter) {
          noticeInbox(first: 1, filter: $filter) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      `);
      const all = (await h.gql(t.housing, INBOX, { first: 100 })).data!.noticeInbox.edges;
      const unread = all.filter((e) => e.node.state === 'ISSUED').length;
      const housingTotals = (await h.gql(t.housing, TOTALS, {})).data!.noticeInbox;
      expect(housingTotals.edges).toHaveLength(1);
      expect(housingTotals.totalCount).toBe(all.length);
      expect((await h.gql(t.housing, TOTALS, { filter: { unread: true } })).data!.noticeInbox.totalCount).toBe(unread);
      expect((await h.gql(t.police, TOTALS, {})).data!.noticeInbox.totalCount).toBe(0);
      const ISSUED_TOTAL = graphql(`
        query NoticeWorkflowSpecIssuedNotices2($filter: NoticeFilter) {
          issuedNotices(first: 1, filter: $filter) {
            totalCount
          }
        }
      `);
      const issuedAll = (
        await h.gql(
          t.wuhuaSupervisor,
          graphql(`
            query NoticeWorkflowSpecIssuedNotices {
              issuedNotices(first: 100) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          `),
          {},
        )
      ).data!.issuedNotices.edges.length;
      expect((await h.gql(t.wuhuaSupervisor, ISSUED_TOTAL, {})).data!.issuedNotices.totalCount).toBe(issuedAll);
      expect((await h.gql(t.panlongSupervisor, ISSUED_TOTAL, { filter: { kind: 'CIRCULAR' } })).data!.issuedNotices.totalCount).toBe(0);
    });

    it('refuses assessors the inbox and unauthenticated callers everything', async () => {
      expect(errorCode(await h.gql(t.assessor, INBOX, {}))).toBe('FORBIDDEN');
      expect(errorCode(await h.gql(undefined, CASE_NOTICES, { cases: [{ __typename: 'Case', id: clock.caseId }] }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('settings', () => {
    it('inherits the city’s feedback days down to the county and its new notices, refusing a stale version', async () => {
      expect((await h.gql(t.wuhuaAdmin, SETTINGS, {})).data!.supervisionSettings).toEqual({
        feedbackDays: 30,
        escalationIntervalDays: 5,
        ownFeedbackDays: null,
        ownEscalationIntervalDays: null,
        version: 0,
      });
      const set = await h.gql(t.kunmingAdmin, UPDATE_SETTINGS, { input: { feedbackDays: 20, version: 0 } });
      expect(set.data!.updateSupervisionSettings).toEqual({
        feedbackDays: 20,
        escalationIntervalDays: 5,
        ownFeedbackDays: 20,
        ownEscalationIntervalDays: null,
        version: 1,
      });
      const stale = await refused(t.kunmingAdmin, UPDATE_SETTINGS, { input: { feedbackDays: 10, version: 0 } });
      expect(stale.code).toBe('CONFLICT');
      await h.gql(t.wuhuaAdmin, UPDATE_SETTINGS, { input: { escalationIntervalDays: 3, version: 0 } });
      expect((await h.gql(t.wuhuaAdmin, SETTINGS, {})).data!.supervisionSettings).toMatchObject({ feedbackDays: 20, escalationIntervalDays: 3, version: 1 });
      expect(errorCode(await h.gql(t.wuhuaSupervisor, UPDATE_SETTINGS, { input: { feedbackDays: 9, version: 1 } }))).toBe('FORBIDDEN');

      const { noticeId } = await overdueCase();
      const [notice] = await h.rows(`SELECT feedback_due::text, escalate_on::text FROM meetings.notices WHERE id = $1`, [noticeId]);
      expect(notice).toEqual({ feedback_due: '2026-03-22', escalate_on: '2026-03-25' });
    });
  });
});
