import { print } from 'graphql';
import { graphql } from '#test/gql/index.js';
import type { CaseApi } from './case-api.js';
import type { GraphQLResult } from './graphql-client.js';

/** The fields of a supervision notice the end-to-end tests look at. */
const NOTICE_FRAGMENT = graphql(`
  fragment SupervisionApiNotice on SupervisionNotice {
    id
    version
    kind
    state
    reason
    subjectId
    subjectNumber
    stage
    clockId
    deadline
    issuerTenantId
    issuerTenantName
    addresseeTenantId
    addresseeTenantName
    addresseeUnitId
    addresseeUnitName
    issuedByName
    feedbackDue
    escalateOn
    escalatedFromId
    feedbackOverdue
    issuedAt
    readAt
    closedAt
    closeReason
    ladderStoppedReason
  }
`);
/** For the documents built at run time (by mutation name): the fragment's definition, sent with them. */
const NOTICE_FIELDS = '...SupervisionApiNotice';
const WITH_NOTICE_FIELDS = print(NOTICE_FRAGMENT);

const NOTICE = graphql(`
  query SupervisionApiNoticeDetail($id: ID!) {
    notice(id: $id) {
      ...SupervisionApiNotice
      feedback {
        text
        attachments
        submittedByName
        decision
        decisionComment
        decidedByName
      }
      history {
        seq
        action
        fromState
        toState
        actorName
        reason
      }
    }
  }
`);

export interface NoticeView {
  id: string;
  version: number;
  kind: string;
  state: string;
  reason: string | null;
  subjectId: string;
  stage: string | null;
  clockId: string | null;
  deadline: string | null;
  issuerTenantId: string;
  addresseeTenantId: string;
  addresseeUnitId: string | null;
  feedbackDue: string | null;
  escalateOn: string | null;
  escalatedFromId: string | null;
  closeReason: string | null;
  [field: string]: unknown;
}

const LADDER = ['REMINDER', 'SUPERVISION', 'CIRCULAR', 'SUMMONS', 'LISTED', 'ACCOUNTABILITY'];

/** Oldest first; notices issued at the same moment in the order of the ladder. */
function oldestFirst(notices: NoticeView[]): NoticeView[] {
  return [...notices].sort((a, b) => String(a.issuedAt).localeCompare(String(b.issuedAt)) || LADDER.indexOf(a.kind) - LADDER.indexOf(b.kind));
}

const INPUT_TYPES: Record<string, string> = {
  submitNoticeFeedback: 'NoticeFeedbackInput',
  acceptNoticeFeedback: 'AcceptFeedbackInput',
  rejectNoticeFeedback: 'ReasonedNoticeChangeInput',
  escalateNotice: 'ReasonedNoticeChangeInput',
  raiseNotice: 'RaiseNoticeInput',
  listForSupervision: 'ListForSupervisionInput',
};

/**
 * 督查督办 as the demo users see it through the gateway: their inbox, what their office issued,
 * a case's notices, and the notice mutations. The lists are narrowed to one case when a test
 * asks, since the other cases of the file have notices of their own.
 */
export class SupervisionApi {
  constructor(private readonly api: CaseApi) {}

  /** The user's inbox (of one case, oldest first) and its unread count (of the whole inbox). */
  async inbox(username: string, caseId?: string, filter: Record<string, unknown> = {}): Promise<{ unreadCount: number; notices: NoticeView[] }> {
    const result = await this.api.query(
      username,
      `query ($filter: NoticeFilter) { noticeInbox(first: 100, filter: $filter) { unreadCount edges { node { ${NOTICE_FIELDS} } } } } ${WITH_NOTICE_FIELDS}`,
      { filter },
    );
    const inbox = data(result, 'noticeInbox');
    return {
      unreadCount: inbox.unreadCount,
      notices: ofCase(
        inbox.edges.map((e: { node: NoticeView }) => e.node),
        caseId,
      ),
    };
  }

  /** Notices the user's office issued (of one case), oldest first. */
  async issued(username: string, caseId?: string): Promise<NoticeView[]> {
    const result = await this.api.query(username, `{ issuedNotices(first: 100) { edges { node { ${NOTICE_FIELDS} } } } } ${WITH_NOTICE_FIELDS}`);
    return ofCase(
      data(result, 'issuedNotices').edges.map((e: { node: NoticeView }) => e.node),
      caseId,
    );
  }

  /** `Case.supervisionNotices` as the user sees it; null when the user does not see the case. */
  async ofCase(username: string, caseId: string): Promise<NoticeView[] | null> {
    const result = await this.api.query(username, `query ($id: ID!) { case(id: $id) { id supervisionNotices { ${NOTICE_FIELDS} } } } ${WITH_NOTICE_FIELDS}`, {
      id: caseId,
    });
    if (result.errors?.length && result.errors[0].extensions?.code !== 'NOT_FOUND') throw new Error(`case ${caseId}: ${JSON.stringify(result.errors)}`);
    const kase = result.data?.case;
    return kase ? oldestFirst(kase.supervisionNotices) : null;
  }

  /** One notice with its feedback and history, or the raw result when it is refused. */
  notice(username: string, id: string) {
    return this.api.query(username, NOTICE, { id });
  }

  markRead(username: string, id: string): Promise<GraphQLResult> {
    return this.api.query(username, `mutation ($id: ID!) { markNoticeRead(id: $id) { ${NOTICE_FIELDS} } } ${WITH_NOTICE_FIELDS}`, { id });
  }

  /** One notice mutation with `{ input }`; the raw result, so that a test can assert a refusal. */
  mutate(username: string, mutation: keyof typeof INPUT_TYPES, input: Record<string, unknown>): Promise<GraphQLResult> {
    return this.api.query(username, `mutation ($input: ${INPUT_TYPES[mutation]}!) { ${mutation}(input: $input) { ${NOTICE_FIELDS} } } ${WITH_NOTICE_FIELDS}`, {
      input,
    });
  }

  /** A notice mutation that must succeed: returns the notice. */
  async step(username: string, mutation: keyof typeof INPUT_TYPES, input: Record<string, unknown>): Promise<NoticeView> {
    return data(await this.mutate(username, mutation, input), mutation);
  }
}

function ofCase(notices: NoticeView[], caseId: string | undefined): NoticeView[] {
  return oldestFirst(caseId ? notices.filter((n) => n.subjectId === caseId) : notices);
}

function data(result: GraphQLResult, field: string) {
  if (!result.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(result.errors)}`);
  return result.data[field];
}
