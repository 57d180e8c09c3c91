/* eslint-disable */
import * as types from './graphql.js';
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
    "fragment IndicatorPreviewSpecFact on FactReference { id label date tenantId source case { id } }": typeof types.IndicatorPreviewSpecFactFragmentDoc,
    "query IndicatorPreviewSpecPreview($input: IndicatorPreviewInput!) { previewIndicator(input: $input) {\n  periodFrom periodTo asOf indicator { code formula }\n  targets { tenantId name code value numerator denominator previous facts { ...IndicatorPreviewSpecFact } } } }": typeof types.IndicatorPreviewSpecPreviewDocument,
    "query IndicatorPreviewSpecCheck($indicator: IndicatorInput!) { checkIndicator(indicator: $indicator) { code formula } }": typeof types.IndicatorPreviewSpecCheckDocument,
    "mutation IndicatorPreviewSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { id items { code } } }": typeof types.IndicatorPreviewSpecCreateDocument,
    "query IndicatorPreviewSpecScores($id: ID!) { scores(schemeId: $id) { targets { tenantId name items { code value numerator denominator previous } } } }": typeof types.IndicatorPreviewSpecScoresDocument,
    "query IndicatorPreviewSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { ...IndicatorPreviewSpecFact } }": typeof types.IndicatorPreviewSpecFactsDocument,
    "query IndicatorPreviewSpecCatalog { indicatorCatalog { sources { source noun unit measures periodBases defaultPeriodField fields { name label type operators nullable description values { value label } } }\n  kinds { kind rules } } }": typeof types.IndicatorPreviewSpecCatalogDocument,
    "\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id name state version periodFrom periodTo periodLabel targetLevel totalPoints\n    items { code name kind points ruleText indicator { code formula source } rule { kind perEvent min max } }\n  }\n": typeof types.SchemesSpecSchemeFragmentDoc,
    "mutation SchemesSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { ...SchemesSpecScheme } }": typeof types.SchemesSpecCreateDocument,
    "mutation SchemesSpecUpdate($input: UpdateSchemeInput!) { updateAssessmentScheme(input: $input) { ...SchemesSpecScheme } }": typeof types.SchemesSpecUpdateDocument,
    "mutation SchemesSpecManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }": typeof types.SchemesSpecManualDocument,
    "mutation SchemesSpecPublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { id publishedBy asOf targets { name total rank grade } } }": typeof types.SchemesSpecPublishDocument,
    "query SchemesSpecScores($id: ID!) { scores(schemeId: $id) { asOf targets { tenantId name total rank grade publishedTotal publishedRank\n  items { code value numerator denominator points belowMinimum manual { points comment } } } } }": typeof types.SchemesSpecScoresDocument,
    "query SchemesSpecVersion($id: ID!) { assessmentScheme(id: $id) { version } }": typeof types.SchemesSpecVersionDocument,
    "query SchemesSpecSnapshot($id: ID!) { assessmentSnapshot(schemeId: $id) { targets { name total } } }": typeof types.SchemesSpecSnapshotDocument,
    "query SchemesSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { id label date tenantId source } }": typeof types.SchemesSpecFactsDocument,
    "query JurisdictionIndicatorsSpecIndicators($tenantId: ID) {\n  jurisdictionIndicators(period: { kind: RANGE, from: \"2026-01-01\", to: \"2026-06-30\" }, tenantId: $tenantId) {\n    indicator { code name formula } value numerator denominator previous } }": typeof types.JurisdictionIndicatorsSpecIndicatorsDocument,
    "query AuthSpecFirstTenants { tenants(first: 2) { edges { node { code } } pageInfo { hasNextPage endCursor } } }": typeof types.AuthSpecFirstTenantsDocument,
    "query AuthSpecNextTenants($after: String) { tenants(first: 2, after: $after) { edges { node { code } } } }": typeof types.AuthSpecNextTenantsDocument,
    "query CalendarSettingsSpecSettings($tenantId: ID!) {\n  calendarSettings(tenantId: $tenantId) {\n    tenantId dayCounting tightenings { stage days } declaredYears version\n    effectiveRules { stage name statutoryDays days unit article tightened }\n  }\n}": typeof types.CalendarSettingsSpecSettingsDocument,
    "mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n  updateCalendarSettings(input: $input) { version dayCounting tightenings { stage days } declaredYears effectiveRules { stage days unit tightened } }\n}": typeof types.CalendarSettingsSpecUpdateDocument,
    "query CalendarSettingsSpecLeads($tenantId: ID!) { calendarSettings(tenantId: $tenantId) { reminderLeadDays effectiveReminderLeadDays } }": typeof types.CalendarSettingsSpecLeadsDocument,
    "mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) { updateCalendarSettings(input: $input) { version reminderLeadDays effectiveReminderLeadDays } }": typeof types.CalendarSettingsSpecUpdateLeadsDocument,
    "mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) { addHolidayOverride(input: $input) { id tenantId date kind name } }": typeof types.CalendarSettingsSpecAddDocument,
    "mutation CalendarSettingsSpecRemove($id: ID!) { removeHolidayOverride(id: $id) { id date } }": typeof types.CalendarSettingsSpecRemoveDocument,
    "query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) { holidayOverrides(tenantId: $tenantId, year: $year) { id tenantId tenantPath date kind name } }": typeof types.CalendarSettingsSpecOverridesDocument,
    "query CaseOpinionsSpecOpinions($id: ID!) { case(id: $id) { reviewResult reexaminationResult ending final\n  opinions { id seq kind outcome result resultInferred reviewedOpinionId text issuerTenantId issuedByName issuedOn inForce } } }": typeof types.CaseOpinionsSpecOpinionsDocument,
    "query CasePageSpecLinks($filter: CaseFilter) {\n  cases(first: 50, filter: $filter) { edges { node { id repeatOf { id number } repeats { id number } } } }\n}": typeof types.CasePageSpecLinksDocument,
    "query CaseQueriesSpecListed($filter: CaseFilter) { cases(first: 100, filter: $filter) { edges { node { id } } } }": typeof types.CaseQueriesSpecListedDocument,
    "query CaseQueriesSpecPage($after: String) { cases(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }": typeof types.CaseQueriesSpecPageDocument,
    "query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) { repeatCandidates(input: $input) { score sameIdNumber samePhone textSimilarity finalized case { id } } }": typeof types.CaseQueriesSpecRepeatsDocument,
    "query CaseQueriesSpecTimeline($id: ID!) { case(id: $id) { timeline { seq action fromState toState actorName details { reason targetTenantName summary } } } }": typeof types.CaseQueriesSpecTimelineDocument,
    "query CaseRulesSpecSibling { cases(first: 100) { edges { node { id } } } }": typeof types.CaseRulesSpecSiblingDocument,
    "query CaseRulesSpecHandler { cases(first: 100) { edges { node { id handlingUnitId } } } }": typeof types.CaseRulesSpecHandlerDocument,
    "query CategoriesSpecList($all: Boolean) { categories(includeInactive: $all) { id parentId code name fullName depth ordinal active usable version } }": typeof types.CategoriesSpecListDocument,
    "query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n  deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n    edges { node { tenantId reason stagesChecked stagesChanged } } pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.DeadlineRecomputeSpecRecomputationsDocument,
    "query TenantIsolationSpecTenants { tenants(first: 100) { edges { node { code } } } }": typeof types.TenantIsolationSpecTenantsDocument,
    "query TenantIsolationSpecChildren { tenants(first: 3) { edges { node { code children { code } } } } }": typeof types.TenantIsolationSpecChildrenDocument,
    "query TenantIsolationSpecCounties { tenants(first: 100, filter: { level: COUNTY }) { edges { node { code } } } }": typeof types.TenantIsolationSpecCountiesDocument,
    "query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n  receptions(filter: $filter, first: $first, after: $after) {\n    edges { node { id date leaderName caseCount personCount resolvedCount resolutionRate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.ReceptionsSpecListDocument,
    "query ReceptionsSpecOne($id: ID!) { reception(id: $id) { id date leaderName caseCount personCount resolvedCount resolutionRate } }": typeof types.ReceptionsSpecOneDocument,
    "query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n  receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n    leaderId leaderName tenantId receptionCount caseCount personCount resolvedCount resolutionRate\n  }\n}": typeof types.ReceptionsSpecStatisticsDocument,
    "query NoticeEscalationSpecInbox { noticeInbox(first: 100) { unreadCount edges { node { id kind state } } } }": typeof types.NoticeEscalationSpecInboxDocument,
    "query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n  supervisionSummary(period: $period) { tenantId tenantName issued overdueFeedback escalated byKind { kind issued overdueFeedback escalated } }\n}": typeof types.NoticeEscalationSpecSummaryDocument,
    "query NoticeLadderSpecNotice($id: ID!) { notice(id: $id) { ...SupervisionHarnessNotice ladderStoppedReason history { action fromState toState reason } } }": typeof types.NoticeLadderSpecNoticeDocument,
    "query NoticeWorkflowSpecInbox($filter: NoticeFilter, $first: Int, $after: String) {\n  noticeInbox(filter: $filter, first: $first, after: $after) { unreadCount edges { cursor node { ...SupervisionHarnessNotice } } pageInfo { hasNextPage endCursor } }\n}": typeof types.NoticeWorkflowSpecInboxDocument,
    "query NoticeWorkflowSpecIssued($filter: NoticeFilter) { issuedNotices(filter: $filter) { edges { node { id kind addresseeTenantId } } } }": typeof types.NoticeWorkflowSpecIssuedDocument,
    "query NoticeWorkflowSpecNotice($id: ID!) { notice(id: $id) {\n  ...SupervisionHarnessNotice\n  history { seq action fromState toState actorName reason at }\n  feedback { text attachments submittedByName decision decisionComment decidedByName }\n} }": typeof types.NoticeWorkflowSpecNoticeDocument,
    "mutation NoticeWorkflowSpecRead($id: ID!) { markNoticeRead(id: $id) { id state version readAt } }": typeof types.NoticeWorkflowSpecReadDocument,
    "mutation NoticeWorkflowSpecFeedback($input: NoticeFeedbackInput!) { submitNoticeFeedback(input: $input) { id state version escalateOn } }": typeof types.NoticeWorkflowSpecFeedbackDocument,
    "mutation NoticeWorkflowSpecAccept($input: AcceptFeedbackInput!) { acceptNoticeFeedback(input: $input) { id state version escalateOn } }": typeof types.NoticeWorkflowSpecAcceptDocument,
    "mutation NoticeWorkflowSpecReject($input: ReasonedNoticeChangeInput!) { rejectNoticeFeedback(input: $input) { id state version escalateOn } }": typeof types.NoticeWorkflowSpecRejectDocument,
    "mutation NoticeWorkflowSpecEscalate($input: ReasonedNoticeChangeInput!) { escalateNotice(input: $input) { ...SupervisionHarnessNotice } }": typeof types.NoticeWorkflowSpecEscalateDocument,
    "mutation NoticeWorkflowSpecRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { ...SupervisionHarnessNotice } }": typeof types.NoticeWorkflowSpecRaiseDocument,
    "mutation NoticeWorkflowSpecList($input: ListForSupervisionInput!) { listForSupervision(input: $input) { ...SupervisionHarnessNotice } }": typeof types.NoticeWorkflowSpecListDocument,
    "query NoticeWorkflowSpecSettings { supervisionSettings { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version } }": typeof types.NoticeWorkflowSpecSettingsDocument,
    "mutation NoticeWorkflowSpecUpdateSettings($input: SupervisionSettingsInput!) {\n  updateSupervisionSettings(input: $input) { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n}": typeof types.NoticeWorkflowSpecUpdateSettingsDocument,
    "\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id version kind state reason text subjectType subjectId subjectNumber subjectTitle stage clockId deadline\n    responsibleTenantId issuerTenantId issuerTenantName addresseeTenantId addresseeTenantName addresseeUnitId\n    feedbackDue fixBy escalateOn escalatedFromId feedbackOverdue issuedAt readAt closedAt closeReason\n  }\n": typeof types.SupervisionHarnessNoticeFragmentDoc,
    "\n  fragment TasksSpecTask on Task {\n    id number tenantId rootId parentId listId listName listKind assigningTenantId state deadline listed priority requiredOutcome\n    decisionId title createdOn reportedDoneOn closedOn sendBackReason cancelReason overdue version linkedCaseIds\n    assignee { kind tenantId memberId unitId name }\n  }\n": typeof types.TasksSpecTaskFragmentDoc,
    "mutation TasksSpecCreateList($input: CreateTaskListInput!) { createTaskList(input: $input) { id kind name goal ownerName periodFrom periodTo version } }": typeof types.TasksSpecCreateListDocument,
    "mutation TasksSpecUpdateList($input: UpdateTaskListInput!) { updateTaskList(input: $input) { name goal periodTo version } }": typeof types.TasksSpecUpdateListDocument,
    "query TasksSpecLists($tenantId: ID) { taskLists(tenantId: $tenantId) { id kind name ownerName } }": typeof types.TasksSpecListsDocument,
    "mutation TasksSpecCreate($input: CreateTaskInput!) { createTask(input: $input) { ...TasksSpecTask subtasks { ...TasksSpecTask } } }": typeof types.TasksSpecCreateDocument,
    "mutation TasksSpecSplit($input: SplitTaskInput!) { splitTask(input: $input) { ...TasksSpecTask } }": typeof types.TasksSpecSplitDocument,
    "mutation TasksSpecReceive($input: TaskStepInput!) { receiveTask(input: $input) { ...TasksSpecTask } }": typeof types.TasksSpecReceiveDocument,
    "mutation TasksSpecStart($input: TaskStepInput!) { startTask(input: $input) { ...TasksSpecTask } }": typeof types.TasksSpecStartDocument,
    "mutation TasksSpecReport($input: TaskReportInput!) { reportTask(input: $input) { ...TasksSpecTask } }": typeof types.TasksSpecReportDocument,
    "mutation TasksSpecSignOff($input: TaskStepInput!) { signOffTask(input: $input) { ...TasksSpecTask } }": typeof types.TasksSpecSignOffDocument,
    "mutation TasksSpecSendBack($input: TaskReasonInput!) { sendBackTask(input: $input) { ...TasksSpecTask } }": typeof types.TasksSpecSendBackDocument,
    "mutation TasksSpecCancel($input: TaskReasonInput!) { cancelTask(input: $input) { ...TasksSpecTask } }": typeof types.TasksSpecCancelDocument,
    "query TasksSpecTaskView($id: ID!) { task(id: $id) { ...TasksSpecTask\n  subtasks { id number state assignee { name } }\n  reports { reportedOn percent final text evidence }\n  reporting { cadence periodDays dueDates missed nextDue }\n  history { seq action fromState toState reason }\n  supervisionNotices { kind state issuerTenantId addresseeTenantId addresseeUnitId text }\n  linkedCases { id } } }": typeof types.TasksSpecTaskViewDocument,
    "query TasksSpecTasks($filter: TaskFilter) { tasks(filter: $filter, first: 50) { edges { node { id number state assignee { name } } } } }": typeof types.TasksSpecTasksDocument,
    "query TasksSpecDashboard($tenantId: ID, $subtree: Boolean) { taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n  total { assigned signedOff doneOnTime overdue lateReports completionRate }\n  byList { name assigned signedOff doneOnTime overdue lateReports completionRate }\n  byAssignee { name assigned signedOff doneOnTime overdue lateReports completionRate } } }": typeof types.TasksSpecDashboardDocument,
    "mutation TasksSpecEstablish($input: EstablishConferenceInput!) { establishConference(input: $input) { members { id name } } }": typeof types.TasksSpecEstablishDocument,
    "mutation TasksSpecSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }": typeof types.TasksSpecScheduleDocument,
    "mutation TasksSpecRecord($input: RecordMeetingInput!) { recordMeeting(input: $input) { decisions { id } } }": typeof types.TasksSpecRecordDocument,
    "mutation TasksSpecRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { id kind issuerTenantId addresseeTenantId version } }": typeof types.TasksSpecRaiseDocument,
    "query TasksSpecIssued { issuedNotices(first: 50) { edges { node { id kind subjectType subjectId } } } }": typeof types.TasksSpecIssuedDocument,
    "mutation TasksSpecFeedback($input: NoticeFeedbackInput!) { submitNoticeFeedback(input: $input) { state version } }": typeof types.TasksSpecFeedbackDocument,
    "mutation TasksSpecAccept($input: AcceptFeedbackInput!) { acceptNoticeFeedback(input: $input) { state } }": typeof types.TasksSpecAcceptDocument,
    "mutation AssessmentE2eCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { id version targetLevel } }": typeof types.AssessmentE2eCreateDocument,
    "mutation AssessmentE2eManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }": typeof types.AssessmentE2eManualDocument,
    "mutation AssessmentE2eRebuild($input: RebuildFactsInput!) { rebuildFacts(input: $input) { id source } }": typeof types.AssessmentE2eRebuildDocument,
    "mutation AssessmentE2ePublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { asOf targets { name total rank } } }": typeof types.AssessmentE2ePublishDocument,
    "query AssessmentE2eScores($id: ID!) { scores(schemeId: $id) { asOf targets { name total rank grade publishedTotal\n  items { code numerator denominator value points } } } }": typeof types.AssessmentE2eScoresDocument,
    "query AssessmentE2eFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { label } }": typeof types.AssessmentE2eFactsDocument,
    "query AssessmentE2eVersion($id: ID!) { assessmentScheme(id: $id) { version } }": typeof types.AssessmentE2eVersionDocument,
    "\n  fragment ConferenceTasksE2eTask on Task {\n    id number state version deadline overdue reportedDoneOn sendBackReason tenantId assignee { kind name }\n  }\n": typeof types.ConferenceTasksE2eTaskFragmentDoc,
    "mutation ConferenceTasksE2eEstablish($input: EstablishConferenceInput!) { establishConference(input: $input) { members { id name } } }": typeof types.ConferenceTasksE2eEstablishDocument,
    "mutation ConferenceTasksE2eCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.ConferenceTasksE2eCreateUserDocument,
    "mutation ConferenceTasksE2eSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }": typeof types.ConferenceTasksE2eScheduleDocument,
    "mutation ConferenceTasksE2eRecord($input: RecordMeetingInput!) { recordMeeting(input: $input) { state decisions { id } } }": typeof types.ConferenceTasksE2eRecordDocument,
    "mutation ConferenceTasksE2eCreateTask($input: CreateTaskInput!) {\n  createTask(input: $input) { ...ConferenceTasksE2eTask linkedCases { id number title } subtasks { ...ConferenceTasksE2eTask } }\n}": typeof types.ConferenceTasksE2eCreateTaskDocument,
    "mutation ConferenceTasksE2eReceive($input: TaskStepInput!) { receiveTask(input: $input) { ...ConferenceTasksE2eTask } }": typeof types.ConferenceTasksE2eReceiveDocument,
    "mutation ConferenceTasksE2eSplit($input: SplitTaskInput!) { splitTask(input: $input) { ...ConferenceTasksE2eTask } }": typeof types.ConferenceTasksE2eSplitDocument,
    "mutation ConferenceTasksE2eReport($input: TaskReportInput!) { reportTask(input: $input) { ...ConferenceTasksE2eTask } }": typeof types.ConferenceTasksE2eReportDocument,
    "mutation ConferenceTasksE2eSignOff($input: TaskStepInput!) { signOffTask(input: $input) { ...ConferenceTasksE2eTask } }": typeof types.ConferenceTasksE2eSignOffDocument,
    "mutation ConferenceTasksE2eSendBack($input: TaskReasonInput!) { sendBackTask(input: $input) { ...ConferenceTasksE2eTask } }": typeof types.ConferenceTasksE2eSendBackDocument,
    "mutation ConferenceTasksE2eRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { id kind issuerTenantId addresseeTenantId } }": typeof types.ConferenceTasksE2eRaiseDocument,
    "query ConferenceTasksE2eTaskView($id: ID!) {\n  task(id: $id) {\n    ...ConferenceTasksE2eTask subtasks { ...ConferenceTasksE2eTask } reporting { missed }\n    supervisionNotices { kind state issuerTenantId addresseeTenantId }\n  }\n}": typeof types.ConferenceTasksE2eTaskViewDocument,
    "query ConferenceTasksE2eLists { taskLists { id kind name } }": typeof types.ConferenceTasksE2eListsDocument,
    "query ConferenceTasksE2eTasks { tasks(first: 20) { edges { node { id } } } }": typeof types.ConferenceTasksE2eTasksDocument,
    "query ConferenceTasksE2eIssued { issuedNotices(first: 50) { edges { node { id subjectType subjectId } } } }": typeof types.ConferenceTasksE2eIssuedDocument,
    "query ConferenceTasksE2eInbox { noticeInbox(first: 20) { edges { node { id } } } }": typeof types.ConferenceTasksE2eInboxDocument,
    "query ConferenceTasksE2eDashboard($tenantId: ID, $subtree: Boolean) { taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n  total { assigned signedOff doneOnTime overdue lateReports completionRate }\n  byList { name assigned signedOff }\n  byAssignee { name assigned signedOff doneOnTime overdue lateReports completionRate } } }": typeof types.ConferenceTasksE2eDashboardDocument,
    "query ConferenceTasksE2eTenants { tenants(first: 100) { edges { node { id level parentId } } } }": typeof types.ConferenceTasksE2eTenantsDocument,
    "query ConferenceTasksE2eCoverage($id: ID!, $level: TenantLevel!) { tenant(id: $id) { conferenceCoverage(level: $level) { jurisdictions withConference rate } } }": typeof types.ConferenceTasksE2eCoverageDocument,
    "query CaseApiMe { me { id } }": typeof types.CaseApiMeDocument,
    "query CaseApiTenants { tenants(first: 100) { edges { node { id code } } } }": typeof types.CaseApiTenantsDocument,
    "query CaseApiUnits($id: ID!) { tenant(id: $id) { units(first: 100) { edges { node { id name } } } } }": typeof types.CaseApiUnitsDocument,
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id version kind state reason subjectId subjectNumber stage clockId deadline\n    issuerTenantId issuerTenantName addresseeTenantId addresseeTenantName addresseeUnitId addresseeUnitName\n    issuedByName feedbackDue escalateOn escalatedFromId feedbackOverdue issuedAt readAt closedAt closeReason ladderStoppedReason\n  }\n": typeof types.SupervisionApiNoticeFragmentDoc,
    "\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback { text attachments submittedByName decision decisionComment decidedByName }\n      history { seq action fromState toState actorName reason }\n    }\n  }\n": typeof types.SupervisionApiNoticeDetailDocument,
};
const documents: Documents = {
    "fragment IndicatorPreviewSpecFact on FactReference { id label date tenantId source case { id } }": types.IndicatorPreviewSpecFactFragmentDoc,
    "query IndicatorPreviewSpecPreview($input: IndicatorPreviewInput!) { previewIndicator(input: $input) {\n  periodFrom periodTo asOf indicator { code formula }\n  targets { tenantId name code value numerator denominator previous facts { ...IndicatorPreviewSpecFact } } } }": types.IndicatorPreviewSpecPreviewDocument,
    "query IndicatorPreviewSpecCheck($indicator: IndicatorInput!) { checkIndicator(indicator: $indicator) { code formula } }": types.IndicatorPreviewSpecCheckDocument,
    "mutation IndicatorPreviewSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { id items { code } } }": types.IndicatorPreviewSpecCreateDocument,
    "query IndicatorPreviewSpecScores($id: ID!) { scores(schemeId: $id) { targets { tenantId name items { code value numerator denominator previous } } } }": types.IndicatorPreviewSpecScoresDocument,
    "query IndicatorPreviewSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { ...IndicatorPreviewSpecFact } }": types.IndicatorPreviewSpecFactsDocument,
    "query IndicatorPreviewSpecCatalog { indicatorCatalog { sources { source noun unit measures periodBases defaultPeriodField fields { name label type operators nullable description values { value label } } }\n  kinds { kind rules } } }": types.IndicatorPreviewSpecCatalogDocument,
    "\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id name state version periodFrom periodTo periodLabel targetLevel totalPoints\n    items { code name kind points ruleText indicator { code formula source } rule { kind perEvent min max } }\n  }\n": types.SchemesSpecSchemeFragmentDoc,
    "mutation SchemesSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { ...SchemesSpecScheme } }": types.SchemesSpecCreateDocument,
    "mutation SchemesSpecUpdate($input: UpdateSchemeInput!) { updateAssessmentScheme(input: $input) { ...SchemesSpecScheme } }": types.SchemesSpecUpdateDocument,
    "mutation SchemesSpecManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }": types.SchemesSpecManualDocument,
    "mutation SchemesSpecPublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { id publishedBy asOf targets { name total rank grade } } }": types.SchemesSpecPublishDocument,
    "query SchemesSpecScores($id: ID!) { scores(schemeId: $id) { asOf targets { tenantId name total rank grade publishedTotal publishedRank\n  items { code value numerator denominator points belowMinimum manual { points comment } } } } }": types.SchemesSpecScoresDocument,
    "query SchemesSpecVersion($id: ID!) { assessmentScheme(id: $id) { version } }": types.SchemesSpecVersionDocument,
    "query SchemesSpecSnapshot($id: ID!) { assessmentSnapshot(schemeId: $id) { targets { name total } } }": types.SchemesSpecSnapshotDocument,
    "query SchemesSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { id label date tenantId source } }": types.SchemesSpecFactsDocument,
    "query JurisdictionIndicatorsSpecIndicators($tenantId: ID) {\n  jurisdictionIndicators(period: { kind: RANGE, from: \"2026-01-01\", to: \"2026-06-30\" }, tenantId: $tenantId) {\n    indicator { code name formula } value numerator denominator previous } }": types.JurisdictionIndicatorsSpecIndicatorsDocument,
    "query AuthSpecFirstTenants { tenants(first: 2) { edges { node { code } } pageInfo { hasNextPage endCursor } } }": types.AuthSpecFirstTenantsDocument,
    "query AuthSpecNextTenants($after: String) { tenants(first: 2, after: $after) { edges { node { code } } } }": types.AuthSpecNextTenantsDocument,
    "query CalendarSettingsSpecSettings($tenantId: ID!) {\n  calendarSettings(tenantId: $tenantId) {\n    tenantId dayCounting tightenings { stage days } declaredYears version\n    effectiveRules { stage name statutoryDays days unit article tightened }\n  }\n}": types.CalendarSettingsSpecSettingsDocument,
    "mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n  updateCalendarSettings(input: $input) { version dayCounting tightenings { stage days } declaredYears effectiveRules { stage days unit tightened } }\n}": types.CalendarSettingsSpecUpdateDocument,
    "query CalendarSettingsSpecLeads($tenantId: ID!) { calendarSettings(tenantId: $tenantId) { reminderLeadDays effectiveReminderLeadDays } }": types.CalendarSettingsSpecLeadsDocument,
    "mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) { updateCalendarSettings(input: $input) { version reminderLeadDays effectiveReminderLeadDays } }": types.CalendarSettingsSpecUpdateLeadsDocument,
    "mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) { addHolidayOverride(input: $input) { id tenantId date kind name } }": types.CalendarSettingsSpecAddDocument,
    "mutation CalendarSettingsSpecRemove($id: ID!) { removeHolidayOverride(id: $id) { id date } }": types.CalendarSettingsSpecRemoveDocument,
    "query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) { holidayOverrides(tenantId: $tenantId, year: $year) { id tenantId tenantPath date kind name } }": types.CalendarSettingsSpecOverridesDocument,
    "query CaseOpinionsSpecOpinions($id: ID!) { case(id: $id) { reviewResult reexaminationResult ending final\n  opinions { id seq kind outcome result resultInferred reviewedOpinionId text issuerTenantId issuedByName issuedOn inForce } } }": types.CaseOpinionsSpecOpinionsDocument,
    "query CasePageSpecLinks($filter: CaseFilter) {\n  cases(first: 50, filter: $filter) { edges { node { id repeatOf { id number } repeats { id number } } } }\n}": types.CasePageSpecLinksDocument,
    "query CaseQueriesSpecListed($filter: CaseFilter) { cases(first: 100, filter: $filter) { edges { node { id } } } }": types.CaseQueriesSpecListedDocument,
    "query CaseQueriesSpecPage($after: String) { cases(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }": types.CaseQueriesSpecPageDocument,
    "query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) { repeatCandidates(input: $input) { score sameIdNumber samePhone textSimilarity finalized case { id } } }": types.CaseQueriesSpecRepeatsDocument,
    "query CaseQueriesSpecTimeline($id: ID!) { case(id: $id) { timeline { seq action fromState toState actorName details { reason targetTenantName summary } } } }": types.CaseQueriesSpecTimelineDocument,
    "query CaseRulesSpecSibling { cases(first: 100) { edges { node { id } } } }": types.CaseRulesSpecSiblingDocument,
    "query CaseRulesSpecHandler { cases(first: 100) { edges { node { id handlingUnitId } } } }": types.CaseRulesSpecHandlerDocument,
    "query CategoriesSpecList($all: Boolean) { categories(includeInactive: $all) { id parentId code name fullName depth ordinal active usable version } }": types.CategoriesSpecListDocument,
    "query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n  deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n    edges { node { tenantId reason stagesChecked stagesChanged } } pageInfo { hasNextPage endCursor }\n  }\n}": types.DeadlineRecomputeSpecRecomputationsDocument,
    "query TenantIsolationSpecTenants { tenants(first: 100) { edges { node { code } } } }": types.TenantIsolationSpecTenantsDocument,
    "query TenantIsolationSpecChildren { tenants(first: 3) { edges { node { code children { code } } } } }": types.TenantIsolationSpecChildrenDocument,
    "query TenantIsolationSpecCounties { tenants(first: 100, filter: { level: COUNTY }) { edges { node { code } } } }": types.TenantIsolationSpecCountiesDocument,
    "query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n  receptions(filter: $filter, first: $first, after: $after) {\n    edges { node { id date leaderName caseCount personCount resolvedCount resolutionRate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.ReceptionsSpecListDocument,
    "query ReceptionsSpecOne($id: ID!) { reception(id: $id) { id date leaderName caseCount personCount resolvedCount resolutionRate } }": types.ReceptionsSpecOneDocument,
    "query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n  receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n    leaderId leaderName tenantId receptionCount caseCount personCount resolvedCount resolutionRate\n  }\n}": types.ReceptionsSpecStatisticsDocument,
    "query NoticeEscalationSpecInbox { noticeInbox(first: 100) { unreadCount edges { node { id kind state } } } }": types.NoticeEscalationSpecInboxDocument,
    "query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n  supervisionSummary(period: $period) { tenantId tenantName issued overdueFeedback escalated byKind { kind issued overdueFeedback escalated } }\n}": types.NoticeEscalationSpecSummaryDocument,
    "query NoticeLadderSpecNotice($id: ID!) { notice(id: $id) { ...SupervisionHarnessNotice ladderStoppedReason history { action fromState toState reason } } }": types.NoticeLadderSpecNoticeDocument,
    "query NoticeWorkflowSpecInbox($filter: NoticeFilter, $first: Int, $after: String) {\n  noticeInbox(filter: $filter, first: $first, after: $after) { unreadCount edges { cursor node { ...SupervisionHarnessNotice } } pageInfo { hasNextPage endCursor } }\n}": types.NoticeWorkflowSpecInboxDocument,
    "query NoticeWorkflowSpecIssued($filter: NoticeFilter) { issuedNotices(filter: $filter) { edges { node { id kind addresseeTenantId } } } }": types.NoticeWorkflowSpecIssuedDocument,
    "query NoticeWorkflowSpecNotice($id: ID!) { notice(id: $id) {\n  ...SupervisionHarnessNotice\n  history { seq action fromState toState actorName reason at }\n  feedback { text attachments submittedByName decision decisionComment decidedByName }\n} }": types.NoticeWorkflowSpecNoticeDocument,
    "mutation NoticeWorkflowSpecRead($id: ID!) { markNoticeRead(id: $id) { id state version readAt } }": types.NoticeWorkflowSpecReadDocument,
    "mutation NoticeWorkflowSpecFeedback($input: NoticeFeedbackInput!) { submitNoticeFeedback(input: $input) { id state version escalateOn } }": types.NoticeWorkflowSpecFeedbackDocument,
    "mutation NoticeWorkflowSpecAccept($input: AcceptFeedbackInput!) { acceptNoticeFeedback(input: $input) { id state version escalateOn } }": types.NoticeWorkflowSpecAcceptDocument,
    "mutation NoticeWorkflowSpecReject($input: ReasonedNoticeChangeInput!) { rejectNoticeFeedback(input: $input) { id state version escalateOn } }": types.NoticeWorkflowSpecRejectDocument,
    "mutation NoticeWorkflowSpecEscalate($input: ReasonedNoticeChangeInput!) { escalateNotice(input: $input) { ...SupervisionHarnessNotice } }": types.NoticeWorkflowSpecEscalateDocument,
    "mutation NoticeWorkflowSpecRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { ...SupervisionHarnessNotice } }": types.NoticeWorkflowSpecRaiseDocument,
    "mutation NoticeWorkflowSpecList($input: ListForSupervisionInput!) { listForSupervision(input: $input) { ...SupervisionHarnessNotice } }": types.NoticeWorkflowSpecListDocument,
    "query NoticeWorkflowSpecSettings { supervisionSettings { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version } }": types.NoticeWorkflowSpecSettingsDocument,
    "mutation NoticeWorkflowSpecUpdateSettings($input: SupervisionSettingsInput!) {\n  updateSupervisionSettings(input: $input) { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n}": types.NoticeWorkflowSpecUpdateSettingsDocument,
    "\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id version kind state reason text subjectType subjectId subjectNumber subjectTitle stage clockId deadline\n    responsibleTenantId issuerTenantId issuerTenantName addresseeTenantId addresseeTenantName addresseeUnitId\n    feedbackDue fixBy escalateOn escalatedFromId feedbackOverdue issuedAt readAt closedAt closeReason\n  }\n": types.SupervisionHarnessNoticeFragmentDoc,
    "\n  fragment TasksSpecTask on Task {\n    id number tenantId rootId parentId listId listName listKind assigningTenantId state deadline listed priority requiredOutcome\n    decisionId title createdOn reportedDoneOn closedOn sendBackReason cancelReason overdue version linkedCaseIds\n    assignee { kind tenantId memberId unitId name }\n  }\n": types.TasksSpecTaskFragmentDoc,
    "mutation TasksSpecCreateList($input: CreateTaskListInput!) { createTaskList(input: $input) { id kind name goal ownerName periodFrom periodTo version } }": types.TasksSpecCreateListDocument,
    "mutation TasksSpecUpdateList($input: UpdateTaskListInput!) { updateTaskList(input: $input) { name goal periodTo version } }": types.TasksSpecUpdateListDocument,
    "query TasksSpecLists($tenantId: ID) { taskLists(tenantId: $tenantId) { id kind name ownerName } }": types.TasksSpecListsDocument,
    "mutation TasksSpecCreate($input: CreateTaskInput!) { createTask(input: $input) { ...TasksSpecTask subtasks { ...TasksSpecTask } } }": types.TasksSpecCreateDocument,
    "mutation TasksSpecSplit($input: SplitTaskInput!) { splitTask(input: $input) { ...TasksSpecTask } }": types.TasksSpecSplitDocument,
    "mutation TasksSpecReceive($input: TaskStepInput!) { receiveTask(input: $input) { ...TasksSpecTask } }": types.TasksSpecReceiveDocument,
    "mutation TasksSpecStart($input: TaskStepInput!) { startTask(input: $input) { ...TasksSpecTask } }": types.TasksSpecStartDocument,
    "mutation TasksSpecReport($input: TaskReportInput!) { reportTask(input: $input) { ...TasksSpecTask } }": types.TasksSpecReportDocument,
    "mutation TasksSpecSignOff($input: TaskStepInput!) { signOffTask(input: $input) { ...TasksSpecTask } }": types.TasksSpecSignOffDocument,
    "mutation TasksSpecSendBack($input: TaskReasonInput!) { sendBackTask(input: $input) { ...TasksSpecTask } }": types.TasksSpecSendBackDocument,
    "mutation TasksSpecCancel($input: TaskReasonInput!) { cancelTask(input: $input) { ...TasksSpecTask } }": types.TasksSpecCancelDocument,
    "query TasksSpecTaskView($id: ID!) { task(id: $id) { ...TasksSpecTask\n  subtasks { id number state assignee { name } }\n  reports { reportedOn percent final text evidence }\n  reporting { cadence periodDays dueDates missed nextDue }\n  history { seq action fromState toState reason }\n  supervisionNotices { kind state issuerTenantId addresseeTenantId addresseeUnitId text }\n  linkedCases { id } } }": types.TasksSpecTaskViewDocument,
    "query TasksSpecTasks($filter: TaskFilter) { tasks(filter: $filter, first: 50) { edges { node { id number state assignee { name } } } } }": types.TasksSpecTasksDocument,
    "query TasksSpecDashboard($tenantId: ID, $subtree: Boolean) { taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n  total { assigned signedOff doneOnTime overdue lateReports completionRate }\n  byList { name assigned signedOff doneOnTime overdue lateReports completionRate }\n  byAssignee { name assigned signedOff doneOnTime overdue lateReports completionRate } } }": types.TasksSpecDashboardDocument,
    "mutation TasksSpecEstablish($input: EstablishConferenceInput!) { establishConference(input: $input) { members { id name } } }": types.TasksSpecEstablishDocument,
    "mutation TasksSpecSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }": types.TasksSpecScheduleDocument,
    "mutation TasksSpecRecord($input: RecordMeetingInput!) { recordMeeting(input: $input) { decisions { id } } }": types.TasksSpecRecordDocument,
    "mutation TasksSpecRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { id kind issuerTenantId addresseeTenantId version } }": types.TasksSpecRaiseDocument,
    "query TasksSpecIssued { issuedNotices(first: 50) { edges { node { id kind subjectType subjectId } } } }": types.TasksSpecIssuedDocument,
    "mutation TasksSpecFeedback($input: NoticeFeedbackInput!) { submitNoticeFeedback(input: $input) { state version } }": types.TasksSpecFeedbackDocument,
    "mutation TasksSpecAccept($input: AcceptFeedbackInput!) { acceptNoticeFeedback(input: $input) { state } }": types.TasksSpecAcceptDocument,
    "mutation AssessmentE2eCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { id version targetLevel } }": types.AssessmentE2eCreateDocument,
    "mutation AssessmentE2eManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }": types.AssessmentE2eManualDocument,
    "mutation AssessmentE2eRebuild($input: RebuildFactsInput!) { rebuildFacts(input: $input) { id source } }": types.AssessmentE2eRebuildDocument,
    "mutation AssessmentE2ePublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { asOf targets { name total rank } } }": types.AssessmentE2ePublishDocument,
    "query AssessmentE2eScores($id: ID!) { scores(schemeId: $id) { asOf targets { name total rank grade publishedTotal\n  items { code numerator denominator value points } } } }": types.AssessmentE2eScoresDocument,
    "query AssessmentE2eFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { label } }": types.AssessmentE2eFactsDocument,
    "query AssessmentE2eVersion($id: ID!) { assessmentScheme(id: $id) { version } }": types.AssessmentE2eVersionDocument,
    "\n  fragment ConferenceTasksE2eTask on Task {\n    id number state version deadline overdue reportedDoneOn sendBackReason tenantId assignee { kind name }\n  }\n": types.ConferenceTasksE2eTaskFragmentDoc,
    "mutation ConferenceTasksE2eEstablish($input: EstablishConferenceInput!) { establishConference(input: $input) { members { id name } } }": types.ConferenceTasksE2eEstablishDocument,
    "mutation ConferenceTasksE2eCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.ConferenceTasksE2eCreateUserDocument,
    "mutation ConferenceTasksE2eSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }": types.ConferenceTasksE2eScheduleDocument,
    "mutation ConferenceTasksE2eRecord($input: RecordMeetingInput!) { recordMeeting(input: $input) { state decisions { id } } }": types.ConferenceTasksE2eRecordDocument,
    "mutation ConferenceTasksE2eCreateTask($input: CreateTaskInput!) {\n  createTask(input: $input) { ...ConferenceTasksE2eTask linkedCases { id number title } subtasks { ...ConferenceTasksE2eTask } }\n}": types.ConferenceTasksE2eCreateTaskDocument,
    "mutation ConferenceTasksE2eReceive($input: TaskStepInput!) { receiveTask(input: $input) { ...ConferenceTasksE2eTask } }": types.ConferenceTasksE2eReceiveDocument,
    "mutation ConferenceTasksE2eSplit($input: SplitTaskInput!) { splitTask(input: $input) { ...ConferenceTasksE2eTask } }": types.ConferenceTasksE2eSplitDocument,
    "mutation ConferenceTasksE2eReport($input: TaskReportInput!) { reportTask(input: $input) { ...ConferenceTasksE2eTask } }": types.ConferenceTasksE2eReportDocument,
    "mutation ConferenceTasksE2eSignOff($input: TaskStepInput!) { signOffTask(input: $input) { ...ConferenceTasksE2eTask } }": types.ConferenceTasksE2eSignOffDocument,
    "mutation ConferenceTasksE2eSendBack($input: TaskReasonInput!) { sendBackTask(input: $input) { ...ConferenceTasksE2eTask } }": types.ConferenceTasksE2eSendBackDocument,
    "mutation ConferenceTasksE2eRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { id kind issuerTenantId addresseeTenantId } }": types.ConferenceTasksE2eRaiseDocument,
    "query ConferenceTasksE2eTaskView($id: ID!) {\n  task(id: $id) {\n    ...ConferenceTasksE2eTask subtasks { ...ConferenceTasksE2eTask } reporting { missed }\n    supervisionNotices { kind state issuerTenantId addresseeTenantId }\n  }\n}": types.ConferenceTasksE2eTaskViewDocument,
    "query ConferenceTasksE2eLists { taskLists { id kind name } }": types.ConferenceTasksE2eListsDocument,
    "query ConferenceTasksE2eTasks { tasks(first: 20) { edges { node { id } } } }": types.ConferenceTasksE2eTasksDocument,
    "query ConferenceTasksE2eIssued { issuedNotices(first: 50) { edges { node { id subjectType subjectId } } } }": types.ConferenceTasksE2eIssuedDocument,
    "query ConferenceTasksE2eInbox { noticeInbox(first: 20) { edges { node { id } } } }": types.ConferenceTasksE2eInboxDocument,
    "query ConferenceTasksE2eDashboard($tenantId: ID, $subtree: Boolean) { taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n  total { assigned signedOff doneOnTime overdue lateReports completionRate }\n  byList { name assigned signedOff }\n  byAssignee { name assigned signedOff doneOnTime overdue lateReports completionRate } } }": types.ConferenceTasksE2eDashboardDocument,
    "query ConferenceTasksE2eTenants { tenants(first: 100) { edges { node { id level parentId } } } }": types.ConferenceTasksE2eTenantsDocument,
    "query ConferenceTasksE2eCoverage($id: ID!, $level: TenantLevel!) { tenant(id: $id) { conferenceCoverage(level: $level) { jurisdictions withConference rate } } }": types.ConferenceTasksE2eCoverageDocument,
    "query CaseApiMe { me { id } }": types.CaseApiMeDocument,
    "query CaseApiTenants { tenants(first: 100) { edges { node { id code } } } }": types.CaseApiTenantsDocument,
    "query CaseApiUnits($id: ID!) { tenant(id: $id) { units(first: 100) { edges { node { id name } } } } }": types.CaseApiUnitsDocument,
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n": types.TestLoginDocument,
    "\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id version kind state reason subjectId subjectNumber stage clockId deadline\n    issuerTenantId issuerTenantName addresseeTenantId addresseeTenantName addresseeUnitId addresseeUnitName\n    issuedByName feedbackDue escalateOn escalatedFromId feedbackOverdue issuedAt readAt closedAt closeReason ladderStoppedReason\n  }\n": types.SupervisionApiNoticeFragmentDoc,
    "\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback { text attachments submittedByName decision decisionComment decidedByName }\n      history { seq action fromState toState actorName reason }\n    }\n  }\n": types.SupervisionApiNoticeDetailDocument,
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
export function graphql(source: "fragment IndicatorPreviewSpecFact on FactReference { id label date tenantId source case { id } }"): (typeof documents)["fragment IndicatorPreviewSpecFact on FactReference { id label date tenantId source case { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorPreviewSpecPreview($input: IndicatorPreviewInput!) { previewIndicator(input: $input) {\n  periodFrom periodTo asOf indicator { code formula }\n  targets { tenantId name code value numerator denominator previous facts { ...IndicatorPreviewSpecFact } } } }"): (typeof documents)["query IndicatorPreviewSpecPreview($input: IndicatorPreviewInput!) { previewIndicator(input: $input) {\n  periodFrom periodTo asOf indicator { code formula }\n  targets { tenantId name code value numerator denominator previous facts { ...IndicatorPreviewSpecFact } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorPreviewSpecCheck($indicator: IndicatorInput!) { checkIndicator(indicator: $indicator) { code formula } }"): (typeof documents)["query IndicatorPreviewSpecCheck($indicator: IndicatorInput!) { checkIndicator(indicator: $indicator) { code formula } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IndicatorPreviewSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { id items { code } } }"): (typeof documents)["mutation IndicatorPreviewSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { id items { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorPreviewSpecScores($id: ID!) { scores(schemeId: $id) { targets { tenantId name items { code value numerator denominator previous } } } }"): (typeof documents)["query IndicatorPreviewSpecScores($id: ID!) { scores(schemeId: $id) { targets { tenantId name items { code value numerator denominator previous } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorPreviewSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { ...IndicatorPreviewSpecFact } }"): (typeof documents)["query IndicatorPreviewSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { ...IndicatorPreviewSpecFact } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorPreviewSpecCatalog { indicatorCatalog { sources { source noun unit measures periodBases defaultPeriodField fields { name label type operators nullable description values { value label } } }\n  kinds { kind rules } } }"): (typeof documents)["query IndicatorPreviewSpecCatalog { indicatorCatalog { sources { source noun unit measures periodBases defaultPeriodField fields { name label type operators nullable description values { value label } } }\n  kinds { kind rules } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id name state version periodFrom periodTo periodLabel targetLevel totalPoints\n    items { code name kind points ruleText indicator { code formula source } rule { kind perEvent min max } }\n  }\n"): (typeof documents)["\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id name state version periodFrom periodTo periodLabel targetLevel totalPoints\n    items { code name kind points ruleText indicator { code formula source } rule { kind perEvent min max } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemesSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { ...SchemesSpecScheme } }"): (typeof documents)["mutation SchemesSpecCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { ...SchemesSpecScheme } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemesSpecUpdate($input: UpdateSchemeInput!) { updateAssessmentScheme(input: $input) { ...SchemesSpecScheme } }"): (typeof documents)["mutation SchemesSpecUpdate($input: UpdateSchemeInput!) { updateAssessmentScheme(input: $input) { ...SchemesSpecScheme } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemesSpecManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }"): (typeof documents)["mutation SchemesSpecManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemesSpecPublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { id publishedBy asOf targets { name total rank grade } } }"): (typeof documents)["mutation SchemesSpecPublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { id publishedBy asOf targets { name total rank grade } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemesSpecScores($id: ID!) { scores(schemeId: $id) { asOf targets { tenantId name total rank grade publishedTotal publishedRank\n  items { code value numerator denominator points belowMinimum manual { points comment } } } } }"): (typeof documents)["query SchemesSpecScores($id: ID!) { scores(schemeId: $id) { asOf targets { tenantId name total rank grade publishedTotal publishedRank\n  items { code value numerator denominator points belowMinimum manual { points comment } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemesSpecVersion($id: ID!) { assessmentScheme(id: $id) { version } }"): (typeof documents)["query SchemesSpecVersion($id: ID!) { assessmentScheme(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemesSpecSnapshot($id: ID!) { assessmentSnapshot(schemeId: $id) { targets { name total } } }"): (typeof documents)["query SchemesSpecSnapshot($id: ID!) { assessmentSnapshot(schemeId: $id) { targets { name total } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemesSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { id label date tenantId source } }"): (typeof documents)["query SchemesSpecFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { id label date tenantId source } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JurisdictionIndicatorsSpecIndicators($tenantId: ID) {\n  jurisdictionIndicators(period: { kind: RANGE, from: \"2026-01-01\", to: \"2026-06-30\" }, tenantId: $tenantId) {\n    indicator { code name formula } value numerator denominator previous } }"): (typeof documents)["query JurisdictionIndicatorsSpecIndicators($tenantId: ID) {\n  jurisdictionIndicators(period: { kind: RANGE, from: \"2026-01-01\", to: \"2026-06-30\" }, tenantId: $tenantId) {\n    indicator { code name formula } value numerator denominator previous } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthSpecFirstTenants { tenants(first: 2) { edges { node { code } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query AuthSpecFirstTenants { tenants(first: 2) { edges { node { code } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthSpecNextTenants($after: String) { tenants(first: 2, after: $after) { edges { node { code } } } }"): (typeof documents)["query AuthSpecNextTenants($after: String) { tenants(first: 2, after: $after) { edges { node { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarSettingsSpecSettings($tenantId: ID!) {\n  calendarSettings(tenantId: $tenantId) {\n    tenantId dayCounting tightenings { stage days } declaredYears version\n    effectiveRules { stage name statutoryDays days unit article tightened }\n  }\n}"): (typeof documents)["query CalendarSettingsSpecSettings($tenantId: ID!) {\n  calendarSettings(tenantId: $tenantId) {\n    tenantId dayCounting tightenings { stage days } declaredYears version\n    effectiveRules { stage name statutoryDays days unit article tightened }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n  updateCalendarSettings(input: $input) { version dayCounting tightenings { stage days } declaredYears effectiveRules { stage days unit tightened } }\n}"): (typeof documents)["mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n  updateCalendarSettings(input: $input) { version dayCounting tightenings { stage days } declaredYears effectiveRules { stage days unit tightened } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarSettingsSpecLeads($tenantId: ID!) { calendarSettings(tenantId: $tenantId) { reminderLeadDays effectiveReminderLeadDays } }"): (typeof documents)["query CalendarSettingsSpecLeads($tenantId: ID!) { calendarSettings(tenantId: $tenantId) { reminderLeadDays effectiveReminderLeadDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) { updateCalendarSettings(input: $input) { version reminderLeadDays effectiveReminderLeadDays } }"): (typeof documents)["mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) { updateCalendarSettings(input: $input) { version reminderLeadDays effectiveReminderLeadDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) { addHolidayOverride(input: $input) { id tenantId date kind name } }"): (typeof documents)["mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) { addHolidayOverride(input: $input) { id tenantId date kind name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarSettingsSpecRemove($id: ID!) { removeHolidayOverride(id: $id) { id date } }"): (typeof documents)["mutation CalendarSettingsSpecRemove($id: ID!) { removeHolidayOverride(id: $id) { id date } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) { holidayOverrides(tenantId: $tenantId, year: $year) { id tenantId tenantPath date kind name } }"): (typeof documents)["query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) { holidayOverrides(tenantId: $tenantId, year: $year) { id tenantId tenantPath date kind name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseOpinionsSpecOpinions($id: ID!) { case(id: $id) { reviewResult reexaminationResult ending final\n  opinions { id seq kind outcome result resultInferred reviewedOpinionId text issuerTenantId issuedByName issuedOn inForce } } }"): (typeof documents)["query CaseOpinionsSpecOpinions($id: ID!) { case(id: $id) { reviewResult reexaminationResult ending final\n  opinions { id seq kind outcome result resultInferred reviewedOpinionId text issuerTenantId issuedByName issuedOn inForce } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CasePageSpecLinks($filter: CaseFilter) {\n  cases(first: 50, filter: $filter) { edges { node { id repeatOf { id number } repeats { id number } } } }\n}"): (typeof documents)["query CasePageSpecLinks($filter: CaseFilter) {\n  cases(first: 50, filter: $filter) { edges { node { id repeatOf { id number } repeats { id number } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseQueriesSpecListed($filter: CaseFilter) { cases(first: 100, filter: $filter) { edges { node { id } } } }"): (typeof documents)["query CaseQueriesSpecListed($filter: CaseFilter) { cases(first: 100, filter: $filter) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseQueriesSpecPage($after: String) { cases(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query CaseQueriesSpecPage($after: String) { cases(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) { repeatCandidates(input: $input) { score sameIdNumber samePhone textSimilarity finalized case { id } } }"): (typeof documents)["query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) { repeatCandidates(input: $input) { score sameIdNumber samePhone textSimilarity finalized case { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseQueriesSpecTimeline($id: ID!) { case(id: $id) { timeline { seq action fromState toState actorName details { reason targetTenantName summary } } } }"): (typeof documents)["query CaseQueriesSpecTimeline($id: ID!) { case(id: $id) { timeline { seq action fromState toState actorName details { reason targetTenantName summary } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseRulesSpecSibling { cases(first: 100) { edges { node { id } } } }"): (typeof documents)["query CaseRulesSpecSibling { cases(first: 100) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseRulesSpecHandler { cases(first: 100) { edges { node { id handlingUnitId } } } }"): (typeof documents)["query CaseRulesSpecHandler { cases(first: 100) { edges { node { id handlingUnitId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CategoriesSpecList($all: Boolean) { categories(includeInactive: $all) { id parentId code name fullName depth ordinal active usable version } }"): (typeof documents)["query CategoriesSpecList($all: Boolean) { categories(includeInactive: $all) { id parentId code name fullName depth ordinal active usable version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n  deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n    edges { node { tenantId reason stagesChecked stagesChanged } } pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n  deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n    edges { node { tenantId reason stagesChecked stagesChanged } } pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantIsolationSpecTenants { tenants(first: 100) { edges { node { code } } } }"): (typeof documents)["query TenantIsolationSpecTenants { tenants(first: 100) { edges { node { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantIsolationSpecChildren { tenants(first: 3) { edges { node { code children { code } } } } }"): (typeof documents)["query TenantIsolationSpecChildren { tenants(first: 3) { edges { node { code children { code } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantIsolationSpecCounties { tenants(first: 100, filter: { level: COUNTY }) { edges { node { code } } } }"): (typeof documents)["query TenantIsolationSpecCounties { tenants(first: 100, filter: { level: COUNTY }) { edges { node { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n  receptions(filter: $filter, first: $first, after: $after) {\n    edges { node { id date leaderName caseCount personCount resolvedCount resolutionRate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n  receptions(filter: $filter, first: $first, after: $after) {\n    edges { node { id date leaderName caseCount personCount resolvedCount resolutionRate } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReceptionsSpecOne($id: ID!) { reception(id: $id) { id date leaderName caseCount personCount resolvedCount resolutionRate } }"): (typeof documents)["query ReceptionsSpecOne($id: ID!) { reception(id: $id) { id date leaderName caseCount personCount resolvedCount resolutionRate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n  receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n    leaderId leaderName tenantId receptionCount caseCount personCount resolvedCount resolutionRate\n  }\n}"): (typeof documents)["query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n  receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n    leaderId leaderName tenantId receptionCount caseCount personCount resolvedCount resolutionRate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticeEscalationSpecInbox { noticeInbox(first: 100) { unreadCount edges { node { id kind state } } } }"): (typeof documents)["query NoticeEscalationSpecInbox { noticeInbox(first: 100) { unreadCount edges { node { id kind state } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n  supervisionSummary(period: $period) { tenantId tenantName issued overdueFeedback escalated byKind { kind issued overdueFeedback escalated } }\n}"): (typeof documents)["query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n  supervisionSummary(period: $period) { tenantId tenantName issued overdueFeedback escalated byKind { kind issued overdueFeedback escalated } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticeLadderSpecNotice($id: ID!) { notice(id: $id) { ...SupervisionHarnessNotice ladderStoppedReason history { action fromState toState reason } } }"): (typeof documents)["query NoticeLadderSpecNotice($id: ID!) { notice(id: $id) { ...SupervisionHarnessNotice ladderStoppedReason history { action fromState toState reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticeWorkflowSpecInbox($filter: NoticeFilter, $first: Int, $after: String) {\n  noticeInbox(filter: $filter, first: $first, after: $after) { unreadCount edges { cursor node { ...SupervisionHarnessNotice } } pageInfo { hasNextPage endCursor } }\n}"): (typeof documents)["query NoticeWorkflowSpecInbox($filter: NoticeFilter, $first: Int, $after: String) {\n  noticeInbox(filter: $filter, first: $first, after: $after) { unreadCount edges { cursor node { ...SupervisionHarnessNotice } } pageInfo { hasNextPage endCursor } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticeWorkflowSpecIssued($filter: NoticeFilter) { issuedNotices(filter: $filter) { edges { node { id kind addresseeTenantId } } } }"): (typeof documents)["query NoticeWorkflowSpecIssued($filter: NoticeFilter) { issuedNotices(filter: $filter) { edges { node { id kind addresseeTenantId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticeWorkflowSpecNotice($id: ID!) { notice(id: $id) {\n  ...SupervisionHarnessNotice\n  history { seq action fromState toState actorName reason at }\n  feedback { text attachments submittedByName decision decisionComment decidedByName }\n} }"): (typeof documents)["query NoticeWorkflowSpecNotice($id: ID!) { notice(id: $id) {\n  ...SupervisionHarnessNotice\n  history { seq action fromState toState actorName reason at }\n  feedback { text attachments submittedByName decision decisionComment decidedByName }\n} }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticeWorkflowSpecRead($id: ID!) { markNoticeRead(id: $id) { id state version readAt } }"): (typeof documents)["mutation NoticeWorkflowSpecRead($id: ID!) { markNoticeRead(id: $id) { id state version readAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticeWorkflowSpecFeedback($input: NoticeFeedbackInput!) { submitNoticeFeedback(input: $input) { id state version escalateOn } }"): (typeof documents)["mutation NoticeWorkflowSpecFeedback($input: NoticeFeedbackInput!) { submitNoticeFeedback(input: $input) { id state version escalateOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticeWorkflowSpecAccept($input: AcceptFeedbackInput!) { acceptNoticeFeedback(input: $input) { id state version escalateOn } }"): (typeof documents)["mutation NoticeWorkflowSpecAccept($input: AcceptFeedbackInput!) { acceptNoticeFeedback(input: $input) { id state version escalateOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticeWorkflowSpecReject($input: ReasonedNoticeChangeInput!) { rejectNoticeFeedback(input: $input) { id state version escalateOn } }"): (typeof documents)["mutation NoticeWorkflowSpecReject($input: ReasonedNoticeChangeInput!) { rejectNoticeFeedback(input: $input) { id state version escalateOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticeWorkflowSpecEscalate($input: ReasonedNoticeChangeInput!) { escalateNotice(input: $input) { ...SupervisionHarnessNotice } }"): (typeof documents)["mutation NoticeWorkflowSpecEscalate($input: ReasonedNoticeChangeInput!) { escalateNotice(input: $input) { ...SupervisionHarnessNotice } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticeWorkflowSpecRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { ...SupervisionHarnessNotice } }"): (typeof documents)["mutation NoticeWorkflowSpecRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { ...SupervisionHarnessNotice } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticeWorkflowSpecList($input: ListForSupervisionInput!) { listForSupervision(input: $input) { ...SupervisionHarnessNotice } }"): (typeof documents)["mutation NoticeWorkflowSpecList($input: ListForSupervisionInput!) { listForSupervision(input: $input) { ...SupervisionHarnessNotice } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticeWorkflowSpecSettings { supervisionSettings { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version } }"): (typeof documents)["query NoticeWorkflowSpecSettings { supervisionSettings { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticeWorkflowSpecUpdateSettings($input: SupervisionSettingsInput!) {\n  updateSupervisionSettings(input: $input) { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n}"): (typeof documents)["mutation NoticeWorkflowSpecUpdateSettings($input: SupervisionSettingsInput!) {\n  updateSupervisionSettings(input: $input) { feedbackDays escalationIntervalDays ownFeedbackDays ownEscalationIntervalDays version }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id version kind state reason text subjectType subjectId subjectNumber subjectTitle stage clockId deadline\n    responsibleTenantId issuerTenantId issuerTenantName addresseeTenantId addresseeTenantName addresseeUnitId\n    feedbackDue fixBy escalateOn escalatedFromId feedbackOverdue issuedAt readAt closedAt closeReason\n  }\n"): (typeof documents)["\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id version kind state reason text subjectType subjectId subjectNumber subjectTitle stage clockId deadline\n    responsibleTenantId issuerTenantId issuerTenantName addresseeTenantId addresseeTenantName addresseeUnitId\n    feedbackDue fixBy escalateOn escalatedFromId feedbackOverdue issuedAt readAt closedAt closeReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TasksSpecTask on Task {\n    id number tenantId rootId parentId listId listName listKind assigningTenantId state deadline listed priority requiredOutcome\n    decisionId title createdOn reportedDoneOn closedOn sendBackReason cancelReason overdue version linkedCaseIds\n    assignee { kind tenantId memberId unitId name }\n  }\n"): (typeof documents)["\n  fragment TasksSpecTask on Task {\n    id number tenantId rootId parentId listId listName listKind assigningTenantId state deadline listed priority requiredOutcome\n    decisionId title createdOn reportedDoneOn closedOn sendBackReason cancelReason overdue version linkedCaseIds\n    assignee { kind tenantId memberId unitId name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecCreateList($input: CreateTaskListInput!) { createTaskList(input: $input) { id kind name goal ownerName periodFrom periodTo version } }"): (typeof documents)["mutation TasksSpecCreateList($input: CreateTaskListInput!) { createTaskList(input: $input) { id kind name goal ownerName periodFrom periodTo version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecUpdateList($input: UpdateTaskListInput!) { updateTaskList(input: $input) { name goal periodTo version } }"): (typeof documents)["mutation TasksSpecUpdateList($input: UpdateTaskListInput!) { updateTaskList(input: $input) { name goal periodTo version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TasksSpecLists($tenantId: ID) { taskLists(tenantId: $tenantId) { id kind name ownerName } }"): (typeof documents)["query TasksSpecLists($tenantId: ID) { taskLists(tenantId: $tenantId) { id kind name ownerName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecCreate($input: CreateTaskInput!) { createTask(input: $input) { ...TasksSpecTask subtasks { ...TasksSpecTask } } }"): (typeof documents)["mutation TasksSpecCreate($input: CreateTaskInput!) { createTask(input: $input) { ...TasksSpecTask subtasks { ...TasksSpecTask } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecSplit($input: SplitTaskInput!) { splitTask(input: $input) { ...TasksSpecTask } }"): (typeof documents)["mutation TasksSpecSplit($input: SplitTaskInput!) { splitTask(input: $input) { ...TasksSpecTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecReceive($input: TaskStepInput!) { receiveTask(input: $input) { ...TasksSpecTask } }"): (typeof documents)["mutation TasksSpecReceive($input: TaskStepInput!) { receiveTask(input: $input) { ...TasksSpecTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecStart($input: TaskStepInput!) { startTask(input: $input) { ...TasksSpecTask } }"): (typeof documents)["mutation TasksSpecStart($input: TaskStepInput!) { startTask(input: $input) { ...TasksSpecTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecReport($input: TaskReportInput!) { reportTask(input: $input) { ...TasksSpecTask } }"): (typeof documents)["mutation TasksSpecReport($input: TaskReportInput!) { reportTask(input: $input) { ...TasksSpecTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecSignOff($input: TaskStepInput!) { signOffTask(input: $input) { ...TasksSpecTask } }"): (typeof documents)["mutation TasksSpecSignOff($input: TaskStepInput!) { signOffTask(input: $input) { ...TasksSpecTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecSendBack($input: TaskReasonInput!) { sendBackTask(input: $input) { ...TasksSpecTask } }"): (typeof documents)["mutation TasksSpecSendBack($input: TaskReasonInput!) { sendBackTask(input: $input) { ...TasksSpecTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecCancel($input: TaskReasonInput!) { cancelTask(input: $input) { ...TasksSpecTask } }"): (typeof documents)["mutation TasksSpecCancel($input: TaskReasonInput!) { cancelTask(input: $input) { ...TasksSpecTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TasksSpecTaskView($id: ID!) { task(id: $id) { ...TasksSpecTask\n  subtasks { id number state assignee { name } }\n  reports { reportedOn percent final text evidence }\n  reporting { cadence periodDays dueDates missed nextDue }\n  history { seq action fromState toState reason }\n  supervisionNotices { kind state issuerTenantId addresseeTenantId addresseeUnitId text }\n  linkedCases { id } } }"): (typeof documents)["query TasksSpecTaskView($id: ID!) { task(id: $id) { ...TasksSpecTask\n  subtasks { id number state assignee { name } }\n  reports { reportedOn percent final text evidence }\n  reporting { cadence periodDays dueDates missed nextDue }\n  history { seq action fromState toState reason }\n  supervisionNotices { kind state issuerTenantId addresseeTenantId addresseeUnitId text }\n  linkedCases { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TasksSpecTasks($filter: TaskFilter) { tasks(filter: $filter, first: 50) { edges { node { id number state assignee { name } } } } }"): (typeof documents)["query TasksSpecTasks($filter: TaskFilter) { tasks(filter: $filter, first: 50) { edges { node { id number state assignee { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TasksSpecDashboard($tenantId: ID, $subtree: Boolean) { taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n  total { assigned signedOff doneOnTime overdue lateReports completionRate }\n  byList { name assigned signedOff doneOnTime overdue lateReports completionRate }\n  byAssignee { name assigned signedOff doneOnTime overdue lateReports completionRate } } }"): (typeof documents)["query TasksSpecDashboard($tenantId: ID, $subtree: Boolean) { taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n  total { assigned signedOff doneOnTime overdue lateReports completionRate }\n  byList { name assigned signedOff doneOnTime overdue lateReports completionRate }\n  byAssignee { name assigned signedOff doneOnTime overdue lateReports completionRate } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecEstablish($input: EstablishConferenceInput!) { establishConference(input: $input) { members { id name } } }"): (typeof documents)["mutation TasksSpecEstablish($input: EstablishConferenceInput!) { establishConference(input: $input) { members { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }"): (typeof documents)["mutation TasksSpecSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecRecord($input: RecordMeetingInput!) { recordMeeting(input: $input) { decisions { id } } }"): (typeof documents)["mutation TasksSpecRecord($input: RecordMeetingInput!) { recordMeeting(input: $input) { decisions { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { id kind issuerTenantId addresseeTenantId version } }"): (typeof documents)["mutation TasksSpecRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { id kind issuerTenantId addresseeTenantId version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TasksSpecIssued { issuedNotices(first: 50) { edges { node { id kind subjectType subjectId } } } }"): (typeof documents)["query TasksSpecIssued { issuedNotices(first: 50) { edges { node { id kind subjectType subjectId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecFeedback($input: NoticeFeedbackInput!) { submitNoticeFeedback(input: $input) { state version } }"): (typeof documents)["mutation TasksSpecFeedback($input: NoticeFeedbackInput!) { submitNoticeFeedback(input: $input) { state version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TasksSpecAccept($input: AcceptFeedbackInput!) { acceptNoticeFeedback(input: $input) { state } }"): (typeof documents)["mutation TasksSpecAccept($input: AcceptFeedbackInput!) { acceptNoticeFeedback(input: $input) { state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssessmentE2eCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { id version targetLevel } }"): (typeof documents)["mutation AssessmentE2eCreate($input: CreateSchemeInput!) { createAssessmentScheme(input: $input) { id version targetLevel } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssessmentE2eManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }"): (typeof documents)["mutation AssessmentE2eManual($input: ManualScoreInput!) { enterManualScore(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssessmentE2eRebuild($input: RebuildFactsInput!) { rebuildFacts(input: $input) { id source } }"): (typeof documents)["mutation AssessmentE2eRebuild($input: RebuildFactsInput!) { rebuildFacts(input: $input) { id source } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssessmentE2ePublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { asOf targets { name total rank } } }"): (typeof documents)["mutation AssessmentE2ePublish($input: PublishSchemeInput!) { publishAssessmentScheme(input: $input) { asOf targets { name total rank } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentE2eScores($id: ID!) { scores(schemeId: $id) { asOf targets { name total rank grade publishedTotal\n  items { code numerator denominator value points } } } }"): (typeof documents)["query AssessmentE2eScores($id: ID!) { scores(schemeId: $id) { asOf targets { name total rank grade publishedTotal\n  items { code numerator denominator value points } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentE2eFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { label } }"): (typeof documents)["query AssessmentE2eFacts($input: ScoreFactsInput!) { scoreFacts(input: $input) { label } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentE2eVersion($id: ID!) { assessmentScheme(id: $id) { version } }"): (typeof documents)["query AssessmentE2eVersion($id: ID!) { assessmentScheme(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConferenceTasksE2eTask on Task {\n    id number state version deadline overdue reportedDoneOn sendBackReason tenantId assignee { kind name }\n  }\n"): (typeof documents)["\n  fragment ConferenceTasksE2eTask on Task {\n    id number state version deadline overdue reportedDoneOn sendBackReason tenantId assignee { kind name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eEstablish($input: EstablishConferenceInput!) { establishConference(input: $input) { members { id name } } }"): (typeof documents)["mutation ConferenceTasksE2eEstablish($input: EstablishConferenceInput!) { establishConference(input: $input) { members { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): (typeof documents)["mutation ConferenceTasksE2eCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }"): (typeof documents)["mutation ConferenceTasksE2eSchedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eRecord($input: RecordMeetingInput!) { recordMeeting(input: $input) { state decisions { id } } }"): (typeof documents)["mutation ConferenceTasksE2eRecord($input: RecordMeetingInput!) { recordMeeting(input: $input) { state decisions { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eCreateTask($input: CreateTaskInput!) {\n  createTask(input: $input) { ...ConferenceTasksE2eTask linkedCases { id number title } subtasks { ...ConferenceTasksE2eTask } }\n}"): (typeof documents)["mutation ConferenceTasksE2eCreateTask($input: CreateTaskInput!) {\n  createTask(input: $input) { ...ConferenceTasksE2eTask linkedCases { id number title } subtasks { ...ConferenceTasksE2eTask } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eReceive($input: TaskStepInput!) { receiveTask(input: $input) { ...ConferenceTasksE2eTask } }"): (typeof documents)["mutation ConferenceTasksE2eReceive($input: TaskStepInput!) { receiveTask(input: $input) { ...ConferenceTasksE2eTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eSplit($input: SplitTaskInput!) { splitTask(input: $input) { ...ConferenceTasksE2eTask } }"): (typeof documents)["mutation ConferenceTasksE2eSplit($input: SplitTaskInput!) { splitTask(input: $input) { ...ConferenceTasksE2eTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eReport($input: TaskReportInput!) { reportTask(input: $input) { ...ConferenceTasksE2eTask } }"): (typeof documents)["mutation ConferenceTasksE2eReport($input: TaskReportInput!) { reportTask(input: $input) { ...ConferenceTasksE2eTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eSignOff($input: TaskStepInput!) { signOffTask(input: $input) { ...ConferenceTasksE2eTask } }"): (typeof documents)["mutation ConferenceTasksE2eSignOff($input: TaskStepInput!) { signOffTask(input: $input) { ...ConferenceTasksE2eTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eSendBack($input: TaskReasonInput!) { sendBackTask(input: $input) { ...ConferenceTasksE2eTask } }"): (typeof documents)["mutation ConferenceTasksE2eSendBack($input: TaskReasonInput!) { sendBackTask(input: $input) { ...ConferenceTasksE2eTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConferenceTasksE2eRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { id kind issuerTenantId addresseeTenantId } }"): (typeof documents)["mutation ConferenceTasksE2eRaise($input: RaiseNoticeInput!) { raiseNotice(input: $input) { id kind issuerTenantId addresseeTenantId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConferenceTasksE2eTaskView($id: ID!) {\n  task(id: $id) {\n    ...ConferenceTasksE2eTask subtasks { ...ConferenceTasksE2eTask } reporting { missed }\n    supervisionNotices { kind state issuerTenantId addresseeTenantId }\n  }\n}"): (typeof documents)["query ConferenceTasksE2eTaskView($id: ID!) {\n  task(id: $id) {\n    ...ConferenceTasksE2eTask subtasks { ...ConferenceTasksE2eTask } reporting { missed }\n    supervisionNotices { kind state issuerTenantId addresseeTenantId }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConferenceTasksE2eLists { taskLists { id kind name } }"): (typeof documents)["query ConferenceTasksE2eLists { taskLists { id kind name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConferenceTasksE2eTasks { tasks(first: 20) { edges { node { id } } } }"): (typeof documents)["query ConferenceTasksE2eTasks { tasks(first: 20) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConferenceTasksE2eIssued { issuedNotices(first: 50) { edges { node { id subjectType subjectId } } } }"): (typeof documents)["query ConferenceTasksE2eIssued { issuedNotices(first: 50) { edges { node { id subjectType subjectId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConferenceTasksE2eInbox { noticeInbox(first: 20) { edges { node { id } } } }"): (typeof documents)["query ConferenceTasksE2eInbox { noticeInbox(first: 20) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConferenceTasksE2eDashboard($tenantId: ID, $subtree: Boolean) { taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n  total { assigned signedOff doneOnTime overdue lateReports completionRate }\n  byList { name assigned signedOff }\n  byAssignee { name assigned signedOff doneOnTime overdue lateReports completionRate } } }"): (typeof documents)["query ConferenceTasksE2eDashboard($tenantId: ID, $subtree: Boolean) { taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n  total { assigned signedOff doneOnTime overdue lateReports completionRate }\n  byList { name assigned signedOff }\n  byAssignee { name assigned signedOff doneOnTime overdue lateReports completionRate } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConferenceTasksE2eTenants { tenants(first: 100) { edges { node { id level parentId } } } }"): (typeof documents)["query ConferenceTasksE2eTenants { tenants(first: 100) { edges { node { id level parentId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConferenceTasksE2eCoverage($id: ID!, $level: TenantLevel!) { tenant(id: $id) { conferenceCoverage(level: $level) { jurisdictions withConference rate } } }"): (typeof documents)["query ConferenceTasksE2eCoverage($id: ID!, $level: TenantLevel!) { tenant(id: $id) { conferenceCoverage(level: $level) { jurisdictions withConference rate } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseApiMe { me { id } }"): (typeof documents)["query CaseApiMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseApiTenants { tenants(first: 100) { edges { node { id code } } } }"): (typeof documents)["query CaseApiTenants { tenants(first: 100) { edges { node { id code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseApiUnits($id: ID!) { tenant(id: $id) { units(first: 100) { edges { node { id name } } } } }"): (typeof documents)["query CaseApiUnits($id: ID!) { tenant(id: $id) { units(first: 100) { edges { node { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id version kind state reason subjectId subjectNumber stage clockId deadline\n    issuerTenantId issuerTenantName addresseeTenantId addresseeTenantName addresseeUnitId addresseeUnitName\n    issuedByName feedbackDue escalateOn escalatedFromId feedbackOverdue issuedAt readAt closedAt closeReason ladderStoppedReason\n  }\n"): (typeof documents)["\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id version kind state reason subjectId subjectNumber stage clockId deadline\n    issuerTenantId issuerTenantName addresseeTenantId addresseeTenantName addresseeUnitId addresseeUnitName\n    issuedByName feedbackDue escalateOn escalatedFromId feedbackOverdue issuedAt readAt closedAt closeReason ladderStoppedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback { text attachments submittedByName decision decisionComment decidedByName }\n      history { seq action fromState toState actorName reason }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback { text attachments submittedByName decision decisionComment decidedByName }\n      history { seq action fromState toState actorName reason }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;