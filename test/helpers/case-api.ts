import type { App } from 'supertest/types.js';
import { errorCode, gql, login, type GraphQLResult } from './graphql-client.js';

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
  stages: { stage: string; startedOn: string; deadline: string | null; stoppedOn: string | null; onTime: boolean | null; extensionDays: number; provisional: boolean }[];
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
  async query<T = any>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const result = await gql<T>(this.server, query, variables, await this.token(username));
    if (errorCode(result) !== 'UNAUTHENTICATED' || !this.tokens.has(username)) return result;
    this.tokens.delete(username);
    return gql<T>(this.server, query, variables, await this.token(username));
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
    if (kind === 'user') return (await this.query(username, `{ me { id } }`)).data.me.id;
    const [code, unitName] = name.split('/');
    const tenants = await this.query(username, `{ tenants(first: 100) { edges { node { id code } } } }`);
    const tenantId = tenants.data.tenants.edges.find((e: any) => e.node.code === code).node.id;
    if (kind === 'tenant') return tenantId;
    const units = await this.query(username, `query ($id: ID!) { tenant(id: $id) { units(first: 100) { edges { node { id name } } } } }`, { id: tenantId });
    return units.data.tenant.units.edges.find((e: any) => e.node.name === unitName).node.id;
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
