import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { App } from 'supertest/types.js';
import { graphql } from '#test/gql/index.js';
import { errorCode, gql, login, type GraphQLResult, type Operation, type Untyped } from './graphql-client.js';

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
export const CASE_FIELDS = `id number state version kind channel handlingTenantId handlingUnitId deadline deadlineStage openStages
  extensionUsed sendBackCount rating outcome decisionText completionReport repeatOfId repeatCount levelSkipping handledBelow
  collective personCount finishedOn closeReason declineReason ending final reviewResult reexaminationResult
  stages { stage startedOn deadline stoppedOn onTime extensionDays provisional }`;

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
  async query<T, V>(username: string, document: TypedDocumentNode<T, V>, variables: V): Promise<GraphQLResult<T>>;
  async query<T = Untyped>(username: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  async query<T, V>(username: string, document: Operation<T, V>, variables: V | Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const send = async () =>
      typeof document === 'string'
        ? gql<T>(this.server, document, variables as Record<string, unknown>, await this.token(username))
        : gql(this.server, document, variables as V, await this.token(username));
    const result = await send();
    if (errorCode(result) !== 'UNAUTHENTICATED' || !this.tokens.has(username)) return result;
    this.tokens.delete(username);
    return send();
  }

  async mutate(username: string, mutation: string, input: Record<string, unknown>): Promise<GraphQLResult<Record<string, CaseView>>> {
    return this.query(username, `mutation ($input: ${inputTypeOf(mutation)}!) { ${mutation}(input: $input) { ${CASE_FIELDS} } }`, { input });
  }

  /** A mutation that must succeed: returns the case. */
  async step(username: string, mutation: string, input: Record<string, unknown>): Promise<CaseView> {
    const result = await this.mutate(username, mutation, input);
    if (!result.data?.[mutation]) throw new Error(`${username} ${mutation} failed: ${JSON.stringify(result.errors)}`);
    return result.data[mutation];
  }

  async case(username: string, id: string): Promise<CaseView | null> {
    const result = await this.query<{ case: CaseView }>(username, `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id });
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

const INPUT_TYPES: Record<string, string> = {
  registerCase: 'RegisterCaseInput',
  routeCase: 'RouteCaseInput',
  objectToCase: 'ReasonedCaseInput',
  declineCase: 'DeclineCaseInput',
  extendCase: 'ExtendCaseInput',
  recordHearing: 'RecordHearingInput',
  decideCase: 'DecideCaseInput',
  decideReview: 'DecideReviewInput',
  decideReexamination: 'DecideReviewInput',
  reportCaseUp: 'ReasonedCaseInput',
  sendBackCase: 'SendBackCaseInput',
  rateCase: 'RateCaseInput',
  rateCaseByToken: 'RateByTokenInput',
  closeCase: 'CloseCaseInput',
};

function inputTypeOf(mutation: string): string {
  return INPUT_TYPES[mutation] ?? 'CaseChangeInput';
}
