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
    "\n  fragment IndicatorPreviewSpecFact on FactReference {\n    id\n    label\n    date\n    tenantId\n    source\n    case {\n      id\n    }\n  }\n": typeof types.IndicatorPreviewSpecFactFragmentDoc,
    "\n  query IndicatorPreviewSpecPreview($input: IndicatorPreviewInput!) {\n    previewIndicator(input: $input) {\n      periodFrom\n      periodTo\n      asOf\n      indicator {\n        code\n        formula\n      }\n      targets {\n        tenantId\n        name\n        code\n        value\n        numerator\n        denominator\n        previous\n        facts {\n          ...IndicatorPreviewSpecFact\n        }\n      }\n    }\n  }\n": typeof types.IndicatorPreviewSpecPreviewDocument,
    "\n  query IndicatorPreviewSpecCheck($indicator: IndicatorInput!) {\n    checkIndicator(indicator: $indicator) {\n      code\n      formula\n    }\n  }\n": typeof types.IndicatorPreviewSpecCheckDocument,
    "\n  mutation IndicatorPreviewSpecCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      id\n      items {\n        code\n      }\n    }\n  }\n": typeof types.IndicatorPreviewSpecCreateDocument,
    "\n  query IndicatorPreviewSpecScores($id: ID!) {\n    scores(schemeId: $id) {\n      targets {\n        tenantId\n        name\n        items {\n          code\n          value\n          numerator\n          denominator\n          previous\n        }\n      }\n    }\n  }\n": typeof types.IndicatorPreviewSpecScoresDocument,
    "\n  query IndicatorPreviewSpecFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      ...IndicatorPreviewSpecFact\n    }\n  }\n": typeof types.IndicatorPreviewSpecFactsDocument,
    "\n  query IndicatorPreviewSpecCatalog {\n    indicatorCatalog {\n      sources {\n        source\n        noun\n        unit\n        measures\n        periodBases\n        defaultPeriodField\n        fields {\n          name\n          label\n          type\n          operators\n          nullable\n          description\n          values {\n            value\n            label\n          }\n        }\n      }\n      kinds {\n        kind\n        rules\n      }\n    }\n  }\n": typeof types.IndicatorPreviewSpecCatalogDocument,
    "\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id\n    name\n    state\n    version\n    periodFrom\n    periodTo\n    periodLabel\n    targetLevel\n    totalPoints\n    items {\n      code\n      name\n      kind\n      points\n      ruleText\n      indicator {\n        code\n        formula\n        source\n      }\n      rule {\n        kind\n        perEvent\n        min\n        max\n      }\n    }\n  }\n": typeof types.SchemesSpecSchemeFragmentDoc,
    "\n  mutation SchemesSpecCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      ...SchemesSpecScheme\n    }\n  }\n": typeof types.SchemesSpecCreateDocument,
    "\n  mutation SchemesSpecUpdate($input: UpdateSchemeInput!) {\n    updateAssessmentScheme(input: $input) {\n      ...SchemesSpecScheme\n    }\n  }\n": typeof types.SchemesSpecUpdateDocument,
    "\n  mutation SchemesSpecManual($input: ManualScoreInput!) {\n    enterManualScore(input: $input) {\n      id\n    }\n  }\n": typeof types.SchemesSpecManualDocument,
    "\n  mutation SchemesSpecPublish($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) {\n      id\n      publishedBy\n      asOf\n      targets {\n        name\n        total\n        rank\n        grade\n      }\n    }\n  }\n": typeof types.SchemesSpecPublishDocument,
    "\n  query SchemesSpecScores($id: ID!) {\n    scores(schemeId: $id) {\n      asOf\n      targets {\n        tenantId\n        name\n        total\n        rank\n        grade\n        publishedTotal\n        publishedRank\n        items {\n          code\n          value\n          numerator\n          denominator\n          points\n          belowMinimum\n          manual {\n            points\n            comment\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchemesSpecScoresDocument,
    "\n  query SchemesSpecVersion($id: ID!) {\n    assessmentScheme(id: $id) {\n      version\n    }\n  }\n": typeof types.SchemesSpecVersionDocument,
    "\n  query SchemesSpecSnapshot($id: ID!) {\n    assessmentSnapshot(schemeId: $id) {\n      targets {\n        name\n        total\n      }\n    }\n  }\n": typeof types.SchemesSpecSnapshotDocument,
    "\n  query SchemesSpecFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      id\n      label\n      date\n      tenantId\n      source\n    }\n  }\n": typeof types.SchemesSpecFactsDocument,
    "\n  query JurisdictionIndicatorsSpecIndicators($tenantId: ID) {\n    jurisdictionIndicators(period: { kind: RANGE, from: \"2026-01-01\", to: \"2026-06-30\" }, tenantId: $tenantId) {\n      indicator {\n        code\n        name\n        formula\n      }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n": typeof types.JurisdictionIndicatorsSpecIndicatorsDocument,
    "\n          query AuthSpecFirstTenants {\n            tenants(first: 2) {\n              edges {\n                node {\n                  code\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        ": typeof types.AuthSpecFirstTenantsDocument,
    "\n          query AuthSpecNextTenants($after: String) {\n            tenants(first: 2, after: $after) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        ": typeof types.AuthSpecNextTenantsDocument,
    "\n  query CalendarSettingsSpecSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      version\n      effectiveRules {\n        stage\n        name\n        statutoryDays\n        days\n        unit\n        article\n        tightened\n      }\n    }\n  }\n": typeof types.CalendarSettingsSpecSettingsDocument,
    "\n  mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      effectiveRules {\n        stage\n        days\n        unit\n        tightened\n      }\n    }\n  }\n": typeof types.CalendarSettingsSpecUpdateDocument,
    "\n  query CalendarSettingsSpecLeads($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n": typeof types.CalendarSettingsSpecLeadsDocument,
    "\n  mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n": typeof types.CalendarSettingsSpecUpdateLeadsDocument,
    "\n  mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n      tenantId\n      date\n      kind\n      name\n    }\n  }\n": typeof types.CalendarSettingsSpecAddDocument,
    "\n  mutation CalendarSettingsSpecRemove($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n      date\n    }\n  }\n": typeof types.CalendarSettingsSpecRemoveDocument,
    "\n  query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) {\n      id\n      tenantId\n      tenantPath\n      date\n      kind\n      name\n    }\n  }\n": typeof types.CalendarSettingsSpecOverridesDocument,
    "\n  query CaseOpinionsSpecOpinions($id: ID!) {\n    case(id: $id) {\n      reviewResult\n      reexaminationResult\n      ending\n      final\n      opinions {\n        id\n        seq\n        kind\n        outcome\n        result\n        resultInferred\n        reviewedOpinionId\n        text\n        issuerTenantId\n        issuedByName\n        issuedOn\n        inForce\n      }\n    }\n  }\n": typeof types.CaseOpinionsSpecOpinionsDocument,
    "\n  query CasePageSpecLinks($filter: CaseFilter) {\n    cases(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          repeatOf {\n            id\n            number\n          }\n          repeats {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.CasePageSpecLinksDocument,
    "\n        query CaseQueriesSpecListed($filter: CaseFilter) {\n          cases(first: 100, filter: $filter) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.CaseQueriesSpecListedDocument,
    "\n            query CaseQueriesSpecPage($after: String) {\n              cases(first: 1, after: $after) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          ": typeof types.CaseQueriesSpecPageDocument,
    "\n          query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) {\n            repeatCandidates(input: $input) {\n              score\n              sameIdNumber\n              samePhone\n              textSimilarity\n              finalized\n              case {\n                id\n              }\n            }\n          }\n        ": typeof types.CaseQueriesSpecRepeatsDocument,
    "\n        query CaseQueriesSpecTimeline($id: ID!) {\n          case(id: $id) {\n            timeline {\n              seq\n              action\n              fromState\n              toState\n              actorName\n              details {\n                reason\n                targetTenantName\n                summary\n              }\n            }\n          }\n        }\n      ": typeof types.CaseQueriesSpecTimelineDocument,
    "\n          query CaseRulesSpecSibling {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.CaseRulesSpecSiblingDocument,
    "\n          query CaseRulesSpecHandler {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                  handlingUnitId\n                }\n              }\n            }\n          }\n        ": typeof types.CaseRulesSpecHandlerDocument,
    "\n  query CategoriesSpecList($all: Boolean) {\n    categories(includeInactive: $all) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      usable\n      version\n    }\n  }\n": typeof types.CategoriesSpecListDocument,
    "\n  query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n    deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n      edges {\n        node {\n          tenantId\n          reason\n          stagesChecked\n          stagesChanged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DeadlineRecomputeSpecRecomputationsDocument,
    "\n  query TenantIsolationSpecTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": typeof types.TenantIsolationSpecTenantsDocument,
    "\n          query TenantIsolationSpecChildren {\n            tenants(first: 3) {\n              edges {\n                node {\n                  code\n                  children {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.TenantIsolationSpecChildrenDocument,
    "\n          query TenantIsolationSpecCounties {\n            tenants(first: 100, filter: { level: COUNTY }) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        ": typeof types.TenantIsolationSpecCountiesDocument,
    "\n  query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n    receptions(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          date\n          leaderName\n          caseCount\n          personCount\n          resolvedCount\n          resolutionRate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReceptionsSpecListDocument,
    "\n  query ReceptionsSpecOne($id: ID!) {\n    reception(id: $id) {\n      id\n      date\n      leaderName\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n": typeof types.ReceptionsSpecOneDocument,
    "\n  query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n    receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n      leaderId\n      leaderName\n      tenantId\n      receptionCount\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n": typeof types.ReceptionsSpecStatisticsDocument,
    "\n  query NoticeEscalationSpecInbox {\n    noticeInbox(first: 100) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n": typeof types.NoticeEscalationSpecInboxDocument,
    "\n  query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n    supervisionSummary(period: $period) {\n      tenantId\n      tenantName\n      issued\n      overdueFeedback\n      escalated\n      byKind {\n        kind\n        issued\n        overdueFeedback\n        escalated\n      }\n    }\n  }\n": typeof types.NoticeEscalationSpecSummaryDocument,
    "\n  query NoticeLadderSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      ladderStoppedReason\n      history {\n        action\n        fromState\n        toState\n        reason\n      }\n    }\n  }\n": typeof types.NoticeLadderSpecNoticeDocument,
    "\n  query NoticeWorkflowSpecInbox($filter: NoticeFilter, $first: Int, $after: String) {\n    noticeInbox(filter: $filter, first: $first, after: $after) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          ...SupervisionHarnessNotice\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NoticeWorkflowSpecInboxDocument,
    "\n  query NoticeWorkflowSpecIssued($filter: NoticeFilter) {\n    issuedNotices(filter: $filter) {\n      edges {\n        node {\n          id\n          kind\n          addresseeTenantId\n        }\n      }\n    }\n  }\n": typeof types.NoticeWorkflowSpecIssuedDocument,
    "\n  query NoticeWorkflowSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n        at\n      }\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n    }\n  }\n": typeof types.NoticeWorkflowSpecNoticeDocument,
    "\n  mutation NoticeWorkflowSpecRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      state\n      version\n      readAt\n    }\n  }\n": typeof types.NoticeWorkflowSpecReadDocument,
    "\n  mutation NoticeWorkflowSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n": typeof types.NoticeWorkflowSpecFeedbackDocument,
    "\n  mutation NoticeWorkflowSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n": typeof types.NoticeWorkflowSpecAcceptDocument,
    "\n  mutation NoticeWorkflowSpecReject($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n": typeof types.NoticeWorkflowSpecRejectDocument,
    "\n  mutation NoticeWorkflowSpecEscalate($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n": typeof types.NoticeWorkflowSpecEscalateDocument,
    "\n  mutation NoticeWorkflowSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n": typeof types.NoticeWorkflowSpecRaiseDocument,
    "\n  mutation NoticeWorkflowSpecList($input: ListForSupervisionInput!) {\n    listForSupervision(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n": typeof types.NoticeWorkflowSpecListDocument,
    "\n  query NoticeWorkflowSpecSettings {\n    supervisionSettings {\n      feedbackDays\n      escalationIntervalDays\n      ownFeedbackDays\n      ownEscalationIntervalDays\n      version\n    }\n  }\n": typeof types.NoticeWorkflowSpecSettingsDocument,
    "\n  mutation NoticeWorkflowSpecUpdateSettings($input: SupervisionSettingsInput!) {\n    updateSupervisionSettings(input: $input) {\n      feedbackDays\n      escalationIntervalDays\n      ownFeedbackDays\n      ownEscalationIntervalDays\n      version\n    }\n  }\n": typeof types.NoticeWorkflowSpecUpdateSettingsDocument,
    "\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    text\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    stage\n    clockId\n    deadline\n    responsibleTenantId\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    feedbackDue\n    fixBy\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n  }\n": typeof types.SupervisionHarnessNoticeFragmentDoc,
    "\n  fragment TasksSpecTask on Task {\n    id\n    number\n    tenantId\n    rootId\n    parentId\n    listId\n    listName\n    listKind\n    assigningTenantId\n    state\n    deadline\n    listed\n    priority\n    requiredOutcome\n    decisionId\n    title\n    createdOn\n    reportedDoneOn\n    closedOn\n    sendBackReason\n    cancelReason\n    overdue\n    version\n    linkedCaseIds\n    assignee {\n      kind\n      tenantId\n      memberId\n      unitId\n      name\n    }\n  }\n": typeof types.TasksSpecTaskFragmentDoc,
    "\n  mutation TasksSpecCreateList($input: CreateTaskListInput!) {\n    createTaskList(input: $input) {\n      id\n      kind\n      name\n      goal\n      ownerName\n      periodFrom\n      periodTo\n      version\n    }\n  }\n": typeof types.TasksSpecCreateListDocument,
    "\n  mutation TasksSpecUpdateList($input: UpdateTaskListInput!) {\n    updateTaskList(input: $input) {\n      name\n      goal\n      periodTo\n      version\n    }\n  }\n": typeof types.TasksSpecUpdateListDocument,
    "\n  query TasksSpecLists($tenantId: ID) {\n    taskLists(tenantId: $tenantId) {\n      id\n      kind\n      name\n      ownerName\n    }\n  }\n": typeof types.TasksSpecListsDocument,
    "\n  mutation TasksSpecCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TasksSpecTask\n      subtasks {\n        ...TasksSpecTask\n      }\n    }\n  }\n": typeof types.TasksSpecCreateDocument,
    "\n  mutation TasksSpecSplit($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": typeof types.TasksSpecSplitDocument,
    "\n  mutation TasksSpecReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": typeof types.TasksSpecReceiveDocument,
    "\n  mutation TasksSpecStart($input: TaskStepInput!) {\n    startTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": typeof types.TasksSpecStartDocument,
    "\n  mutation TasksSpecReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": typeof types.TasksSpecReportDocument,
    "\n  mutation TasksSpecSignOff($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": typeof types.TasksSpecSignOffDocument,
    "\n  mutation TasksSpecSendBack($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": typeof types.TasksSpecSendBackDocument,
    "\n  mutation TasksSpecCancel($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": typeof types.TasksSpecCancelDocument,
    "\n  query TasksSpecTaskView($id: ID!) {\n    task(id: $id) {\n      ...TasksSpecTask\n      subtasks {\n        id\n        number\n        state\n        assignee {\n          name\n        }\n      }\n      reports {\n        reportedOn\n        percent\n        final\n        text\n        evidence\n      }\n      reporting {\n        cadence\n        periodDays\n        dueDates\n        missed\n        nextDue\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        reason\n      }\n      supervisionNotices {\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n        addresseeUnitId\n        text\n      }\n      linkedCases {\n        id\n      }\n    }\n  }\n": typeof types.TasksSpecTaskViewDocument,
    "\n  query TasksSpecTasks($filter: TaskFilter) {\n    tasks(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          number\n          state\n          assignee {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TasksSpecTasksDocument,
    "\n  query TasksSpecDashboard($tenantId: ID, $subtree: Boolean) {\n    taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n      total {\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byList {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byAssignee {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n    }\n  }\n": typeof types.TasksSpecDashboardDocument,
    "\n  mutation TasksSpecEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TasksSpecEstablishDocument,
    "\n  mutation TasksSpecSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.TasksSpecScheduleDocument,
    "\n  mutation TasksSpecRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      decisions {\n        id\n      }\n    }\n  }\n": typeof types.TasksSpecRecordDocument,
    "\n  mutation TasksSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      kind\n      issuerTenantId\n      addresseeTenantId\n      version\n    }\n  }\n": typeof types.TasksSpecRaiseDocument,
    "\n  query TasksSpecIssued {\n    issuedNotices(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n": typeof types.TasksSpecIssuedDocument,
    "\n  mutation TasksSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      state\n      version\n    }\n  }\n": typeof types.TasksSpecFeedbackDocument,
    "\n  mutation TasksSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      state\n    }\n  }\n": typeof types.TasksSpecAcceptDocument,
    "\n  mutation AssessmentE2eCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      id\n      version\n      targetLevel\n    }\n  }\n": typeof types.AssessmentE2eCreateDocument,
    "\n  mutation AssessmentE2eManual($input: ManualScoreInput!) {\n    enterManualScore(input: $input) {\n      id\n    }\n  }\n": typeof types.AssessmentE2eManualDocument,
    "\n  mutation AssessmentE2eRebuild($input: RebuildFactsInput!) {\n    rebuildFacts(input: $input) {\n      id\n      source\n    }\n  }\n": typeof types.AssessmentE2eRebuildDocument,
    "\n  mutation AssessmentE2ePublish($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) {\n      asOf\n      targets {\n        name\n        total\n        rank\n      }\n    }\n  }\n": typeof types.AssessmentE2ePublishDocument,
    "\n  query AssessmentE2eScores($id: ID!) {\n    scores(schemeId: $id) {\n      asOf\n      targets {\n        name\n        total\n        rank\n        grade\n        publishedTotal\n        items {\n          code\n          numerator\n          denominator\n          value\n          points\n        }\n      }\n    }\n  }\n": typeof types.AssessmentE2eScoresDocument,
    "\n  query AssessmentE2eFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      label\n    }\n  }\n": typeof types.AssessmentE2eFactsDocument,
    "\n  query AssessmentE2eVersion($id: ID!) {\n    assessmentScheme(id: $id) {\n      version\n    }\n  }\n": typeof types.AssessmentE2eVersionDocument,
    "\n  fragment ConferenceTasksE2eTask on Task {\n    id\n    number\n    state\n    version\n    deadline\n    overdue\n    reportedDoneOn\n    sendBackReason\n    tenantId\n    assignee {\n      kind\n      name\n    }\n  }\n": typeof types.ConferenceTasksE2eTaskFragmentDoc,
    "\n  mutation ConferenceTasksE2eEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eEstablishDocument,
    "\n  mutation ConferenceTasksE2eCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.ConferenceTasksE2eCreateUserDocument,
    "\n  mutation ConferenceTasksE2eSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConferenceTasksE2eScheduleDocument,
    "\n  mutation ConferenceTasksE2eRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      state\n      decisions {\n        id\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eRecordDocument,
    "\n  mutation ConferenceTasksE2eCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...ConferenceTasksE2eTask\n      linkedCases {\n        id\n        number\n        title\n      }\n      subtasks {\n        ...ConferenceTasksE2eTask\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eCreateTaskDocument,
    "\n  mutation ConferenceTasksE2eReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": typeof types.ConferenceTasksE2eReceiveDocument,
    "\n  mutation ConferenceTasksE2eSplit($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": typeof types.ConferenceTasksE2eSplitDocument,
    "\n  mutation ConferenceTasksE2eReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": typeof types.ConferenceTasksE2eReportDocument,
    "\n  mutation ConferenceTasksE2eSignOff($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": typeof types.ConferenceTasksE2eSignOffDocument,
    "\n  mutation ConferenceTasksE2eSendBack($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": typeof types.ConferenceTasksE2eSendBackDocument,
    "\n  mutation ConferenceTasksE2eRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      kind\n      issuerTenantId\n      addresseeTenantId\n    }\n  }\n": typeof types.ConferenceTasksE2eRaiseDocument,
    "\n  query ConferenceTasksE2eTaskView($id: ID!) {\n    task(id: $id) {\n      ...ConferenceTasksE2eTask\n      subtasks {\n        ...ConferenceTasksE2eTask\n      }\n      reporting {\n        missed\n      }\n      supervisionNotices {\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eTaskViewDocument,
    "\n  query ConferenceTasksE2eLists {\n    taskLists {\n      id\n      kind\n      name\n    }\n  }\n": typeof types.ConferenceTasksE2eListsDocument,
    "\n  query ConferenceTasksE2eTasks {\n    tasks(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eTasksDocument,
    "\n  query ConferenceTasksE2eIssued {\n    issuedNotices(first: 50) {\n      edges {\n        node {\n          id\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eIssuedDocument,
    "\n  query ConferenceTasksE2eInbox {\n    noticeInbox(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eInboxDocument,
    "\n  query ConferenceTasksE2eDashboard($tenantId: ID, $subtree: Boolean) {\n    taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n      total {\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byList {\n        name\n        assigned\n        signedOff\n      }\n      byAssignee {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eDashboardDocument,
    "\n  query ConferenceTasksE2eTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          level\n          parentId\n        }\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eTenantsDocument,
    "\n  query ConferenceTasksE2eCoverage($id: ID!, $level: TenantLevel!) {\n    tenant(id: $id) {\n      conferenceCoverage(level: $level) {\n        jurisdictions\n        withConference\n        rate\n      }\n    }\n  }\n": typeof types.ConferenceTasksE2eCoverageDocument,
    "\n  query CaseApiMe {\n    me {\n      id\n    }\n  }\n": typeof types.CaseApiMeDocument,
    "\n  query CaseApiTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.CaseApiTenantsDocument,
    "\n  query CaseApiUnits($id: ID!) {\n    tenant(id: $id) {\n      units(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseApiUnitsDocument,
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    subjectId\n    subjectNumber\n    stage\n    clockId\n    deadline\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    addresseeUnitName\n    issuedByName\n    feedbackDue\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n    ladderStoppedReason\n  }\n": typeof types.SupervisionApiNoticeFragmentDoc,
    "\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n      }\n    }\n  }\n": typeof types.SupervisionApiNoticeDetailDocument,
};
const documents: Documents = {
    "\n  fragment IndicatorPreviewSpecFact on FactReference {\n    id\n    label\n    date\n    tenantId\n    source\n    case {\n      id\n    }\n  }\n": types.IndicatorPreviewSpecFactFragmentDoc,
    "\n  query IndicatorPreviewSpecPreview($input: IndicatorPreviewInput!) {\n    previewIndicator(input: $input) {\n      periodFrom\n      periodTo\n      asOf\n      indicator {\n        code\n        formula\n      }\n      targets {\n        tenantId\n        name\n        code\n        value\n        numerator\n        denominator\n        previous\n        facts {\n          ...IndicatorPreviewSpecFact\n        }\n      }\n    }\n  }\n": types.IndicatorPreviewSpecPreviewDocument,
    "\n  query IndicatorPreviewSpecCheck($indicator: IndicatorInput!) {\n    checkIndicator(indicator: $indicator) {\n      code\n      formula\n    }\n  }\n": types.IndicatorPreviewSpecCheckDocument,
    "\n  mutation IndicatorPreviewSpecCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      id\n      items {\n        code\n      }\n    }\n  }\n": types.IndicatorPreviewSpecCreateDocument,
    "\n  query IndicatorPreviewSpecScores($id: ID!) {\n    scores(schemeId: $id) {\n      targets {\n        tenantId\n        name\n        items {\n          code\n          value\n          numerator\n          denominator\n          previous\n        }\n      }\n    }\n  }\n": types.IndicatorPreviewSpecScoresDocument,
    "\n  query IndicatorPreviewSpecFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      ...IndicatorPreviewSpecFact\n    }\n  }\n": types.IndicatorPreviewSpecFactsDocument,
    "\n  query IndicatorPreviewSpecCatalog {\n    indicatorCatalog {\n      sources {\n        source\n        noun\n        unit\n        measures\n        periodBases\n        defaultPeriodField\n        fields {\n          name\n          label\n          type\n          operators\n          nullable\n          description\n          values {\n            value\n            label\n          }\n        }\n      }\n      kinds {\n        kind\n        rules\n      }\n    }\n  }\n": types.IndicatorPreviewSpecCatalogDocument,
    "\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id\n    name\n    state\n    version\n    periodFrom\n    periodTo\n    periodLabel\n    targetLevel\n    totalPoints\n    items {\n      code\n      name\n      kind\n      points\n      ruleText\n      indicator {\n        code\n        formula\n        source\n      }\n      rule {\n        kind\n        perEvent\n        min\n        max\n      }\n    }\n  }\n": types.SchemesSpecSchemeFragmentDoc,
    "\n  mutation SchemesSpecCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      ...SchemesSpecScheme\n    }\n  }\n": types.SchemesSpecCreateDocument,
    "\n  mutation SchemesSpecUpdate($input: UpdateSchemeInput!) {\n    updateAssessmentScheme(input: $input) {\n      ...SchemesSpecScheme\n    }\n  }\n": types.SchemesSpecUpdateDocument,
    "\n  mutation SchemesSpecManual($input: ManualScoreInput!) {\n    enterManualScore(input: $input) {\n      id\n    }\n  }\n": types.SchemesSpecManualDocument,
    "\n  mutation SchemesSpecPublish($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) {\n      id\n      publishedBy\n      asOf\n      targets {\n        name\n        total\n        rank\n        grade\n      }\n    }\n  }\n": types.SchemesSpecPublishDocument,
    "\n  query SchemesSpecScores($id: ID!) {\n    scores(schemeId: $id) {\n      asOf\n      targets {\n        tenantId\n        name\n        total\n        rank\n        grade\n        publishedTotal\n        publishedRank\n        items {\n          code\n          value\n          numerator\n          denominator\n          points\n          belowMinimum\n          manual {\n            points\n            comment\n          }\n        }\n      }\n    }\n  }\n": types.SchemesSpecScoresDocument,
    "\n  query SchemesSpecVersion($id: ID!) {\n    assessmentScheme(id: $id) {\n      version\n    }\n  }\n": types.SchemesSpecVersionDocument,
    "\n  query SchemesSpecSnapshot($id: ID!) {\n    assessmentSnapshot(schemeId: $id) {\n      targets {\n        name\n        total\n      }\n    }\n  }\n": types.SchemesSpecSnapshotDocument,
    "\n  query SchemesSpecFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      id\n      label\n      date\n      tenantId\n      source\n    }\n  }\n": types.SchemesSpecFactsDocument,
    "\n  query JurisdictionIndicatorsSpecIndicators($tenantId: ID) {\n    jurisdictionIndicators(period: { kind: RANGE, from: \"2026-01-01\", to: \"2026-06-30\" }, tenantId: $tenantId) {\n      indicator {\n        code\n        name\n        formula\n      }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n": types.JurisdictionIndicatorsSpecIndicatorsDocument,
    "\n          query AuthSpecFirstTenants {\n            tenants(first: 2) {\n              edges {\n                node {\n                  code\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        ": types.AuthSpecFirstTenantsDocument,
    "\n          query AuthSpecNextTenants($after: String) {\n            tenants(first: 2, after: $after) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        ": types.AuthSpecNextTenantsDocument,
    "\n  query CalendarSettingsSpecSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      version\n      effectiveRules {\n        stage\n        name\n        statutoryDays\n        days\n        unit\n        article\n        tightened\n      }\n    }\n  }\n": types.CalendarSettingsSpecSettingsDocument,
    "\n  mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      effectiveRules {\n        stage\n        days\n        unit\n        tightened\n      }\n    }\n  }\n": types.CalendarSettingsSpecUpdateDocument,
    "\n  query CalendarSettingsSpecLeads($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n": types.CalendarSettingsSpecLeadsDocument,
    "\n  mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n": types.CalendarSettingsSpecUpdateLeadsDocument,
    "\n  mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n      tenantId\n      date\n      kind\n      name\n    }\n  }\n": types.CalendarSettingsSpecAddDocument,
    "\n  mutation CalendarSettingsSpecRemove($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n      date\n    }\n  }\n": types.CalendarSettingsSpecRemoveDocument,
    "\n  query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) {\n      id\n      tenantId\n      tenantPath\n      date\n      kind\n      name\n    }\n  }\n": types.CalendarSettingsSpecOverridesDocument,
    "\n  query CaseOpinionsSpecOpinions($id: ID!) {\n    case(id: $id) {\n      reviewResult\n      reexaminationResult\n      ending\n      final\n      opinions {\n        id\n        seq\n        kind\n        outcome\n        result\n        resultInferred\n        reviewedOpinionId\n        text\n        issuerTenantId\n        issuedByName\n        issuedOn\n        inForce\n      }\n    }\n  }\n": types.CaseOpinionsSpecOpinionsDocument,
    "\n  query CasePageSpecLinks($filter: CaseFilter) {\n    cases(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          repeatOf {\n            id\n            number\n          }\n          repeats {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": types.CasePageSpecLinksDocument,
    "\n        query CaseQueriesSpecListed($filter: CaseFilter) {\n          cases(first: 100, filter: $filter) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.CaseQueriesSpecListedDocument,
    "\n            query CaseQueriesSpecPage($after: String) {\n              cases(first: 1, after: $after) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          ": types.CaseQueriesSpecPageDocument,
    "\n          query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) {\n            repeatCandidates(input: $input) {\n              score\n              sameIdNumber\n              samePhone\n              textSimilarity\n              finalized\n              case {\n                id\n              }\n            }\n          }\n        ": types.CaseQueriesSpecRepeatsDocument,
    "\n        query CaseQueriesSpecTimeline($id: ID!) {\n          case(id: $id) {\n            timeline {\n              seq\n              action\n              fromState\n              toState\n              actorName\n              details {\n                reason\n                targetTenantName\n                summary\n              }\n            }\n          }\n        }\n      ": types.CaseQueriesSpecTimelineDocument,
    "\n          query CaseRulesSpecSibling {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.CaseRulesSpecSiblingDocument,
    "\n          query CaseRulesSpecHandler {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                  handlingUnitId\n                }\n              }\n            }\n          }\n        ": types.CaseRulesSpecHandlerDocument,
    "\n  query CategoriesSpecList($all: Boolean) {\n    categories(includeInactive: $all) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      usable\n      version\n    }\n  }\n": types.CategoriesSpecListDocument,
    "\n  query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n    deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n      edges {\n        node {\n          tenantId\n          reason\n          stagesChecked\n          stagesChanged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DeadlineRecomputeSpecRecomputationsDocument,
    "\n  query TenantIsolationSpecTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": types.TenantIsolationSpecTenantsDocument,
    "\n          query TenantIsolationSpecChildren {\n            tenants(first: 3) {\n              edges {\n                node {\n                  code\n                  children {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        ": types.TenantIsolationSpecChildrenDocument,
    "\n          query TenantIsolationSpecCounties {\n            tenants(first: 100, filter: { level: COUNTY }) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        ": types.TenantIsolationSpecCountiesDocument,
    "\n  query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n    receptions(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          date\n          leaderName\n          caseCount\n          personCount\n          resolvedCount\n          resolutionRate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReceptionsSpecListDocument,
    "\n  query ReceptionsSpecOne($id: ID!) {\n    reception(id: $id) {\n      id\n      date\n      leaderName\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n": types.ReceptionsSpecOneDocument,
    "\n  query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n    receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n      leaderId\n      leaderName\n      tenantId\n      receptionCount\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n": types.ReceptionsSpecStatisticsDocument,
    "\n  query NoticeEscalationSpecInbox {\n    noticeInbox(first: 100) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n": types.NoticeEscalationSpecInboxDocument,
    "\n  query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n    supervisionSummary(period: $period) {\n      tenantId\n      tenantName\n      issued\n      overdueFeedback\n      escalated\n      byKind {\n        kind\n        issued\n        overdueFeedback\n        escalated\n      }\n    }\n  }\n": types.NoticeEscalationSpecSummaryDocument,
    "\n  query NoticeLadderSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      ladderStoppedReason\n      history {\n        action\n        fromState\n        toState\n        reason\n      }\n    }\n  }\n": types.NoticeLadderSpecNoticeDocument,
    "\n  query NoticeWorkflowSpecInbox($filter: NoticeFilter, $first: Int, $after: String) {\n    noticeInbox(filter: $filter, first: $first, after: $after) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          ...SupervisionHarnessNotice\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NoticeWorkflowSpecInboxDocument,
    "\n  query NoticeWorkflowSpecIssued($filter: NoticeFilter) {\n    issuedNotices(filter: $filter) {\n      edges {\n        node {\n          id\n          kind\n          addresseeTenantId\n        }\n      }\n    }\n  }\n": types.NoticeWorkflowSpecIssuedDocument,
    "\n  query NoticeWorkflowSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n        at\n      }\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n    }\n  }\n": types.NoticeWorkflowSpecNoticeDocument,
    "\n  mutation NoticeWorkflowSpecRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      state\n      version\n      readAt\n    }\n  }\n": types.NoticeWorkflowSpecReadDocument,
    "\n  mutation NoticeWorkflowSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n": types.NoticeWorkflowSpecFeedbackDocument,
    "\n  mutation NoticeWorkflowSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n": types.NoticeWorkflowSpecAcceptDocument,
    "\n  mutation NoticeWorkflowSpecReject($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n": types.NoticeWorkflowSpecRejectDocument,
    "\n  mutation NoticeWorkflowSpecEscalate($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n": types.NoticeWorkflowSpecEscalateDocument,
    "\n  mutation NoticeWorkflowSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n": types.NoticeWorkflowSpecRaiseDocument,
    "\n  mutation NoticeWorkflowSpecList($input: ListForSupervisionInput!) {\n    listForSupervision(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n": types.NoticeWorkflowSpecListDocument,
    "\n  query NoticeWorkflowSpecSettings {\n    supervisionSettings {\n      feedbackDays\n      escalationIntervalDays\n      ownFeedbackDays\n      ownEscalationIntervalDays\n      version\n    }\n  }\n": types.NoticeWorkflowSpecSettingsDocument,
    "\n  mutation NoticeWorkflowSpecUpdateSettings($input: SupervisionSettingsInput!) {\n    updateSupervisionSettings(input: $input) {\n      feedbackDays\n      escalationIntervalDays\n      ownFeedbackDays\n      ownEscalationIntervalDays\n      version\n    }\n  }\n": types.NoticeWorkflowSpecUpdateSettingsDocument,
    "\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    text\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    stage\n    clockId\n    deadline\n    responsibleTenantId\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    feedbackDue\n    fixBy\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n  }\n": types.SupervisionHarnessNoticeFragmentDoc,
    "\n  fragment TasksSpecTask on Task {\n    id\n    number\n    tenantId\n    rootId\n    parentId\n    listId\n    listName\n    listKind\n    assigningTenantId\n    state\n    deadline\n    listed\n    priority\n    requiredOutcome\n    decisionId\n    title\n    createdOn\n    reportedDoneOn\n    closedOn\n    sendBackReason\n    cancelReason\n    overdue\n    version\n    linkedCaseIds\n    assignee {\n      kind\n      tenantId\n      memberId\n      unitId\n      name\n    }\n  }\n": types.TasksSpecTaskFragmentDoc,
    "\n  mutation TasksSpecCreateList($input: CreateTaskListInput!) {\n    createTaskList(input: $input) {\n      id\n      kind\n      name\n      goal\n      ownerName\n      periodFrom\n      periodTo\n      version\n    }\n  }\n": types.TasksSpecCreateListDocument,
    "\n  mutation TasksSpecUpdateList($input: UpdateTaskListInput!) {\n    updateTaskList(input: $input) {\n      name\n      goal\n      periodTo\n      version\n    }\n  }\n": types.TasksSpecUpdateListDocument,
    "\n  query TasksSpecLists($tenantId: ID) {\n    taskLists(tenantId: $tenantId) {\n      id\n      kind\n      name\n      ownerName\n    }\n  }\n": types.TasksSpecListsDocument,
    "\n  mutation TasksSpecCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TasksSpecTask\n      subtasks {\n        ...TasksSpecTask\n      }\n    }\n  }\n": types.TasksSpecCreateDocument,
    "\n  mutation TasksSpecSplit($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": types.TasksSpecSplitDocument,
    "\n  mutation TasksSpecReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": types.TasksSpecReceiveDocument,
    "\n  mutation TasksSpecStart($input: TaskStepInput!) {\n    startTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": types.TasksSpecStartDocument,
    "\n  mutation TasksSpecReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": types.TasksSpecReportDocument,
    "\n  mutation TasksSpecSignOff($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": types.TasksSpecSignOffDocument,
    "\n  mutation TasksSpecSendBack($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": types.TasksSpecSendBackDocument,
    "\n  mutation TasksSpecCancel($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n": types.TasksSpecCancelDocument,
    "\n  query TasksSpecTaskView($id: ID!) {\n    task(id: $id) {\n      ...TasksSpecTask\n      subtasks {\n        id\n        number\n        state\n        assignee {\n          name\n        }\n      }\n      reports {\n        reportedOn\n        percent\n        final\n        text\n        evidence\n      }\n      reporting {\n        cadence\n        periodDays\n        dueDates\n        missed\n        nextDue\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        reason\n      }\n      supervisionNotices {\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n        addresseeUnitId\n        text\n      }\n      linkedCases {\n        id\n      }\n    }\n  }\n": types.TasksSpecTaskViewDocument,
    "\n  query TasksSpecTasks($filter: TaskFilter) {\n    tasks(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          number\n          state\n          assignee {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TasksSpecTasksDocument,
    "\n  query TasksSpecDashboard($tenantId: ID, $subtree: Boolean) {\n    taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n      total {\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byList {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byAssignee {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n    }\n  }\n": types.TasksSpecDashboardDocument,
    "\n  mutation TasksSpecEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.TasksSpecEstablishDocument,
    "\n  mutation TasksSpecSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": types.TasksSpecScheduleDocument,
    "\n  mutation TasksSpecRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      decisions {\n        id\n      }\n    }\n  }\n": types.TasksSpecRecordDocument,
    "\n  mutation TasksSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      kind\n      issuerTenantId\n      addresseeTenantId\n      version\n    }\n  }\n": types.TasksSpecRaiseDocument,
    "\n  query TasksSpecIssued {\n    issuedNotices(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n": types.TasksSpecIssuedDocument,
    "\n  mutation TasksSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      state\n      version\n    }\n  }\n": types.TasksSpecFeedbackDocument,
    "\n  mutation TasksSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      state\n    }\n  }\n": types.TasksSpecAcceptDocument,
    "\n  mutation AssessmentE2eCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      id\n      version\n      targetLevel\n    }\n  }\n": types.AssessmentE2eCreateDocument,
    "\n  mutation AssessmentE2eManual($input: ManualScoreInput!) {\n    enterManualScore(input: $input) {\n      id\n    }\n  }\n": types.AssessmentE2eManualDocument,
    "\n  mutation AssessmentE2eRebuild($input: RebuildFactsInput!) {\n    rebuildFacts(input: $input) {\n      id\n      source\n    }\n  }\n": types.AssessmentE2eRebuildDocument,
    "\n  mutation AssessmentE2ePublish($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) {\n      asOf\n      targets {\n        name\n        total\n        rank\n      }\n    }\n  }\n": types.AssessmentE2ePublishDocument,
    "\n  query AssessmentE2eScores($id: ID!) {\n    scores(schemeId: $id) {\n      asOf\n      targets {\n        name\n        total\n        rank\n        grade\n        publishedTotal\n        items {\n          code\n          numerator\n          denominator\n          value\n          points\n        }\n      }\n    }\n  }\n": types.AssessmentE2eScoresDocument,
    "\n  query AssessmentE2eFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      label\n    }\n  }\n": types.AssessmentE2eFactsDocument,
    "\n  query AssessmentE2eVersion($id: ID!) {\n    assessmentScheme(id: $id) {\n      version\n    }\n  }\n": types.AssessmentE2eVersionDocument,
    "\n  fragment ConferenceTasksE2eTask on Task {\n    id\n    number\n    state\n    version\n    deadline\n    overdue\n    reportedDoneOn\n    sendBackReason\n    tenantId\n    assignee {\n      kind\n      name\n    }\n  }\n": types.ConferenceTasksE2eTaskFragmentDoc,
    "\n  mutation ConferenceTasksE2eEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.ConferenceTasksE2eEstablishDocument,
    "\n  mutation ConferenceTasksE2eCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.ConferenceTasksE2eCreateUserDocument,
    "\n  mutation ConferenceTasksE2eSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConferenceTasksE2eScheduleDocument,
    "\n  mutation ConferenceTasksE2eRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      state\n      decisions {\n        id\n      }\n    }\n  }\n": types.ConferenceTasksE2eRecordDocument,
    "\n  mutation ConferenceTasksE2eCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...ConferenceTasksE2eTask\n      linkedCases {\n        id\n        number\n        title\n      }\n      subtasks {\n        ...ConferenceTasksE2eTask\n      }\n    }\n  }\n": types.ConferenceTasksE2eCreateTaskDocument,
    "\n  mutation ConferenceTasksE2eReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": types.ConferenceTasksE2eReceiveDocument,
    "\n  mutation ConferenceTasksE2eSplit($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": types.ConferenceTasksE2eSplitDocument,
    "\n  mutation ConferenceTasksE2eReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": types.ConferenceTasksE2eReportDocument,
    "\n  mutation ConferenceTasksE2eSignOff($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": types.ConferenceTasksE2eSignOffDocument,
    "\n  mutation ConferenceTasksE2eSendBack($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n": types.ConferenceTasksE2eSendBackDocument,
    "\n  mutation ConferenceTasksE2eRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      kind\n      issuerTenantId\n      addresseeTenantId\n    }\n  }\n": types.ConferenceTasksE2eRaiseDocument,
    "\n  query ConferenceTasksE2eTaskView($id: ID!) {\n    task(id: $id) {\n      ...ConferenceTasksE2eTask\n      subtasks {\n        ...ConferenceTasksE2eTask\n      }\n      reporting {\n        missed\n      }\n      supervisionNotices {\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n      }\n    }\n  }\n": types.ConferenceTasksE2eTaskViewDocument,
    "\n  query ConferenceTasksE2eLists {\n    taskLists {\n      id\n      kind\n      name\n    }\n  }\n": types.ConferenceTasksE2eListsDocument,
    "\n  query ConferenceTasksE2eTasks {\n    tasks(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ConferenceTasksE2eTasksDocument,
    "\n  query ConferenceTasksE2eIssued {\n    issuedNotices(first: 50) {\n      edges {\n        node {\n          id\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n": types.ConferenceTasksE2eIssuedDocument,
    "\n  query ConferenceTasksE2eInbox {\n    noticeInbox(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ConferenceTasksE2eInboxDocument,
    "\n  query ConferenceTasksE2eDashboard($tenantId: ID, $subtree: Boolean) {\n    taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n      total {\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byList {\n        name\n        assigned\n        signedOff\n      }\n      byAssignee {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n    }\n  }\n": types.ConferenceTasksE2eDashboardDocument,
    "\n  query ConferenceTasksE2eTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          level\n          parentId\n        }\n      }\n    }\n  }\n": types.ConferenceTasksE2eTenantsDocument,
    "\n  query ConferenceTasksE2eCoverage($id: ID!, $level: TenantLevel!) {\n    tenant(id: $id) {\n      conferenceCoverage(level: $level) {\n        jurisdictions\n        withConference\n        rate\n      }\n    }\n  }\n": types.ConferenceTasksE2eCoverageDocument,
    "\n  query CaseApiMe {\n    me {\n      id\n    }\n  }\n": types.CaseApiMeDocument,
    "\n  query CaseApiTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.CaseApiTenantsDocument,
    "\n  query CaseApiUnits($id: ID!) {\n    tenant(id: $id) {\n      units(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CaseApiUnitsDocument,
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n": types.TestLoginDocument,
    "\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    subjectId\n    subjectNumber\n    stage\n    clockId\n    deadline\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    addresseeUnitName\n    issuedByName\n    feedbackDue\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n    ladderStoppedReason\n  }\n": types.SupervisionApiNoticeFragmentDoc,
    "\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n      }\n    }\n  }\n": types.SupervisionApiNoticeDetailDocument,
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
export function graphql(source: "\n  fragment IndicatorPreviewSpecFact on FactReference {\n    id\n    label\n    date\n    tenantId\n    source\n    case {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment IndicatorPreviewSpecFact on FactReference {\n    id\n    label\n    date\n    tenantId\n    source\n    case {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorPreviewSpecPreview($input: IndicatorPreviewInput!) {\n    previewIndicator(input: $input) {\n      periodFrom\n      periodTo\n      asOf\n      indicator {\n        code\n        formula\n      }\n      targets {\n        tenantId\n        name\n        code\n        value\n        numerator\n        denominator\n        previous\n        facts {\n          ...IndicatorPreviewSpecFact\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorPreviewSpecPreview($input: IndicatorPreviewInput!) {\n    previewIndicator(input: $input) {\n      periodFrom\n      periodTo\n      asOf\n      indicator {\n        code\n        formula\n      }\n      targets {\n        tenantId\n        name\n        code\n        value\n        numerator\n        denominator\n        previous\n        facts {\n          ...IndicatorPreviewSpecFact\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorPreviewSpecCheck($indicator: IndicatorInput!) {\n    checkIndicator(indicator: $indicator) {\n      code\n      formula\n    }\n  }\n"): (typeof documents)["\n  query IndicatorPreviewSpecCheck($indicator: IndicatorInput!) {\n    checkIndicator(indicator: $indicator) {\n      code\n      formula\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndicatorPreviewSpecCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      id\n      items {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IndicatorPreviewSpecCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      id\n      items {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorPreviewSpecScores($id: ID!) {\n    scores(schemeId: $id) {\n      targets {\n        tenantId\n        name\n        items {\n          code\n          value\n          numerator\n          denominator\n          previous\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorPreviewSpecScores($id: ID!) {\n    scores(schemeId: $id) {\n      targets {\n        tenantId\n        name\n        items {\n          code\n          value\n          numerator\n          denominator\n          previous\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorPreviewSpecFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      ...IndicatorPreviewSpecFact\n    }\n  }\n"): (typeof documents)["\n  query IndicatorPreviewSpecFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      ...IndicatorPreviewSpecFact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorPreviewSpecCatalog {\n    indicatorCatalog {\n      sources {\n        source\n        noun\n        unit\n        measures\n        periodBases\n        defaultPeriodField\n        fields {\n          name\n          label\n          type\n          operators\n          nullable\n          description\n          values {\n            value\n            label\n          }\n        }\n      }\n      kinds {\n        kind\n        rules\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorPreviewSpecCatalog {\n    indicatorCatalog {\n      sources {\n        source\n        noun\n        unit\n        measures\n        periodBases\n        defaultPeriodField\n        fields {\n          name\n          label\n          type\n          operators\n          nullable\n          description\n          values {\n            value\n            label\n          }\n        }\n      }\n      kinds {\n        kind\n        rules\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id\n    name\n    state\n    version\n    periodFrom\n    periodTo\n    periodLabel\n    targetLevel\n    totalPoints\n    items {\n      code\n      name\n      kind\n      points\n      ruleText\n      indicator {\n        code\n        formula\n        source\n      }\n      rule {\n        kind\n        perEvent\n        min\n        max\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SchemesSpecScheme on AssessmentScheme {\n    id\n    name\n    state\n    version\n    periodFrom\n    periodTo\n    periodLabel\n    targetLevel\n    totalPoints\n    items {\n      code\n      name\n      kind\n      points\n      ruleText\n      indicator {\n        code\n        formula\n        source\n      }\n      rule {\n        kind\n        perEvent\n        min\n        max\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchemesSpecCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      ...SchemesSpecScheme\n    }\n  }\n"): (typeof documents)["\n  mutation SchemesSpecCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      ...SchemesSpecScheme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchemesSpecUpdate($input: UpdateSchemeInput!) {\n    updateAssessmentScheme(input: $input) {\n      ...SchemesSpecScheme\n    }\n  }\n"): (typeof documents)["\n  mutation SchemesSpecUpdate($input: UpdateSchemeInput!) {\n    updateAssessmentScheme(input: $input) {\n      ...SchemesSpecScheme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchemesSpecManual($input: ManualScoreInput!) {\n    enterManualScore(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SchemesSpecManual($input: ManualScoreInput!) {\n    enterManualScore(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchemesSpecPublish($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) {\n      id\n      publishedBy\n      asOf\n      targets {\n        name\n        total\n        rank\n        grade\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SchemesSpecPublish($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) {\n      id\n      publishedBy\n      asOf\n      targets {\n        name\n        total\n        rank\n        grade\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemesSpecScores($id: ID!) {\n    scores(schemeId: $id) {\n      asOf\n      targets {\n        tenantId\n        name\n        total\n        rank\n        grade\n        publishedTotal\n        publishedRank\n        items {\n          code\n          value\n          numerator\n          denominator\n          points\n          belowMinimum\n          manual {\n            points\n            comment\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchemesSpecScores($id: ID!) {\n    scores(schemeId: $id) {\n      asOf\n      targets {\n        tenantId\n        name\n        total\n        rank\n        grade\n        publishedTotal\n        publishedRank\n        items {\n          code\n          value\n          numerator\n          denominator\n          points\n          belowMinimum\n          manual {\n            points\n            comment\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemesSpecVersion($id: ID!) {\n    assessmentScheme(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query SchemesSpecVersion($id: ID!) {\n    assessmentScheme(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemesSpecSnapshot($id: ID!) {\n    assessmentSnapshot(schemeId: $id) {\n      targets {\n        name\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchemesSpecSnapshot($id: ID!) {\n    assessmentSnapshot(schemeId: $id) {\n      targets {\n        name\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemesSpecFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      id\n      label\n      date\n      tenantId\n      source\n    }\n  }\n"): (typeof documents)["\n  query SchemesSpecFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      id\n      label\n      date\n      tenantId\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionIndicatorsSpecIndicators($tenantId: ID) {\n    jurisdictionIndicators(period: { kind: RANGE, from: \"2026-01-01\", to: \"2026-06-30\" }, tenantId: $tenantId) {\n      indicator {\n        code\n        name\n        formula\n      }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n"): (typeof documents)["\n  query JurisdictionIndicatorsSpecIndicators($tenantId: ID) {\n    jurisdictionIndicators(period: { kind: RANGE, from: \"2026-01-01\", to: \"2026-06-30\" }, tenantId: $tenantId) {\n      indicator {\n        code\n        name\n        formula\n      }\n      value\n      numerator\n      denominator\n      previous\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthSpecFirstTenants {\n            tenants(first: 2) {\n              edges {\n                node {\n                  code\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuthSpecFirstTenants {\n            tenants(first: 2) {\n              edges {\n                node {\n                  code\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthSpecNextTenants($after: String) {\n            tenants(first: 2, after: $after) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuthSpecNextTenants($after: String) {\n            tenants(first: 2, after: $after) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarSettingsSpecSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      version\n      effectiveRules {\n        stage\n        name\n        statutoryDays\n        days\n        unit\n        article\n        tightened\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarSettingsSpecSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      version\n      effectiveRules {\n        stage\n        name\n        statutoryDays\n        days\n        unit\n        article\n        tightened\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      effectiveRules {\n        stage\n        days\n        unit\n        tightened\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      effectiveRules {\n        stage\n        days\n        unit\n        tightened\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarSettingsSpecLeads($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n"): (typeof documents)["\n  query CalendarSettingsSpecLeads($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n      tenantId\n      date\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n      tenantId\n      date\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarSettingsSpecRemove($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n      date\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarSettingsSpecRemove($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) {\n      id\n      tenantId\n      tenantPath\n      date\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) {\n      id\n      tenantId\n      tenantPath\n      date\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOpinionsSpecOpinions($id: ID!) {\n    case(id: $id) {\n      reviewResult\n      reexaminationResult\n      ending\n      final\n      opinions {\n        id\n        seq\n        kind\n        outcome\n        result\n        resultInferred\n        reviewedOpinionId\n        text\n        issuerTenantId\n        issuedByName\n        issuedOn\n        inForce\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseOpinionsSpecOpinions($id: ID!) {\n    case(id: $id) {\n      reviewResult\n      reexaminationResult\n      ending\n      final\n      opinions {\n        id\n        seq\n        kind\n        outcome\n        result\n        resultInferred\n        reviewedOpinionId\n        text\n        issuerTenantId\n        issuedByName\n        issuedOn\n        inForce\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePageSpecLinks($filter: CaseFilter) {\n    cases(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          repeatOf {\n            id\n            number\n          }\n          repeats {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePageSpecLinks($filter: CaseFilter) {\n    cases(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          repeatOf {\n            id\n            number\n          }\n          repeats {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CaseQueriesSpecListed($filter: CaseFilter) {\n          cases(first: 100, filter: $filter) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CaseQueriesSpecListed($filter: CaseFilter) {\n          cases(first: 100, filter: $filter) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CaseQueriesSpecPage($after: String) {\n              cases(first: 1, after: $after) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          "): (typeof documents)["\n            query CaseQueriesSpecPage($after: String) {\n              cases(first: 1, after: $after) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) {\n            repeatCandidates(input: $input) {\n              score\n              sameIdNumber\n              samePhone\n              textSimilarity\n              finalized\n              case {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) {\n            repeatCandidates(input: $input) {\n              score\n              sameIdNumber\n              samePhone\n              textSimilarity\n              finalized\n              case {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CaseQueriesSpecTimeline($id: ID!) {\n          case(id: $id) {\n            timeline {\n              seq\n              action\n              fromState\n              toState\n              actorName\n              details {\n                reason\n                targetTenantName\n                summary\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CaseQueriesSpecTimeline($id: ID!) {\n          case(id: $id) {\n            timeline {\n              seq\n              action\n              fromState\n              toState\n              actorName\n              details {\n                reason\n                targetTenantName\n                summary\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseRulesSpecSibling {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CaseRulesSpecSibling {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseRulesSpecHandler {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                  handlingUnitId\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CaseRulesSpecHandler {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                  handlingUnitId\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesSpecList($all: Boolean) {\n    categories(includeInactive: $all) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      usable\n      version\n    }\n  }\n"): (typeof documents)["\n  query CategoriesSpecList($all: Boolean) {\n    categories(includeInactive: $all) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      usable\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n    deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n      edges {\n        node {\n          tenantId\n          reason\n          stagesChecked\n          stagesChanged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n    deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n      edges {\n        node {\n          tenantId\n          reason\n          stagesChecked\n          stagesChanged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantIsolationSpecTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantIsolationSpecTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenantIsolationSpecChildren {\n            tenants(first: 3) {\n              edges {\n                node {\n                  code\n                  children {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TenantIsolationSpecChildren {\n            tenants(first: 3) {\n              edges {\n                node {\n                  code\n                  children {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenantIsolationSpecCounties {\n            tenants(first: 100, filter: { level: COUNTY }) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TenantIsolationSpecCounties {\n            tenants(first: 100, filter: { level: COUNTY }) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n    receptions(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          date\n          leaderName\n          caseCount\n          personCount\n          resolvedCount\n          resolutionRate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n    receptions(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          date\n          leaderName\n          caseCount\n          personCount\n          resolvedCount\n          resolutionRate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionsSpecOne($id: ID!) {\n    reception(id: $id) {\n      id\n      date\n      leaderName\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n"): (typeof documents)["\n  query ReceptionsSpecOne($id: ID!) {\n    reception(id: $id) {\n      id\n      date\n      leaderName\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n    receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n      leaderId\n      leaderName\n      tenantId\n      receptionCount\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n"): (typeof documents)["\n  query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n    receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n      leaderId\n      leaderName\n      tenantId\n      receptionCount\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeEscalationSpecInbox {\n    noticeInbox(first: 100) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeEscalationSpecInbox {\n    noticeInbox(first: 100) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n    supervisionSummary(period: $period) {\n      tenantId\n      tenantName\n      issued\n      overdueFeedback\n      escalated\n      byKind {\n        kind\n        issued\n        overdueFeedback\n        escalated\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n    supervisionSummary(period: $period) {\n      tenantId\n      tenantName\n      issued\n      overdueFeedback\n      escalated\n      byKind {\n        kind\n        issued\n        overdueFeedback\n        escalated\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeLadderSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      ladderStoppedReason\n      history {\n        action\n        fromState\n        toState\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeLadderSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      ladderStoppedReason\n      history {\n        action\n        fromState\n        toState\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeWorkflowSpecInbox($filter: NoticeFilter, $first: Int, $after: String) {\n    noticeInbox(filter: $filter, first: $first, after: $after) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          ...SupervisionHarnessNotice\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeWorkflowSpecInbox($filter: NoticeFilter, $first: Int, $after: String) {\n    noticeInbox(filter: $filter, first: $first, after: $after) {\n      unreadCount\n      edges {\n        cursor\n        node {\n          ...SupervisionHarnessNotice\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeWorkflowSpecIssued($filter: NoticeFilter) {\n    issuedNotices(filter: $filter) {\n      edges {\n        node {\n          id\n          kind\n          addresseeTenantId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeWorkflowSpecIssued($filter: NoticeFilter) {\n    issuedNotices(filter: $filter) {\n      edges {\n        node {\n          id\n          kind\n          addresseeTenantId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeWorkflowSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n        at\n      }\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeWorkflowSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n        at\n      }\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeWorkflowSpecRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      state\n      version\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeWorkflowSpecRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      state\n      version\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeWorkflowSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeWorkflowSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeWorkflowSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeWorkflowSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeWorkflowSpecReject($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeWorkflowSpecReject($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) {\n      id\n      state\n      version\n      escalateOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeWorkflowSpecEscalate($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeWorkflowSpecEscalate($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeWorkflowSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeWorkflowSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeWorkflowSpecList($input: ListForSupervisionInput!) {\n    listForSupervision(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeWorkflowSpecList($input: ListForSupervisionInput!) {\n    listForSupervision(input: $input) {\n      ...SupervisionHarnessNotice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeWorkflowSpecSettings {\n    supervisionSettings {\n      feedbackDays\n      escalationIntervalDays\n      ownFeedbackDays\n      ownEscalationIntervalDays\n      version\n    }\n  }\n"): (typeof documents)["\n  query NoticeWorkflowSpecSettings {\n    supervisionSettings {\n      feedbackDays\n      escalationIntervalDays\n      ownFeedbackDays\n      ownEscalationIntervalDays\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeWorkflowSpecUpdateSettings($input: SupervisionSettingsInput!) {\n    updateSupervisionSettings(input: $input) {\n      feedbackDays\n      escalationIntervalDays\n      ownFeedbackDays\n      ownEscalationIntervalDays\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeWorkflowSpecUpdateSettings($input: SupervisionSettingsInput!) {\n    updateSupervisionSettings(input: $input) {\n      feedbackDays\n      escalationIntervalDays\n      ownFeedbackDays\n      ownEscalationIntervalDays\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    text\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    stage\n    clockId\n    deadline\n    responsibleTenantId\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    feedbackDue\n    fixBy\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n  }\n"): (typeof documents)["\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    text\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    stage\n    clockId\n    deadline\n    responsibleTenantId\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    feedbackDue\n    fixBy\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TasksSpecTask on Task {\n    id\n    number\n    tenantId\n    rootId\n    parentId\n    listId\n    listName\n    listKind\n    assigningTenantId\n    state\n    deadline\n    listed\n    priority\n    requiredOutcome\n    decisionId\n    title\n    createdOn\n    reportedDoneOn\n    closedOn\n    sendBackReason\n    cancelReason\n    overdue\n    version\n    linkedCaseIds\n    assignee {\n      kind\n      tenantId\n      memberId\n      unitId\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TasksSpecTask on Task {\n    id\n    number\n    tenantId\n    rootId\n    parentId\n    listId\n    listName\n    listKind\n    assigningTenantId\n    state\n    deadline\n    listed\n    priority\n    requiredOutcome\n    decisionId\n    title\n    createdOn\n    reportedDoneOn\n    closedOn\n    sendBackReason\n    cancelReason\n    overdue\n    version\n    linkedCaseIds\n    assignee {\n      kind\n      tenantId\n      memberId\n      unitId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecCreateList($input: CreateTaskListInput!) {\n    createTaskList(input: $input) {\n      id\n      kind\n      name\n      goal\n      ownerName\n      periodFrom\n      periodTo\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecCreateList($input: CreateTaskListInput!) {\n    createTaskList(input: $input) {\n      id\n      kind\n      name\n      goal\n      ownerName\n      periodFrom\n      periodTo\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecUpdateList($input: UpdateTaskListInput!) {\n    updateTaskList(input: $input) {\n      name\n      goal\n      periodTo\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecUpdateList($input: UpdateTaskListInput!) {\n    updateTaskList(input: $input) {\n      name\n      goal\n      periodTo\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksSpecLists($tenantId: ID) {\n    taskLists(tenantId: $tenantId) {\n      id\n      kind\n      name\n      ownerName\n    }\n  }\n"): (typeof documents)["\n  query TasksSpecLists($tenantId: ID) {\n    taskLists(tenantId: $tenantId) {\n      id\n      kind\n      name\n      ownerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TasksSpecTask\n      subtasks {\n        ...TasksSpecTask\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TasksSpecTask\n      subtasks {\n        ...TasksSpecTask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecSplit($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecSplit($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecStart($input: TaskStepInput!) {\n    startTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecStart($input: TaskStepInput!) {\n    startTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecSignOff($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecSignOff($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecSendBack($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecSendBack($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecCancel($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecCancel($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      ...TasksSpecTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksSpecTaskView($id: ID!) {\n    task(id: $id) {\n      ...TasksSpecTask\n      subtasks {\n        id\n        number\n        state\n        assignee {\n          name\n        }\n      }\n      reports {\n        reportedOn\n        percent\n        final\n        text\n        evidence\n      }\n      reporting {\n        cadence\n        periodDays\n        dueDates\n        missed\n        nextDue\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        reason\n      }\n      supervisionNotices {\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n        addresseeUnitId\n        text\n      }\n      linkedCases {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksSpecTaskView($id: ID!) {\n    task(id: $id) {\n      ...TasksSpecTask\n      subtasks {\n        id\n        number\n        state\n        assignee {\n          name\n        }\n      }\n      reports {\n        reportedOn\n        percent\n        final\n        text\n        evidence\n      }\n      reporting {\n        cadence\n        periodDays\n        dueDates\n        missed\n        nextDue\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        reason\n      }\n      supervisionNotices {\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n        addresseeUnitId\n        text\n      }\n      linkedCases {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksSpecTasks($filter: TaskFilter) {\n    tasks(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          number\n          state\n          assignee {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksSpecTasks($filter: TaskFilter) {\n    tasks(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          number\n          state\n          assignee {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksSpecDashboard($tenantId: ID, $subtree: Boolean) {\n    taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n      total {\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byList {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byAssignee {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksSpecDashboard($tenantId: ID, $subtree: Boolean) {\n    taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n      total {\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byList {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byAssignee {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      decisions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      decisions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      kind\n      issuerTenantId\n      addresseeTenantId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      kind\n      issuerTenantId\n      addresseeTenantId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksSpecIssued {\n    issuedNotices(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksSpecIssued {\n    issuedNotices(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation TasksSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentE2eCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      id\n      version\n      targetLevel\n    }\n  }\n"): (typeof documents)["\n  mutation AssessmentE2eCreate($input: CreateSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      id\n      version\n      targetLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentE2eManual($input: ManualScoreInput!) {\n    enterManualScore(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssessmentE2eManual($input: ManualScoreInput!) {\n    enterManualScore(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentE2eRebuild($input: RebuildFactsInput!) {\n    rebuildFacts(input: $input) {\n      id\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation AssessmentE2eRebuild($input: RebuildFactsInput!) {\n    rebuildFacts(input: $input) {\n      id\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentE2ePublish($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) {\n      asOf\n      targets {\n        name\n        total\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssessmentE2ePublish($input: PublishSchemeInput!) {\n    publishAssessmentScheme(input: $input) {\n      asOf\n      targets {\n        name\n        total\n        rank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentE2eScores($id: ID!) {\n    scores(schemeId: $id) {\n      asOf\n      targets {\n        name\n        total\n        rank\n        grade\n        publishedTotal\n        items {\n          code\n          numerator\n          denominator\n          value\n          points\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentE2eScores($id: ID!) {\n    scores(schemeId: $id) {\n      asOf\n      targets {\n        name\n        total\n        rank\n        grade\n        publishedTotal\n        items {\n          code\n          numerator\n          denominator\n          value\n          points\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentE2eFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      label\n    }\n  }\n"): (typeof documents)["\n  query AssessmentE2eFacts($input: ScoreFactsInput!) {\n    scoreFacts(input: $input) {\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentE2eVersion($id: ID!) {\n    assessmentScheme(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query AssessmentE2eVersion($id: ID!) {\n    assessmentScheme(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConferenceTasksE2eTask on Task {\n    id\n    number\n    state\n    version\n    deadline\n    overdue\n    reportedDoneOn\n    sendBackReason\n    tenantId\n    assignee {\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ConferenceTasksE2eTask on Task {\n    id\n    number\n    state\n    version\n    deadline\n    overdue\n    reportedDoneOn\n    sendBackReason\n    tenantId\n    assignee {\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eSchedule($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      state\n      decisions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eRecord($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      state\n      decisions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...ConferenceTasksE2eTask\n      linkedCases {\n        id\n        number\n        title\n      }\n      subtasks {\n        ...ConferenceTasksE2eTask\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...ConferenceTasksE2eTask\n      linkedCases {\n        id\n        number\n        title\n      }\n      subtasks {\n        ...ConferenceTasksE2eTask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eSplit($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eSplit($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eSignOff($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eSignOff($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eSendBack($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eSendBack($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      ...ConferenceTasksE2eTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceTasksE2eRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      kind\n      issuerTenantId\n      addresseeTenantId\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceTasksE2eRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      kind\n      issuerTenantId\n      addresseeTenantId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceTasksE2eTaskView($id: ID!) {\n    task(id: $id) {\n      ...ConferenceTasksE2eTask\n      subtasks {\n        ...ConferenceTasksE2eTask\n      }\n      reporting {\n        missed\n      }\n      supervisionNotices {\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceTasksE2eTaskView($id: ID!) {\n    task(id: $id) {\n      ...ConferenceTasksE2eTask\n      subtasks {\n        ...ConferenceTasksE2eTask\n      }\n      reporting {\n        missed\n      }\n      supervisionNotices {\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceTasksE2eLists {\n    taskLists {\n      id\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  query ConferenceTasksE2eLists {\n    taskLists {\n      id\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceTasksE2eTasks {\n    tasks(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceTasksE2eTasks {\n    tasks(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceTasksE2eIssued {\n    issuedNotices(first: 50) {\n      edges {\n        node {\n          id\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceTasksE2eIssued {\n    issuedNotices(first: 50) {\n      edges {\n        node {\n          id\n          subjectType\n          subjectId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceTasksE2eInbox {\n    noticeInbox(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceTasksE2eInbox {\n    noticeInbox(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceTasksE2eDashboard($tenantId: ID, $subtree: Boolean) {\n    taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n      total {\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byList {\n        name\n        assigned\n        signedOff\n      }\n      byAssignee {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceTasksE2eDashboard($tenantId: ID, $subtree: Boolean) {\n    taskDashboard(tenantId: $tenantId, subtree: $subtree) {\n      total {\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n      byList {\n        name\n        assigned\n        signedOff\n      }\n      byAssignee {\n        name\n        assigned\n        signedOff\n        doneOnTime\n        overdue\n        lateReports\n        completionRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceTasksE2eTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          level\n          parentId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceTasksE2eTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          level\n          parentId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceTasksE2eCoverage($id: ID!, $level: TenantLevel!) {\n    tenant(id: $id) {\n      conferenceCoverage(level: $level) {\n        jurisdictions\n        withConference\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceTasksE2eCoverage($id: ID!, $level: TenantLevel!) {\n    tenant(id: $id) {\n      conferenceCoverage(level: $level) {\n        jurisdictions\n        withConference\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseApiMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CaseApiMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseApiTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseApiTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseApiUnits($id: ID!) {\n    tenant(id: $id) {\n      units(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseApiUnits($id: ID!) {\n    tenant(id: $id) {\n      units(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    subjectId\n    subjectNumber\n    stage\n    clockId\n    deadline\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    addresseeUnitName\n    issuedByName\n    feedbackDue\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n    ladderStoppedReason\n  }\n"): (typeof documents)["\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    subjectId\n    subjectNumber\n    stage\n    clockId\n    deadline\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    addresseeUnitName\n    issuedByName\n    feedbackDue\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n    ladderStoppedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;