/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      handlingTenantId\n      problemJurisdictionId\n      registeredOn\n      personCount\n      collective\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      version\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action fromState toState actorName at }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenant { id name }\n          handlingUnit { id name }\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CaseQueueDocument,
    "\n  query QueueChoices {\n    categories(includeInactive: true) { id name parentId }\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n": typeof types.QueueChoicesDocument,
    "\n  query ReceptionList($first: Int!) {\n    receptions(first: $first) {\n      totalCount\n      edges { node { id date leaderName place caseCount personCount } }\n    }\n  }\n": typeof types.ReceptionListDocument,
    "\n  query ReceptionLeaders {\n    receptionLeaders { id name }\n  }\n": typeof types.ReceptionLeadersDocument,
    "\n  mutation ScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) { id }\n  }\n": typeof types.ScheduleReceptionDocument,
    "\n  query ReceptionCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      edges { node { id number title state registeredOn } }\n    }\n  }\n": typeof types.ReceptionCasesDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      tenantId\n      tenant { id name level }\n      unit { id name }\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  query UnreadNotices {\n    noticeInbox(first: 1) { unreadCount }\n  }\n": typeof types.UnreadNoticesDocument,
    "\n  query TenantNames {\n    tenants(first: 100) { edges { node { id name } } }\n  }\n": typeof types.TenantNamesDocument,
};
const documents: Documents = {
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      handlingTenantId\n      problemJurisdictionId\n      registeredOn\n      personCount\n      collective\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      version\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action fromState toState actorName at }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenant { id name }\n          handlingUnit { id name }\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CaseQueueDocument,
    "\n  query QueueChoices {\n    categories(includeInactive: true) { id name parentId }\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n": types.QueueChoicesDocument,
    "\n  query ReceptionList($first: Int!) {\n    receptions(first: $first) {\n      totalCount\n      edges { node { id date leaderName place caseCount personCount } }\n    }\n  }\n": types.ReceptionListDocument,
    "\n  query ReceptionLeaders {\n    receptionLeaders { id name }\n  }\n": types.ReceptionLeadersDocument,
    "\n  mutation ScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) { id }\n  }\n": types.ScheduleReceptionDocument,
    "\n  query ReceptionCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      edges { node { id number title state registeredOn } }\n    }\n  }\n": types.ReceptionCasesDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      tenantId\n      tenant { id name level }\n      unit { id name }\n    }\n  }\n": types.CurrentUserDocument,
    "\n  query UnreadNotices {\n    noticeInbox(first: 1) { unreadCount }\n  }\n": types.UnreadNoticesDocument,
    "\n  query TenantNames {\n    tenants(first: 100) { edges { node { id name } } }\n  }\n": types.TenantNamesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      handlingTenantId\n      problemJurisdictionId\n      registeredOn\n      personCount\n      collective\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      version\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action fromState toState actorName at }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      handlingTenantId\n      problemJurisdictionId\n      registeredOn\n      personCount\n      collective\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      version\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action fromState toState actorName at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenant { id name }\n          handlingUnit { id name }\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenant { id name }\n          handlingUnit { id name }\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueChoices {\n    categories(includeInactive: true) { id name parentId }\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n"): (typeof documents)["\n  query QueueChoices {\n    categories(includeInactive: true) { id name parentId }\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionList($first: Int!) {\n    receptions(first: $first) {\n      totalCount\n      edges { node { id date leaderName place caseCount personCount } }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionList($first: Int!) {\n    receptions(first: $first) {\n      totalCount\n      edges { node { id date leaderName place caseCount personCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionLeaders {\n    receptionLeaders { id name }\n  }\n"): (typeof documents)["\n  query ReceptionLeaders {\n    receptionLeaders { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      edges { node { id number title state registeredOn } }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      edges { node { id number title state registeredOn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      tenantId\n      tenant { id name level }\n      unit { id name }\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      tenantId\n      tenant { id name level }\n      unit { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotices {\n    noticeInbox(first: 1) { unreadCount }\n  }\n"): (typeof documents)["\n  query UnreadNotices {\n    noticeInbox(first: 1) { unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantNames {\n    tenants(first: 100) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query TenantNames {\n    tenants(first: 100) { edges { node { id name } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;