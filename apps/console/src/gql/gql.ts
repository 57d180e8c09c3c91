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
    "\n  query RevealPetitioners($id: ID!) {\n    case(id: $id) {\n      id\n      petitioners { id fullIdNumber: idNumber(reveal: true) fullPhone: phone(reveal: true) }\n    }\n  }\n": typeof types.RevealPetitionersDocument,
    "\n  query RouteTargets {\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n": typeof types.RouteTargetsDocument,
    "\n  query TargetUnits($id: ID!) {\n    tenant(id: $id) { id units(first: 100) { edges { node { id name } } } }\n  }\n": typeof types.TargetUnitsDocument,
    "\n  query ExtensionApprovers($caseId: ID!) {\n    extensionApprovers(caseId: $caseId) { id name }\n  }\n": typeof types.ExtensionApproversDocument,
    "\n  mutation RouteCase($input: RouteCaseInput!) {\n    routeCase(input: $input) { id version state }\n  }\n": typeof types.RouteCaseDocument,
    "\n  mutation ObjectToCase($input: ReasonedCaseInput!) {\n    objectToCase(input: $input) { id version state }\n  }\n": typeof types.ObjectToCaseDocument,
    "\n  mutation ReportCaseUp($input: ReasonedCaseInput!) {\n    reportCaseUp(input: $input) { id version state }\n  }\n": typeof types.ReportCaseUpDocument,
    "\n  mutation ReceiveCase($input: CaseChangeInput!) {\n    receiveCase(input: $input) { id version state }\n  }\n": typeof types.ReceiveCaseDocument,
    "\n  mutation AcceptCase($input: CaseChangeInput!) {\n    acceptCase(input: $input) { id version state }\n  }\n": typeof types.AcceptCaseDocument,
    "\n  mutation DeclineCase($input: DeclineCaseInput!) {\n    declineCase(input: $input) { id version state }\n  }\n": typeof types.DeclineCaseDocument,
    "\n  mutation ExtendCase($input: ExtendCaseInput!) {\n    extendCase(input: $input) { id version state }\n  }\n": typeof types.ExtendCaseDocument,
    "\n  mutation RecordHearing($input: RecordHearingInput!) {\n    recordHearing(input: $input) { id version state }\n  }\n": typeof types.RecordHearingDocument,
    "\n  mutation DecideCase($input: DecideCaseInput!) {\n    decideCase(input: $input) { id version state }\n  }\n": typeof types.DecideCaseDocument,
    "\n  mutation DeliverCase($input: CaseChangeInput!) {\n    deliverCase(input: $input) { id version state ratingToken }\n  }\n": typeof types.DeliverCaseDocument,
    "\n  mutation SubmitCompletionReport($input: CaseChangeInput!) {\n    submitCompletionReport(input: $input) { id version state }\n  }\n": typeof types.SubmitCompletionReportDocument,
    "\n  mutation SendBackCase($input: SendBackCaseInput!) {\n    sendBackCase(input: $input) { id version state }\n  }\n": typeof types.SendBackCaseDocument,
    "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) { id version state }\n  }\n": typeof types.RateCaseDocument,
    "\n  mutation RequestReview($input: CaseChangeInput!) {\n    requestReview(input: $input) { id version state }\n  }\n": typeof types.RequestReviewDocument,
    "\n  mutation DecideReview($input: DecideReviewInput!) {\n    decideReview(input: $input) { id version state }\n  }\n": typeof types.DecideReviewDocument,
    "\n  mutation RequestReexamination($input: CaseChangeInput!) {\n    requestReexamination(input: $input) { id version state }\n  }\n": typeof types.RequestReexaminationDocument,
    "\n  mutation DecideReexamination($input: DecideReviewInput!) {\n    decideReexamination(input: $input) { id version state }\n  }\n": typeof types.DecideReexaminationDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { id version state }\n  }\n": typeof types.CloseCaseDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      registeredOn\n      personCount\n      collective\n      version\n      availableActions\n      handlingTenant { id name }\n      handlingUnit { id name }\n      registeringTenant { id name }\n      problemJurisdiction { id name }\n      assigningTenant { id name }\n      completionReportDue\n      completionReport\n      leaderOwner { id name }\n      category { id name path }\n      accusedUnit { id name }\n      outcome\n      decisionText\n      ending\n      rating\n      repeatOf { id number title }\n      repeats { id number title state }\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action toState actorName actorTenant { id name } at details { summary } }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenantId\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CaseQueueDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      tenantId\n      tenant { id name level }\n      unit { id name }\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  query UnreadNotices {\n    noticeInbox(first: 1) { unreadCount }\n  }\n": typeof types.UnreadNoticesDocument,
    "\n  query TenantNames {\n    tenants(first: 100) { edges { node { id name } } }\n  }\n": typeof types.TenantNamesDocument,
};
const documents: Documents = {
    "\n  query RevealPetitioners($id: ID!) {\n    case(id: $id) {\n      id\n      petitioners { id fullIdNumber: idNumber(reveal: true) fullPhone: phone(reveal: true) }\n    }\n  }\n": types.RevealPetitionersDocument,
    "\n  query RouteTargets {\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n": types.RouteTargetsDocument,
    "\n  query TargetUnits($id: ID!) {\n    tenant(id: $id) { id units(first: 100) { edges { node { id name } } } }\n  }\n": types.TargetUnitsDocument,
    "\n  query ExtensionApprovers($caseId: ID!) {\n    extensionApprovers(caseId: $caseId) { id name }\n  }\n": types.ExtensionApproversDocument,
    "\n  mutation RouteCase($input: RouteCaseInput!) {\n    routeCase(input: $input) { id version state }\n  }\n": types.RouteCaseDocument,
    "\n  mutation ObjectToCase($input: ReasonedCaseInput!) {\n    objectToCase(input: $input) { id version state }\n  }\n": types.ObjectToCaseDocument,
    "\n  mutation ReportCaseUp($input: ReasonedCaseInput!) {\n    reportCaseUp(input: $input) { id version state }\n  }\n": types.ReportCaseUpDocument,
    "\n  mutation ReceiveCase($input: CaseChangeInput!) {\n    receiveCase(input: $input) { id version state }\n  }\n": types.ReceiveCaseDocument,
    "\n  mutation AcceptCase($input: CaseChangeInput!) {\n    acceptCase(input: $input) { id version state }\n  }\n": types.AcceptCaseDocument,
    "\n  mutation DeclineCase($input: DeclineCaseInput!) {\n    declineCase(input: $input) { id version state }\n  }\n": types.DeclineCaseDocument,
    "\n  mutation ExtendCase($input: ExtendCaseInput!) {\n    extendCase(input: $input) { id version state }\n  }\n": types.ExtendCaseDocument,
    "\n  mutation RecordHearing($input: RecordHearingInput!) {\n    recordHearing(input: $input) { id version state }\n  }\n": types.RecordHearingDocument,
    "\n  mutation DecideCase($input: DecideCaseInput!) {\n    decideCase(input: $input) { id version state }\n  }\n": types.DecideCaseDocument,
    "\n  mutation DeliverCase($input: CaseChangeInput!) {\n    deliverCase(input: $input) { id version state ratingToken }\n  }\n": types.DeliverCaseDocument,
    "\n  mutation SubmitCompletionReport($input: CaseChangeInput!) {\n    submitCompletionReport(input: $input) { id version state }\n  }\n": types.SubmitCompletionReportDocument,
    "\n  mutation SendBackCase($input: SendBackCaseInput!) {\n    sendBackCase(input: $input) { id version state }\n  }\n": types.SendBackCaseDocument,
    "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) { id version state }\n  }\n": types.RateCaseDocument,
    "\n  mutation RequestReview($input: CaseChangeInput!) {\n    requestReview(input: $input) { id version state }\n  }\n": types.RequestReviewDocument,
    "\n  mutation DecideReview($input: DecideReviewInput!) {\n    decideReview(input: $input) { id version state }\n  }\n": types.DecideReviewDocument,
    "\n  mutation RequestReexamination($input: CaseChangeInput!) {\n    requestReexamination(input: $input) { id version state }\n  }\n": types.RequestReexaminationDocument,
    "\n  mutation DecideReexamination($input: DecideReviewInput!) {\n    decideReexamination(input: $input) { id version state }\n  }\n": types.DecideReexaminationDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { id version state }\n  }\n": types.CloseCaseDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      registeredOn\n      personCount\n      collective\n      version\n      availableActions\n      handlingTenant { id name }\n      handlingUnit { id name }\n      registeringTenant { id name }\n      problemJurisdiction { id name }\n      assigningTenant { id name }\n      completionReportDue\n      completionReport\n      leaderOwner { id name }\n      category { id name path }\n      accusedUnit { id name }\n      outcome\n      decisionText\n      ending\n      rating\n      repeatOf { id number title }\n      repeats { id number title state }\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action toState actorName actorTenant { id name } at details { summary } }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenantId\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CaseQueueDocument,
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
export function graphql(source: "\n  query RevealPetitioners($id: ID!) {\n    case(id: $id) {\n      id\n      petitioners { id fullIdNumber: idNumber(reveal: true) fullPhone: phone(reveal: true) }\n    }\n  }\n"): (typeof documents)["\n  query RevealPetitioners($id: ID!) {\n    case(id: $id) {\n      id\n      petitioners { id fullIdNumber: idNumber(reveal: true) fullPhone: phone(reveal: true) }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteTargets {\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n"): (typeof documents)["\n  query RouteTargets {\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetUnits($id: ID!) {\n    tenant(id: $id) { id units(first: 100) { edges { node { id name } } } }\n  }\n"): (typeof documents)["\n  query TargetUnits($id: ID!) {\n    tenant(id: $id) { id units(first: 100) { edges { node { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExtensionApprovers($caseId: ID!) {\n    extensionApprovers(caseId: $caseId) { id name }\n  }\n"): (typeof documents)["\n  query ExtensionApprovers($caseId: ID!) {\n    extensionApprovers(caseId: $caseId) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RouteCase($input: RouteCaseInput!) {\n    routeCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation RouteCase($input: RouteCaseInput!) {\n    routeCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectToCase($input: ReasonedCaseInput!) {\n    objectToCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation ObjectToCase($input: ReasonedCaseInput!) {\n    objectToCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCaseUp($input: ReasonedCaseInput!) {\n    reportCaseUp(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation ReportCaseUp($input: ReasonedCaseInput!) {\n    reportCaseUp(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveCase($input: CaseChangeInput!) {\n    receiveCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation ReceiveCase($input: CaseChangeInput!) {\n    receiveCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCase($input: CaseChangeInput!) {\n    acceptCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation AcceptCase($input: CaseChangeInput!) {\n    acceptCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCase($input: DeclineCaseInput!) {\n    declineCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation DeclineCase($input: DeclineCaseInput!) {\n    declineCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendCase($input: ExtendCaseInput!) {\n    extendCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation ExtendCase($input: ExtendCaseInput!) {\n    extendCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHearing($input: RecordHearingInput!) {\n    recordHearing(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation RecordHearing($input: RecordHearingInput!) {\n    recordHearing(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCase($input: DecideCaseInput!) {\n    decideCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation DecideCase($input: DecideCaseInput!) {\n    decideCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverCase($input: CaseChangeInput!) {\n    deliverCase(input: $input) { id version state ratingToken }\n  }\n"): (typeof documents)["\n  mutation DeliverCase($input: CaseChangeInput!) {\n    deliverCase(input: $input) { id version state ratingToken }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCompletionReport($input: CaseChangeInput!) {\n    submitCompletionReport(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation SubmitCompletionReport($input: CaseChangeInput!) {\n    submitCompletionReport(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackCase($input: SendBackCaseInput!) {\n    sendBackCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation SendBackCase($input: SendBackCaseInput!) {\n    sendBackCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReview($input: CaseChangeInput!) {\n    requestReview(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation RequestReview($input: CaseChangeInput!) {\n    requestReview(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReview($input: DecideReviewInput!) {\n    decideReview(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation DecideReview($input: DecideReviewInput!) {\n    decideReview(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReexamination($input: CaseChangeInput!) {\n    requestReexamination(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation RequestReexamination($input: CaseChangeInput!) {\n    requestReexamination(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReexamination($input: DecideReviewInput!) {\n    decideReexamination(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation DecideReexamination($input: DecideReviewInput!) {\n    decideReexamination(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { id version state }\n  }\n"): (typeof documents)["\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { id version state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      registeredOn\n      personCount\n      collective\n      version\n      availableActions\n      handlingTenant { id name }\n      handlingUnit { id name }\n      registeringTenant { id name }\n      problemJurisdiction { id name }\n      assigningTenant { id name }\n      completionReportDue\n      completionReport\n      leaderOwner { id name }\n      category { id name path }\n      accusedUnit { id name }\n      outcome\n      decisionText\n      ending\n      rating\n      repeatOf { id number title }\n      repeats { id number title state }\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action toState actorName actorTenant { id name } at details { summary } }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      registeredOn\n      personCount\n      collective\n      version\n      availableActions\n      handlingTenant { id name }\n      handlingUnit { id name }\n      registeringTenant { id name }\n      problemJurisdiction { id name }\n      assigningTenant { id name }\n      completionReportDue\n      completionReport\n      leaderOwner { id name }\n      category { id name path }\n      accusedUnit { id name }\n      outcome\n      decisionText\n      ending\n      rating\n      repeatOf { id number title }\n      repeats { id number title state }\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action toState actorName actorTenant { id name } at details { summary } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenantId\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenantId\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
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