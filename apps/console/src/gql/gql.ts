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
    "\n  query CalendarSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings { stage days }\n      declaredYears\n      reminderLeadDays\n      effectiveReminderLeadDays\n      version\n      effectiveRules { stage name statutoryDays days unit article tightened }\n    }\n  }\n": typeof types.CalendarSettingsDocument,
    "\n  mutation UpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) { tenantId version }\n  }\n": typeof types.UpdateCalendarSettingsDocument,
    "\n  query HolidayOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) { id tenantId date kind name }\n  }\n": typeof types.HolidayOverridesDocument,
    "\n  mutation AddHolidayOverride($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) { id }\n  }\n": typeof types.AddHolidayOverrideDocument,
    "\n  mutation RemoveHolidayOverride($id: ID!) {\n    removeHolidayOverride(id: $id) { id }\n  }\n": typeof types.RemoveHolidayOverrideDocument,
    "\n  query SupervisionSettings {\n    supervisionSettings { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n  }\n": typeof types.SupervisionSettingsDocument,
    "\n  mutation UpdateSupervisionSettings($input: SupervisionSettingsInput!) {\n    updateSupervisionSettings(input: $input) { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n  }\n": typeof types.UpdateSupervisionSettingsDocument,
    "\n  query AdminUnits($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      units(first: 100) {\n        edges { node { id name kind } }\n        pageInfo { hasNextPage }\n      }\n    }\n  }\n": typeof types.AdminUnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { id name kind }\n  }\n": typeof types.CreateUnitDocument,
    "\n  query AdminUsers($tenantId: ID!) {\n    users(tenantId: $tenantId, first: 100) {\n      edges { node { id username displayName roles active version unit { id name } } }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id username }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!, $version: Int!) {\n    deactivateUser(id: $id, version: $version) { id active version }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!, $version: Int!) {\n    reactivateUser(id: $id, version: $version) { id active version }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) { id version }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query CheckIndicator($indicator: IndicatorInput!) {\n    checkIndicator(indicator: $indicator) { formula }\n  }\n": typeof types.CheckIndicatorDocument,
    "\n  query PreviewIndicator($input: IndicatorPreviewInput!) {\n    previewIndicator(input: $input) {\n      periodFrom\n      periodTo\n      asOf\n      indicator { kind formula }\n      targets {\n        tenantId\n        name\n        value\n        numerator\n        denominator\n        previous\n        facts { id label date source case { id title } }\n      }\n    }\n  }\n": typeof types.PreviewIndicatorDocument,
    "\n  mutation EnterManualScore($input: ManualScoreInput!) {\n    enterManualScore(input: $input) { id version }\n  }\n": typeof types.EnterManualScoreDocument,
    "\n  query OwnAssessmentResults($id: ID!, $period: AssessmentPeriodInput!) {\n    tenant(id: $id) {\n      id\n      assessmentResults(period: $period) { schemeId schemeName total rank of grade publishedAt periodFrom periodTo }\n    }\n  }\n": typeof types.OwnAssessmentResultsDocument,
    "\n  fragment IndicatorDefinition on Indicator {\n    code\n    name\n    kind\n    formula\n    source\n    measure\n    unit\n    period { basis field }\n    numerator { field operator value values }\n    denominator { field operator value values }\n  }\n": typeof types.IndicatorDefinitionFragmentDoc,
    "\n  query SchemeBuilderChoices {\n    indicatorLibrary { ...IndicatorDefinition }\n    indicatorCatalog {\n      sources {\n        source\n        measures\n        periodBases\n        defaultPeriodField\n        fields { name label type operators nullable description values { value label } }\n      }\n      kinds { kind rules }\n    }\n  }\n": typeof types.SchemeBuilderChoicesDocument,
    "\n  mutation BuildAssessmentScheme($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) { id }\n  }\n": typeof types.BuildAssessmentSchemeDocument,
    "\n  mutation UpdateAssessmentScheme($input: UpdateSchemeInput!) {\n    updateAssessmentScheme(input: $input) { id version }\n  }\n": typeof types.UpdateAssessmentSchemeDocument,
    "\n  query ScoreFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) { id label date source tenantId case { id title } }\n  }\n": typeof types.ScoreFactsDocument,
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
    "\n  query AgendaCases($filter: CaseFilter) {\n    cases(first: 20, filter: $filter) { edges { node { id number title } } }\n  }\n": typeof types.AgendaCasesDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { id version state cancelReason }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation EstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) { id version }\n  }\n": typeof types.EstablishConferenceDocument,
    "\n  mutation UpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) { id version }\n  }\n": typeof types.UpdateConferenceDocument,
    "\n  mutation AddConferenceMember($input: AddConferenceMemberInput!) {\n    addConferenceMember(input: $input) { id version }\n  }\n": typeof types.AddConferenceMemberDocument,
    "\n  mutation RemoveConferenceMember($input: RemoveConferenceMemberInput!) {\n    removeConferenceMember(input: $input) { id version }\n  }\n": typeof types.RemoveConferenceMemberDocument,
    "\n  query TaskAssignmentChoices($tenantId: ID!) {\n    taskLists { id name kind }\n    conference { id members { id name } }\n    tenant(id: $tenantId) { id children { id name conference { id } } }\n  }\n": typeof types.TaskAssignmentChoicesDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { id number }\n  }\n": typeof types.CreateTaskDocument,
    "\n  query MeetingCalendar($from: String!, $to: String!) {\n    meetings(first: 100, filter: { from: $from, to: $to }) { edges { node { id date kind title state } } }\n  }\n": typeof types.MeetingCalendarDocument,
    "\n  mutation SetMeetingSchedule($input: SetMeetingScheduleInput!) {\n    setMeetingSchedule(input: $input) { kind recurrence weekday days }\n  }\n": typeof types.SetMeetingScheduleDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { id date }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  query ConferenceChoices($tenantId: ID!) {\n    conferenceStaff { userId name unitId leader }\n    tenant(id: $tenantId) { id units(first: 100) { edges { node { id name } } } }\n  }\n": typeof types.ConferenceChoicesDocument,
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
    "fragment TaskActed on Task { id version state availableActions daysLeft overdueDays dueSoon overdue }": typeof types.TaskActedFragmentDoc,
    "mutation ReceiveTask($input: TaskStepInput!) { receiveTask(input: $input) { ...TaskActed } }": typeof types.ReceiveTaskDocument,
    "mutation StartTask($input: TaskStepInput!) { startTask(input: $input) { ...TaskActed } }": typeof types.StartTaskDocument,
    "mutation SignOffTask($input: TaskStepInput!) { signOffTask(input: $input) { ...TaskActed } }": typeof types.SignOffTaskDocument,
    "mutation SendBackTask($input: TaskReasonInput!) { sendBackTask(input: $input) { ...TaskActed } }": typeof types.SendBackTaskDocument,
    "mutation CancelTask($input: TaskReasonInput!) { cancelTask(input: $input) { ...TaskActed } }": typeof types.CancelTaskDocument,
    "mutation ReportTask($input: TaskReportInput!) { reportTask(input: $input) { ...TaskActed } }": typeof types.ReportTaskDocument,
    "mutation SplitTask($input: SplitTaskInput!) { splitTask(input: $input) { id } }": typeof types.SplitTaskDocument,
    "query SplitChoices { conference { id members { id name } } }": typeof types.SplitChoicesDocument,
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
    "\n  query StatisticsCounts($period: PeriodInput!, $lastYear: PeriodInput!, $basis: CaseCountBasis, $jurisdictionId: ID) {\n    channel: caseStatistics(period: $period, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    channelLastYear: caseStatistics(period: $lastYear, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kind: caseStatistics(period: $period, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kindLastYear: caseStatistics(period: $lastYear, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    category: caseStatistics(period: $period, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    categoryLastYear: caseStatistics(period: $lastYear, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    child: caseStatistics(period: $period, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    childLastYear: caseStatistics(period: $lastYear, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    month: caseStatistics(period: $period, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    monthLastYear: caseStatistics(period: $lastYear, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    backlog: caseBacklog(period: $period, basis: $basis, jurisdictionId: $jurisdictionId) { asOf open personTimes overdue longPending }\n    backlogLastYear: caseBacklog(period: $lastYear, basis: $basis, jurisdictionId: $jurisdictionId) { asOf open personTimes overdue longPending }\n  }\n": typeof types.StatisticsCountsDocument,
    "\n  query StatisticsIndicators($period: AssessmentPeriodInput!, $tenantId: ID) {\n    jurisdictionIndicators(period: $period, tenantId: $tenantId) {\n      indicator { code name formula }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n": typeof types.StatisticsIndicatorsDocument,
    "\n  query StatisticsJurisdictions {\n    me { id tenant { id name children { id name children { id name } } } }\n  }\n": typeof types.StatisticsJurisdictionsDocument,
    "\n  query AdminTenants {\n    tenants(first: 100) {\n      edges { node { id name level } }\n    }\n  }\n": typeof types.AdminTenantsDocument,
    "\n  fragment SchemeListRow on AssessmentScheme {\n    id\n    name\n    state\n    periodLabel\n    targetLevel\n    totalPoints\n    publishedAt\n    items { code }\n  }\n": typeof types.SchemeListRowFragmentDoc,
    "\n  query AssessmentSchemes {\n    assessmentSchemes { ...SchemeListRow }\n  }\n": typeof types.AssessmentSchemesDocument,
    "\n  mutation CreateAssessmentScheme($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) { ...SchemeListRow }\n  }\n": typeof types.CreateAssessmentSchemeDocument,
    "\n  fragment SchemeItem on AssessmentItem {\n    code\n    name\n    kind\n    points\n    ruleText\n    rule { kind floor target perEvent fromFull bands { atMost points } otherwise higherIsBetter minimum table min max }\n    minDenominator\n    belowMinimum\n    cap\n    floor\n    indicator { ...IndicatorDefinition }\n  }\n": typeof types.SchemeItemFragmentDoc,
    "\n  fragment SchemeScoreTarget on TargetScore {\n    tenantId\n    name\n    total\n    rank\n    grade\n    publishedTotal\n    publishedRank\n    items { code value numerator denominator previous points belowMinimum manual { points comment evidence assessorName } }\n  }\n": typeof types.SchemeScoreTargetFragmentDoc,
    "\n  query AssessmentSchemePage($id: ID!) {\n    assessmentScheme(id: $id) {\n      id\n      name\n      state\n      version\n      periodKind\n      periodLabel\n      periodFrom\n      periodTo\n      targetLevel\n      totalPoints\n      publishedAt\n      items { ...SchemeItem }\n    }\n    assessmentSnapshot(schemeId: $id) { publishedAt publishedBy asOf }\n  }\n": typeof types.AssessmentSchemePageDocument,
    "\n  query SchemeScores($id: ID!) {\n    scores(schemeId: $id) { asOf targets { ...SchemeScoreTarget } }\n  }\n": typeof types.SchemeScoresDocument,
    "\n  mutation PublishAssessmentScheme($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) { id asOf }\n  }\n": typeof types.PublishAssessmentSchemeDocument,
    "\n  query ConferenceOverview($tenantId: ID!, $level: TenantLevel!, $withCoverage: Boolean!) {\n    conference {\n      id\n      version\n      establishedOn\n      officeUnitId\n      officeUnitName\n      convenors { userId name title }\n      members { id unitId name liaisonName joinedOn }\n    }\n    meetingSchedules { kind recurrence weekday days }\n    meetings(first: 50) {\n      edges { node { id version date kind title state chairName decisions { id } } }\n    }\n    tenant(id: $tenantId) {\n      id\n      name\n      conferenceCoverage(level: $level) @include(if: $withCoverage) { jurisdictions withConference rate }\n      children {\n        id\n        name\n        level\n        conference { id establishedOn }\n        children { id name level conference { id establishedOn } }\n      }\n    }\n  }\n": typeof types.ConferenceOverviewDocument,
    "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      date\n      kind\n      title\n      state\n      chairName\n      minutes\n      cancelReason\n      agenda { caseId caseNumber caseTitle text }\n      attendees { userId memberId name kind attendance note }\n      decisions { id ordinal text }\n    }\n  }\n": typeof types.MeetingDetailDocument,
    "\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { id version state minutes attendees { userId memberId name kind attendance note } decisions { id ordinal text } }\n  }\n": typeof types.RecordMeetingDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      number\n      version\n      title\n      description\n      requiredOutcome\n      state\n      priority\n      listed\n      overdue\n      deadline\n      daysLeft\n      overdueDays\n      dueSoon\n      availableActions\n      createdOn\n      reportedDoneOn\n      closedOn\n      sendBackReason\n      cancelReason\n      listName\n      assigningTenantId\n      decisionId\n      parentId\n      assignee { kind name tenantId unitId }\n      reporting { cadence nextDue missed }\n      linkedCases { id number title }\n      subtasks { id number title state overdue listed deadline daysLeft overdueDays dueSoon assignee { name } }\n      reports { id reportedOn percent text final evidence reporterName }\n      history { seq action toState actorName reason at }\n      supervisionNotices { id kind state }\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  query TaskBoard {\n    tasks(first: 100) {\n      edges {\n        node {\n          id\n          parentId\n          assigningTenantId\n          number\n          title\n          state\n          deadline\n          daysLeft\n          overdueDays\n          dueSoon\n          overdue\n          listed\n          listName\n          closedOn\n          assignee { name }\n          reporting { missed nextDue }\n        }\n      }\n    }\n  }\n": typeof types.TaskBoardDocument,
    "\n  query TaskDashboard($subtree: Boolean!) {\n    taskDashboard(subtree: $subtree) {\n      asOf\n      total { assigned signedOff doneOnTime overdue lateReports completionRate }\n      byList { key name assigned signedOff doneOnTime overdue lateReports completionRate }\n      byAssignee { key name assigned signedOff doneOnTime overdue lateReports completionRate }\n    }\n  }\n": typeof types.TaskDashboardDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      username\n      displayName\n      roles\n      tenantId\n      tenant { id name level }\n      unit { id name }\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  query UnreadNotices {\n    noticeInbox(first: 1) { unreadCount }\n  }\n": typeof types.UnreadNoticesDocument,
    "\n  query TenantNames {\n    tenants(first: 100) { edges { node { id name } } }\n  }\n": typeof types.TenantNamesDocument,
};
const documents: Documents = {
    "\n  query CalendarSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings { stage days }\n      declaredYears\n      reminderLeadDays\n      effectiveReminderLeadDays\n      version\n      effectiveRules { stage name statutoryDays days unit article tightened }\n    }\n  }\n": types.CalendarSettingsDocument,
    "\n  mutation UpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) { tenantId version }\n  }\n": types.UpdateCalendarSettingsDocument,
    "\n  query HolidayOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) { id tenantId date kind name }\n  }\n": types.HolidayOverridesDocument,
    "\n  mutation AddHolidayOverride($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) { id }\n  }\n": types.AddHolidayOverrideDocument,
    "\n  mutation RemoveHolidayOverride($id: ID!) {\n    removeHolidayOverride(id: $id) { id }\n  }\n": types.RemoveHolidayOverrideDocument,
    "\n  query SupervisionSettings {\n    supervisionSettings { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n  }\n": types.SupervisionSettingsDocument,
    "\n  mutation UpdateSupervisionSettings($input: SupervisionSettingsInput!) {\n    updateSupervisionSettings(input: $input) { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n  }\n": types.UpdateSupervisionSettingsDocument,
    "\n  query AdminUnits($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      units(first: 100) {\n        edges { node { id name kind } }\n        pageInfo { hasNextPage }\n      }\n    }\n  }\n": types.AdminUnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { id name kind }\n  }\n": types.CreateUnitDocument,
    "\n  query AdminUsers($tenantId: ID!) {\n    users(tenantId: $tenantId, first: 100) {\n      edges { node { id username displayName roles active version unit { id name } } }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id username }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!, $version: Int!) {\n    deactivateUser(id: $id, version: $version) { id active version }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!, $version: Int!) {\n    reactivateUser(id: $id, version: $version) { id active version }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) { id version }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query CheckIndicator($indicator: IndicatorInput!) {\n    checkIndicator(indicator: $indicator) { formula }\n  }\n": types.CheckIndicatorDocument,
    "\n  query PreviewIndicator($input: IndicatorPreviewInput!) {\n    previewIndicator(input: $input) {\n      periodFrom\n      periodTo\n      asOf\n      indicator { kind formula }\n      targets {\n        tenantId\n        name\n        value\n        numerator\n        denominator\n        previous\n        facts { id label date source case { id title } }\n      }\n    }\n  }\n": types.PreviewIndicatorDocument,
    "\n  mutation EnterManualScore($input: ManualScoreInput!) {\n    enterManualScore(input: $input) { id version }\n  }\n": types.EnterManualScoreDocument,
    "\n  query OwnAssessmentResults($id: ID!, $period: AssessmentPeriodInput!) {\n    tenant(id: $id) {\n      id\n      assessmentResults(period: $period) { schemeId schemeName total rank of grade publishedAt periodFrom periodTo }\n    }\n  }\n": types.OwnAssessmentResultsDocument,
    "\n  fragment IndicatorDefinition on Indicator {\n    code\n    name\n    kind\n    formula\n    source\n    measure\n    unit\n    period { basis field }\n    numerator { field operator value values }\n    denominator { field operator value values }\n  }\n": types.IndicatorDefinitionFragmentDoc,
    "\n  query SchemeBuilderChoices {\n    indicatorLibrary { ...IndicatorDefinition }\n    indicatorCatalog {\n      sources {\n        source\n        measures\n        periodBases\n        defaultPeriodField\n        fields { name label type operators nullable description values { value label } }\n      }\n      kinds { kind rules }\n    }\n  }\n": types.SchemeBuilderChoicesDocument,
    "\n  mutation BuildAssessmentScheme($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) { id }\n  }\n": types.BuildAssessmentSchemeDocument,
    "\n  mutation UpdateAssessmentScheme($input: UpdateSchemeInput!) {\n    updateAssessmentScheme(input: $input) { id version }\n  }\n": types.UpdateAssessmentSchemeDocument,
    "\n  query ScoreFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) { id label date source tenantId case { id title } }\n  }\n": types.ScoreFactsDocument,
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
    "\n  query AgendaCases($filter: CaseFilter) {\n    cases(first: 20, filter: $filter) { edges { node { id number title } } }\n  }\n": types.AgendaCasesDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { id version state cancelReason }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation EstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) { id version }\n  }\n": types.EstablishConferenceDocument,
    "\n  mutation UpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) { id version }\n  }\n": types.UpdateConferenceDocument,
    "\n  mutation AddConferenceMember($input: AddConferenceMemberInput!) {\n    addConferenceMember(input: $input) { id version }\n  }\n": types.AddConferenceMemberDocument,
    "\n  mutation RemoveConferenceMember($input: RemoveConferenceMemberInput!) {\n    removeConferenceMember(input: $input) { id version }\n  }\n": types.RemoveConferenceMemberDocument,
    "\n  query TaskAssignmentChoices($tenantId: ID!) {\n    taskLists { id name kind }\n    conference { id members { id name } }\n    tenant(id: $tenantId) { id children { id name conference { id } } }\n  }\n": types.TaskAssignmentChoicesDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { id number }\n  }\n": types.CreateTaskDocument,
    "\n  query MeetingCalendar($from: String!, $to: String!) {\n    meetings(first: 100, filter: { from: $from, to: $to }) { edges { node { id date kind title state } } }\n  }\n": types.MeetingCalendarDocument,
    "\n  mutation SetMeetingSchedule($input: SetMeetingScheduleInput!) {\n    setMeetingSchedule(input: $input) { kind recurrence weekday days }\n  }\n": types.SetMeetingScheduleDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { id date }\n  }\n": types.ScheduleMeetingDocument,
    "\n  query ConferenceChoices($tenantId: ID!) {\n    conferenceStaff { userId name unitId leader }\n    tenant(id: $tenantId) { id units(first: 100) { edges { node { id name } } } }\n  }\n": types.ConferenceChoicesDocument,
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
    "fragment TaskActed on Task { id version state availableActions daysLeft overdueDays dueSoon overdue }": types.TaskActedFragmentDoc,
    "mutation ReceiveTask($input: TaskStepInput!) { receiveTask(input: $input) { ...TaskActed } }": types.ReceiveTaskDocument,
    "mutation StartTask($input: TaskStepInput!) { startTask(input: $input) { ...TaskActed } }": types.StartTaskDocument,
    "mutation SignOffTask($input: TaskStepInput!) { signOffTask(input: $input) { ...TaskActed } }": types.SignOffTaskDocument,
    "mutation SendBackTask($input: TaskReasonInput!) { sendBackTask(input: $input) { ...TaskActed } }": types.SendBackTaskDocument,
    "mutation CancelTask($input: TaskReasonInput!) { cancelTask(input: $input) { ...TaskActed } }": types.CancelTaskDocument,
    "mutation ReportTask($input: TaskReportInput!) { reportTask(input: $input) { ...TaskActed } }": types.ReportTaskDocument,
    "mutation SplitTask($input: SplitTaskInput!) { splitTask(input: $input) { id } }": types.SplitTaskDocument,
    "query SplitChoices { conference { id members { id name } } }": types.SplitChoicesDocument,
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
    "\n  query StatisticsCounts($period: PeriodInput!, $lastYear: PeriodInput!, $basis: CaseCountBasis, $jurisdictionId: ID) {\n    channel: caseStatistics(period: $period, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    channelLastYear: caseStatistics(period: $lastYear, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kind: caseStatistics(period: $period, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kindLastYear: caseStatistics(period: $lastYear, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    category: caseStatistics(period: $period, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    categoryLastYear: caseStatistics(period: $lastYear, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    child: caseStatistics(period: $period, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    childLastYear: caseStatistics(period: $lastYear, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    month: caseStatistics(period: $period, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    monthLastYear: caseStatistics(period: $lastYear, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    backlog: caseBacklog(period: $period, basis: $basis, jurisdictionId: $jurisdictionId) { asOf open personTimes overdue longPending }\n    backlogLastYear: caseBacklog(period: $lastYear, basis: $basis, jurisdictionId: $jurisdictionId) { asOf open personTimes overdue longPending }\n  }\n": types.StatisticsCountsDocument,
    "\n  query StatisticsIndicators($period: AssessmentPeriodInput!, $tenantId: ID) {\n    jurisdictionIndicators(period: $period, tenantId: $tenantId) {\n      indicator { code name formula }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n": types.StatisticsIndicatorsDocument,
    "\n  query StatisticsJurisdictions {\n    me { id tenant { id name children { id name children { id name } } } }\n  }\n": types.StatisticsJurisdictionsDocument,
    "\n  query AdminTenants {\n    tenants(first: 100) {\n      edges { node { id name level } }\n    }\n  }\n": types.AdminTenantsDocument,
    "\n  fragment SchemeListRow on AssessmentScheme {\n    id\n    name\n    state\n    periodLabel\n    targetLevel\n    totalPoints\n    publishedAt\n    items { code }\n  }\n": types.SchemeListRowFragmentDoc,
    "\n  query AssessmentSchemes {\n    assessmentSchemes { ...SchemeListRow }\n  }\n": types.AssessmentSchemesDocument,
    "\n  mutation CreateAssessmentScheme($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) { ...SchemeListRow }\n  }\n": types.CreateAssessmentSchemeDocument,
    "\n  fragment SchemeItem on AssessmentItem {\n    code\n    name\n    kind\n    points\n    ruleText\n    rule { kind floor target perEvent fromFull bands { atMost points } otherwise higherIsBetter minimum table min max }\n    minDenominator\n    belowMinimum\n    cap\n    floor\n    indicator { ...IndicatorDefinition }\n  }\n": types.SchemeItemFragmentDoc,
    "\n  fragment SchemeScoreTarget on TargetScore {\n    tenantId\n    name\n    total\n    rank\n    grade\n    publishedTotal\n    publishedRank\n    items { code value numerator denominator previous points belowMinimum manual { points comment evidence assessorName } }\n  }\n": types.SchemeScoreTargetFragmentDoc,
    "\n  query AssessmentSchemePage($id: ID!) {\n    assessmentScheme(id: $id) {\n      id\n      name\n      state\n      version\n      periodKind\n      periodLabel\n      periodFrom\n      periodTo\n      targetLevel\n      totalPoints\n      publishedAt\n      items { ...SchemeItem }\n    }\n    assessmentSnapshot(schemeId: $id) { publishedAt publishedBy asOf }\n  }\n": types.AssessmentSchemePageDocument,
    "\n  query SchemeScores($id: ID!) {\n    scores(schemeId: $id) { asOf targets { ...SchemeScoreTarget } }\n  }\n": types.SchemeScoresDocument,
    "\n  mutation PublishAssessmentScheme($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) { id asOf }\n  }\n": types.PublishAssessmentSchemeDocument,
    "\n  query ConferenceOverview($tenantId: ID!, $level: TenantLevel!, $withCoverage: Boolean!) {\n    conference {\n      id\n      version\n      establishedOn\n      officeUnitId\n      officeUnitName\n      convenors { userId name title }\n      members { id unitId name liaisonName joinedOn }\n    }\n    meetingSchedules { kind recurrence weekday days }\n    meetings(first: 50) {\n      edges { node { id version date kind title state chairName decisions { id } } }\n    }\n    tenant(id: $tenantId) {\n      id\n      name\n      conferenceCoverage(level: $level) @include(if: $withCoverage) { jurisdictions withConference rate }\n      children {\n        id\n        name\n        level\n        conference { id establishedOn }\n        children { id name level conference { id establishedOn } }\n      }\n    }\n  }\n": types.ConferenceOverviewDocument,
    "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      date\n      kind\n      title\n      state\n      chairName\n      minutes\n      cancelReason\n      agenda { caseId caseNumber caseTitle text }\n      attendees { userId memberId name kind attendance note }\n      decisions { id ordinal text }\n    }\n  }\n": types.MeetingDetailDocument,
    "\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { id version state minutes attendees { userId memberId name kind attendance note } decisions { id ordinal text } }\n  }\n": types.RecordMeetingDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      number\n      version\n      title\n      description\n      requiredOutcome\n      state\n      priority\n      listed\n      overdue\n      deadline\n      daysLeft\n      overdueDays\n      dueSoon\n      availableActions\n      createdOn\n      reportedDoneOn\n      closedOn\n      sendBackReason\n      cancelReason\n      listName\n      assigningTenantId\n      decisionId\n      parentId\n      assignee { kind name tenantId unitId }\n      reporting { cadence nextDue missed }\n      linkedCases { id number title }\n      subtasks { id number title state overdue listed deadline daysLeft overdueDays dueSoon assignee { name } }\n      reports { id reportedOn percent text final evidence reporterName }\n      history { seq action toState actorName reason at }\n      supervisionNotices { id kind state }\n    }\n  }\n": types.TaskDetailDocument,
    "\n  query TaskBoard {\n    tasks(first: 100) {\n      edges {\n        node {\n          id\n          parentId\n          assigningTenantId\n          number\n          title\n          state\n          deadline\n          daysLeft\n          overdueDays\n          dueSoon\n          overdue\n          listed\n          listName\n          closedOn\n          assignee { name }\n          reporting { missed nextDue }\n        }\n      }\n    }\n  }\n": types.TaskBoardDocument,
    "\n  query TaskDashboard($subtree: Boolean!) {\n    taskDashboard(subtree: $subtree) {\n      asOf\n      total { assigned signedOff doneOnTime overdue lateReports completionRate }\n      byList { key name assigned signedOff doneOnTime overdue lateReports completionRate }\n      byAssignee { key name assigned signedOff doneOnTime overdue lateReports completionRate }\n    }\n  }\n": types.TaskDashboardDocument,
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
export function graphql(source: "\n  query CalendarSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings { stage days }\n      declaredYears\n      reminderLeadDays\n      effectiveReminderLeadDays\n      version\n      effectiveRules { stage name statutoryDays days unit article tightened }\n    }\n  }\n"): (typeof documents)["\n  query CalendarSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings { stage days }\n      declaredYears\n      reminderLeadDays\n      effectiveReminderLeadDays\n      version\n      effectiveRules { stage name statutoryDays days unit article tightened }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) { tenantId version }\n  }\n"): (typeof documents)["\n  mutation UpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) { tenantId version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidayOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) { id tenantId date kind name }\n  }\n"): (typeof documents)["\n  query HolidayOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) { id tenantId date kind name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHolidayOverride($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AddHolidayOverride($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveHolidayOverride($id: ID!) {\n    removeHolidayOverride(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation RemoveHolidayOverride($id: ID!) {\n    removeHolidayOverride(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSettings {\n    supervisionSettings { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n  }\n"): (typeof documents)["\n  query SupervisionSettings {\n    supervisionSettings { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupervisionSettings($input: SupervisionSettingsInput!) {\n    updateSupervisionSettings(input: $input) { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n  }\n"): (typeof documents)["\n  mutation UpdateSupervisionSettings($input: SupervisionSettingsInput!) {\n    updateSupervisionSettings(input: $input) { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnits($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      units(first: 100) {\n        edges { node { id name kind } }\n        pageInfo { hasNextPage }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUnits($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      units(first: 100) {\n        edges { node { id name kind } }\n        pageInfo { hasNextPage }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { id name kind }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($tenantId: ID!) {\n    users(tenantId: $tenantId, first: 100) {\n      edges { node { id username displayName roles active version unit { id name } } }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($tenantId: ID!) {\n    users(tenantId: $tenantId, first: 100) {\n      edges { node { id username displayName roles active version unit { id name } } }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id username }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!, $version: Int!) {\n    deactivateUser(id: $id, version: $version) { id active version }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!, $version: Int!) {\n    deactivateUser(id: $id, version: $version) { id active version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!, $version: Int!) {\n    reactivateUser(id: $id, version: $version) { id active version }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!, $version: Int!) {\n    reactivateUser(id: $id, version: $version) { id active version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckIndicator($indicator: IndicatorInput!) {\n    checkIndicator(indicator: $indicator) { formula }\n  }\n"): (typeof documents)["\n  query CheckIndicator($indicator: IndicatorInput!) {\n    checkIndicator(indicator: $indicator) { formula }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewIndicator($input: IndicatorPreviewInput!) {\n    previewIndicator(input: $input) {\n      periodFrom\n      periodTo\n      asOf\n      indicator { kind formula }\n      targets {\n        tenantId\n        name\n        value\n        numerator\n        denominator\n        previous\n        facts { id label date source case { id title } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewIndicator($input: IndicatorPreviewInput!) {\n    previewIndicator(input: $input) {\n      periodFrom\n      periodTo\n      asOf\n      indicator { kind formula }\n      targets {\n        tenantId\n        name\n        value\n        numerator\n        denominator\n        previous\n        facts { id label date source case { id title } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterManualScore($input: ManualScoreInput!) {\n    enterManualScore(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation EnterManualScore($input: ManualScoreInput!) {\n    enterManualScore(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnAssessmentResults($id: ID!, $period: AssessmentPeriodInput!) {\n    tenant(id: $id) {\n      id\n      assessmentResults(period: $period) { schemeId schemeName total rank of grade publishedAt periodFrom periodTo }\n    }\n  }\n"): (typeof documents)["\n  query OwnAssessmentResults($id: ID!, $period: AssessmentPeriodInput!) {\n    tenant(id: $id) {\n      id\n      assessmentResults(period: $period) { schemeId schemeName total rank of grade publishedAt periodFrom periodTo }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorDefinition on Indicator {\n    code\n    name\n    kind\n    formula\n    source\n    measure\n    unit\n    period { basis field }\n    numerator { field operator value values }\n    denominator { field operator value values }\n  }\n"): (typeof documents)["\n  fragment IndicatorDefinition on Indicator {\n    code\n    name\n    kind\n    formula\n    source\n    measure\n    unit\n    period { basis field }\n    numerator { field operator value values }\n    denominator { field operator value values }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemeBuilderChoices {\n    indicatorLibrary { ...IndicatorDefinition }\n    indicatorCatalog {\n      sources {\n        source\n        measures\n        periodBases\n        defaultPeriodField\n        fields { name label type operators nullable description values { value label } }\n      }\n      kinds { kind rules }\n    }\n  }\n"): (typeof documents)["\n  query SchemeBuilderChoices {\n    indicatorLibrary { ...IndicatorDefinition }\n    indicatorCatalog {\n      sources {\n        source\n        measures\n        periodBases\n        defaultPeriodField\n        fields { name label type operators nullable description values { value label } }\n      }\n      kinds { kind rules }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildAssessmentScheme($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation BuildAssessmentScheme($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssessmentScheme($input: UpdateSchemeInput!) {\n    updateAssessmentScheme(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateAssessmentScheme($input: UpdateSchemeInput!) {\n    updateAssessmentScheme(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) { id label date source tenantId case { id title } }\n  }\n"): (typeof documents)["\n  query ScoreFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) { id label date source tenantId case { id title } }\n  }\n"];
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
export function graphql(source: "\n  query AgendaCases($filter: CaseFilter) {\n    cases(first: 20, filter: $filter) { edges { node { id number title } } }\n  }\n"): (typeof documents)["\n  query AgendaCases($filter: CaseFilter) {\n    cases(first: 20, filter: $filter) { edges { node { id number title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { id version state cancelReason }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) { id version state cancelReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation EstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConferenceMember($input: AddConferenceMemberInput!) {\n    addConferenceMember(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation AddConferenceMember($input: AddConferenceMemberInput!) {\n    addConferenceMember(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConferenceMember($input: RemoveConferenceMemberInput!) {\n    removeConferenceMember(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation RemoveConferenceMember($input: RemoveConferenceMemberInput!) {\n    removeConferenceMember(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskAssignmentChoices($tenantId: ID!) {\n    taskLists { id name kind }\n    conference { id members { id name } }\n    tenant(id: $tenantId) { id children { id name conference { id } } }\n  }\n"): (typeof documents)["\n  query TaskAssignmentChoices($tenantId: ID!) {\n    taskLists { id name kind }\n    conference { id members { id name } }\n    tenant(id: $tenantId) { id children { id name conference { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { id number }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCalendar($from: String!, $to: String!) {\n    meetings(first: 100, filter: { from: $from, to: $to }) { edges { node { id date kind title state } } }\n  }\n"): (typeof documents)["\n  query MeetingCalendar($from: String!, $to: String!) {\n    meetings(first: 100, filter: { from: $from, to: $to }) { edges { node { id date kind title state } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingSchedule($input: SetMeetingScheduleInput!) {\n    setMeetingSchedule(input: $input) { kind recurrence weekday days }\n  }\n"): (typeof documents)["\n  mutation SetMeetingSchedule($input: SetMeetingScheduleInput!) {\n    setMeetingSchedule(input: $input) { kind recurrence weekday days }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { id date }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { id date }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceChoices($tenantId: ID!) {\n    conferenceStaff { userId name unitId leader }\n    tenant(id: $tenantId) { id units(first: 100) { edges { node { id name } } } }\n  }\n"): (typeof documents)["\n  query ConferenceChoices($tenantId: ID!) {\n    conferenceStaff { userId name unitId leader }\n    tenant(id: $tenantId) { id units(first: 100) { edges { node { id name } } } }\n  }\n"];
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
export function graphql(source: "fragment TaskActed on Task { id version state availableActions daysLeft overdueDays dueSoon overdue }"): (typeof documents)["fragment TaskActed on Task { id version state availableActions daysLeft overdueDays dueSoon overdue }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReceiveTask($input: TaskStepInput!) { receiveTask(input: $input) { ...TaskActed } }"): (typeof documents)["mutation ReceiveTask($input: TaskStepInput!) { receiveTask(input: $input) { ...TaskActed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartTask($input: TaskStepInput!) { startTask(input: $input) { ...TaskActed } }"): (typeof documents)["mutation StartTask($input: TaskStepInput!) { startTask(input: $input) { ...TaskActed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOffTask($input: TaskStepInput!) { signOffTask(input: $input) { ...TaskActed } }"): (typeof documents)["mutation SignOffTask($input: TaskStepInput!) { signOffTask(input: $input) { ...TaskActed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendBackTask($input: TaskReasonInput!) { sendBackTask(input: $input) { ...TaskActed } }"): (typeof documents)["mutation SendBackTask($input: TaskReasonInput!) { sendBackTask(input: $input) { ...TaskActed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelTask($input: TaskReasonInput!) { cancelTask(input: $input) { ...TaskActed } }"): (typeof documents)["mutation CancelTask($input: TaskReasonInput!) { cancelTask(input: $input) { ...TaskActed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportTask($input: TaskReportInput!) { reportTask(input: $input) { ...TaskActed } }"): (typeof documents)["mutation ReportTask($input: TaskReportInput!) { reportTask(input: $input) { ...TaskActed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SplitTask($input: SplitTaskInput!) { splitTask(input: $input) { id } }"): (typeof documents)["mutation SplitTask($input: SplitTaskInput!) { splitTask(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SplitChoices { conference { id members { id name } } }"): (typeof documents)["query SplitChoices { conference { id members { id name } } }"];
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
export function graphql(source: "\n  query StatisticsCounts($period: PeriodInput!, $lastYear: PeriodInput!, $basis: CaseCountBasis, $jurisdictionId: ID) {\n    channel: caseStatistics(period: $period, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    channelLastYear: caseStatistics(period: $lastYear, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kind: caseStatistics(period: $period, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kindLastYear: caseStatistics(period: $lastYear, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    category: caseStatistics(period: $period, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    categoryLastYear: caseStatistics(period: $lastYear, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    child: caseStatistics(period: $period, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    childLastYear: caseStatistics(period: $lastYear, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    month: caseStatistics(period: $period, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    monthLastYear: caseStatistics(period: $lastYear, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    backlog: caseBacklog(period: $period, basis: $basis, jurisdictionId: $jurisdictionId) { asOf open personTimes overdue longPending }\n    backlogLastYear: caseBacklog(period: $lastYear, basis: $basis, jurisdictionId: $jurisdictionId) { asOf open personTimes overdue longPending }\n  }\n"): (typeof documents)["\n  query StatisticsCounts($period: PeriodInput!, $lastYear: PeriodInput!, $basis: CaseCountBasis, $jurisdictionId: ID) {\n    channel: caseStatistics(period: $period, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    channelLastYear: caseStatistics(period: $lastYear, groupBy: CHANNEL, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kind: caseStatistics(period: $period, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    kindLastYear: caseStatistics(period: $lastYear, groupBy: KIND, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    category: caseStatistics(period: $period, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    categoryLastYear: caseStatistics(period: $lastYear, groupBy: CATEGORY, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    child: caseStatistics(period: $period, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    childLastYear: caseStatistics(period: $lastYear, groupBy: CHILD_JURISDICTION, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    month: caseStatistics(period: $period, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    monthLastYear: caseStatistics(period: $lastYear, groupBy: MONTH, basis: $basis, jurisdictionId: $jurisdictionId) { key label batches personTimes }\n    backlog: caseBacklog(period: $period, basis: $basis, jurisdictionId: $jurisdictionId) { asOf open personTimes overdue longPending }\n    backlogLastYear: caseBacklog(period: $lastYear, basis: $basis, jurisdictionId: $jurisdictionId) { asOf open personTimes overdue longPending }\n  }\n"];
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
export function graphql(source: "\n  query AdminTenants {\n    tenants(first: 100) {\n      edges { node { id name level } }\n    }\n  }\n"): (typeof documents)["\n  query AdminTenants {\n    tenants(first: 100) {\n      edges { node { id name level } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemeListRow on AssessmentScheme {\n    id\n    name\n    state\n    periodLabel\n    targetLevel\n    totalPoints\n    publishedAt\n    items { code }\n  }\n"): (typeof documents)["\n  fragment SchemeListRow on AssessmentScheme {\n    id\n    name\n    state\n    periodLabel\n    targetLevel\n    totalPoints\n    publishedAt\n    items { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentSchemes {\n    assessmentSchemes { ...SchemeListRow }\n  }\n"): (typeof documents)["\n  query AssessmentSchemes {\n    assessmentSchemes { ...SchemeListRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssessmentScheme($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) { ...SchemeListRow }\n  }\n"): (typeof documents)["\n  mutation CreateAssessmentScheme($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) { ...SchemeListRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemeItem on AssessmentItem {\n    code\n    name\n    kind\n    points\n    ruleText\n    rule { kind floor target perEvent fromFull bands { atMost points } otherwise higherIsBetter minimum table min max }\n    minDenominator\n    belowMinimum\n    cap\n    floor\n    indicator { ...IndicatorDefinition }\n  }\n"): (typeof documents)["\n  fragment SchemeItem on AssessmentItem {\n    code\n    name\n    kind\n    points\n    ruleText\n    rule { kind floor target perEvent fromFull bands { atMost points } otherwise higherIsBetter minimum table min max }\n    minDenominator\n    belowMinimum\n    cap\n    floor\n    indicator { ...IndicatorDefinition }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemeScoreTarget on TargetScore {\n    tenantId\n    name\n    total\n    rank\n    grade\n    publishedTotal\n    publishedRank\n    items { code value numerator denominator previous points belowMinimum manual { points comment evidence assessorName } }\n  }\n"): (typeof documents)["\n  fragment SchemeScoreTarget on TargetScore {\n    tenantId\n    name\n    total\n    rank\n    grade\n    publishedTotal\n    publishedRank\n    items { code value numerator denominator previous points belowMinimum manual { points comment evidence assessorName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentSchemePage($id: ID!) {\n    assessmentScheme(id: $id) {\n      id\n      name\n      state\n      version\n      periodKind\n      periodLabel\n      periodFrom\n      periodTo\n      targetLevel\n      totalPoints\n      publishedAt\n      items { ...SchemeItem }\n    }\n    assessmentSnapshot(schemeId: $id) { publishedAt publishedBy asOf }\n  }\n"): (typeof documents)["\n  query AssessmentSchemePage($id: ID!) {\n    assessmentScheme(id: $id) {\n      id\n      name\n      state\n      version\n      periodKind\n      periodLabel\n      periodFrom\n      periodTo\n      targetLevel\n      totalPoints\n      publishedAt\n      items { ...SchemeItem }\n    }\n    assessmentSnapshot(schemeId: $id) { publishedAt publishedBy asOf }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemeScores($id: ID!) {\n    scores(schemeId: $id) { asOf targets { ...SchemeScoreTarget } }\n  }\n"): (typeof documents)["\n  query SchemeScores($id: ID!) {\n    scores(schemeId: $id) { asOf targets { ...SchemeScoreTarget } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAssessmentScheme($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) { id asOf }\n  }\n"): (typeof documents)["\n  mutation PublishAssessmentScheme($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) { id asOf }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceOverview($tenantId: ID!, $level: TenantLevel!, $withCoverage: Boolean!) {\n    conference {\n      id\n      version\n      establishedOn\n      officeUnitId\n      officeUnitName\n      convenors { userId name title }\n      members { id unitId name liaisonName joinedOn }\n    }\n    meetingSchedules { kind recurrence weekday days }\n    meetings(first: 50) {\n      edges { node { id version date kind title state chairName decisions { id } } }\n    }\n    tenant(id: $tenantId) {\n      id\n      name\n      conferenceCoverage(level: $level) @include(if: $withCoverage) { jurisdictions withConference rate }\n      children {\n        id\n        name\n        level\n        conference { id establishedOn }\n        children { id name level conference { id establishedOn } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceOverview($tenantId: ID!, $level: TenantLevel!, $withCoverage: Boolean!) {\n    conference {\n      id\n      version\n      establishedOn\n      officeUnitId\n      officeUnitName\n      convenors { userId name title }\n      members { id unitId name liaisonName joinedOn }\n    }\n    meetingSchedules { kind recurrence weekday days }\n    meetings(first: 50) {\n      edges { node { id version date kind title state chairName decisions { id } } }\n    }\n    tenant(id: $tenantId) {\n      id\n      name\n      conferenceCoverage(level: $level) @include(if: $withCoverage) { jurisdictions withConference rate }\n      children {\n        id\n        name\n        level\n        conference { id establishedOn }\n        children { id name level conference { id establishedOn } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      date\n      kind\n      title\n      state\n      chairName\n      minutes\n      cancelReason\n      agenda { caseId caseNumber caseTitle text }\n      attendees { userId memberId name kind attendance note }\n      decisions { id ordinal text }\n    }\n  }\n"): (typeof documents)["\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      id\n      version\n      date\n      kind\n      title\n      state\n      chairName\n      minutes\n      cancelReason\n      agenda { caseId caseNumber caseTitle text }\n      attendees { userId memberId name kind attendance note }\n      decisions { id ordinal text }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { id version state minutes attendees { userId memberId name kind attendance note } decisions { id ordinal text } }\n  }\n"): (typeof documents)["\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { id version state minutes attendees { userId memberId name kind attendance note } decisions { id ordinal text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      number\n      version\n      title\n      description\n      requiredOutcome\n      state\n      priority\n      listed\n      overdue\n      deadline\n      daysLeft\n      overdueDays\n      dueSoon\n      availableActions\n      createdOn\n      reportedDoneOn\n      closedOn\n      sendBackReason\n      cancelReason\n      listName\n      assigningTenantId\n      decisionId\n      parentId\n      assignee { kind name tenantId unitId }\n      reporting { cadence nextDue missed }\n      linkedCases { id number title }\n      subtasks { id number title state overdue listed deadline daysLeft overdueDays dueSoon assignee { name } }\n      reports { id reportedOn percent text final evidence reporterName }\n      history { seq action toState actorName reason at }\n      supervisionNotices { id kind state }\n    }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      id\n      number\n      version\n      title\n      description\n      requiredOutcome\n      state\n      priority\n      listed\n      overdue\n      deadline\n      daysLeft\n      overdueDays\n      dueSoon\n      availableActions\n      createdOn\n      reportedDoneOn\n      closedOn\n      sendBackReason\n      cancelReason\n      listName\n      assigningTenantId\n      decisionId\n      parentId\n      assignee { kind name tenantId unitId }\n      reporting { cadence nextDue missed }\n      linkedCases { id number title }\n      subtasks { id number title state overdue listed deadline daysLeft overdueDays dueSoon assignee { name } }\n      reports { id reportedOn percent text final evidence reporterName }\n      history { seq action toState actorName reason at }\n      supervisionNotices { id kind state }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskBoard {\n    tasks(first: 100) {\n      edges {\n        node {\n          id\n          parentId\n          assigningTenantId\n          number\n          title\n          state\n          deadline\n          daysLeft\n          overdueDays\n          dueSoon\n          overdue\n          listed\n          listName\n          closedOn\n          assignee { name }\n          reporting { missed nextDue }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskBoard {\n    tasks(first: 100) {\n      edges {\n        node {\n          id\n          parentId\n          assigningTenantId\n          number\n          title\n          state\n          deadline\n          daysLeft\n          overdueDays\n          dueSoon\n          overdue\n          listed\n          listName\n          closedOn\n          assignee { name }\n          reporting { missed nextDue }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDashboard($subtree: Boolean!) {\n    taskDashboard(subtree: $subtree) {\n      asOf\n      total { assigned signedOff doneOnTime overdue lateReports completionRate }\n      byList { key name assigned signedOff doneOnTime overdue lateReports completionRate }\n      byAssignee { key name assigned signedOff doneOnTime overdue lateReports completionRate }\n    }\n  }\n"): (typeof documents)["\n  query TaskDashboard($subtree: Boolean!) {\n    taskDashboard(subtree: $subtree) {\n      asOf\n      total { assigned signedOff doneOnTime overdue lateReports completionRate }\n      byList { key name assigned signedOff doneOnTime overdue lateReports completionRate }\n      byAssignee { key name assigned signedOff doneOnTime overdue lateReports completionRate }\n    }\n  }\n"];
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