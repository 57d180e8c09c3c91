import { graphql } from '#test/gql/index.js';
import type { CaseApi } from './case-api.js';
import type { NoticeFilter } from '#test/gql/graphql.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { dataOf, type GraphQLResult } from './graphql-client.js';

/** The fields of a supervision notice the end-to-end tests look at. */
graphql(`
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
const INBOX = graphql(`
  query SupervisionApiInbox($filter: NoticeFilter) {
    noticeInbox(first: 100, filter: $filter) {
      unreadCount
      edges {
        node {
          ...SupervisionApiNotice
        }
      }
    }
  }
`);
const ISSUED = graphql(`
  query SupervisionApiIssued {
    issuedNotices(first: 100) {
      edges {
        node {
          ...SupervisionApiNotice
        }
      }
    }
  }
`);
const CASE_NOTICES = graphql(`
  query SupervisionApiCaseNotices($id: ID!) {
    case(id: $id) {
      id
      supervisionNotices {
        ...SupervisionApiNotice
      }
    }
  }
`);
const MARK_READ = graphql(`
  mutation SupervisionApiMarkNoticeRead($id: ID!) {
    markNoticeRead(id: $id) {
      ...SupervisionApiNotice
    }
  }
`);

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

/** The notice mutations, each sent with `{ input }` and answering the notice. */
const NOTICE_MUTATIONS = {
  submitNoticeFeedback: graphql(`
    mutation SupervisionApiSubmitNoticeFeedback($input: NoticeFeedbackInput!) {
      submitNoticeFeedback(input: $input) {
        ...SupervisionApiNotice
      }
    }
  `),
  acceptNoticeFeedback: graphql(`
    mutation SupervisionApiAcceptNoticeFeedback($input: AcceptFeedbackInput!) {
      acceptNoticeFeedback(input: $input) {
        ...SupervisionApiNotice
      }
    }
  `),
  rejectNoticeFeedback: graphql(`
    mutation SupervisionApiRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {
      rejectNoticeFeedback(input: $input) {
        ...SupervisionApiNotice
      }
    }
  `),
  escalateNotice: graphql(`
    mutation SupervisionApiEscalateNotice($input: ReasonedNoticeChangeInput!) {
      escalateNotice(input: $input) {
        ...SupervisionApiNotice
      }
    }
  `),
  raiseNotice: graphql(`
    mutation SupervisionApiRaiseNotice($input: RaiseNoticeInput!) {
      raiseNotice(input: $input) {
        ...SupervisionApiNotice
      }
    }
  `),
  listForSupervision: graphql(`
    mutation SupervisionApiListForSupervision($input: ListForSupervisionInput!) {
      listForSupervision(input: $input) {
        ...SupervisionApiNotice
      }
    }
  `),
};
type NoticeMutation = keyof typeof NOTICE_MUTATIONS;

/**
 * 督查督办 as the demo users see it through the gateway: their inbox, what their office issued,
 * a case's notices, and the notice mutations. The lists are narrowed to one case when a test
 * asks, since the other cases of the file have notices of their own.
 */
export class SupervisionApi {
  constructor(private readonly api: CaseApi) {}

  /** The user's inbox (of one case, oldest first) and its unread count (of the whole inbox). */
  async inbox(username: string, caseId?: string, filter: NoticeFilter = {}): Promise<{ unreadCount: number; notices: NoticeView[] }> {
    const inbox = dataOf(await this.api.query(username, INBOX, { filter })).noticeInbox;
    return {
      unreadCount: inbox.unreadCount,
      notices: ofCase(
        inbox.edges.map((e) => e.node),
        caseId,
      ),
    };
  }

  /** Notices the user's office issued (of one case), oldest first. */
  async issued(username: string, caseId?: string): Promise<NoticeView[]> {
    const result = await this.api.query(username, ISSUED, {});
    return ofCase(
      dataOf(result).issuedNotices.edges.map((e) => e.node),
      caseId,
    );
  }

  /** `Case.supervisionNotices` as the user sees it; null when the user does not see the case. */
  async ofCase(username: string, caseId: string): Promise<NoticeView[] | null> {
    const result = await this.api.query(username, CASE_NOTICES, { id: caseId });
    if (result.errors?.length && result.errors[0].extensions?.code !== 'NOT_FOUND') throw new Error(`case ${caseId}: ${JSON.stringify(result.errors)}`);
    const kase = result.data?.case;
    return kase ? oldestFirst(kase.supervisionNotices) : null;
  }

  /** One notice with its feedback and history, or the raw result when it is refused. */
  notice(username: string, id: string) {
    return this.api.query(username, NOTICE, { id });
  }

  markRead(username: string, id: string) {
    return this.api.query(username, MARK_READ, { id });
  }

  /** One notice mutation with `{ input }`; the raw result, so that a test can assert a refusal. */
  mutate(username: string, mutation: NoticeMutation, input: Record<string, unknown>): Promise<GraphQLResult<Partial<Record<NoticeMutation, NoticeView>>>> {
    // The tests write inputs as a client would send them, refused ones too: the server checks them, not the types.
    const document = NOTICE_MUTATIONS[mutation] as unknown as TypedDocumentNode<
      Partial<Record<NoticeMutation, NoticeView>>,
      { input: Record<string, unknown> }
    >;
    return this.api.query(username, document, { input });
  }

  /** A notice mutation that must succeed: returns the notice. */
  async step(username: string, mutation: NoticeMutation, input: Record<string, unknown>): Promise<NoticeView> {
    const result = await this.mutate(username, mutation, input);
    const notice = result.data?.[mutation];
    if (!notice) throw new Error(`${mutation} failed: ${JSON.stringify(result.errors)}`);
    return notice;
  }
}

function ofCase(notices: NoticeView[], caseId: string | undefined): NoticeView[] {
  return oldestFirst(caseId ? notices.filter((n) => n.subjectId === caseId) : notices);
}
