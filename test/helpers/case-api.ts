import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { App } from 'supertest/types.js';
import { graphql } from '#test/gql/index.js';
import { errorCode, gql, login, type GraphQLResult } from './graphql-client.js';

const ME = graphql(`
  query CaseApiMe {
    me {
      id
    }
  }
`);
const TENANTS = graphql(`
  query CaseApiTenants {
    tenants(first: 100) {
      edges {
        node {
          id
          code
        }
      }
    }
  }
`);
const UNITS = graphql(`
  query CaseApiUnits($id: ID!) {
    tenant(id: $id) {
      units(first: 100) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

/** The fields of a case the lifecycle tests look at. */
graphql(`
  fragment CaseApiCase on Case {
    id
    number
    state
    version
    kind
    channel
    handlingTenantId
    handlingUnitId
    deadline
    deadlineStage
    openStages
    extensionUsed
    sendBackCount
    rating
    outcome
    decisionText
    completionReport
    repeatOfId
    repeatCount
    levelSkipping
    handledBelow
    collective
    personCount
    finishedOn
    closeReason
    declineReason
    ending
    final
    reviewResult
    reexaminationResult
    stages {
      stage
      startedOn
      deadline
      stoppedOn
      onTime
      extensionDays
      provisional
    }
  }
`);
const CASE = graphql(`
  query CaseApiCase($id: ID!) {
    case(id: $id) {
      ...CaseApiCase
    }
  }
`);

/** The lifecycle mutations, each sent with `{ input }` and answering the case. */
const CASE_MUTATIONS = {
  registerCase: graphql(`
    mutation CaseApiRegisterCase($input: RegisterCaseInput!) {
      registerCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  routeCase: graphql(`
    mutation CaseApiRouteCase($input: RouteCaseInput!) {
      routeCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  receiveCase: graphql(`
    mutation CaseApiReceiveCase($input: CaseChangeInput!) {
      receiveCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  acceptCase: graphql(`
    mutation CaseApiAcceptCase($input: CaseChangeInput!) {
      acceptCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  objectToCase: graphql(`
    mutation CaseApiObjectToCase($input: ReasonedCaseInput!) {
      objectToCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  reportCaseUp: graphql(`
    mutation CaseApiReportCaseUp($input: ReasonedCaseInput!) {
      reportCaseUp(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  declineCase: graphql(`
    mutation CaseApiDeclineCase($input: DeclineCaseInput!) {
      declineCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  extendCase: graphql(`
    mutation CaseApiExtendCase($input: ExtendCaseInput!) {
      extendCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  recordHearing: graphql(`
    mutation CaseApiRecordHearing($input: RecordHearingInput!) {
      recordHearing(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  decideCase: graphql(`
    mutation CaseApiDecideCase($input: DecideCaseInput!) {
      decideCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  sendBackCase: graphql(`
    mutation CaseApiSendBackCase($input: SendBackCaseInput!) {
      sendBackCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  submitCompletionReport: graphql(`
    mutation CaseApiSubmitCompletionReport($input: CaseChangeInput!) {
      submitCompletionReport(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  deliverCase: graphql(`
    mutation CaseApiDeliverCase($input: CaseChangeInput!) {
      deliverCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  rateCase: graphql(`
    mutation CaseApiRateCase($input: RateCaseInput!) {
      rateCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  rateCaseByToken: graphql(`
    mutation CaseApiRateCaseByToken($input: RateByTokenInput!) {
      rateCaseByToken(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  requestReview: graphql(`
    mutation CaseApiRequestReview($input: CaseChangeInput!) {
      requestReview(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  decideReview: graphql(`
    mutation CaseApiDecideReview($input: DecideReviewInput!) {
      decideReview(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  requestReexamination: graphql(`
    mutation CaseApiRequestReexamination($input: CaseChangeInput!) {
      requestReexamination(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  decideReexamination: graphql(`
    mutation CaseApiDecideReexamination($input: DecideReviewInput!) {
      decideReexamination(input: $input) {
        ...CaseApiCase
      }
    }
  `),
  closeCase: graphql(`
    mutation CaseApiCloseCase($input: CloseCaseInput!) {
      closeCase(input: $input) {
        ...CaseApiCase
      }
    }
  `),
};
export type CaseMutation = keyof typeof CASE_MUTATIONS;

export interface CaseView {
  id: string;
  number: string;
  state: string;
  version: number;
  deadline: string | null;
  deadlineStage: string | null;
  openStages: string[];
  stages: {
    stage: string;
    startedOn: string;
    deadline: string | null;
    stoppedOn: string | null;
    onTime: boolean | null;
    extensionDays: number;
    provisional: boolean;
  }[];
  [field: string]: unknown;
}

/**
 * Demo users calling the case API over HTTP (a subgraph or the gateway), each logged in once.
 * `mutate` sends one lifecycle mutation with `{ input }` and returns the raw result, so a test can
 * assert either the case or the error.
 */
export class CaseApi {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly server: App | string) {}

  async token(username: string): Promise<string> {
    let token = this.tokens.get(username);
    if (!token) {
      token = await login(this.server, username);
      this.tokens.set(username, token);
    }
    return token;
  }

  /**
   * Logs in again once when the token was revoked meanwhile (a test that logs the same user out in
   * a browser ends every session of that user, this one's too).
   */
  async query<T, V>(username: string, document: TypedDocumentNode<T, V>, variables: V): Promise<GraphQLResult<T>> {
    const send = async () => gql(this.server, document, variables, await this.token(username));
    const result = await send();
    if (errorCode(result) !== 'UNAUTHENTICATED' || !this.tokens.has(username)) return result;
    this.tokens.delete(username);
    return send();
  }

  async mutate(username: string, mutation: CaseMutation, input: Record<string, unknown>): Promise<GraphQLResult<Partial<Record<CaseMutation, CaseView>>>> {
    // The tests write inputs as a client would send them, refused ones too: the server checks them, not the types.
    const document = CASE_MUTATIONS[mutation] as unknown as TypedDocumentNode<Partial<Record<CaseMutation, CaseView>>, { input: Record<string, unknown> }>;
    return this.query(username, document, { input });
  }

  /** A mutation that must succeed: returns the case. */
  async step(username: string, mutation: CaseMutation, input: Record<string, unknown>): Promise<CaseView> {
    const result = await this.mutate(username, mutation, input);
    const kase = result.data?.[mutation];
    if (!kase) throw new Error(`${username} ${mutation} failed: ${JSON.stringify(result.errors)}`);
    return kase;
  }

  async case(username: string, id: string): Promise<CaseView | null> {
    const result = await this.query(username, CASE, { id });
    return result.data?.case ?? null;
  }

  /** Ids by name as a user sees them: a tenant by code, a unit as `code/name`, the user itself. */
  async idOf(username: string, kind: 'tenant' | 'unit' | 'user', name: string): Promise<string> {
    if (kind === 'user') return (await this.query(username, ME, {})).data!.me.id;
    const [code, unitName] = name.split('/');
    const tenants = await this.query(username, TENANTS, {});
    const tenantId = tenants.data!.tenants.edges.find((e) => e.node.code === code)!.node.id;
    if (kind === 'tenant') return tenantId;
    const units = await this.query(username, UNITS, { id: tenantId });
    return units.data!.tenant!.units.edges.find((e) => e.node.name === unitName)!.node.id;
  }
}
