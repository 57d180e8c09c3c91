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
    "\n  query CaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      runningClocks { stage name holder }\n      supervisionNotices {\n        id\n        kind\n        state\n        issuerTenantName\n        addresseeTenantName\n        addresseeUnitName\n        issuedAt\n        feedbackDue\n        feedbackDaysLeft\n        feedbackOverdueDays\n      }\n    }\n  }\n": typeof types.CaseNoticesDocument,
    "\n  mutation RaiseNotice($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) { id }\n  }\n": typeof types.RaiseNoticeDocument,
    "\n  mutation ListForSupervision($input: ListForSupervisionInput!) {\n    listForSupervision(input: $input) { id }\n  }\n": typeof types.ListForSupervisionDocument,
    "\n  mutation SubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) { id version state availableActions }\n  }\n": typeof types.SubmitNoticeFeedbackDocument,
    "\n  mutation AcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) { id version state availableActions }\n  }\n": typeof types.AcceptNoticeFeedbackDocument,
    "\n  mutation RejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) { id version state availableActions }\n  }\n": typeof types.RejectNoticeFeedbackDocument,
    "\n  mutation EscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) { id }\n  }\n": typeof types.EscalateNoticeDocument,
    "\n  query RegistrationChoices($first: Int!, $after: String) {\n    categories { id name fullName parentId usable }\n    tenants(first: $first, after: $after) {\n      edges { node { id name parentId } }\n      pageInfo { hasNextPage endCursor }\n    }\n    leaders { id displayName }\n  }\n": typeof types.RegistrationChoicesDocument,
    "\n  query SubtreeTenants($first: Int!, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { node { id name parentId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SubtreeTenantsDocument,
    "\n  query JurisdictionUnits($tenantId: ID!) {\n    tenant(id: $tenantId) { id units(first: 100) { edges { node { id name } } } }\n  }\n": typeof types.JurisdictionUnitsDocument,
    "\n  query ReceptionsOfDay($tenantId: ID!, $day: String!) {\n    receptions(first: 50, filter: { tenantId: $tenantId, from: $day, to: $day }) {\n      edges { node { id tenantId leaderName place date } }\n    }\n  }\n": typeof types.ReceptionsOfDayDocument,
    "\n  query RepeatCandidates($input: RepeatCandidatesInput!) {\n    repeatCandidates(input: $input) {\n      score\n      sameIdNumber\n      samePhone\n      textSimilarity\n      handledBelow\n      finalized\n      case { id number title state registeredOn }\n    }\n  }\n": typeof types.RepeatCandidatesDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) { id number }\n  }\n": typeof types.RegisterCaseDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      registeredOn\n      personCount\n      collective\n      version\n      availableActions\n      handlingTenant { id name }\n      handlingUnit { id name }\n      registeringTenant { id name }\n      problemJurisdiction { id name }\n      assigningTenant { id name }\n      completionReportDue\n      completionReport\n      leaderOwner { id name }\n      category { id name path }\n      accusedUnit { id name }\n      outcome\n      decisionText\n      ending\n      rating\n      repeatOf { id number title }\n      repeats { id number title state }\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action toState actorName actorTenant { id name } at details { summary } }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenant { id name }\n          handlingUnit { id name }\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CaseQueueDocument,
    "\n  query QueueChoices {\n    categories(includeInactive: true) { id name parentId }\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n": typeof types.QueueChoicesDocument,
    "\n  query NoticeDetail($id: ID!) {\n    notice(id: $id) {\n      id\n      version\n      kind\n      state\n      reason\n      text\n      subjectType\n      subjectId\n      subjectNumber\n      subjectTitle\n      stage\n      deadline\n      issuerTenantName\n      addresseeTenantName\n      addresseeUnitName\n      issuedByName\n      issuedAt\n      readAt\n      feedbackDue\n      feedbackDaysLeft\n      feedbackOverdueDays\n      fixBy\n      escalateOn\n      closedAt\n      closeReason\n      ladderStoppedReason\n      availableActions\n      ladder {\n        id\n        kind\n        state\n        issuerTenantName\n        addresseeTenantName\n        addresseeUnitName\n        issuedAt\n        feedbackDue\n        closedAt\n        ladderStoppedReason\n      }\n      feedback { id text attachments submittedByName submittedAt decision decisionComment decidedByName decidedAt }\n      history { seq action toState actorName reason at }\n    }\n  }\n": typeof types.NoticeDetailDocument,
    "\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) { id version state readAt availableActions }\n  }\n": typeof types.MarkNoticeReadDocument,
    "\n  fragment NoticeListRow on SupervisionNotice {\n    id\n    kind\n    state\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    issuerTenantName\n    addresseeTenantName\n    addresseeUnitName\n    issuedAt\n    feedbackDue\n    feedbackDaysLeft\n    feedbackOverdueDays\n  }\n": typeof types.NoticeListRowFragmentDoc,
    "\n  query NoticeInbox($first: Int!, $after: String, $filter: NoticeFilter) {\n    noticeInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      unreadCount\n      edges { node { ...NoticeListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.NoticeInboxDocument,
    "\n  query IssuedNotices($first: Int!, $after: String, $filter: NoticeFilter) {\n    issuedNotices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { ...NoticeListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.IssuedNoticesDocument,
    "\n  query ReceptionList($first: Int!) {\n    receptions(first: $first) {\n      totalCount\n      edges { node { id date leaderName place caseCount personCount } }\n    }\n  }\n": typeof types.ReceptionListDocument,
    "\n  query ReceptionLeaders {\n    leaders { id displayName }\n  }\n": typeof types.ReceptionLeadersDocument,
    "\n  mutation ScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) { id }\n  }\n": typeof types.ScheduleReceptionDocument,
    "\n  query ReceptionCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      edges { node { id number title state registeredOn } }\n    }\n  }\n": typeof types.ReceptionCasesDocument,
    "\n  query StatisticsCounts($period: PeriodInput!, $lastYear: PeriodInput!, $basis: CaseCountBasis, $jurisdictionId: ID) {\n    channel: caseStatistics(period: $period, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    channelLastYear: caseStatistics(period: $lastYear, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kind: caseStatistics(period: $period, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kindLastYear: caseStatistics(period: $lastYear, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    category: caseStatistics(period: $period, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    categoryLastYear: caseStatistics(period: $lastYear, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    child: caseStatistics(period: $period, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    childLastYear: caseStatistics(period: $lastYear, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    month: caseStatistics(period: $period, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    monthLastYear: caseStatistics(period: $lastYear, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n  }\n": typeof types.StatisticsCountsDocument,
    "\n  query StatisticsIndicators($period: AssessmentPeriodInput!, $tenantId: ID) {\n    jurisdictionIndicators(period: $period, tenantId: $tenantId) {\n      indicator { code name formula }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n": typeof types.StatisticsIndicatorsDocument,
    "\n  query StatisticsJurisdictions {\n    me { id tenant { id name children { id name children { id name } } } }\n  }\n": typeof types.StatisticsJurisdictionsDocument,
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
    "\n  query CaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      runningClocks { stage name holder }\n      supervisionNotices {\n        id\n        kind\n        state\n        issuerTenantName\n        addresseeTenantName\n        addresseeUnitName\n        issuedAt\n        feedbackDue\n        feedbackDaysLeft\n        feedbackOverdueDays\n      }\n    }\n  }\n": types.CaseNoticesDocument,
    "\n  mutation RaiseNotice($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) { id }\n  }\n": types.RaiseNoticeDocument,
    "\n  mutation ListForSupervision($input: ListForSupervisionInput!) {\n    listForSupervision(input: $input) { id }\n  }\n": types.ListForSupervisionDocument,
    "\n  mutation SubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) { id version state availableActions }\n  }\n": types.SubmitNoticeFeedbackDocument,
    "\n  mutation AcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) { id version state availableActions }\n  }\n": types.AcceptNoticeFeedbackDocument,
    "\n  mutation RejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) { id version state availableActions }\n  }\n": types.RejectNoticeFeedbackDocument,
    "\n  mutation EscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) { id }\n  }\n": types.EscalateNoticeDocument,
    "\n  query RegistrationChoices($first: Int!, $after: String) {\n    categories { id name fullName parentId usable }\n    tenants(first: $first, after: $after) {\n      edges { node { id name parentId } }\n      pageInfo { hasNextPage endCursor }\n    }\n    leaders { id displayName }\n  }\n": types.RegistrationChoicesDocument,
    "\n  query SubtreeTenants($first: Int!, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { node { id name parentId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SubtreeTenantsDocument,
    "\n  query JurisdictionUnits($tenantId: ID!) {\n    tenant(id: $tenantId) { id units(first: 100) { edges { node { id name } } } }\n  }\n": types.JurisdictionUnitsDocument,
    "\n  query ReceptionsOfDay($tenantId: ID!, $day: String!) {\n    receptions(first: 50, filter: { tenantId: $tenantId, from: $day, to: $day }) {\n      edges { node { id tenantId leaderName place date } }\n    }\n  }\n": types.ReceptionsOfDayDocument,
    "\n  query RepeatCandidates($input: RepeatCandidatesInput!) {\n    repeatCandidates(input: $input) {\n      score\n      sameIdNumber\n      samePhone\n      textSimilarity\n      handledBelow\n      finalized\n      case { id number title state registeredOn }\n    }\n  }\n": types.RepeatCandidatesDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) { id number }\n  }\n": types.RegisterCaseDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      registeredOn\n      personCount\n      collective\n      version\n      availableActions\n      handlingTenant { id name }\n      handlingUnit { id name }\n      registeringTenant { id name }\n      problemJurisdiction { id name }\n      assigningTenant { id name }\n      completionReportDue\n      completionReport\n      leaderOwner { id name }\n      category { id name path }\n      accusedUnit { id name }\n      outcome\n      decisionText\n      ending\n      rating\n      repeatOf { id number title }\n      repeats { id number title state }\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action toState actorName actorTenant { id name } at details { summary } }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseQueue($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          channel\n          kind\n          state\n          handlingTenant { id name }\n          handlingUnit { id name }\n          runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n          registeredOn\n          personCount\n          collective\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CaseQueueDocument,
    "\n  query QueueChoices {\n    categories(includeInactive: true) { id name parentId }\n    tenants(first: 100) { edges { node { id name parentId } } }\n  }\n": types.QueueChoicesDocument,
    "\n  query NoticeDetail($id: ID!) {\n    notice(id: $id) {\n      id\n      version\n      kind\n      state\n      reason\n      text\n      subjectType\n      subjectId\n      subjectNumber\n      subjectTitle\n      stage\n      deadline\n      issuerTenantName\n      addresseeTenantName\n      addresseeUnitName\n      issuedByName\n      issuedAt\n      readAt\n      feedbackDue\n      feedbackDaysLeft\n      feedbackOverdueDays\n      fixBy\n      escalateOn\n      closedAt\n      closeReason\n      ladderStoppedReason\n      availableActions\n      ladder {\n        id\n        kind\n        state\n        issuerTenantName\n        addresseeTenantName\n        addresseeUnitName\n        issuedAt\n        feedbackDue\n        closedAt\n        ladderStoppedReason\n      }\n      feedback { id text attachments submittedByName submittedAt decision decisionComment decidedByName decidedAt }\n      history { seq action toState actorName reason at }\n    }\n  }\n": types.NoticeDetailDocument,
    "\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) { id version state readAt availableActions }\n  }\n": types.MarkNoticeReadDocument,
    "\n  fragment NoticeListRow on SupervisionNotice {\n    id\n    kind\n    state\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    issuerTenantName\n    addresseeTenantName\n    addresseeUnitName\n    issuedAt\n    feedbackDue\n    feedbackDaysLeft\n    feedbackOverdueDays\n  }\n": types.NoticeListRowFragmentDoc,
    "\n  query NoticeInbox($first: Int!, $after: String, $filter: NoticeFilter) {\n    noticeInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      unreadCount\n      edges { node { ...NoticeListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.NoticeInboxDocument,
    "\n  query IssuedNotices($first: Int!, $after: String, $filter: NoticeFilter) {\n    issuedNotices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { ...NoticeListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.IssuedNoticesDocument,
    "\n  query ReceptionList($first: Int!) {\n    receptions(first: $first) {\n      totalCount\n      edges { node { id date leaderName place caseCount personCount } }\n    }\n  }\n": types.ReceptionListDocument,
    "\n  query ReceptionLeaders {\n    leaders { id displayName }\n  }\n": types.ReceptionLeadersDocument,
    "\n  mutation ScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) { id }\n  }\n": types.ScheduleReceptionDocument,
    "\n  query ReceptionCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter) {\n      totalCount\n      edges { node { id number title state registeredOn } }\n    }\n  }\n": types.ReceptionCasesDocument,
    "\n  query StatisticsCounts($period: PeriodInput!, $lastYear: PeriodInput!, $basis: CaseCountBasis, $jurisdictionId: ID) {\n    channel: caseStatistics(period: $period, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    channelLastYear: caseStatistics(period: $lastYear, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kind: caseStatistics(period: $period, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kindLastYear: caseStatistics(period: $lastYear, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    category: caseStatistics(period: $period, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    categoryLastYear: caseStatistics(period: $lastYear, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    child: caseStatistics(period: $period, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    childLastYear: caseStatistics(period: $lastYear, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    month: caseStatistics(period: $period, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    monthLastYear: caseStatistics(period: $lastYear, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n  }\n": types.StatisticsCountsDocument,
    "\n  query StatisticsIndicators($period: AssessmentPeriodInput!, $tenantId: ID) {\n    jurisdictionIndicators(period: $period, tenantId: $tenantId) {\n      indicator { code name formula }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n": types.StatisticsIndicatorsDocument,
    "\n  query StatisticsJurisdictions {\n    me { id tenant { id name children { id name children { id name } } } }\n  }\n": types.StatisticsJurisdictionsDocument,
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
export function graphql(source: "\n  query CaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      runningClocks { stage name holder }\n      supervisionNotices {\n        id\n        kind\n        state\n        issuerTenantName\n        addresseeTenantName\n        addresseeUnitName\n        issuedAt\n        feedbackDue\n        feedbackDaysLeft\n        feedbackOverdueDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      runningClocks { stage name holder }\n      supervisionNotices {\n        id\n        kind\n        state\n        issuerTenantName\n        addresseeTenantName\n        addresseeUnitName\n        issuedAt\n        feedbackDue\n        feedbackDaysLeft\n        feedbackOverdueDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseNotice($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RaiseNotice($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListForSupervision($input: ListForSupervisionInput!) {\n    listForSupervision(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ListForSupervision($input: ListForSupervisionInput!) {\n    listForSupervision(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) { id version state availableActions }\n  }\n"): (typeof documents)["\n  mutation SubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) { id version state availableActions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) { id version state availableActions }\n  }\n"): (typeof documents)["\n  mutation AcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) { id version state availableActions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) { id version state availableActions }\n  }\n"): (typeof documents)["\n  mutation RejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) { id version state availableActions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation EscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationChoices($first: Int!, $after: String) {\n    categories { id name fullName parentId usable }\n    tenants(first: $first, after: $after) {\n      edges { node { id name parentId } }\n      pageInfo { hasNextPage endCursor }\n    }\n    leaders { id displayName }\n  }\n"): (typeof documents)["\n  query RegistrationChoices($first: Int!, $after: String) {\n    categories { id name fullName parentId usable }\n    tenants(first: $first, after: $after) {\n      edges { node { id name parentId } }\n      pageInfo { hasNextPage endCursor }\n    }\n    leaders { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubtreeTenants($first: Int!, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { node { id name parentId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SubtreeTenants($first: Int!, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { node { id name parentId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionUnits($tenantId: ID!) {\n    tenant(id: $tenantId) { id units(first: 100) { edges { node { id name } } } }\n  }\n"): (typeof documents)["\n  query JurisdictionUnits($tenantId: ID!) {\n    tenant(id: $tenantId) { id units(first: 100) { edges { node { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionsOfDay($tenantId: ID!, $day: String!) {\n    receptions(first: 50, filter: { tenantId: $tenantId, from: $day, to: $day }) {\n      edges { node { id tenantId leaderName place date } }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionsOfDay($tenantId: ID!, $day: String!) {\n    receptions(first: 50, filter: { tenantId: $tenantId, from: $day, to: $day }) {\n      edges { node { id tenantId leaderName place date } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepeatCandidates($input: RepeatCandidatesInput!) {\n    repeatCandidates(input: $input) {\n      score\n      sameIdNumber\n      samePhone\n      textSimilarity\n      handledBelow\n      finalized\n      case { id number title state registeredOn }\n    }\n  }\n"): (typeof documents)["\n  query RepeatCandidates($input: RepeatCandidatesInput!) {\n    repeatCandidates(input: $input) {\n      score\n      sameIdNumber\n      samePhone\n      textSimilarity\n      handledBelow\n      finalized\n      case { id number title state registeredOn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) { id number }\n  }\n"): (typeof documents)["\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      registeredOn\n      personCount\n      collective\n      version\n      availableActions\n      handlingTenant { id name }\n      handlingUnit { id name }\n      registeringTenant { id name }\n      problemJurisdiction { id name }\n      assigningTenant { id name }\n      completionReportDue\n      completionReport\n      leaderOwner { id name }\n      category { id name path }\n      accusedUnit { id name }\n      outcome\n      decisionText\n      ending\n      rating\n      repeatOf { id number title }\n      repeats { id number title state }\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action toState actorName actorTenant { id name } at details { summary } }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      content\n      channel\n      kind\n      state\n      registeredOn\n      personCount\n      collective\n      version\n      availableActions\n      handlingTenant { id name }\n      handlingUnit { id name }\n      registeringTenant { id name }\n      problemJurisdiction { id name }\n      assigningTenant { id name }\n      completionReportDue\n      completionReport\n      leaderOwner { id name }\n      category { id name path }\n      accusedUnit { id name }\n      outcome\n      decisionText\n      ending\n      rating\n      repeatOf { id number title }\n      repeats { id number title state }\n      runningClocks { stage name holder deadline daysLeft overdueDays dueSoon }\n      petitioners { id name idNumber phone address representative }\n      stages { stage startedOn deadline extensionDays stoppedOn onTime }\n      timeline { seq action toState actorName actorTenant { id name } at details { summary } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query NoticeDetail($id: ID!) {\n    notice(id: $id) {\n      id\n      version\n      kind\n      state\n      reason\n      text\n      subjectType\n      subjectId\n      subjectNumber\n      subjectTitle\n      stage\n      deadline\n      issuerTenantName\n      addresseeTenantName\n      addresseeUnitName\n      issuedByName\n      issuedAt\n      readAt\n      feedbackDue\n      feedbackDaysLeft\n      feedbackOverdueDays\n      fixBy\n      escalateOn\n      closedAt\n      closeReason\n      ladderStoppedReason\n      availableActions\n      ladder {\n        id\n        kind\n        state\n        issuerTenantName\n        addresseeTenantName\n        addresseeUnitName\n        issuedAt\n        feedbackDue\n        closedAt\n        ladderStoppedReason\n      }\n      feedback { id text attachments submittedByName submittedAt decision decisionComment decidedByName decidedAt }\n      history { seq action toState actorName reason at }\n    }\n  }\n"): (typeof documents)["\n  query NoticeDetail($id: ID!) {\n    notice(id: $id) {\n      id\n      version\n      kind\n      state\n      reason\n      text\n      subjectType\n      subjectId\n      subjectNumber\n      subjectTitle\n      stage\n      deadline\n      issuerTenantName\n      addresseeTenantName\n      addresseeUnitName\n      issuedByName\n      issuedAt\n      readAt\n      feedbackDue\n      feedbackDaysLeft\n      feedbackOverdueDays\n      fixBy\n      escalateOn\n      closedAt\n      closeReason\n      ladderStoppedReason\n      availableActions\n      ladder {\n        id\n        kind\n        state\n        issuerTenantName\n        addresseeTenantName\n        addresseeUnitName\n        issuedAt\n        feedbackDue\n        closedAt\n        ladderStoppedReason\n      }\n      feedback { id text attachments submittedByName submittedAt decision decisionComment decidedByName decidedAt }\n      history { seq action toState actorName reason at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) { id version state readAt availableActions }\n  }\n"): (typeof documents)["\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) { id version state readAt availableActions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeListRow on SupervisionNotice {\n    id\n    kind\n    state\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    issuerTenantName\n    addresseeTenantName\n    addresseeUnitName\n    issuedAt\n    feedbackDue\n    feedbackDaysLeft\n    feedbackOverdueDays\n  }\n"): (typeof documents)["\n  fragment NoticeListRow on SupervisionNotice {\n    id\n    kind\n    state\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    issuerTenantName\n    addresseeTenantName\n    addresseeUnitName\n    issuedAt\n    feedbackDue\n    feedbackDaysLeft\n    feedbackOverdueDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeInbox($first: Int!, $after: String, $filter: NoticeFilter) {\n    noticeInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      unreadCount\n      edges { node { ...NoticeListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query NoticeInbox($first: Int!, $after: String, $filter: NoticeFilter) {\n    noticeInbox(first: $first, after: $after, filter: $filter) {\n      totalCount\n      unreadCount\n      edges { node { ...NoticeListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuedNotices($first: Int!, $after: String, $filter: NoticeFilter) {\n    issuedNotices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { ...NoticeListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query IssuedNotices($first: Int!, $after: String, $filter: NoticeFilter) {\n    issuedNotices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { ...NoticeListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionList($first: Int!) {\n    receptions(first: $first) {\n      totalCount\n      edges { node { id date leaderName place caseCount personCount } }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionList($first: Int!) {\n    receptions(first: $first) {\n      totalCount\n      edges { node { id date leaderName place caseCount personCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionLeaders {\n    leaders { id displayName }\n  }\n"): (typeof documents)["\n  query ReceptionLeaders {\n    leaders { id displayName }\n  }\n"];
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
export function graphql(source: "\n  query StatisticsCounts($period: PeriodInput!, $lastYear: PeriodInput!, $basis: CaseCountBasis, $jurisdictionId: ID) {\n    channel: caseStatistics(period: $period, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    channelLastYear: caseStatistics(period: $lastYear, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kind: caseStatistics(period: $period, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kindLastYear: caseStatistics(period: $lastYear, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    category: caseStatistics(period: $period, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    categoryLastYear: caseStatistics(period: $lastYear, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    child: caseStatistics(period: $period, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    childLastYear: caseStatistics(period: $lastYear, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    month: caseStatistics(period: $period, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    monthLastYear: caseStatistics(period: $lastYear, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n  }\n"): (typeof documents)["\n  query StatisticsCounts($period: PeriodInput!, $lastYear: PeriodInput!, $basis: CaseCountBasis, $jurisdictionId: ID) {\n    channel: caseStatistics(period: $period, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    channelLastYear: caseStatistics(period: $lastYear, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kind: caseStatistics(period: $period, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kindLastYear: caseStatistics(period: $lastYear, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    category: caseStatistics(period: $period, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    categoryLastYear: caseStatistics(period: $lastYear, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    child: caseStatistics(period: $period, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    childLastYear: caseStatistics(period: $lastYear, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    month: caseStatistics(period: $period, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    monthLastYear: caseStatistics(period: $lastYear, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsIndicators($period: AssessmentPeriodInput!, $tenantId: ID) {\n    jurisdictionIndicators(period: $period, tenantId: $tenantId) {\n      indicator { code name formula }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n"): (typeof documents)["\n  query StatisticsIndicators($period: AssessmentPeriodInput!, $tenantId: ID) {\n    jurisdictionIndicators(period: $period, tenantId: $tenantId) {\n      indicator { code name formula }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsJurisdictions {\n    me { id tenant { id name children { id name children { id name } } } }\n  }\n"): (typeof documents)["\n  query StatisticsJurisdictions {\n    me { id tenant { id name children { id name children { id name } } } }\n  }\n"];
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