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
    "\n  query CaseAttachmentsSpecCase($id: ID!) {\n    case(id: $id) {\n      id\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        sha256\n        description\n        uploadedByName\n        uploadedAt\n        downloadUrl\n      }\n    }\n  }\n": typeof types.CaseAttachmentsSpecCaseDocument,
    "\n  query AuthSpecMe {\n    me {\n      id\n      username\n      roles\n      tenant {\n        id\n        code\n        name\n        level\n      }\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuthSpecMeDocument,
    "\n      mutation AuthSpecLogin($u: String!, $p: String!) {\n        login(username: $u, password: $p) {\n          accessToken\n        }\n      }\n    ": typeof types.AuthSpecLoginDocument,
    "\n        query AuthSpecSchema {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": typeof types.AuthSpecSchemaDocument,
    "\n        mutation AuthSpecCreateUnit($input: CreateUnitInput!) {\n          createUnit(input: $input) {\n            id\n          }\n        }\n      ": typeof types.AuthSpecCreateUnitDocument,
    "\n      mutation AuthSpecCreateTenant($input: CreateTenantInput!) {\n        createTenant(input: $input) {\n          id\n        }\n      }\n    ": typeof types.AuthSpecCreateTenantDocument,
    "\n          mutation AuthSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": typeof types.AuthSpecCreateUserDocument,
    "\n          query AuthSpecTenants {\n            tenants(first: 1000) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.AuthSpecTenantsDocument,
    "\n          query AuthSpecFirstTenants {\n            tenants(first: 2) {\n              edges {\n                node {\n                  code\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        ": typeof types.AuthSpecFirstTenantsDocument,
    "\n          query AuthSpecNextTenants($after: String) {\n            tenants(first: 2, after: $after) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        ": typeof types.AuthSpecNextTenantsDocument,
    "\n  mutation LoginSecuritySpecLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n": typeof types.LoginSecuritySpecLoginDocument,
    "\n  query LoginSecuritySpecMe {\n    me {\n      username\n    }\n  }\n": typeof types.LoginSecuritySpecMeDocument,
    "\n  fragment LoginSecuritySpecUser on User {\n    id\n    username\n    active\n    version\n  }\n": typeof types.LoginSecuritySpecUserFragmentDoc,
    "\n      mutation LoginSecuritySpecDeactivateUser($id: ID!, $version: Int!) {\n        deactivateUser(id: $id, version: $version) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    ": typeof types.LoginSecuritySpecDeactivateUserDocument,
    "\n      mutation LoginSecuritySpecReactivateUser($id: ID!, $version: Int!) {\n        reactivateUser(id: $id, version: $version) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    ": typeof types.LoginSecuritySpecReactivateUserDocument,
    "\n      mutation LoginSecuritySpecResetUserPassword($input: ResetUserPasswordInput!) {\n        resetUserPassword(input: $input) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    ": typeof types.LoginSecuritySpecResetUserPasswordDocument,
    "\n              mutation LoginSecuritySpecLogout {\n                logout\n              }\n            ": typeof types.LoginSecuritySpecLogoutDocument,
    "\n  query CalendarSettingsSpecSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      version\n      effectiveRules {\n        stage\n        name\n        statutoryDays\n        days\n        unit\n        article\n        tightened\n      }\n    }\n  }\n": typeof types.CalendarSettingsSpecSettingsDocument,
    "\n  mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      effectiveRules {\n        stage\n        days\n        unit\n        tightened\n      }\n    }\n  }\n": typeof types.CalendarSettingsSpecUpdateDocument,
    "\n  query CalendarSettingsSpecLeads($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n": typeof types.CalendarSettingsSpecLeadsDocument,
    "\n  mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n": typeof types.CalendarSettingsSpecUpdateLeadsDocument,
    "\n  mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n      tenantId\n      date\n      kind\n      name\n    }\n  }\n": typeof types.CalendarSettingsSpecAddDocument,
    "\n  mutation CalendarSettingsSpecRemove($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n      date\n    }\n  }\n": typeof types.CalendarSettingsSpecRemoveDocument,
    "\n  query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) {\n      id\n      tenantId\n      tenantPath\n      date\n      kind\n      name\n    }\n  }\n": typeof types.CalendarSettingsSpecOverridesDocument,
    "\n        query CaseDeskApiSpecCategories {\n          categories {\n            id\n            code\n          }\n        }\n      ": typeof types.CaseDeskApiSpecCategoriesDocument,
    "\n          query CaseDeskApiSpecCase($id: ID!) {\n            case(id: $id) {\n              handlingTenant {\n                name\n                level\n                path\n              }\n              registeringTenant {\n                name\n                level\n              }\n              problemJurisdiction {\n                name\n                path\n              }\n              assigningTenant {\n                name\n              }\n              handlingUnit {\n                name\n              }\n              category {\n                name\n                path\n                fullName\n              }\n              timeline {\n                action\n                actorName\n                actorTenant {\n                  name\n                }\n                details {\n                  summary\n                  routeMode\n                  targetTenantName\n                  targetUnitName\n                  completionReportDue\n                }\n              }\n              stages {\n                stage\n                ownerTenant {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.CaseDeskApiSpecCaseDocument,
    "\n        query CaseDeskApiSpecCase2($id: ID!) {\n          case(id: $id) {\n            leaderOwner {\n              id\n              name\n            }\n            problemJurisdiction {\n              name\n              path\n            }\n            registeringTenant {\n              name\n            }\n          }\n        }\n      ": typeof types.CaseDeskApiSpecCase2Document,
    "\n            query CaseDeskApiSpecCase3($id: ID!) {\n              case(id: $id) {\n                runningClocks {\n                  stage\n                  name\n                  holder\n                  deadline\n                  daysLeft\n                  overdueDays\n                  reminderLeadDays\n                  dueSoon\n                }\n              }\n            }\n          ": typeof types.CaseDeskApiSpecCase3Document,
    "\n          query CaseDeskApiSpecCalendarSettings($id: ID!) {\n            calendarSettings(tenantId: $id) {\n              version\n            }\n          }\n        ": typeof types.CaseDeskApiSpecCalendarSettingsDocument,
    "\n          mutation CaseDeskApiSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n            updateCalendarSettings(input: $input) {\n              version\n            }\n          }\n        ": typeof types.CaseDeskApiSpecUpdateCalendarSettingsDocument,
    "\n            query CaseDeskApiSpecCases($filter: CaseFilter) {\n              cases(first: 1, filter: $filter) {\n                totalCount\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          ": typeof types.CaseDeskApiSpecCasesDocument,
    "\n            query CaseDeskApiSpecCases2 {\n              cases(first: 5) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": typeof types.CaseDeskApiSpecCases2Document,
    "\n            query CaseDeskApiSpecCases3 {\n              cases(first: 5) {\n                totalCount\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": typeof types.CaseDeskApiSpecCases3Document,
    "\n      query CaseDeskApiSpecCases4($first: Int!) {\n        cases(first: $first, filter: { text: \"案台批量标记\" }) {\n          totalCount\n          edges {\n            node {\n              id\n              handlingTenant {\n                name\n              }\n              registeringTenant {\n                name\n              }\n              problemJurisdiction {\n                name\n                path\n              }\n              handlingUnit {\n                name\n              }\n              accusedUnit {\n                name\n              }\n              leaderOwner {\n                name\n              }\n              category {\n                name\n                path\n              }\n              availableActions\n              runningClocks {\n                stage\n                daysLeft\n                overdueDays\n                dueSoon\n              }\n              stages {\n                stage\n                ownerTenant {\n                  name\n                }\n              }\n              timeline {\n                action\n                actorTenant {\n                  name\n                }\n                details {\n                  summary\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.CaseDeskApiSpecCases4Document,
    "\n          query CaseDeskApiSpecCase4($id: ID!) {\n            case(id: $id) {\n              availableActions\n            }\n          }\n        ": typeof types.CaseDeskApiSpecCase4Document,
    "\n              query CaseDeskApiSpecCase5($id: ID!) {\n                case(id: $id) {\n                  availableActions\n                }\n              }\n            ": typeof types.CaseDeskApiSpecCase5Document,
    "\n  query CaseListOrdersSpecCases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          deadline\n          registeredOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseListOrdersSpecCasesDocument,
    "\n          query CaseListOrdersSpecCases2($f: CaseFilter, $o: CaseOrder) {\n            cases(first: 100, filter: $f, orderBy: $o) {\n              edges {\n                node {\n                  number\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.CaseListOrdersSpecCases2Document,
    "\n          query CaseListOrdersSpecMe {\n            me {\n              id\n            }\n          }\n        ": typeof types.CaseListOrdersSpecMeDocument,
    "\n  query CaseOpinionsSpecOpinions($id: ID!) {\n    case(id: $id) {\n      reviewResult\n      reexaminationResult\n      ending\n      final\n      opinions {\n        id\n        seq\n        kind\n        outcome\n        result\n        resultInferred\n        reviewedOpinionId\n        text\n        issuerTenantId\n        issuedByName\n        issuedOn\n        inForce\n      }\n    }\n  }\n": typeof types.CaseOpinionsSpecOpinionsDocument,
    "\n          query CaseOpinionsSpecCaseStatistics {\n            caseStatistics(period: { from: \"2026-06-01\", to: \"2026-06-01\" }, groupBy: KIND) {\n              key\n              batches\n              reviews\n              reviewsUpheld\n              reviewsChanged\n              reviewsRevoked\n              reexaminations\n              reexaminationsUpheld\n            }\n          }\n        ": typeof types.CaseOpinionsSpecCaseStatisticsDocument,
    "\n  query CasePageSpecLinks($filter: CaseFilter) {\n    cases(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          repeatOf {\n            id\n            number\n          }\n          repeats {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.CasePageSpecLinksDocument,
    "\n  query CasePageSpecExtensionApprovers($caseId: ID!) {\n    extensionApprovers(caseId: $caseId) {\n      id\n      name\n    }\n  }\n": typeof types.CasePageSpecExtensionApproversDocument,
    "\n          query CasePageSpecCase($id: ID!) {\n            case(id: $id) {\n              id\n            }\n          }\n        ": typeof types.CasePageSpecCaseDocument,
    "\n        query CaseQueriesSpecListed($filter: CaseFilter) {\n          cases(first: 100, filter: $filter) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.CaseQueriesSpecListedDocument,
    "\n            query CaseQueriesSpecPage($after: String) {\n              cases(first: 1, after: $after) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          ": typeof types.CaseQueriesSpecPageDocument,
    "\n            query CaseQueriesSpecCaseStatistics($g: CaseGrouping!) {\n              caseStatistics(period: { from: \"2026-06-01\", to: \"2026-06-30\" }, groupBy: $g) {\n                key\n                label\n                batches\n                personTimes\n              }\n            }\n          ": typeof types.CaseQueriesSpecCaseStatisticsDocument,
    "\n          query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) {\n            repeatCandidates(input: $input) {\n              score\n              sameIdNumber\n              samePhone\n              textSimilarity\n              finalized\n              case {\n                id\n              }\n            }\n          }\n        ": typeof types.CaseQueriesSpecRepeatsDocument,
    "\n        query CaseQueriesSpecTimeline($id: ID!) {\n          case(id: $id) {\n            timeline {\n              seq\n              action\n              fromState\n              toState\n              actorName\n              details {\n                reason\n                targetTenantName\n                summary\n              }\n            }\n          }\n        }\n      ": typeof types.CaseQueriesSpecTimelineDocument,
    "\n        query CaseQueriesSpecCase($id: ID!) {\n          case(id: $id) {\n            declineTarget\n          }\n        }\n      ": typeof types.CaseQueriesSpecCaseDocument,
    "\n        mutation CaseQueriesSpecScheduleReception($input: ScheduleReceptionInput!) {\n          scheduleReception(input: $input) {\n            id\n          }\n        }\n      ": typeof types.CaseQueriesSpecScheduleReceptionDocument,
    "\n            query CaseQueriesSpecCase2($id: ID!) {\n              case(id: $id) {\n                receptionId\n              }\n            }\n          ": typeof types.CaseQueriesSpecCase2Document,
    "\n        query CaseQueriesSpecReception($id: ID!) {\n          reception(id: $id) {\n            caseCount\n          }\n        }\n      ": typeof types.CaseQueriesSpecReceptionDocument,
    "\n        mutation CaseQueriesSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n          updateCalendarSettings(input: $input) {\n            version\n          }\n        }\n      ": typeof types.CaseQueriesSpecUpdateCalendarSettingsDocument,
    "\n          query CaseRulesSpecSibling {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.CaseRulesSpecSiblingDocument,
    "\n        query CaseRulesSpecPetitioners($id: ID!, $reveal: Boolean!) {\n          case(id: $id) {\n            petitioners {\n              idNumber(reveal: $reveal)\n              phone(reveal: $reveal)\n            }\n          }\n        }\n      ": typeof types.CaseRulesSpecPetitionersDocument,
    "\n          query CaseRulesSpecHandler {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                  handlingUnitId\n                }\n              }\n            }\n          }\n        ": typeof types.CaseRulesSpecHandlerDocument,
    "\n        query CaseRulesSpecCase($id: ID!) {\n          case(id: $id) {\n            id\n            petitioners {\n              name\n            }\n          }\n        }\n      ": typeof types.CaseRulesSpecCaseDocument,
    "\n    query CaseStatisticsSpecCaseStatistics($basis: CaseCountBasis, $g: CaseGrouping!) {\n      caseStatistics(period: { from: \"2026-03-01\", to: \"2026-03-31\" }, groupBy: $g, basis: $basis) {\n        key\n        label\n        batches\n        personTimes\n      }\n    }\n  ": typeof types.CaseStatisticsSpecCaseStatisticsDocument,
    "\n      query CaseStatisticsSpecCaseStatistics2($basis: CaseCountBasis, $g: CaseGrouping!, $j: ID) {\n        caseStatistics(period: { from: \"2026-03-01\", to: \"2026-04-30\" }, groupBy: $g, basis: $basis, jurisdictionId: $j) {\n          key\n          label\n          batches\n          personTimes\n        }\n      }\n    ": typeof types.CaseStatisticsSpecCaseStatistics2Document,
    "\n      query CaseStatisticsSpecCaseBacklog($to: String!, $basis: CaseCountBasis) {\n        caseBacklog(period: { from: \"2025-01-01\", to: $to }, basis: $basis) {\n          asOf\n          open\n          personTimes\n          overdue\n          longPending\n        }\n      }\n    ": typeof types.CaseStatisticsSpecCaseBacklogDocument,
    "\n  mutation RatingLinkSpecRateCaseByToken($input: RateByTokenInput!) {\n    rateCaseByToken(input: $input) {\n      rating\n    }\n  }\n": typeof types.RatingLinkSpecRateCaseByTokenDocument,
    "\n  mutation RatingLinkSpecDeliverCase($input: CaseChangeInput!) {\n    deliverCase(input: $input) {\n      version\n      ratingToken\n    }\n  }\n": typeof types.RatingLinkSpecDeliverCaseDocument,
    "\n          query RegistrationFieldsSpecLeaders {\n            leaders {\n              id\n              displayName\n            }\n          }\n        ": typeof types.RegistrationFieldsSpecLeadersDocument,
    "\n        query RegistrationFieldsSpecCase($id: ID!) {\n          case(id: $id) {\n            leaderOwnerId\n          }\n        }\n      ": typeof types.RegistrationFieldsSpecCaseDocument,
    "\n          query RepeatRegistrationSpecCategories {\n            categories {\n              id\n              code\n            }\n          }\n        ": typeof types.RepeatRegistrationSpecCategoriesDocument,
    "\n        query RepeatRegistrationSpecCase($id: ID!) {\n          case(id: $id) {\n            newMatterReason\n            timeline {\n              action\n              details {\n                newMatterReason\n                strongMatches\n              }\n            }\n          }\n        }\n      ": typeof types.RepeatRegistrationSpecCaseDocument,
    "\n        query ReportUpSpecCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              action\n              actorName\n              details {\n                reason\n                targetTenantId\n                targetTenantName\n              }\n            }\n          }\n        }\n      ": typeof types.ReportUpSpecCaseDocument,
    "\n  query CategoriesSpecList($all: Boolean) {\n    categories(includeInactive: $all) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      usable\n      version\n    }\n  }\n": typeof types.CategoriesSpecListDocument,
    "\n  mutation CategoriesSpecCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      version\n    }\n  }\n": typeof types.CategoriesSpecCreateCategoryDocument,
    "\n  mutation CategoriesSpecUpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      fullName\n      ordinal\n      active\n      version\n    }\n  }\n": typeof types.CategoriesSpecUpdateCategoryDocument,
    "\n  mutation DeadlineRecomputeSpecAddHolidayOverride($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n    }\n  }\n": typeof types.DeadlineRecomputeSpecAddHolidayOverrideDocument,
    "\n  mutation DeadlineRecomputeSpecRemoveHolidayOverride($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n    }\n  }\n": typeof types.DeadlineRecomputeSpecRemoveHolidayOverrideDocument,
    "\n  query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n    deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n      edges {\n        node {\n          tenantId\n          reason\n          stagesChecked\n          stagesChanged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DeadlineRecomputeSpecRecomputationsDocument,
    "\n        query WindowLapseSpecCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              action\n              fromState\n              toState\n              actorName\n              details {\n                closeReason\n                lapsedStage\n                windowDeadline\n              }\n            }\n          }\n        }\n      ": typeof types.WindowLapseSpecCaseDocument,
    "\n  query LeadersSpecLeaders {\n    leaders {\n      id\n      displayName\n    }\n  }\n": typeof types.LeadersSpecLeadersDocument,
    "\n  query TenantIsolationSpecTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": typeof types.TenantIsolationSpecTenantsDocument,
    "\n          query TenantIsolationSpecChildren {\n            tenants(first: 3) {\n              edges {\n                node {\n                  code\n                  children {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.TenantIsolationSpecChildrenDocument,
    "\n            query TenantIsolationSpecTenant($id: ID!) {\n              tenant(id: $id) {\n                name\n              }\n            }\n          ": typeof types.TenantIsolationSpecTenantDocument,
    "\n          query TenantIsolationSpecMe {\n            me {\n              tenant {\n                name\n                parent {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.TenantIsolationSpecMeDocument,
    "\n          query TenantIsolationSpecUsers($id: ID!) {\n            users(tenantId: $id, first: 50) {\n              edges {\n                node {\n                  username\n                }\n              }\n            }\n          }\n        ": typeof types.TenantIsolationSpecUsersDocument,
    "\n          mutation TenantIsolationSpecCreateUnit($input: CreateUnitInput!) {\n            createUnit(input: $input) {\n              id\n            }\n          }\n        ": typeof types.TenantIsolationSpecCreateUnitDocument,
    "\n          mutation TenantIsolationSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": typeof types.TenantIsolationSpecCreateUserDocument,
    "\n          mutation TenantIsolationSpecCreateTenant($input: CreateTenantInput!) {\n            createTenant(input: $input) {\n              id\n            }\n          }\n        ": typeof types.TenantIsolationSpecCreateTenantDocument,
    "\n          mutation TenantIsolationSpecCreateTenant2($input: CreateTenantInput!) {\n            createTenant(input: $input) {\n              code\n              level\n              path\n              parent {\n                code\n              }\n            }\n          }\n        ": typeof types.TenantIsolationSpecCreateTenant2Document,
    "\n          query TenantIsolationSpecCounties {\n            tenants(first: 100, filter: { level: COUNTY }) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        ": typeof types.TenantIsolationSpecCountiesDocument,
    "\n  query InstrumentsSpecCaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      instruments {\n        id\n        kind\n        title\n        documentNumber\n        addressee\n        addresseeName\n        issuedOn\n        issuingTenantName\n        issuedByName\n        size\n        templateVersion\n        downloadUrl\n      }\n    }\n  }\n": typeof types.InstrumentsSpecCaseFileDocument,
    "\n  query InstrumentsSpecTemplates {\n    instrumentTemplates {\n      kind\n      title\n      paragraphs\n      source\n      sourceTenantName\n      version\n      ownVersion\n      placeholders {\n        name\n      }\n    }\n  }\n": typeof types.InstrumentsSpecTemplatesDocument,
    "\n  mutation InstrumentsSpecSaveTemplate($input: SaveInstrumentTemplateInput!) {\n    saveInstrumentTemplate(input: $input) {\n      kind\n      title\n      source\n      version\n      ownVersion\n    }\n  }\n": typeof types.InstrumentsSpecSaveTemplateDocument,
    "\n  query PetitionerMessagesOfCase($id: ID!) {\n    case(id: $id) {\n      id\n      petitioners {\n        name\n        phone\n        email\n      }\n      messages {\n        kind\n        channel\n        recipient\n        body\n        status\n        sentToDevInbox\n        attempts\n      }\n    }\n  }\n": typeof types.PetitionerMessagesOfCaseDocument,
    "\n  query PetitionerMessageList($filter: PetitionerMessageFilter, $first: Int!) {\n    petitionerMessages(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          caseNumber\n          kind\n          channel\n          status\n          lastError\n          attempts\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PetitionerMessageListDocument,
    "\n  mutation ResendPetitionerMessage($id: ID!) {\n    resendPetitionerMessage(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ResendPetitionerMessageDocument,
    "\n  mutation PetitionerRatesByLink($input: RateByTokenInput!) {\n    rateCaseByToken(input: $input) {\n      id\n      rating\n    }\n  }\n": typeof types.PetitionerRatesByLinkDocument,
    "\n  query MessageTemplatesOfOffice {\n    messageTemplates {\n      kind\n      text\n      version\n      own\n      ownVersion\n      ownerTenantName\n    }\n  }\n": typeof types.MessageTemplatesOfOfficeDocument,
    "\n  mutation SaveMessageTemplateOfOffice($input: SaveMessageTemplateInput!) {\n    saveMessageTemplate(input: $input)\n  }\n": typeof types.SaveMessageTemplateOfOfficeDocument,
    "\n  query OnlineIntakeSpecQueue($filter: OnlineSubmissionFilter) {\n    onlineSubmissions(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          officeName\n          title\n          petitionerName\n          idNumberMasked\n          phoneMasked\n          status\n          clockText\n          overdue\n          registerBy\n          version\n          attachments {\n            id\n            fileName\n            url\n          }\n        }\n      }\n    }\n  }\n": typeof types.OnlineIntakeSpecQueueDocument,
    "\n  mutation OnlineIntakeSpecRegister($input: RegisterOnlineSubmissionInput!) {\n    registerOnlineSubmission(input: $input) {\n      id\n      status\n      caseId\n      caseNumber\n      version\n    }\n  }\n": typeof types.OnlineIntakeSpecRegisterDocument,
    "\n  mutation OnlineIntakeSpecReject($input: RejectOnlineSubmissionInput!) {\n    rejectOnlineSubmission(input: $input) {\n      id\n      status\n      rejectionReason\n      version\n    }\n  }\n": typeof types.OnlineIntakeSpecRejectDocument,
    "\n  query OnlineIntakeSpecSettings {\n    onlineIntakeSettings {\n      tenantId\n      registerWithinHours\n      effectiveRegisterWithinHours\n    }\n  }\n": typeof types.OnlineIntakeSpecSettingsDocument,
    "\n  mutation OnlineIntakeSpecSetSettings($input: SetOnlineIntakeSettingsInput!) {\n    setOnlineIntakeSettings(input: $input) {\n      registerWithinHours\n      effectiveRegisterWithinHours\n    }\n  }\n": typeof types.OnlineIntakeSpecSetSettingsDocument,
    "\n  mutation PortalDeclineCase($input: DeclineCaseInput!) {\n    declineCase(input: $input) {\n      id\n      state\n      instruments {\n        id\n        kind\n        documentNumber\n      }\n    }\n  }\n": typeof types.PortalDeclineCaseDocument,
    "\n  mutation ReceptionsSpecScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) {\n      id\n      tenantId\n      leaderId\n      leaderName\n      date\n      place\n    }\n  }\n": typeof types.ReceptionsSpecScheduleReceptionDocument,
    "\n  query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n    receptions(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          date\n          leaderName\n          caseCount\n          personCount\n          resolvedCount\n          resolutionRate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReceptionsSpecListDocument,
    "\n  query ReceptionsSpecOne($id: ID!) {\n    reception(id: $id) {\n      id\n      date\n      leaderName\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n": typeof types.ReceptionsSpecOneDocument,
    "\n  query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n    receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n      leaderId\n      leaderName\n      tenantId\n      receptionCount\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n": typeof types.ReceptionsSpecStatisticsDocument,
    "\n          mutation ReceptionsSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ReceptionsSpecCreateUserDocument,
    "\n          mutation ReceptionsSpecCreateUser2($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ReceptionsSpecCreateUser2Document,
    "\n        query ReceptionsSpecReceptions($filter: ReceptionFilter) {\n          receptions(first: 1, filter: $filter) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.ReceptionsSpecReceptionsDocument,
    "\n  mutation MeetingAttachmentsSpecEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingAttachmentsSpecEstablishDocument,
    "\n  query MeetingAttachmentsSpecLists {\n    taskLists {\n      id\n    }\n  }\n": typeof types.MeetingAttachmentsSpecListsDocument,
    "\n  mutation MeetingAttachmentsSpecCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      subtasks {\n        id\n        tenantId\n        version\n      }\n    }\n  }\n": typeof types.MeetingAttachmentsSpecCreateDocument,
    "\n  mutation MeetingAttachmentsSpecReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      version\n    }\n  }\n": typeof types.MeetingAttachmentsSpecReceiveDocument,
    "\n  mutation MeetingAttachmentsSpecReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      reports {\n        id\n      }\n    }\n  }\n": typeof types.MeetingAttachmentsSpecReportDocument,
    "\n  query MeetingAttachmentsSpecTask($id: ID!) {\n    task(id: $id) {\n      reports {\n        id\n        attachable\n        attachments {\n          id\n          fileName\n          mediaType\n          sizeBytes\n          sha256\n          description\n          uploadedByName\n          downloadUrl\n        }\n      }\n    }\n  }\n": typeof types.MeetingAttachmentsSpecTaskDocument,
    "\n  mutation MeetingAttachmentsSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.MeetingAttachmentsSpecRaiseDocument,
    "\n  mutation MeetingAttachmentsSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      version\n      feedback {\n        id\n      }\n    }\n  }\n": typeof types.MeetingAttachmentsSpecFeedbackDocument,
    "\n  mutation MeetingAttachmentsSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      state\n    }\n  }\n": typeof types.MeetingAttachmentsSpecAcceptDocument,
    "\n  query MeetingAttachmentsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      feedback {\n        id\n        attachable\n        files {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n": typeof types.MeetingAttachmentsSpecNoticeDocument,
    "\n  fragment ConferenceMeetingsSpecMeetingFields on ConferenceMeeting {\n    id\n    tenantId\n    conferenceId\n    kind\n    date\n    title\n    chairUserId\n    chairName\n    state\n    minutes\n    cancelReason\n    plannedFrom\n    version\n    attendees {\n      kind\n      userId\n      memberId\n      name\n      attendance\n      note\n    }\n    agenda {\n      text\n      caseId\n      caseNumber\n      caseTitle\n    }\n    decisions {\n      id\n      ordinal\n      text\n    }\n  }\n": typeof types.ConferenceMeetingsSpecMeetingFieldsFragmentDoc,
    "\n  mutation ConferenceMeetingsSpecEstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      id\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConferenceMeetingsSpecEstablishConferenceDocument,
    "\n  mutation ConferenceMeetingsSpecScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n": typeof types.ConferenceMeetingsSpecScheduleMeetingDocument,
    "\n  mutation ConferenceMeetingsSpecRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n": typeof types.ConferenceMeetingsSpecRecordMeetingDocument,
    "\n  mutation ConferenceMeetingsSpecCancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n": typeof types.ConferenceMeetingsSpecCancelMeetingDocument,
    "\n  mutation ConferenceMeetingsSpecSetMeetingSchedule($input: SetMeetingScheduleInput!) {\n    setMeetingSchedule(input: $input) {\n      kind\n      recurrence\n      weekday\n      days\n    }\n  }\n": typeof types.ConferenceMeetingsSpecSetMeetingScheduleDocument,
    "\n  query ConferenceMeetingsSpecMeetings($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          date\n          state\n          plannedFrom\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConferenceMeetingsSpecMeetingsDocument,
    "\n  query ConferenceMeetingsSpecMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n": typeof types.ConferenceMeetingsSpecMeetingDocument,
    "\n  fragment ConferencesSpecConferenceFields on Conference {\n    id\n    tenantId\n    establishedOn\n    officeUnitId\n    officeUnitName\n    version\n    convenors {\n      userId\n      name\n      title\n    }\n    members {\n      id\n      unitId\n      name\n      liaisonUserId\n      liaisonName\n      joinedOn\n      endedOn\n    }\n  }\n": typeof types.ConferencesSpecConferenceFieldsFragmentDoc,
    "\n  mutation ConferencesSpecEstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n": typeof types.ConferencesSpecEstablishConferenceDocument,
    "\n  mutation ConferencesSpecUpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n": typeof types.ConferencesSpecUpdateConferenceDocument,
    "\n  mutation ConferencesSpecAddConferenceMember($input: AddConferenceMemberInput!) {\n    addConferenceMember(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n": typeof types.ConferencesSpecAddConferenceMemberDocument,
    "\n  mutation ConferencesSpecRemoveConferenceMember($input: RemoveConferenceMemberInput!) {\n    removeConferenceMember(input: $input) {\n      version\n      members(includeEnded: true) {\n        id\n        name\n        endedOn\n      }\n    }\n  }\n": typeof types.ConferencesSpecRemoveConferenceMemberDocument,
    "\n  query ConferencesSpecConference($tenantId: ID) {\n    conference(tenantId: $tenantId) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n": typeof types.ConferencesSpecConferenceDocument,
    "\n      query ConferencesSpecConferenceStaff {\n        conferenceStaff {\n          userId\n          name\n          unitId\n          leader\n        }\n      }\n    ": typeof types.ConferencesSpecConferenceStaffDocument,
    "\n  query NoticeActionsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      id\n      version\n      state\n      availableActions\n      feedbackDaysLeft\n      feedbackOverdueDays\n      ladder {\n        id\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n      }\n    }\n  }\n": typeof types.NoticeActionsSpecNoticeDocument,
    "\n  mutation NoticeActionsSpecMarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.NoticeActionsSpecMarkNoticeReadDocument,
    "\n  mutation NoticeActionsSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NoticeActionsSpecSubmitNoticeFeedbackDocument,
    "\n  mutation NoticeActionsSpecAcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NoticeActionsSpecAcceptNoticeFeedbackDocument,
    "\n  mutation NoticeActionsSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NoticeActionsSpecRejectNoticeFeedbackDocument,
    "\n  mutation NoticeActionsSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.NoticeActionsSpecEscalateNoticeDocument,
    "\n  query NoticeActionsSpecIssuedNotices($filter: NoticeFilter) {\n    issuedNotices(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.NoticeActionsSpecIssuedNoticesDocument,
    "\n  query NoticeEscalationSpecInbox {\n    noticeInbox(first: 100) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n": typeof types.NoticeEscalationSpecInboxDocument,
    "\n  query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n    supervisionSummary(period: $period) {\n      tenantId\n      tenantName\n      issued\n      overdueFeedback\n      escalated\n      byKind {\n        kind\n        issued\n        overdueFeedback\n        escalated\n      }\n    }\n  }\n": typeof types.NoticeEscalationSpecSummaryDocument,
    "\n        mutation NoticeEscalationSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n          submitNoticeFeedback(input: $input) {\n            version\n          }\n        }\n      ": typeof types.NoticeEscalationSpecSubmitNoticeFeedbackDocument,
    "\n        mutation NoticeEscalationSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n          rejectNoticeFeedback(input: $input) {\n            state\n            escalateOn\n          }\n        }\n      ": typeof types.NoticeEscalationSpecRejectNoticeFeedbackDocument,
    "\n  query NoticeInstrumentsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      id\n      kind\n      instruments {\n        id\n        title\n        documentNumber\n        addresseeName\n        issuedOn\n        issuingTenantName\n        size\n        downloadUrl\n      }\n    }\n  }\n": typeof types.NoticeInstrumentsSpecNoticeDocument,
    "\n  mutation NoticeInstrumentsSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      instruments {\n        documentNumber\n        issuingTenantName\n      }\n    }\n  }\n": typeof types.NoticeInstrumentsSpecRaiseDocument,
    "\n  query NoticeLadderSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      ladderStoppedReason\n      history {\n        action\n        fromState\n        toState\n        reason\n      }\n    }\n  }\n": typeof types.NoticeLadderSpecNoticeDocument,
    "\n  mutation NoticeLadderSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      id\n    }\n  }\n": typeof types.NoticeLadderSpecEscalateNoticeDocument,
    "\n  mutation NoticeLadderSpecRaiseNotice($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      issuerTenantId\n      addresseeTenantId\n    }\n  }\n": typeof types.NoticeLadderSpecRaiseNoticeDocument,
    "\n        mutation NoticeLadderSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n          submitNoticeFeedback(input: $input) {\n            state\n          }\n        }\n      ": typeof types.NoticeLadderSpecSubmitNoticeFeedbackDocument,
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
    "\n        query NoticeWorkflowSpecNoticeInbox($filter: NoticeFilter) {\n          noticeInbox(first: 1, filter: $filter) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.NoticeWorkflowSpecNoticeInboxDocument,
    "\n        query NoticeWorkflowSpecIssuedNotices2($filter: NoticeFilter) {\n          issuedNotices(first: 1, filter: $filter) {\n            totalCount\n          }\n        }\n      ": typeof types.NoticeWorkflowSpecIssuedNotices2Document,
    "\n            query NoticeWorkflowSpecIssuedNotices {\n              issuedNotices(first: 100) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": typeof types.NoticeWorkflowSpecIssuedNoticesDocument,
    "\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    text\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    stage\n    clockId\n    deadline\n    responsibleTenantId\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    feedbackDue\n    fixBy\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n  }\n": typeof types.SupervisionHarnessNoticeFragmentDoc,
    "\n  mutation TaskActionsSpecReceiveTask($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      id\n    }\n  }\n": typeof types.TaskActionsSpecReceiveTaskDocument,
    "\n  mutation TaskActionsSpecStartTask($input: TaskStepInput!) {\n    startTask(input: $input) {\n      id\n    }\n  }\n": typeof types.TaskActionsSpecStartTaskDocument,
    "\n  mutation TaskActionsSpecSplitTask($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      id\n    }\n  }\n": typeof types.TaskActionsSpecSplitTaskDocument,
    "\n  mutation TaskActionsSpecReportTask($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      id\n    }\n  }\n": typeof types.TaskActionsSpecReportTaskDocument,
    "\n  mutation TaskActionsSpecSignOffTask($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      id\n    }\n  }\n": typeof types.TaskActionsSpecSignOffTaskDocument,
    "\n  mutation TaskActionsSpecSendBackTask($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      id\n    }\n  }\n": typeof types.TaskActionsSpecSendBackTaskDocument,
    "\n  mutation TaskActionsSpecCancelTask($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      id\n    }\n  }\n": typeof types.TaskActionsSpecCancelTaskDocument,
    "\n  query TaskActionsSpecTask($id: ID!) {\n    task(id: $id) {\n      id\n      version\n      state\n      availableActions\n      daysLeft\n      overdueDays\n      dueSoon\n      overdue\n      subtasks {\n        id\n      }\n    }\n  }\n": typeof types.TaskActionsSpecTaskDocument,
    "\n  mutation TaskActionsSpecCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id\n      subtasks {\n        id\n        assignee {\n          name\n        }\n      }\n    }\n  }\n": typeof types.TaskActionsSpecCreateTaskDocument,
    "\n        mutation TaskActionsSpecEstablishConference($input: EstablishConferenceInput!) {\n          establishConference(input: $input) {\n            members {\n              id\n              name\n            }\n          }\n        }\n      ": typeof types.TaskActionsSpecEstablishConferenceDocument,
    "\n        query TaskActionsSpecTaskLists {\n          taskLists {\n            id\n          }\n        }\n      ": typeof types.TaskActionsSpecTaskListsDocument,
    "\n        query TaskActionsSpecTasks {\n          tasks(first: 50) {\n            edges {\n              node {\n                id\n                daysLeft\n                overdueDays\n                availableActions\n              }\n            }\n          }\n        }\n      ": typeof types.TaskActionsSpecTasksDocument,
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
    "\n      query AssessmentE2eTenant($id: ID!) {\n        tenant(id: $id) {\n          name\n          assessmentResults(period: { kind: YEAR, year: 2026 }) {\n            schemeName\n            total\n            rank\n            of\n            grade\n          }\n        }\n      }\n    ": typeof types.AssessmentE2eTenantDocument,
    "\n        mutation AssessmentE2eUpdateAssessmentScheme($input: UpdateSchemeInput!) {\n          updateAssessmentScheme(input: $input) {\n            id\n          }\n        }\n      ": typeof types.AssessmentE2eUpdateAssessmentSchemeDocument,
    "\n        mutation AssessmentE2eCreateAssessmentScheme($input: CreateSchemeInput!) {\n          createAssessmentScheme(input: $input) {\n            id\n          }\n        }\n      ": typeof types.AssessmentE2eCreateAssessmentSchemeDocument,
    "\n            query AssessmentScores($id: ID!) {\n              scores(schemeId: $id) {\n                targets {\n                  tenantId\n                  name\n                }\n              }\n            }\n          ": typeof types.AssessmentScoresDocument,
    "\n            mutation AssessmentEnterManualScore($input: ManualScoreInput!) {\n              enterManualScore(input: $input) {\n                id\n              }\n            }\n          ": typeof types.AssessmentEnterManualScoreDocument,
    "\n            query AssessmentScores2($id: ID!) {\n              scores(schemeId: $id) {\n                targets {\n                  name\n                  publishedTotal\n                  publishedRank\n                }\n              }\n            }\n          ": typeof types.AssessmentScores2Document,
    "\n            query AssessmentTenant($id: ID!) {\n              tenant(id: $id) {\n                assessmentResults(period: { kind: YEAR, year: 2026 }) {\n                  rank\n                  of\n                }\n              }\n            }\n          ": typeof types.AssessmentTenantDocument,
    "\n            query AssessmentAssessmentScheme($id: ID!) {\n              assessmentScheme(id: $id) {\n                version\n                totalPoints\n                items {\n                  code\n                  name\n                  points\n                  indicator {\n                    formula\n                  }\n                }\n              }\n              scores(schemeId: $id) {\n                targets {\n                  name\n                  items {\n                    code\n                    numerator\n                    denominator\n                  }\n                }\n              }\n            }\n          ": typeof types.AssessmentAssessmentSchemeDocument,
    "\n          mutation ConferenceSetupCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ConferenceSetupCreateUserDocument,
    "\n            query ConferenceSetupConference {\n              conference {\n                version\n              }\n            }\n          ": typeof types.ConferenceSetupConferenceDocument,
    "\n          mutation ConferenceSetupUpdateConference($input: UpdateConferenceInput!) {\n            updateConference(input: $input) {\n              version\n            }\n          }\n        ": typeof types.ConferenceSetupUpdateConferenceDocument,
    "\n              query ConferenceTasksConference {\n                conference {\n                  id\n                }\n              }\n            ": typeof types.ConferenceTasksConferenceDocument,
    "\n          mutation ConferenceTasksEstablishConference($input: EstablishConferenceInput!) {\n            establishConference(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ConferenceTasksEstablishConferenceDocument,
    "\n            mutation ConferenceTasksCreateUser($input: CreateUserInput!) {\n              createUser(input: $input) {\n                id\n              }\n            }\n          ": typeof types.ConferenceTasksCreateUserDocument,
    "\n          mutation ConferenceTasksScheduleMeeting($input: ScheduleMeetingInput!) {\n            scheduleMeeting(input: $input) {\n              id\n              version\n            }\n          }\n        ": typeof types.ConferenceTasksScheduleMeetingDocument,
    "\n          mutation ConferenceTasksRecordMeeting($input: RecordMeetingInput!) {\n            recordMeeting(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ConferenceTasksRecordMeetingDocument,
    "\n          query QueueAndReceptionsLeaders {\n            leaders {\n              id\n              displayName\n            }\n          }\n        ": typeof types.QueueAndReceptionsLeadersDocument,
    "\n          mutation QueueAndReceptionsScheduleReception($input: ScheduleReceptionInput!) {\n            scheduleReception(input: $input) {\n              id\n            }\n          }\n        ": typeof types.QueueAndReceptionsScheduleReceptionDocument,
    "\n          query QueueAndReceptionsCases {\n            cases(first: 1, filter: { registeredByMe: true }) {\n              totalCount\n            }\n          }\n        ": typeof types.QueueAndReceptionsCasesDocument,
    "\n            query RegistrationLeaders {\n              leaders {\n                id\n                displayName\n              }\n            }\n          ": typeof types.RegistrationLeadersDocument,
    "\n          query RegistrationReceptions($day: String!) {\n            receptions(filter: { from: $day, to: $day }) {\n              edges {\n                node {\n                  id\n                  leaderId\n                }\n              }\n            }\n          }\n        ": typeof types.RegistrationReceptionsDocument,
    "\n              mutation RegistrationScheduleReception($input: ScheduleReceptionInput!) {\n                scheduleReception(input: $input) {\n                  id\n                }\n              }\n            ": typeof types.RegistrationScheduleReceptionDocument,
    "\n          query RegistrationCase($id: ID!) {\n            case(id: $id) {\n              leaderOwnerId\n              receptionId\n            }\n          }\n        ": typeof types.RegistrationCaseDocument,
    "\n          query StatisticsCaseStatistics($period: PeriodInput!, $j: ID) {\n            caseStatistics(period: $period, groupBy: KIND, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {\n              batches\n              personTimes\n            }\n          }\n        ": typeof types.StatisticsCaseStatisticsDocument,
    "\n          query StatisticsCaseBacklog($period: PeriodInput!, $j: ID) {\n            caseBacklog(period: $period, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {\n              open\n            }\n          }\n        ": typeof types.StatisticsCaseBacklogDocument,
    "\n  query CaseDeskE2eCase($id: ID!) {\n    case(id: $id) {\n      number\n      availableActions\n      handlingTenant {\n        name\n      }\n      handlingUnit {\n        name\n      }\n      problemJurisdiction {\n        path\n      }\n      category {\n        path\n      }\n      runningClocks {\n        stage\n        deadline\n        daysLeft\n        overdueDays\n        dueSoon\n      }\n      timeline {\n        action\n        actorTenant {\n          name\n        }\n        details {\n          summary\n        }\n      }\n    }\n  }\n": typeof types.CaseDeskE2eCaseDocument,
    "\n        query CaseDeskE2eCases {\n          cases(first: 1, filter: { text: \"电梯长期停运（案台）\" }) {\n            totalCount\n            edges {\n              node {\n                number\n              }\n            }\n          }\n        }\n      ": typeof types.CaseDeskE2eCasesDocument,
    "\n        query CaseDeskE2eCases2 {\n          cases(first: 1, filter: { text: \"电梯长期停运（案台）\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.CaseDeskE2eCases2Document,
    "\n        mutation CaseLifecycleE2eDeliverCase($input: CaseChangeInput!) {\n          deliverCase(input: $input) {\n            ratingToken\n          }\n        }\n      ": typeof types.CaseLifecycleE2eDeliverCaseDocument,
    "\n            query CaseLifecycleE2eCase($id: ID!) {\n              case(id: $id) {\n                ratingToken\n              }\n            }\n          ": typeof types.CaseLifecycleE2eCaseDocument,
    "\n      mutation CaseLifecycleE2eRateCaseByToken($input: RateByTokenInput!) {\n        rateCaseByToken(input: $input) {\n          rating\n        }\n      }\n    ": typeof types.CaseLifecycleE2eRateCaseByTokenDocument,
    "\n          query CaseLifecycleE2eCaseStatistics($basis: CaseCountBasis) {\n            caseStatistics(period: { from: \"2026-01-01\", to: \"2026-12-31\" }, groupBy: KIND, basis: $basis) {\n              batches\n            }\n          }\n        ": typeof types.CaseLifecycleE2eCaseStatisticsDocument,
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
    "\n          mutation ConferenceTasksE2eCreateTask2($input: CreateTaskInput!) {\n            createTask(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ConferenceTasksE2eCreateTask2Document,
    "\n        mutation ConferenceTasksE2eScheduleMeeting($input: ScheduleMeetingInput!) {\n          scheduleMeeting(input: $input) {\n            agenda {\n              caseId\n              caseNumber\n              caseTitle\n            }\n          }\n        }\n      ": typeof types.ConferenceTasksE2eScheduleMeetingDocument,
    "\n        mutation ConferenceTasksE2eScheduleMeeting2($input: ScheduleMeetingInput!) {\n          scheduleMeeting(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ConferenceTasksE2eScheduleMeeting2Document,
    "\n        mutation ConferenceTasksE2eSignOffTask($input: TaskStepInput!) {\n          signOffTask(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ConferenceTasksE2eSignOffTaskDocument,
    "\n        mutation ConferenceTasksE2eRaiseNotice($input: RaiseNoticeInput!) {\n          raiseNotice(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ConferenceTasksE2eRaiseNoticeDocument,
    "\n  query CaseApiMe {\n    me {\n      id\n    }\n  }\n": typeof types.CaseApiMeDocument,
    "\n  query CaseApiTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.CaseApiTenantsDocument,
    "\n  query CaseApiUnits($id: ID!) {\n    tenant(id: $id) {\n      units(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseApiUnitsDocument,
    "\n  fragment CaseApiCase on Case {\n    id\n    number\n    state\n    version\n    kind\n    channel\n    handlingTenantId\n    handlingUnitId\n    deadline\n    deadlineStage\n    openStages\n    extensionUsed\n    sendBackCount\n    rating\n    outcome\n    decisionText\n    completionReport\n    repeatOfId\n    repeatCount\n    levelSkipping\n    handledBelow\n    collective\n    personCount\n    finishedOn\n    closeReason\n    declineReason\n    ending\n    final\n    reviewResult\n    reexaminationResult\n    stages {\n      stage\n      startedOn\n      deadline\n      stoppedOn\n      onTime\n      extensionDays\n      provisional\n    }\n  }\n": typeof types.CaseApiCaseFragmentDoc,
    "\n  query CaseApiCase($id: ID!) {\n    case(id: $id) {\n      ...CaseApiCase\n    }\n  }\n": typeof types.CaseApiCaseDocument,
    "\n    mutation CaseApiRegisterCase($input: RegisterCaseInput!) {\n      registerCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiRegisterCaseDocument,
    "\n    mutation CaseApiRouteCase($input: RouteCaseInput!) {\n      routeCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiRouteCaseDocument,
    "\n    mutation CaseApiReceiveCase($input: CaseChangeInput!) {\n      receiveCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiReceiveCaseDocument,
    "\n    mutation CaseApiAcceptCase($input: CaseChangeInput!) {\n      acceptCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiAcceptCaseDocument,
    "\n    mutation CaseApiObjectToCase($input: ReasonedCaseInput!) {\n      objectToCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiObjectToCaseDocument,
    "\n    mutation CaseApiReportCaseUp($input: ReasonedCaseInput!) {\n      reportCaseUp(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiReportCaseUpDocument,
    "\n    mutation CaseApiDeclineCase($input: DeclineCaseInput!) {\n      declineCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiDeclineCaseDocument,
    "\n    mutation CaseApiExtendCase($input: ExtendCaseInput!) {\n      extendCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiExtendCaseDocument,
    "\n    mutation CaseApiRecordHearing($input: RecordHearingInput!) {\n      recordHearing(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiRecordHearingDocument,
    "\n    mutation CaseApiDecideCase($input: DecideCaseInput!) {\n      decideCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiDecideCaseDocument,
    "\n    mutation CaseApiSendBackCase($input: SendBackCaseInput!) {\n      sendBackCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiSendBackCaseDocument,
    "\n    mutation CaseApiSubmitCompletionReport($input: CaseChangeInput!) {\n      submitCompletionReport(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiSubmitCompletionReportDocument,
    "\n    mutation CaseApiDeliverCase($input: CaseChangeInput!) {\n      deliverCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiDeliverCaseDocument,
    "\n    mutation CaseApiRateCase($input: RateCaseInput!) {\n      rateCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiRateCaseDocument,
    "\n    mutation CaseApiRateCaseByToken($input: RateByTokenInput!) {\n      rateCaseByToken(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiRateCaseByTokenDocument,
    "\n    mutation CaseApiRequestReview($input: CaseChangeInput!) {\n      requestReview(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiRequestReviewDocument,
    "\n    mutation CaseApiDecideReview($input: DecideReviewInput!) {\n      decideReview(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiDecideReviewDocument,
    "\n    mutation CaseApiRequestReexamination($input: CaseChangeInput!) {\n      requestReexamination(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiRequestReexaminationDocument,
    "\n    mutation CaseApiDecideReexamination($input: DecideReviewInput!) {\n      decideReexamination(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiDecideReexaminationDocument,
    "\n    mutation CaseApiCloseCase($input: CloseCaseInput!) {\n      closeCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": typeof types.CaseApiCloseCaseDocument,
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  query SentPetitionerMessages($caseNumber: String!) {\n    petitionerMessages(first: 50, filter: { caseNumber: $caseNumber, status: SENT }) {\n      edges {\n        node {\n          id\n          channel\n          recipient\n          body\n        }\n      }\n    }\n  }\n": typeof types.SentPetitionerMessagesDocument,
    "\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    subjectId\n    subjectNumber\n    stage\n    clockId\n    deadline\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    addresseeUnitName\n    issuedByName\n    feedbackDue\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n    ladderStoppedReason\n  }\n": typeof types.SupervisionApiNoticeFragmentDoc,
    "\n  query SupervisionApiInbox($filter: NoticeFilter) {\n    noticeInbox(first: 100, filter: $filter) {\n      unreadCount\n      edges {\n        node {\n          ...SupervisionApiNotice\n        }\n      }\n    }\n  }\n": typeof types.SupervisionApiInboxDocument,
    "\n  query SupervisionApiIssued {\n    issuedNotices(first: 100) {\n      edges {\n        node {\n          ...SupervisionApiNotice\n        }\n      }\n    }\n  }\n": typeof types.SupervisionApiIssuedDocument,
    "\n  query SupervisionApiCaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      supervisionNotices {\n        ...SupervisionApiNotice\n      }\n    }\n  }\n": typeof types.SupervisionApiCaseNoticesDocument,
    "\n  mutation SupervisionApiMarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      ...SupervisionApiNotice\n    }\n  }\n": typeof types.SupervisionApiMarkNoticeReadDocument,
    "\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n      }\n    }\n  }\n": typeof types.SupervisionApiNoticeDetailDocument,
    "\n    mutation SupervisionApiSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n      submitNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": typeof types.SupervisionApiSubmitNoticeFeedbackDocument,
    "\n    mutation SupervisionApiAcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n      acceptNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": typeof types.SupervisionApiAcceptNoticeFeedbackDocument,
    "\n    mutation SupervisionApiRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n      rejectNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": typeof types.SupervisionApiRejectNoticeFeedbackDocument,
    "\n    mutation SupervisionApiEscalateNotice($input: ReasonedNoticeChangeInput!) {\n      escalateNotice(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": typeof types.SupervisionApiEscalateNoticeDocument,
    "\n    mutation SupervisionApiRaiseNotice($input: RaiseNoticeInput!) {\n      raiseNotice(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": typeof types.SupervisionApiRaiseNoticeDocument,
    "\n    mutation SupervisionApiListForSupervision($input: ListForSupervisionInput!) {\n      listForSupervision(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": typeof types.SupervisionApiListForSupervisionDocument,
    "\n      query LoginSecurityE2eNoticeInbox {\n        noticeInbox(first: 1) {\n          unreadCount\n        }\n      }\n    ": typeof types.LoginSecurityE2eNoticeInboxDocument,
    "\n        mutation LoginSecurityE2eDeactivateUser($id: ID!, $v: Int!) {\n          deactivateUser(id: $id, version: $v) {\n            active\n            version\n          }\n        }\n      ": typeof types.LoginSecurityE2eDeactivateUserDocument,
    "\n        query LoginSecurityE2eMe {\n          me {\n            username\n          }\n        }\n      ": typeof types.LoginSecurityE2eMeDocument,
    "\n        mutation LoginSecurityE2eReactivateUser($id: ID!, $v: Int!) {\n          reactivateUser(id: $id, version: $v) {\n            active\n          }\n        }\n      ": typeof types.LoginSecurityE2eReactivateUserDocument,
    "\n            query LoginSecurityE2eMe2 {\n              me {\n                username\n              }\n            }\n          ": typeof types.LoginSecurityE2eMe2Document,
    "\n            query LoginSecurityE2eMe3 {\n              me {\n                username\n              }\n            }\n          ": typeof types.LoginSecurityE2eMe3Document,
    "\n        mutation LoginSecurityE2eResetUserPassword($input: ResetUserPasswordInput!) {\n          resetUserPassword(input: $input) {\n            version\n          }\n        }\n      ": typeof types.LoginSecurityE2eResetUserPasswordDocument,
    "\n            query LoginSecurityE2eMe4 {\n              me {\n                username\n              }\n            }\n          ": typeof types.LoginSecurityE2eMe4Document,
    "\n            mutation LoginSecurityE2eLogout {\n              logout\n            }\n          ": typeof types.LoginSecurityE2eLogoutDocument,
    "\n            query LoginSecurityE2eMe5 {\n              me {\n                username\n              }\n            }\n          ": typeof types.LoginSecurityE2eMe5Document,
    "\n        query PlatformE2eMe {\n          me {\n            username\n            tenant {\n              name\n              conferenceCoverage(level: TOWNSHIP) {\n                jurisdictions\n                withConference\n              }\n              assessedJurisdictions {\n                code\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.PlatformE2eMeDocument,
    "\n        mutation PlatformE2eCreateTenant($input: CreateTenantInput!) {\n          createTenant(input: $input) {\n            code\n          }\n        }\n      ": typeof types.PlatformE2eCreateTenantDocument,
    "\n            query PlatformE2eMe2 {\n              me {\n                tenant {\n                  assessedJurisdictions {\n                    code\n                  }\n                }\n              }\n            }\n          ": typeof types.PlatformE2eMe2Document,
    "\n        query PlatformE2eTenant($id: ID!) {\n          tenant(id: $id) {\n            name\n            assessedJurisdictions {\n              code\n            }\n          }\n        }\n      ": typeof types.PlatformE2eTenantDocument,
    "\n        query PlatformE2eMe3 {\n          me {\n            username\n          }\n        }\n      ": typeof types.PlatformE2eMe3Document,
    "\n        query PlatformE2eMe4 {\n          me {\n            username\n          }\n        }\n      ": typeof types.PlatformE2eMe4Document,
    "\n          query PlatformE2eCases($filter: CaseFilter) {\n            cases(filter: $filter) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.PlatformE2eCasesDocument,
    "\n          query PlatformE2eCase($id: ID!) {\n            case(id: $id) {\n              id\n            }\n          }\n        ": typeof types.PlatformE2eCaseDocument,
    "\n          query PlatformE2eCases2($after: String) {\n            cases(after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.PlatformE2eCases2Document,
    "\n          query PlatformE2eCases3($after: String) {\n            cases(filter: { overdue: true }, after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.PlatformE2eCases3Document,
    "\n          query PlatformE2eTasks($after: String) {\n            tasks(after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.PlatformE2eTasksDocument,
    "\n          query PlatformE2eConference {\n            conference {\n              members {\n                name\n                liaisonName\n              }\n            }\n            meetingSchedules {\n              kind\n              recurrence\n              weekday\n            }\n            meetings(first: 10) {\n              edges {\n                node {\n                  kind\n                  state\n                  agenda {\n                    caseNumber\n                  }\n                  attendees {\n                    attendance\n                  }\n                  decisions {\n                    text\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.PlatformE2eConferenceDocument,
    "\n          query PlatformE2eTasks2 {\n            tasks(first: 50) {\n              edges {\n                node {\n                  state\n                }\n              }\n            }\n          }\n        ": typeof types.PlatformE2eTasks2Document,
    "\n          query PlatformE2eTasks3 {\n            tasks(first: 10) {\n              edges {\n                node {\n                  state\n                  reports {\n                    percent\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.PlatformE2eTasks3Document,
    "\n          query PlatformE2eTenant2($id: ID!, $year: Int!) {\n            tenant(id: $id) {\n              assessmentResults(period: { kind: YEAR, year: $year }) {\n                rank\n                of\n              }\n            }\n          }\n        ": typeof types.PlatformE2eTenant2Document,
    "\n      query CaseLifecyclesCategories {\n        categories {\n          id\n          code\n        }\n      }\n    ": typeof types.CaseLifecyclesCategoriesDocument,
    "\n        query CaseLifecyclesCase($id: ID!) {\n          case(id: $id) {\n            opinions {\n              id\n              kind\n              outcome\n              result\n              reviewedOpinionId\n              text\n              inForce\n            }\n          }\n        }\n      ": typeof types.CaseLifecyclesCaseDocument,
    "\n        query SupervisionE2eSupervisionSummary {\n          supervisionSummary(period: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n            tenantName\n            issued\n            escalated\n            byKind {\n              kind\n              issued\n            }\n          }\n        }\n      ": typeof types.SupervisionE2eSupervisionSummaryDocument,
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
    "\n  query CaseAttachmentsSpecCase($id: ID!) {\n    case(id: $id) {\n      id\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        sha256\n        description\n        uploadedByName\n        uploadedAt\n        downloadUrl\n      }\n    }\n  }\n": types.CaseAttachmentsSpecCaseDocument,
    "\n  query AuthSpecMe {\n    me {\n      id\n      username\n      roles\n      tenant {\n        id\n        code\n        name\n        level\n      }\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.AuthSpecMeDocument,
    "\n      mutation AuthSpecLogin($u: String!, $p: String!) {\n        login(username: $u, password: $p) {\n          accessToken\n        }\n      }\n    ": types.AuthSpecLoginDocument,
    "\n        query AuthSpecSchema {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": types.AuthSpecSchemaDocument,
    "\n        mutation AuthSpecCreateUnit($input: CreateUnitInput!) {\n          createUnit(input: $input) {\n            id\n          }\n        }\n      ": types.AuthSpecCreateUnitDocument,
    "\n      mutation AuthSpecCreateTenant($input: CreateTenantInput!) {\n        createTenant(input: $input) {\n          id\n        }\n      }\n    ": types.AuthSpecCreateTenantDocument,
    "\n          mutation AuthSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": types.AuthSpecCreateUserDocument,
    "\n          query AuthSpecTenants {\n            tenants(first: 1000) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.AuthSpecTenantsDocument,
    "\n          query AuthSpecFirstTenants {\n            tenants(first: 2) {\n              edges {\n                node {\n                  code\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        ": types.AuthSpecFirstTenantsDocument,
    "\n          query AuthSpecNextTenants($after: String) {\n            tenants(first: 2, after: $after) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        ": types.AuthSpecNextTenantsDocument,
    "\n  mutation LoginSecuritySpecLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n": types.LoginSecuritySpecLoginDocument,
    "\n  query LoginSecuritySpecMe {\n    me {\n      username\n    }\n  }\n": types.LoginSecuritySpecMeDocument,
    "\n  fragment LoginSecuritySpecUser on User {\n    id\n    username\n    active\n    version\n  }\n": types.LoginSecuritySpecUserFragmentDoc,
    "\n      mutation LoginSecuritySpecDeactivateUser($id: ID!, $version: Int!) {\n        deactivateUser(id: $id, version: $version) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    ": types.LoginSecuritySpecDeactivateUserDocument,
    "\n      mutation LoginSecuritySpecReactivateUser($id: ID!, $version: Int!) {\n        reactivateUser(id: $id, version: $version) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    ": types.LoginSecuritySpecReactivateUserDocument,
    "\n      mutation LoginSecuritySpecResetUserPassword($input: ResetUserPasswordInput!) {\n        resetUserPassword(input: $input) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    ": types.LoginSecuritySpecResetUserPasswordDocument,
    "\n              mutation LoginSecuritySpecLogout {\n                logout\n              }\n            ": types.LoginSecuritySpecLogoutDocument,
    "\n  query CalendarSettingsSpecSettings($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      tenantId\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      version\n      effectiveRules {\n        stage\n        name\n        statutoryDays\n        days\n        unit\n        article\n        tightened\n      }\n    }\n  }\n": types.CalendarSettingsSpecSettingsDocument,
    "\n  mutation CalendarSettingsSpecUpdate($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      dayCounting\n      tightenings {\n        stage\n        days\n      }\n      declaredYears\n      effectiveRules {\n        stage\n        days\n        unit\n        tightened\n      }\n    }\n  }\n": types.CalendarSettingsSpecUpdateDocument,
    "\n  query CalendarSettingsSpecLeads($tenantId: ID!) {\n    calendarSettings(tenantId: $tenantId) {\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n": types.CalendarSettingsSpecLeadsDocument,
    "\n  mutation CalendarSettingsSpecUpdateLeads($input: UpdateCalendarSettingsInput!) {\n    updateCalendarSettings(input: $input) {\n      version\n      reminderLeadDays\n      effectiveReminderLeadDays\n    }\n  }\n": types.CalendarSettingsSpecUpdateLeadsDocument,
    "\n  mutation CalendarSettingsSpecAdd($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n      tenantId\n      date\n      kind\n      name\n    }\n  }\n": types.CalendarSettingsSpecAddDocument,
    "\n  mutation CalendarSettingsSpecRemove($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n      date\n    }\n  }\n": types.CalendarSettingsSpecRemoveDocument,
    "\n  query CalendarSettingsSpecOverrides($tenantId: ID!, $year: Int!) {\n    holidayOverrides(tenantId: $tenantId, year: $year) {\n      id\n      tenantId\n      tenantPath\n      date\n      kind\n      name\n    }\n  }\n": types.CalendarSettingsSpecOverridesDocument,
    "\n        query CaseDeskApiSpecCategories {\n          categories {\n            id\n            code\n          }\n        }\n      ": types.CaseDeskApiSpecCategoriesDocument,
    "\n          query CaseDeskApiSpecCase($id: ID!) {\n            case(id: $id) {\n              handlingTenant {\n                name\n                level\n                path\n              }\n              registeringTenant {\n                name\n                level\n              }\n              problemJurisdiction {\n                name\n                path\n              }\n              assigningTenant {\n                name\n              }\n              handlingUnit {\n                name\n              }\n              category {\n                name\n                path\n                fullName\n              }\n              timeline {\n                action\n                actorName\n                actorTenant {\n                  name\n                }\n                details {\n                  summary\n                  routeMode\n                  targetTenantName\n                  targetUnitName\n                  completionReportDue\n                }\n              }\n              stages {\n                stage\n                ownerTenant {\n                  name\n                }\n              }\n            }\n          }\n        ": types.CaseDeskApiSpecCaseDocument,
    "\n        query CaseDeskApiSpecCase2($id: ID!) {\n          case(id: $id) {\n            leaderOwner {\n              id\n              name\n            }\n            problemJurisdiction {\n              name\n              path\n            }\n            registeringTenant {\n              name\n            }\n          }\n        }\n      ": types.CaseDeskApiSpecCase2Document,
    "\n            query CaseDeskApiSpecCase3($id: ID!) {\n              case(id: $id) {\n                runningClocks {\n                  stage\n                  name\n                  holder\n                  deadline\n                  daysLeft\n                  overdueDays\n                  reminderLeadDays\n                  dueSoon\n                }\n              }\n            }\n          ": types.CaseDeskApiSpecCase3Document,
    "\n          query CaseDeskApiSpecCalendarSettings($id: ID!) {\n            calendarSettings(tenantId: $id) {\n              version\n            }\n          }\n        ": types.CaseDeskApiSpecCalendarSettingsDocument,
    "\n          mutation CaseDeskApiSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n            updateCalendarSettings(input: $input) {\n              version\n            }\n          }\n        ": types.CaseDeskApiSpecUpdateCalendarSettingsDocument,
    "\n            query CaseDeskApiSpecCases($filter: CaseFilter) {\n              cases(first: 1, filter: $filter) {\n                totalCount\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          ": types.CaseDeskApiSpecCasesDocument,
    "\n            query CaseDeskApiSpecCases2 {\n              cases(first: 5) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": types.CaseDeskApiSpecCases2Document,
    "\n            query CaseDeskApiSpecCases3 {\n              cases(first: 5) {\n                totalCount\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": types.CaseDeskApiSpecCases3Document,
    "\n      query CaseDeskApiSpecCases4($first: Int!) {\n        cases(first: $first, filter: { text: \"案台批量标记\" }) {\n          totalCount\n          edges {\n            node {\n              id\n              handlingTenant {\n                name\n              }\n              registeringTenant {\n                name\n              }\n              problemJurisdiction {\n                name\n                path\n              }\n              handlingUnit {\n                name\n              }\n              accusedUnit {\n                name\n              }\n              leaderOwner {\n                name\n              }\n              category {\n                name\n                path\n              }\n              availableActions\n              runningClocks {\n                stage\n                daysLeft\n                overdueDays\n                dueSoon\n              }\n              stages {\n                stage\n                ownerTenant {\n                  name\n                }\n              }\n              timeline {\n                action\n                actorTenant {\n                  name\n                }\n                details {\n                  summary\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.CaseDeskApiSpecCases4Document,
    "\n          query CaseDeskApiSpecCase4($id: ID!) {\n            case(id: $id) {\n              availableActions\n            }\n          }\n        ": types.CaseDeskApiSpecCase4Document,
    "\n              query CaseDeskApiSpecCase5($id: ID!) {\n                case(id: $id) {\n                  availableActions\n                }\n              }\n            ": types.CaseDeskApiSpecCase5Document,
    "\n  query CaseListOrdersSpecCases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          deadline\n          registeredOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseListOrdersSpecCasesDocument,
    "\n          query CaseListOrdersSpecCases2($f: CaseFilter, $o: CaseOrder) {\n            cases(first: 100, filter: $f, orderBy: $o) {\n              edges {\n                node {\n                  number\n                  title\n                }\n              }\n            }\n          }\n        ": types.CaseListOrdersSpecCases2Document,
    "\n          query CaseListOrdersSpecMe {\n            me {\n              id\n            }\n          }\n        ": types.CaseListOrdersSpecMeDocument,
    "\n  query CaseOpinionsSpecOpinions($id: ID!) {\n    case(id: $id) {\n      reviewResult\n      reexaminationResult\n      ending\n      final\n      opinions {\n        id\n        seq\n        kind\n        outcome\n        result\n        resultInferred\n        reviewedOpinionId\n        text\n        issuerTenantId\n        issuedByName\n        issuedOn\n        inForce\n      }\n    }\n  }\n": types.CaseOpinionsSpecOpinionsDocument,
    "\n          query CaseOpinionsSpecCaseStatistics {\n            caseStatistics(period: { from: \"2026-06-01\", to: \"2026-06-01\" }, groupBy: KIND) {\n              key\n              batches\n              reviews\n              reviewsUpheld\n              reviewsChanged\n              reviewsRevoked\n              reexaminations\n              reexaminationsUpheld\n            }\n          }\n        ": types.CaseOpinionsSpecCaseStatisticsDocument,
    "\n  query CasePageSpecLinks($filter: CaseFilter) {\n    cases(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          repeatOf {\n            id\n            number\n          }\n          repeats {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": types.CasePageSpecLinksDocument,
    "\n  query CasePageSpecExtensionApprovers($caseId: ID!) {\n    extensionApprovers(caseId: $caseId) {\n      id\n      name\n    }\n  }\n": types.CasePageSpecExtensionApproversDocument,
    "\n          query CasePageSpecCase($id: ID!) {\n            case(id: $id) {\n              id\n            }\n          }\n        ": types.CasePageSpecCaseDocument,
    "\n        query CaseQueriesSpecListed($filter: CaseFilter) {\n          cases(first: 100, filter: $filter) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.CaseQueriesSpecListedDocument,
    "\n            query CaseQueriesSpecPage($after: String) {\n              cases(first: 1, after: $after) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          ": types.CaseQueriesSpecPageDocument,
    "\n            query CaseQueriesSpecCaseStatistics($g: CaseGrouping!) {\n              caseStatistics(period: { from: \"2026-06-01\", to: \"2026-06-30\" }, groupBy: $g) {\n                key\n                label\n                batches\n                personTimes\n              }\n            }\n          ": types.CaseQueriesSpecCaseStatisticsDocument,
    "\n          query CaseQueriesSpecRepeats($input: RepeatCandidatesInput!) {\n            repeatCandidates(input: $input) {\n              score\n              sameIdNumber\n              samePhone\n              textSimilarity\n              finalized\n              case {\n                id\n              }\n            }\n          }\n        ": types.CaseQueriesSpecRepeatsDocument,
    "\n        query CaseQueriesSpecTimeline($id: ID!) {\n          case(id: $id) {\n            timeline {\n              seq\n              action\n              fromState\n              toState\n              actorName\n              details {\n                reason\n                targetTenantName\n                summary\n              }\n            }\n          }\n        }\n      ": types.CaseQueriesSpecTimelineDocument,
    "\n        query CaseQueriesSpecCase($id: ID!) {\n          case(id: $id) {\n            declineTarget\n          }\n        }\n      ": types.CaseQueriesSpecCaseDocument,
    "\n        mutation CaseQueriesSpecScheduleReception($input: ScheduleReceptionInput!) {\n          scheduleReception(input: $input) {\n            id\n          }\n        }\n      ": types.CaseQueriesSpecScheduleReceptionDocument,
    "\n            query CaseQueriesSpecCase2($id: ID!) {\n              case(id: $id) {\n                receptionId\n              }\n            }\n          ": types.CaseQueriesSpecCase2Document,
    "\n        query CaseQueriesSpecReception($id: ID!) {\n          reception(id: $id) {\n            caseCount\n          }\n        }\n      ": types.CaseQueriesSpecReceptionDocument,
    "\n        mutation CaseQueriesSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n          updateCalendarSettings(input: $input) {\n            version\n          }\n        }\n      ": types.CaseQueriesSpecUpdateCalendarSettingsDocument,
    "\n          query CaseRulesSpecSibling {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.CaseRulesSpecSiblingDocument,
    "\n        query CaseRulesSpecPetitioners($id: ID!, $reveal: Boolean!) {\n          case(id: $id) {\n            petitioners {\n              idNumber(reveal: $reveal)\n              phone(reveal: $reveal)\n            }\n          }\n        }\n      ": types.CaseRulesSpecPetitionersDocument,
    "\n          query CaseRulesSpecHandler {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                  handlingUnitId\n                }\n              }\n            }\n          }\n        ": types.CaseRulesSpecHandlerDocument,
    "\n        query CaseRulesSpecCase($id: ID!) {\n          case(id: $id) {\n            id\n            petitioners {\n              name\n            }\n          }\n        }\n      ": types.CaseRulesSpecCaseDocument,
    "\n    query CaseStatisticsSpecCaseStatistics($basis: CaseCountBasis, $g: CaseGrouping!) {\n      caseStatistics(period: { from: \"2026-03-01\", to: \"2026-03-31\" }, groupBy: $g, basis: $basis) {\n        key\n        label\n        batches\n        personTimes\n      }\n    }\n  ": types.CaseStatisticsSpecCaseStatisticsDocument,
    "\n      query CaseStatisticsSpecCaseStatistics2($basis: CaseCountBasis, $g: CaseGrouping!, $j: ID) {\n        caseStatistics(period: { from: \"2026-03-01\", to: \"2026-04-30\" }, groupBy: $g, basis: $basis, jurisdictionId: $j) {\n          key\n          label\n          batches\n          personTimes\n        }\n      }\n    ": types.CaseStatisticsSpecCaseStatistics2Document,
    "\n      query CaseStatisticsSpecCaseBacklog($to: String!, $basis: CaseCountBasis) {\n        caseBacklog(period: { from: \"2025-01-01\", to: $to }, basis: $basis) {\n          asOf\n          open\n          personTimes\n          overdue\n          longPending\n        }\n      }\n    ": types.CaseStatisticsSpecCaseBacklogDocument,
    "\n  mutation RatingLinkSpecRateCaseByToken($input: RateByTokenInput!) {\n    rateCaseByToken(input: $input) {\n      rating\n    }\n  }\n": types.RatingLinkSpecRateCaseByTokenDocument,
    "\n  mutation RatingLinkSpecDeliverCase($input: CaseChangeInput!) {\n    deliverCase(input: $input) {\n      version\n      ratingToken\n    }\n  }\n": types.RatingLinkSpecDeliverCaseDocument,
    "\n          query RegistrationFieldsSpecLeaders {\n            leaders {\n              id\n              displayName\n            }\n          }\n        ": types.RegistrationFieldsSpecLeadersDocument,
    "\n        query RegistrationFieldsSpecCase($id: ID!) {\n          case(id: $id) {\n            leaderOwnerId\n          }\n        }\n      ": types.RegistrationFieldsSpecCaseDocument,
    "\n          query RepeatRegistrationSpecCategories {\n            categories {\n              id\n              code\n            }\n          }\n        ": types.RepeatRegistrationSpecCategoriesDocument,
    "\n        query RepeatRegistrationSpecCase($id: ID!) {\n          case(id: $id) {\n            newMatterReason\n            timeline {\n              action\n              details {\n                newMatterReason\n                strongMatches\n              }\n            }\n          }\n        }\n      ": types.RepeatRegistrationSpecCaseDocument,
    "\n        query ReportUpSpecCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              action\n              actorName\n              details {\n                reason\n                targetTenantId\n                targetTenantName\n              }\n            }\n          }\n        }\n      ": types.ReportUpSpecCaseDocument,
    "\n  query CategoriesSpecList($all: Boolean) {\n    categories(includeInactive: $all) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      usable\n      version\n    }\n  }\n": types.CategoriesSpecListDocument,
    "\n  mutation CategoriesSpecCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      version\n    }\n  }\n": types.CategoriesSpecCreateCategoryDocument,
    "\n  mutation CategoriesSpecUpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      fullName\n      ordinal\n      active\n      version\n    }\n  }\n": types.CategoriesSpecUpdateCategoryDocument,
    "\n  mutation DeadlineRecomputeSpecAddHolidayOverride($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n    }\n  }\n": types.DeadlineRecomputeSpecAddHolidayOverrideDocument,
    "\n  mutation DeadlineRecomputeSpecRemoveHolidayOverride($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n    }\n  }\n": types.DeadlineRecomputeSpecRemoveHolidayOverrideDocument,
    "\n  query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n    deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n      edges {\n        node {\n          tenantId\n          reason\n          stagesChecked\n          stagesChanged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DeadlineRecomputeSpecRecomputationsDocument,
    "\n        query WindowLapseSpecCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              action\n              fromState\n              toState\n              actorName\n              details {\n                closeReason\n                lapsedStage\n                windowDeadline\n              }\n            }\n          }\n        }\n      ": types.WindowLapseSpecCaseDocument,
    "\n  query LeadersSpecLeaders {\n    leaders {\n      id\n      displayName\n    }\n  }\n": types.LeadersSpecLeadersDocument,
    "\n  query TenantIsolationSpecTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          code\n        }\n      }\n    }\n  }\n": types.TenantIsolationSpecTenantsDocument,
    "\n          query TenantIsolationSpecChildren {\n            tenants(first: 3) {\n              edges {\n                node {\n                  code\n                  children {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        ": types.TenantIsolationSpecChildrenDocument,
    "\n            query TenantIsolationSpecTenant($id: ID!) {\n              tenant(id: $id) {\n                name\n              }\n            }\n          ": types.TenantIsolationSpecTenantDocument,
    "\n          query TenantIsolationSpecMe {\n            me {\n              tenant {\n                name\n                parent {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        ": types.TenantIsolationSpecMeDocument,
    "\n          query TenantIsolationSpecUsers($id: ID!) {\n            users(tenantId: $id, first: 50) {\n              edges {\n                node {\n                  username\n                }\n              }\n            }\n          }\n        ": types.TenantIsolationSpecUsersDocument,
    "\n          mutation TenantIsolationSpecCreateUnit($input: CreateUnitInput!) {\n            createUnit(input: $input) {\n              id\n            }\n          }\n        ": types.TenantIsolationSpecCreateUnitDocument,
    "\n          mutation TenantIsolationSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": types.TenantIsolationSpecCreateUserDocument,
    "\n          mutation TenantIsolationSpecCreateTenant($input: CreateTenantInput!) {\n            createTenant(input: $input) {\n              id\n            }\n          }\n        ": types.TenantIsolationSpecCreateTenantDocument,
    "\n          mutation TenantIsolationSpecCreateTenant2($input: CreateTenantInput!) {\n            createTenant(input: $input) {\n              code\n              level\n              path\n              parent {\n                code\n              }\n            }\n          }\n        ": types.TenantIsolationSpecCreateTenant2Document,
    "\n          query TenantIsolationSpecCounties {\n            tenants(first: 100, filter: { level: COUNTY }) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        ": types.TenantIsolationSpecCountiesDocument,
    "\n  query InstrumentsSpecCaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      instruments {\n        id\n        kind\n        title\n        documentNumber\n        addressee\n        addresseeName\n        issuedOn\n        issuingTenantName\n        issuedByName\n        size\n        templateVersion\n        downloadUrl\n      }\n    }\n  }\n": types.InstrumentsSpecCaseFileDocument,
    "\n  query InstrumentsSpecTemplates {\n    instrumentTemplates {\n      kind\n      title\n      paragraphs\n      source\n      sourceTenantName\n      version\n      ownVersion\n      placeholders {\n        name\n      }\n    }\n  }\n": types.InstrumentsSpecTemplatesDocument,
    "\n  mutation InstrumentsSpecSaveTemplate($input: SaveInstrumentTemplateInput!) {\n    saveInstrumentTemplate(input: $input) {\n      kind\n      title\n      source\n      version\n      ownVersion\n    }\n  }\n": types.InstrumentsSpecSaveTemplateDocument,
    "\n  query PetitionerMessagesOfCase($id: ID!) {\n    case(id: $id) {\n      id\n      petitioners {\n        name\n        phone\n        email\n      }\n      messages {\n        kind\n        channel\n        recipient\n        body\n        status\n        sentToDevInbox\n        attempts\n      }\n    }\n  }\n": types.PetitionerMessagesOfCaseDocument,
    "\n  query PetitionerMessageList($filter: PetitionerMessageFilter, $first: Int!) {\n    petitionerMessages(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          caseNumber\n          kind\n          channel\n          status\n          lastError\n          attempts\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.PetitionerMessageListDocument,
    "\n  mutation ResendPetitionerMessage($id: ID!) {\n    resendPetitionerMessage(id: $id) {\n      id\n      status\n    }\n  }\n": types.ResendPetitionerMessageDocument,
    "\n  mutation PetitionerRatesByLink($input: RateByTokenInput!) {\n    rateCaseByToken(input: $input) {\n      id\n      rating\n    }\n  }\n": types.PetitionerRatesByLinkDocument,
    "\n  query MessageTemplatesOfOffice {\n    messageTemplates {\n      kind\n      text\n      version\n      own\n      ownVersion\n      ownerTenantName\n    }\n  }\n": types.MessageTemplatesOfOfficeDocument,
    "\n  mutation SaveMessageTemplateOfOffice($input: SaveMessageTemplateInput!) {\n    saveMessageTemplate(input: $input)\n  }\n": types.SaveMessageTemplateOfOfficeDocument,
    "\n  query OnlineIntakeSpecQueue($filter: OnlineSubmissionFilter) {\n    onlineSubmissions(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          officeName\n          title\n          petitionerName\n          idNumberMasked\n          phoneMasked\n          status\n          clockText\n          overdue\n          registerBy\n          version\n          attachments {\n            id\n            fileName\n            url\n          }\n        }\n      }\n    }\n  }\n": types.OnlineIntakeSpecQueueDocument,
    "\n  mutation OnlineIntakeSpecRegister($input: RegisterOnlineSubmissionInput!) {\n    registerOnlineSubmission(input: $input) {\n      id\n      status\n      caseId\n      caseNumber\n      version\n    }\n  }\n": types.OnlineIntakeSpecRegisterDocument,
    "\n  mutation OnlineIntakeSpecReject($input: RejectOnlineSubmissionInput!) {\n    rejectOnlineSubmission(input: $input) {\n      id\n      status\n      rejectionReason\n      version\n    }\n  }\n": types.OnlineIntakeSpecRejectDocument,
    "\n  query OnlineIntakeSpecSettings {\n    onlineIntakeSettings {\n      tenantId\n      registerWithinHours\n      effectiveRegisterWithinHours\n    }\n  }\n": types.OnlineIntakeSpecSettingsDocument,
    "\n  mutation OnlineIntakeSpecSetSettings($input: SetOnlineIntakeSettingsInput!) {\n    setOnlineIntakeSettings(input: $input) {\n      registerWithinHours\n      effectiveRegisterWithinHours\n    }\n  }\n": types.OnlineIntakeSpecSetSettingsDocument,
    "\n  mutation PortalDeclineCase($input: DeclineCaseInput!) {\n    declineCase(input: $input) {\n      id\n      state\n      instruments {\n        id\n        kind\n        documentNumber\n      }\n    }\n  }\n": types.PortalDeclineCaseDocument,
    "\n  mutation ReceptionsSpecScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) {\n      id\n      tenantId\n      leaderId\n      leaderName\n      date\n      place\n    }\n  }\n": types.ReceptionsSpecScheduleReceptionDocument,
    "\n  query ReceptionsSpecList($filter: ReceptionFilter, $first: Int, $after: String) {\n    receptions(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          date\n          leaderName\n          caseCount\n          personCount\n          resolvedCount\n          resolutionRate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReceptionsSpecListDocument,
    "\n  query ReceptionsSpecOne($id: ID!) {\n    reception(id: $id) {\n      id\n      date\n      leaderName\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n": types.ReceptionsSpecOneDocument,
    "\n  query ReceptionsSpecStatistics($from: String!, $to: String!, $tenantId: ID) {\n    receptionStatistics(from: $from, to: $to, tenantId: $tenantId) {\n      leaderId\n      leaderName\n      tenantId\n      receptionCount\n      caseCount\n      personCount\n      resolvedCount\n      resolutionRate\n    }\n  }\n": types.ReceptionsSpecStatisticsDocument,
    "\n          mutation ReceptionsSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": types.ReceptionsSpecCreateUserDocument,
    "\n          mutation ReceptionsSpecCreateUser2($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": types.ReceptionsSpecCreateUser2Document,
    "\n        query ReceptionsSpecReceptions($filter: ReceptionFilter) {\n          receptions(first: 1, filter: $filter) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.ReceptionsSpecReceptionsDocument,
    "\n  mutation MeetingAttachmentsSpecEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      id\n    }\n  }\n": types.MeetingAttachmentsSpecEstablishDocument,
    "\n  query MeetingAttachmentsSpecLists {\n    taskLists {\n      id\n    }\n  }\n": types.MeetingAttachmentsSpecListsDocument,
    "\n  mutation MeetingAttachmentsSpecCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      subtasks {\n        id\n        tenantId\n        version\n      }\n    }\n  }\n": types.MeetingAttachmentsSpecCreateDocument,
    "\n  mutation MeetingAttachmentsSpecReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      version\n    }\n  }\n": types.MeetingAttachmentsSpecReceiveDocument,
    "\n  mutation MeetingAttachmentsSpecReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      reports {\n        id\n      }\n    }\n  }\n": types.MeetingAttachmentsSpecReportDocument,
    "\n  query MeetingAttachmentsSpecTask($id: ID!) {\n    task(id: $id) {\n      reports {\n        id\n        attachable\n        attachments {\n          id\n          fileName\n          mediaType\n          sizeBytes\n          sha256\n          description\n          uploadedByName\n          downloadUrl\n        }\n      }\n    }\n  }\n": types.MeetingAttachmentsSpecTaskDocument,
    "\n  mutation MeetingAttachmentsSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      version\n    }\n  }\n": types.MeetingAttachmentsSpecRaiseDocument,
    "\n  mutation MeetingAttachmentsSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      version\n      feedback {\n        id\n      }\n    }\n  }\n": types.MeetingAttachmentsSpecFeedbackDocument,
    "\n  mutation MeetingAttachmentsSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      state\n    }\n  }\n": types.MeetingAttachmentsSpecAcceptDocument,
    "\n  query MeetingAttachmentsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      feedback {\n        id\n        attachable\n        files {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n": types.MeetingAttachmentsSpecNoticeDocument,
    "\n  fragment ConferenceMeetingsSpecMeetingFields on ConferenceMeeting {\n    id\n    tenantId\n    conferenceId\n    kind\n    date\n    title\n    chairUserId\n    chairName\n    state\n    minutes\n    cancelReason\n    plannedFrom\n    version\n    attendees {\n      kind\n      userId\n      memberId\n      name\n      attendance\n      note\n    }\n    agenda {\n      text\n      caseId\n      caseNumber\n      caseTitle\n    }\n    decisions {\n      id\n      ordinal\n      text\n    }\n  }\n": types.ConferenceMeetingsSpecMeetingFieldsFragmentDoc,
    "\n  mutation ConferenceMeetingsSpecEstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      id\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.ConferenceMeetingsSpecEstablishConferenceDocument,
    "\n  mutation ConferenceMeetingsSpecScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n": types.ConferenceMeetingsSpecScheduleMeetingDocument,
    "\n  mutation ConferenceMeetingsSpecRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n": types.ConferenceMeetingsSpecRecordMeetingDocument,
    "\n  mutation ConferenceMeetingsSpecCancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n": types.ConferenceMeetingsSpecCancelMeetingDocument,
    "\n  mutation ConferenceMeetingsSpecSetMeetingSchedule($input: SetMeetingScheduleInput!) {\n    setMeetingSchedule(input: $input) {\n      kind\n      recurrence\n      weekday\n      days\n    }\n  }\n": types.ConferenceMeetingsSpecSetMeetingScheduleDocument,
    "\n  query ConferenceMeetingsSpecMeetings($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          date\n          state\n          plannedFrom\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConferenceMeetingsSpecMeetingsDocument,
    "\n  query ConferenceMeetingsSpecMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n": types.ConferenceMeetingsSpecMeetingDocument,
    "\n  fragment ConferencesSpecConferenceFields on Conference {\n    id\n    tenantId\n    establishedOn\n    officeUnitId\n    officeUnitName\n    version\n    convenors {\n      userId\n      name\n      title\n    }\n    members {\n      id\n      unitId\n      name\n      liaisonUserId\n      liaisonName\n      joinedOn\n      endedOn\n    }\n  }\n": types.ConferencesSpecConferenceFieldsFragmentDoc,
    "\n  mutation ConferencesSpecEstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n": types.ConferencesSpecEstablishConferenceDocument,
    "\n  mutation ConferencesSpecUpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n": types.ConferencesSpecUpdateConferenceDocument,
    "\n  mutation ConferencesSpecAddConferenceMember($input: AddConferenceMemberInput!) {\n    addConferenceMember(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n": types.ConferencesSpecAddConferenceMemberDocument,
    "\n  mutation ConferencesSpecRemoveConferenceMember($input: RemoveConferenceMemberInput!) {\n    removeConferenceMember(input: $input) {\n      version\n      members(includeEnded: true) {\n        id\n        name\n        endedOn\n      }\n    }\n  }\n": types.ConferencesSpecRemoveConferenceMemberDocument,
    "\n  query ConferencesSpecConference($tenantId: ID) {\n    conference(tenantId: $tenantId) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n": types.ConferencesSpecConferenceDocument,
    "\n      query ConferencesSpecConferenceStaff {\n        conferenceStaff {\n          userId\n          name\n          unitId\n          leader\n        }\n      }\n    ": types.ConferencesSpecConferenceStaffDocument,
    "\n  query NoticeActionsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      id\n      version\n      state\n      availableActions\n      feedbackDaysLeft\n      feedbackOverdueDays\n      ladder {\n        id\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n      }\n    }\n  }\n": types.NoticeActionsSpecNoticeDocument,
    "\n  mutation NoticeActionsSpecMarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      version\n    }\n  }\n": types.NoticeActionsSpecMarkNoticeReadDocument,
    "\n  mutation NoticeActionsSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n": types.NoticeActionsSpecSubmitNoticeFeedbackDocument,
    "\n  mutation NoticeActionsSpecAcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n": types.NoticeActionsSpecAcceptNoticeFeedbackDocument,
    "\n  mutation NoticeActionsSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n": types.NoticeActionsSpecRejectNoticeFeedbackDocument,
    "\n  mutation NoticeActionsSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      id\n      kind\n    }\n  }\n": types.NoticeActionsSpecEscalateNoticeDocument,
    "\n  query NoticeActionsSpecIssuedNotices($filter: NoticeFilter) {\n    issuedNotices(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.NoticeActionsSpecIssuedNoticesDocument,
    "\n  query NoticeEscalationSpecInbox {\n    noticeInbox(first: 100) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          state\n        }\n      }\n    }\n  }\n": types.NoticeEscalationSpecInboxDocument,
    "\n  query NoticeEscalationSpecSummary($period: SupervisionPeriodInput!) {\n    supervisionSummary(period: $period) {\n      tenantId\n      tenantName\n      issued\n      overdueFeedback\n      escalated\n      byKind {\n        kind\n        issued\n        overdueFeedback\n        escalated\n      }\n    }\n  }\n": types.NoticeEscalationSpecSummaryDocument,
    "\n        mutation NoticeEscalationSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n          submitNoticeFeedback(input: $input) {\n            version\n          }\n        }\n      ": types.NoticeEscalationSpecSubmitNoticeFeedbackDocument,
    "\n        mutation NoticeEscalationSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n          rejectNoticeFeedback(input: $input) {\n            state\n            escalateOn\n          }\n        }\n      ": types.NoticeEscalationSpecRejectNoticeFeedbackDocument,
    "\n  query NoticeInstrumentsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      id\n      kind\n      instruments {\n        id\n        title\n        documentNumber\n        addresseeName\n        issuedOn\n        issuingTenantName\n        size\n        downloadUrl\n      }\n    }\n  }\n": types.NoticeInstrumentsSpecNoticeDocument,
    "\n  mutation NoticeInstrumentsSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      instruments {\n        documentNumber\n        issuingTenantName\n      }\n    }\n  }\n": types.NoticeInstrumentsSpecRaiseDocument,
    "\n  query NoticeLadderSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      ladderStoppedReason\n      history {\n        action\n        fromState\n        toState\n        reason\n      }\n    }\n  }\n": types.NoticeLadderSpecNoticeDocument,
    "\n  mutation NoticeLadderSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      id\n    }\n  }\n": types.NoticeLadderSpecEscalateNoticeDocument,
    "\n  mutation NoticeLadderSpecRaiseNotice($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      issuerTenantId\n      addresseeTenantId\n    }\n  }\n": types.NoticeLadderSpecRaiseNoticeDocument,
    "\n        mutation NoticeLadderSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n          submitNoticeFeedback(input: $input) {\n            state\n          }\n        }\n      ": types.NoticeLadderSpecSubmitNoticeFeedbackDocument,
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
    "\n        query NoticeWorkflowSpecNoticeInbox($filter: NoticeFilter) {\n          noticeInbox(first: 1, filter: $filter) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.NoticeWorkflowSpecNoticeInboxDocument,
    "\n        query NoticeWorkflowSpecIssuedNotices2($filter: NoticeFilter) {\n          issuedNotices(first: 1, filter: $filter) {\n            totalCount\n          }\n        }\n      ": types.NoticeWorkflowSpecIssuedNotices2Document,
    "\n            query NoticeWorkflowSpecIssuedNotices {\n              issuedNotices(first: 100) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          ": types.NoticeWorkflowSpecIssuedNoticesDocument,
    "\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    text\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    stage\n    clockId\n    deadline\n    responsibleTenantId\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    feedbackDue\n    fixBy\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n  }\n": types.SupervisionHarnessNoticeFragmentDoc,
    "\n  mutation TaskActionsSpecReceiveTask($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      id\n    }\n  }\n": types.TaskActionsSpecReceiveTaskDocument,
    "\n  mutation TaskActionsSpecStartTask($input: TaskStepInput!) {\n    startTask(input: $input) {\n      id\n    }\n  }\n": types.TaskActionsSpecStartTaskDocument,
    "\n  mutation TaskActionsSpecSplitTask($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      id\n    }\n  }\n": types.TaskActionsSpecSplitTaskDocument,
    "\n  mutation TaskActionsSpecReportTask($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      id\n    }\n  }\n": types.TaskActionsSpecReportTaskDocument,
    "\n  mutation TaskActionsSpecSignOffTask($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      id\n    }\n  }\n": types.TaskActionsSpecSignOffTaskDocument,
    "\n  mutation TaskActionsSpecSendBackTask($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      id\n    }\n  }\n": types.TaskActionsSpecSendBackTaskDocument,
    "\n  mutation TaskActionsSpecCancelTask($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      id\n    }\n  }\n": types.TaskActionsSpecCancelTaskDocument,
    "\n  query TaskActionsSpecTask($id: ID!) {\n    task(id: $id) {\n      id\n      version\n      state\n      availableActions\n      daysLeft\n      overdueDays\n      dueSoon\n      overdue\n      subtasks {\n        id\n      }\n    }\n  }\n": types.TaskActionsSpecTaskDocument,
    "\n  mutation TaskActionsSpecCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id\n      subtasks {\n        id\n        assignee {\n          name\n        }\n      }\n    }\n  }\n": types.TaskActionsSpecCreateTaskDocument,
    "\n        mutation TaskActionsSpecEstablishConference($input: EstablishConferenceInput!) {\n          establishConference(input: $input) {\n            members {\n              id\n              name\n            }\n          }\n        }\n      ": types.TaskActionsSpecEstablishConferenceDocument,
    "\n        query TaskActionsSpecTaskLists {\n          taskLists {\n            id\n          }\n        }\n      ": types.TaskActionsSpecTaskListsDocument,
    "\n        query TaskActionsSpecTasks {\n          tasks(first: 50) {\n            edges {\n              node {\n                id\n                daysLeft\n                overdueDays\n                availableActions\n              }\n            }\n          }\n        }\n      ": types.TaskActionsSpecTasksDocument,
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
    "\n      query AssessmentE2eTenant($id: ID!) {\n        tenant(id: $id) {\n          name\n          assessmentResults(period: { kind: YEAR, year: 2026 }) {\n            schemeName\n            total\n            rank\n            of\n            grade\n          }\n        }\n      }\n    ": types.AssessmentE2eTenantDocument,
    "\n        mutation AssessmentE2eUpdateAssessmentScheme($input: UpdateSchemeInput!) {\n          updateAssessmentScheme(input: $input) {\n            id\n          }\n        }\n      ": types.AssessmentE2eUpdateAssessmentSchemeDocument,
    "\n        mutation AssessmentE2eCreateAssessmentScheme($input: CreateSchemeInput!) {\n          createAssessmentScheme(input: $input) {\n            id\n          }\n        }\n      ": types.AssessmentE2eCreateAssessmentSchemeDocument,
    "\n            query AssessmentScores($id: ID!) {\n              scores(schemeId: $id) {\n                targets {\n                  tenantId\n                  name\n                }\n              }\n            }\n          ": types.AssessmentScoresDocument,
    "\n            mutation AssessmentEnterManualScore($input: ManualScoreInput!) {\n              enterManualScore(input: $input) {\n                id\n              }\n            }\n          ": types.AssessmentEnterManualScoreDocument,
    "\n            query AssessmentScores2($id: ID!) {\n              scores(schemeId: $id) {\n                targets {\n                  name\n                  publishedTotal\n                  publishedRank\n                }\n              }\n            }\n          ": types.AssessmentScores2Document,
    "\n            query AssessmentTenant($id: ID!) {\n              tenant(id: $id) {\n                assessmentResults(period: { kind: YEAR, year: 2026 }) {\n                  rank\n                  of\n                }\n              }\n            }\n          ": types.AssessmentTenantDocument,
    "\n            query AssessmentAssessmentScheme($id: ID!) {\n              assessmentScheme(id: $id) {\n                version\n                totalPoints\n                items {\n                  code\n                  name\n                  points\n                  indicator {\n                    formula\n                  }\n                }\n              }\n              scores(schemeId: $id) {\n                targets {\n                  name\n                  items {\n                    code\n                    numerator\n                    denominator\n                  }\n                }\n              }\n            }\n          ": types.AssessmentAssessmentSchemeDocument,
    "\n          mutation ConferenceSetupCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        ": types.ConferenceSetupCreateUserDocument,
    "\n            query ConferenceSetupConference {\n              conference {\n                version\n              }\n            }\n          ": types.ConferenceSetupConferenceDocument,
    "\n          mutation ConferenceSetupUpdateConference($input: UpdateConferenceInput!) {\n            updateConference(input: $input) {\n              version\n            }\n          }\n        ": types.ConferenceSetupUpdateConferenceDocument,
    "\n              query ConferenceTasksConference {\n                conference {\n                  id\n                }\n              }\n            ": types.ConferenceTasksConferenceDocument,
    "\n          mutation ConferenceTasksEstablishConference($input: EstablishConferenceInput!) {\n            establishConference(input: $input) {\n              id\n            }\n          }\n        ": types.ConferenceTasksEstablishConferenceDocument,
    "\n            mutation ConferenceTasksCreateUser($input: CreateUserInput!) {\n              createUser(input: $input) {\n                id\n              }\n            }\n          ": types.ConferenceTasksCreateUserDocument,
    "\n          mutation ConferenceTasksScheduleMeeting($input: ScheduleMeetingInput!) {\n            scheduleMeeting(input: $input) {\n              id\n              version\n            }\n          }\n        ": types.ConferenceTasksScheduleMeetingDocument,
    "\n          mutation ConferenceTasksRecordMeeting($input: RecordMeetingInput!) {\n            recordMeeting(input: $input) {\n              id\n            }\n          }\n        ": types.ConferenceTasksRecordMeetingDocument,
    "\n          query QueueAndReceptionsLeaders {\n            leaders {\n              id\n              displayName\n            }\n          }\n        ": types.QueueAndReceptionsLeadersDocument,
    "\n          mutation QueueAndReceptionsScheduleReception($input: ScheduleReceptionInput!) {\n            scheduleReception(input: $input) {\n              id\n            }\n          }\n        ": types.QueueAndReceptionsScheduleReceptionDocument,
    "\n          query QueueAndReceptionsCases {\n            cases(first: 1, filter: { registeredByMe: true }) {\n              totalCount\n            }\n          }\n        ": types.QueueAndReceptionsCasesDocument,
    "\n            query RegistrationLeaders {\n              leaders {\n                id\n                displayName\n              }\n            }\n          ": types.RegistrationLeadersDocument,
    "\n          query RegistrationReceptions($day: String!) {\n            receptions(filter: { from: $day, to: $day }) {\n              edges {\n                node {\n                  id\n                  leaderId\n                }\n              }\n            }\n          }\n        ": types.RegistrationReceptionsDocument,
    "\n              mutation RegistrationScheduleReception($input: ScheduleReceptionInput!) {\n                scheduleReception(input: $input) {\n                  id\n                }\n              }\n            ": types.RegistrationScheduleReceptionDocument,
    "\n          query RegistrationCase($id: ID!) {\n            case(id: $id) {\n              leaderOwnerId\n              receptionId\n            }\n          }\n        ": types.RegistrationCaseDocument,
    "\n          query StatisticsCaseStatistics($period: PeriodInput!, $j: ID) {\n            caseStatistics(period: $period, groupBy: KIND, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {\n              batches\n              personTimes\n            }\n          }\n        ": types.StatisticsCaseStatisticsDocument,
    "\n          query StatisticsCaseBacklog($period: PeriodInput!, $j: ID) {\n            caseBacklog(period: $period, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {\n              open\n            }\n          }\n        ": types.StatisticsCaseBacklogDocument,
    "\n  query CaseDeskE2eCase($id: ID!) {\n    case(id: $id) {\n      number\n      availableActions\n      handlingTenant {\n        name\n      }\n      handlingUnit {\n        name\n      }\n      problemJurisdiction {\n        path\n      }\n      category {\n        path\n      }\n      runningClocks {\n        stage\n        deadline\n        daysLeft\n        overdueDays\n        dueSoon\n      }\n      timeline {\n        action\n        actorTenant {\n          name\n        }\n        details {\n          summary\n        }\n      }\n    }\n  }\n": types.CaseDeskE2eCaseDocument,
    "\n        query CaseDeskE2eCases {\n          cases(first: 1, filter: { text: \"电梯长期停运（案台）\" }) {\n            totalCount\n            edges {\n              node {\n                number\n              }\n            }\n          }\n        }\n      ": types.CaseDeskE2eCasesDocument,
    "\n        query CaseDeskE2eCases2 {\n          cases(first: 1, filter: { text: \"电梯长期停运（案台）\" }) {\n            totalCount\n          }\n        }\n      ": types.CaseDeskE2eCases2Document,
    "\n        mutation CaseLifecycleE2eDeliverCase($input: CaseChangeInput!) {\n          deliverCase(input: $input) {\n            ratingToken\n          }\n        }\n      ": types.CaseLifecycleE2eDeliverCaseDocument,
    "\n            query CaseLifecycleE2eCase($id: ID!) {\n              case(id: $id) {\n                ratingToken\n              }\n            }\n          ": types.CaseLifecycleE2eCaseDocument,
    "\n      mutation CaseLifecycleE2eRateCaseByToken($input: RateByTokenInput!) {\n        rateCaseByToken(input: $input) {\n          rating\n        }\n      }\n    ": types.CaseLifecycleE2eRateCaseByTokenDocument,
    "\n          query CaseLifecycleE2eCaseStatistics($basis: CaseCountBasis) {\n            caseStatistics(period: { from: \"2026-01-01\", to: \"2026-12-31\" }, groupBy: KIND, basis: $basis) {\n              batches\n            }\n          }\n        ": types.CaseLifecycleE2eCaseStatisticsDocument,
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
    "\n          mutation ConferenceTasksE2eCreateTask2($input: CreateTaskInput!) {\n            createTask(input: $input) {\n              id\n            }\n          }\n        ": types.ConferenceTasksE2eCreateTask2Document,
    "\n        mutation ConferenceTasksE2eScheduleMeeting($input: ScheduleMeetingInput!) {\n          scheduleMeeting(input: $input) {\n            agenda {\n              caseId\n              caseNumber\n              caseTitle\n            }\n          }\n        }\n      ": types.ConferenceTasksE2eScheduleMeetingDocument,
    "\n        mutation ConferenceTasksE2eScheduleMeeting2($input: ScheduleMeetingInput!) {\n          scheduleMeeting(input: $input) {\n            id\n          }\n        }\n      ": types.ConferenceTasksE2eScheduleMeeting2Document,
    "\n        mutation ConferenceTasksE2eSignOffTask($input: TaskStepInput!) {\n          signOffTask(input: $input) {\n            id\n          }\n        }\n      ": types.ConferenceTasksE2eSignOffTaskDocument,
    "\n        mutation ConferenceTasksE2eRaiseNotice($input: RaiseNoticeInput!) {\n          raiseNotice(input: $input) {\n            id\n          }\n        }\n      ": types.ConferenceTasksE2eRaiseNoticeDocument,
    "\n  query CaseApiMe {\n    me {\n      id\n    }\n  }\n": types.CaseApiMeDocument,
    "\n  query CaseApiTenants {\n    tenants(first: 100) {\n      edges {\n        node {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.CaseApiTenantsDocument,
    "\n  query CaseApiUnits($id: ID!) {\n    tenant(id: $id) {\n      units(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CaseApiUnitsDocument,
    "\n  fragment CaseApiCase on Case {\n    id\n    number\n    state\n    version\n    kind\n    channel\n    handlingTenantId\n    handlingUnitId\n    deadline\n    deadlineStage\n    openStages\n    extensionUsed\n    sendBackCount\n    rating\n    outcome\n    decisionText\n    completionReport\n    repeatOfId\n    repeatCount\n    levelSkipping\n    handledBelow\n    collective\n    personCount\n    finishedOn\n    closeReason\n    declineReason\n    ending\n    final\n    reviewResult\n    reexaminationResult\n    stages {\n      stage\n      startedOn\n      deadline\n      stoppedOn\n      onTime\n      extensionDays\n      provisional\n    }\n  }\n": types.CaseApiCaseFragmentDoc,
    "\n  query CaseApiCase($id: ID!) {\n    case(id: $id) {\n      ...CaseApiCase\n    }\n  }\n": types.CaseApiCaseDocument,
    "\n    mutation CaseApiRegisterCase($input: RegisterCaseInput!) {\n      registerCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiRegisterCaseDocument,
    "\n    mutation CaseApiRouteCase($input: RouteCaseInput!) {\n      routeCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiRouteCaseDocument,
    "\n    mutation CaseApiReceiveCase($input: CaseChangeInput!) {\n      receiveCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiReceiveCaseDocument,
    "\n    mutation CaseApiAcceptCase($input: CaseChangeInput!) {\n      acceptCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiAcceptCaseDocument,
    "\n    mutation CaseApiObjectToCase($input: ReasonedCaseInput!) {\n      objectToCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiObjectToCaseDocument,
    "\n    mutation CaseApiReportCaseUp($input: ReasonedCaseInput!) {\n      reportCaseUp(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiReportCaseUpDocument,
    "\n    mutation CaseApiDeclineCase($input: DeclineCaseInput!) {\n      declineCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiDeclineCaseDocument,
    "\n    mutation CaseApiExtendCase($input: ExtendCaseInput!) {\n      extendCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiExtendCaseDocument,
    "\n    mutation CaseApiRecordHearing($input: RecordHearingInput!) {\n      recordHearing(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiRecordHearingDocument,
    "\n    mutation CaseApiDecideCase($input: DecideCaseInput!) {\n      decideCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiDecideCaseDocument,
    "\n    mutation CaseApiSendBackCase($input: SendBackCaseInput!) {\n      sendBackCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiSendBackCaseDocument,
    "\n    mutation CaseApiSubmitCompletionReport($input: CaseChangeInput!) {\n      submitCompletionReport(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiSubmitCompletionReportDocument,
    "\n    mutation CaseApiDeliverCase($input: CaseChangeInput!) {\n      deliverCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiDeliverCaseDocument,
    "\n    mutation CaseApiRateCase($input: RateCaseInput!) {\n      rateCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiRateCaseDocument,
    "\n    mutation CaseApiRateCaseByToken($input: RateByTokenInput!) {\n      rateCaseByToken(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiRateCaseByTokenDocument,
    "\n    mutation CaseApiRequestReview($input: CaseChangeInput!) {\n      requestReview(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiRequestReviewDocument,
    "\n    mutation CaseApiDecideReview($input: DecideReviewInput!) {\n      decideReview(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiDecideReviewDocument,
    "\n    mutation CaseApiRequestReexamination($input: CaseChangeInput!) {\n      requestReexamination(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiRequestReexaminationDocument,
    "\n    mutation CaseApiDecideReexamination($input: DecideReviewInput!) {\n      decideReexamination(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiDecideReexaminationDocument,
    "\n    mutation CaseApiCloseCase($input: CloseCaseInput!) {\n      closeCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  ": types.CaseApiCloseCaseDocument,
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n": types.TestLoginDocument,
    "\n  query SentPetitionerMessages($caseNumber: String!) {\n    petitionerMessages(first: 50, filter: { caseNumber: $caseNumber, status: SENT }) {\n      edges {\n        node {\n          id\n          channel\n          recipient\n          body\n        }\n      }\n    }\n  }\n": types.SentPetitionerMessagesDocument,
    "\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    subjectId\n    subjectNumber\n    stage\n    clockId\n    deadline\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    addresseeUnitName\n    issuedByName\n    feedbackDue\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n    ladderStoppedReason\n  }\n": types.SupervisionApiNoticeFragmentDoc,
    "\n  query SupervisionApiInbox($filter: NoticeFilter) {\n    noticeInbox(first: 100, filter: $filter) {\n      unreadCount\n      edges {\n        node {\n          ...SupervisionApiNotice\n        }\n      }\n    }\n  }\n": types.SupervisionApiInboxDocument,
    "\n  query SupervisionApiIssued {\n    issuedNotices(first: 100) {\n      edges {\n        node {\n          ...SupervisionApiNotice\n        }\n      }\n    }\n  }\n": types.SupervisionApiIssuedDocument,
    "\n  query SupervisionApiCaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      supervisionNotices {\n        ...SupervisionApiNotice\n      }\n    }\n  }\n": types.SupervisionApiCaseNoticesDocument,
    "\n  mutation SupervisionApiMarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      ...SupervisionApiNotice\n    }\n  }\n": types.SupervisionApiMarkNoticeReadDocument,
    "\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n      }\n    }\n  }\n": types.SupervisionApiNoticeDetailDocument,
    "\n    mutation SupervisionApiSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n      submitNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": types.SupervisionApiSubmitNoticeFeedbackDocument,
    "\n    mutation SupervisionApiAcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n      acceptNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": types.SupervisionApiAcceptNoticeFeedbackDocument,
    "\n    mutation SupervisionApiRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n      rejectNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": types.SupervisionApiRejectNoticeFeedbackDocument,
    "\n    mutation SupervisionApiEscalateNotice($input: ReasonedNoticeChangeInput!) {\n      escalateNotice(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": types.SupervisionApiEscalateNoticeDocument,
    "\n    mutation SupervisionApiRaiseNotice($input: RaiseNoticeInput!) {\n      raiseNotice(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": types.SupervisionApiRaiseNoticeDocument,
    "\n    mutation SupervisionApiListForSupervision($input: ListForSupervisionInput!) {\n      listForSupervision(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  ": types.SupervisionApiListForSupervisionDocument,
    "\n      query LoginSecurityE2eNoticeInbox {\n        noticeInbox(first: 1) {\n          unreadCount\n        }\n      }\n    ": types.LoginSecurityE2eNoticeInboxDocument,
    "\n        mutation LoginSecurityE2eDeactivateUser($id: ID!, $v: Int!) {\n          deactivateUser(id: $id, version: $v) {\n            active\n            version\n          }\n        }\n      ": types.LoginSecurityE2eDeactivateUserDocument,
    "\n        query LoginSecurityE2eMe {\n          me {\n            username\n          }\n        }\n      ": types.LoginSecurityE2eMeDocument,
    "\n        mutation LoginSecurityE2eReactivateUser($id: ID!, $v: Int!) {\n          reactivateUser(id: $id, version: $v) {\n            active\n          }\n        }\n      ": types.LoginSecurityE2eReactivateUserDocument,
    "\n            query LoginSecurityE2eMe2 {\n              me {\n                username\n              }\n            }\n          ": types.LoginSecurityE2eMe2Document,
    "\n            query LoginSecurityE2eMe3 {\n              me {\n                username\n              }\n            }\n          ": types.LoginSecurityE2eMe3Document,
    "\n        mutation LoginSecurityE2eResetUserPassword($input: ResetUserPasswordInput!) {\n          resetUserPassword(input: $input) {\n            version\n          }\n        }\n      ": types.LoginSecurityE2eResetUserPasswordDocument,
    "\n            query LoginSecurityE2eMe4 {\n              me {\n                username\n              }\n            }\n          ": types.LoginSecurityE2eMe4Document,
    "\n            mutation LoginSecurityE2eLogout {\n              logout\n            }\n          ": types.LoginSecurityE2eLogoutDocument,
    "\n            query LoginSecurityE2eMe5 {\n              me {\n                username\n              }\n            }\n          ": types.LoginSecurityE2eMe5Document,
    "\n        query PlatformE2eMe {\n          me {\n            username\n            tenant {\n              name\n              conferenceCoverage(level: TOWNSHIP) {\n                jurisdictions\n                withConference\n              }\n              assessedJurisdictions {\n                code\n                name\n              }\n            }\n          }\n        }\n      ": types.PlatformE2eMeDocument,
    "\n        mutation PlatformE2eCreateTenant($input: CreateTenantInput!) {\n          createTenant(input: $input) {\n            code\n          }\n        }\n      ": types.PlatformE2eCreateTenantDocument,
    "\n            query PlatformE2eMe2 {\n              me {\n                tenant {\n                  assessedJurisdictions {\n                    code\n                  }\n                }\n              }\n            }\n          ": types.PlatformE2eMe2Document,
    "\n        query PlatformE2eTenant($id: ID!) {\n          tenant(id: $id) {\n            name\n            assessedJurisdictions {\n              code\n            }\n          }\n        }\n      ": types.PlatformE2eTenantDocument,
    "\n        query PlatformE2eMe3 {\n          me {\n            username\n          }\n        }\n      ": types.PlatformE2eMe3Document,
    "\n        query PlatformE2eMe4 {\n          me {\n            username\n          }\n        }\n      ": types.PlatformE2eMe4Document,
    "\n          query PlatformE2eCases($filter: CaseFilter) {\n            cases(filter: $filter) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.PlatformE2eCasesDocument,
    "\n          query PlatformE2eCase($id: ID!) {\n            case(id: $id) {\n              id\n            }\n          }\n        ": types.PlatformE2eCaseDocument,
    "\n          query PlatformE2eCases2($after: String) {\n            cases(after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.PlatformE2eCases2Document,
    "\n          query PlatformE2eCases3($after: String) {\n            cases(filter: { overdue: true }, after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.PlatformE2eCases3Document,
    "\n          query PlatformE2eTasks($after: String) {\n            tasks(after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.PlatformE2eTasksDocument,
    "\n          query PlatformE2eConference {\n            conference {\n              members {\n                name\n                liaisonName\n              }\n            }\n            meetingSchedules {\n              kind\n              recurrence\n              weekday\n            }\n            meetings(first: 10) {\n              edges {\n                node {\n                  kind\n                  state\n                  agenda {\n                    caseNumber\n                  }\n                  attendees {\n                    attendance\n                  }\n                  decisions {\n                    text\n                  }\n                }\n              }\n            }\n          }\n        ": types.PlatformE2eConferenceDocument,
    "\n          query PlatformE2eTasks2 {\n            tasks(first: 50) {\n              edges {\n                node {\n                  state\n                }\n              }\n            }\n          }\n        ": types.PlatformE2eTasks2Document,
    "\n          query PlatformE2eTasks3 {\n            tasks(first: 10) {\n              edges {\n                node {\n                  state\n                  reports {\n                    percent\n                  }\n                }\n              }\n            }\n          }\n        ": types.PlatformE2eTasks3Document,
    "\n          query PlatformE2eTenant2($id: ID!, $year: Int!) {\n            tenant(id: $id) {\n              assessmentResults(period: { kind: YEAR, year: $year }) {\n                rank\n                of\n              }\n            }\n          }\n        ": types.PlatformE2eTenant2Document,
    "\n      query CaseLifecyclesCategories {\n        categories {\n          id\n          code\n        }\n      }\n    ": types.CaseLifecyclesCategoriesDocument,
    "\n        query CaseLifecyclesCase($id: ID!) {\n          case(id: $id) {\n            opinions {\n              id\n              kind\n              outcome\n              result\n              reviewedOpinionId\n              text\n              inForce\n            }\n          }\n        }\n      ": types.CaseLifecyclesCaseDocument,
    "\n        query SupervisionE2eSupervisionSummary {\n          supervisionSummary(period: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n            tenantName\n            issued\n            escalated\n            byKind {\n              kind\n              issued\n            }\n          }\n        }\n      ": types.SupervisionE2eSupervisionSummaryDocument,
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
export function graphql(source: "\n  query CaseAttachmentsSpecCase($id: ID!) {\n    case(id: $id) {\n      id\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        sha256\n        description\n        uploadedByName\n        uploadedAt\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseAttachmentsSpecCase($id: ID!) {\n    case(id: $id) {\n      id\n      attachments {\n        id\n        fileName\n        mediaType\n        sizeBytes\n        sha256\n        description\n        uploadedByName\n        uploadedAt\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthSpecMe {\n    me {\n      id\n      username\n      roles\n      tenant {\n        id\n        code\n        name\n        level\n      }\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthSpecMe {\n    me {\n      id\n      username\n      roles\n      tenant {\n        id\n        code\n        name\n        level\n      }\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthSpecLogin($u: String!, $p: String!) {\n        login(username: $u, password: $p) {\n          accessToken\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthSpecLogin($u: String!, $p: String!) {\n        login(username: $u, password: $p) {\n          accessToken\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthSpecSchema {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuthSpecSchema {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthSpecCreateUnit($input: CreateUnitInput!) {\n          createUnit(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthSpecCreateUnit($input: CreateUnitInput!) {\n          createUnit(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthSpecCreateTenant($input: CreateTenantInput!) {\n        createTenant(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AuthSpecCreateTenant($input: CreateTenantInput!) {\n        createTenant(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthSpecTenants {\n            tenants(first: 1000) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuthSpecTenants {\n            tenants(first: 1000) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
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
export function graphql(source: "\n  mutation LoginSecuritySpecLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation LoginSecuritySpecLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginSecuritySpecMe {\n    me {\n      username\n    }\n  }\n"): (typeof documents)["\n  query LoginSecuritySpecMe {\n    me {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoginSecuritySpecUser on User {\n    id\n    username\n    active\n    version\n  }\n"): (typeof documents)["\n  fragment LoginSecuritySpecUser on User {\n    id\n    username\n    active\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LoginSecuritySpecDeactivateUser($id: ID!, $version: Int!) {\n        deactivateUser(id: $id, version: $version) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    "): (typeof documents)["\n      mutation LoginSecuritySpecDeactivateUser($id: ID!, $version: Int!) {\n        deactivateUser(id: $id, version: $version) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LoginSecuritySpecReactivateUser($id: ID!, $version: Int!) {\n        reactivateUser(id: $id, version: $version) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    "): (typeof documents)["\n      mutation LoginSecuritySpecReactivateUser($id: ID!, $version: Int!) {\n        reactivateUser(id: $id, version: $version) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LoginSecuritySpecResetUserPassword($input: ResetUserPasswordInput!) {\n        resetUserPassword(input: $input) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    "): (typeof documents)["\n      mutation LoginSecuritySpecResetUserPassword($input: ResetUserPasswordInput!) {\n        resetUserPassword(input: $input) {\n          ...LoginSecuritySpecUser\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation LoginSecuritySpecLogout {\n                logout\n              }\n            "): (typeof documents)["\n              mutation LoginSecuritySpecLogout {\n                logout\n              }\n            "];
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
export function graphql(source: "\n        query CaseDeskApiSpecCategories {\n          categories {\n            id\n            code\n          }\n        }\n      "): (typeof documents)["\n        query CaseDeskApiSpecCategories {\n          categories {\n            id\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseDeskApiSpecCase($id: ID!) {\n            case(id: $id) {\n              handlingTenant {\n                name\n                level\n                path\n              }\n              registeringTenant {\n                name\n                level\n              }\n              problemJurisdiction {\n                name\n                path\n              }\n              assigningTenant {\n                name\n              }\n              handlingUnit {\n                name\n              }\n              category {\n                name\n                path\n                fullName\n              }\n              timeline {\n                action\n                actorName\n                actorTenant {\n                  name\n                }\n                details {\n                  summary\n                  routeMode\n                  targetTenantName\n                  targetUnitName\n                  completionReportDue\n                }\n              }\n              stages {\n                stage\n                ownerTenant {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CaseDeskApiSpecCase($id: ID!) {\n            case(id: $id) {\n              handlingTenant {\n                name\n                level\n                path\n              }\n              registeringTenant {\n                name\n                level\n              }\n              problemJurisdiction {\n                name\n                path\n              }\n              assigningTenant {\n                name\n              }\n              handlingUnit {\n                name\n              }\n              category {\n                name\n                path\n                fullName\n              }\n              timeline {\n                action\n                actorName\n                actorTenant {\n                  name\n                }\n                details {\n                  summary\n                  routeMode\n                  targetTenantName\n                  targetUnitName\n                  completionReportDue\n                }\n              }\n              stages {\n                stage\n                ownerTenant {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CaseDeskApiSpecCase2($id: ID!) {\n          case(id: $id) {\n            leaderOwner {\n              id\n              name\n            }\n            problemJurisdiction {\n              name\n              path\n            }\n            registeringTenant {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CaseDeskApiSpecCase2($id: ID!) {\n          case(id: $id) {\n            leaderOwner {\n              id\n              name\n            }\n            problemJurisdiction {\n              name\n              path\n            }\n            registeringTenant {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CaseDeskApiSpecCase3($id: ID!) {\n              case(id: $id) {\n                runningClocks {\n                  stage\n                  name\n                  holder\n                  deadline\n                  daysLeft\n                  overdueDays\n                  reminderLeadDays\n                  dueSoon\n                }\n              }\n            }\n          "): (typeof documents)["\n            query CaseDeskApiSpecCase3($id: ID!) {\n              case(id: $id) {\n                runningClocks {\n                  stage\n                  name\n                  holder\n                  deadline\n                  daysLeft\n                  overdueDays\n                  reminderLeadDays\n                  dueSoon\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseDeskApiSpecCalendarSettings($id: ID!) {\n            calendarSettings(tenantId: $id) {\n              version\n            }\n          }\n        "): (typeof documents)["\n          query CaseDeskApiSpecCalendarSettings($id: ID!) {\n            calendarSettings(tenantId: $id) {\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CaseDeskApiSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n            updateCalendarSettings(input: $input) {\n              version\n            }\n          }\n        "): (typeof documents)["\n          mutation CaseDeskApiSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n            updateCalendarSettings(input: $input) {\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CaseDeskApiSpecCases($filter: CaseFilter) {\n              cases(first: 1, filter: $filter) {\n                totalCount\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          "): (typeof documents)["\n            query CaseDeskApiSpecCases($filter: CaseFilter) {\n              cases(first: 1, filter: $filter) {\n                totalCount\n                edges {\n                  node {\n                    id\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CaseDeskApiSpecCases2 {\n              cases(first: 5) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query CaseDeskApiSpecCases2 {\n              cases(first: 5) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CaseDeskApiSpecCases3 {\n              cases(first: 5) {\n                totalCount\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query CaseDeskApiSpecCases3 {\n              cases(first: 5) {\n                totalCount\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CaseDeskApiSpecCases4($first: Int!) {\n        cases(first: $first, filter: { text: \"案台批量标记\" }) {\n          totalCount\n          edges {\n            node {\n              id\n              handlingTenant {\n                name\n              }\n              registeringTenant {\n                name\n              }\n              problemJurisdiction {\n                name\n                path\n              }\n              handlingUnit {\n                name\n              }\n              accusedUnit {\n                name\n              }\n              leaderOwner {\n                name\n              }\n              category {\n                name\n                path\n              }\n              availableActions\n              runningClocks {\n                stage\n                daysLeft\n                overdueDays\n                dueSoon\n              }\n              stages {\n                stage\n                ownerTenant {\n                  name\n                }\n              }\n              timeline {\n                action\n                actorTenant {\n                  name\n                }\n                details {\n                  summary\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CaseDeskApiSpecCases4($first: Int!) {\n        cases(first: $first, filter: { text: \"案台批量标记\" }) {\n          totalCount\n          edges {\n            node {\n              id\n              handlingTenant {\n                name\n              }\n              registeringTenant {\n                name\n              }\n              problemJurisdiction {\n                name\n                path\n              }\n              handlingUnit {\n                name\n              }\n              accusedUnit {\n                name\n              }\n              leaderOwner {\n                name\n              }\n              category {\n                name\n                path\n              }\n              availableActions\n              runningClocks {\n                stage\n                daysLeft\n                overdueDays\n                dueSoon\n              }\n              stages {\n                stage\n                ownerTenant {\n                  name\n                }\n              }\n              timeline {\n                action\n                actorTenant {\n                  name\n                }\n                details {\n                  summary\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseDeskApiSpecCase4($id: ID!) {\n            case(id: $id) {\n              availableActions\n            }\n          }\n        "): (typeof documents)["\n          query CaseDeskApiSpecCase4($id: ID!) {\n            case(id: $id) {\n              availableActions\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query CaseDeskApiSpecCase5($id: ID!) {\n                case(id: $id) {\n                  availableActions\n                }\n              }\n            "): (typeof documents)["\n              query CaseDeskApiSpecCase5($id: ID!) {\n                case(id: $id) {\n                  availableActions\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseListOrdersSpecCases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          deadline\n          registeredOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseListOrdersSpecCases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          deadline\n          registeredOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseListOrdersSpecCases2($f: CaseFilter, $o: CaseOrder) {\n            cases(first: 100, filter: $f, orderBy: $o) {\n              edges {\n                node {\n                  number\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CaseListOrdersSpecCases2($f: CaseFilter, $o: CaseOrder) {\n            cases(first: 100, filter: $f, orderBy: $o) {\n              edges {\n                node {\n                  number\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseListOrdersSpecMe {\n            me {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query CaseListOrdersSpecMe {\n            me {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOpinionsSpecOpinions($id: ID!) {\n    case(id: $id) {\n      reviewResult\n      reexaminationResult\n      ending\n      final\n      opinions {\n        id\n        seq\n        kind\n        outcome\n        result\n        resultInferred\n        reviewedOpinionId\n        text\n        issuerTenantId\n        issuedByName\n        issuedOn\n        inForce\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseOpinionsSpecOpinions($id: ID!) {\n    case(id: $id) {\n      reviewResult\n      reexaminationResult\n      ending\n      final\n      opinions {\n        id\n        seq\n        kind\n        outcome\n        result\n        resultInferred\n        reviewedOpinionId\n        text\n        issuerTenantId\n        issuedByName\n        issuedOn\n        inForce\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseOpinionsSpecCaseStatistics {\n            caseStatistics(period: { from: \"2026-06-01\", to: \"2026-06-01\" }, groupBy: KIND) {\n              key\n              batches\n              reviews\n              reviewsUpheld\n              reviewsChanged\n              reviewsRevoked\n              reexaminations\n              reexaminationsUpheld\n            }\n          }\n        "): (typeof documents)["\n          query CaseOpinionsSpecCaseStatistics {\n            caseStatistics(period: { from: \"2026-06-01\", to: \"2026-06-01\" }, groupBy: KIND) {\n              key\n              batches\n              reviews\n              reviewsUpheld\n              reviewsChanged\n              reviewsRevoked\n              reexaminations\n              reexaminationsUpheld\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePageSpecLinks($filter: CaseFilter) {\n    cases(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          repeatOf {\n            id\n            number\n          }\n          repeats {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePageSpecLinks($filter: CaseFilter) {\n    cases(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          repeatOf {\n            id\n            number\n          }\n          repeats {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePageSpecExtensionApprovers($caseId: ID!) {\n    extensionApprovers(caseId: $caseId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CasePageSpecExtensionApprovers($caseId: ID!) {\n    extensionApprovers(caseId: $caseId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CasePageSpecCase($id: ID!) {\n            case(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query CasePageSpecCase($id: ID!) {\n            case(id: $id) {\n              id\n            }\n          }\n        "];
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
export function graphql(source: "\n            query CaseQueriesSpecCaseStatistics($g: CaseGrouping!) {\n              caseStatistics(period: { from: \"2026-06-01\", to: \"2026-06-30\" }, groupBy: $g) {\n                key\n                label\n                batches\n                personTimes\n              }\n            }\n          "): (typeof documents)["\n            query CaseQueriesSpecCaseStatistics($g: CaseGrouping!) {\n              caseStatistics(period: { from: \"2026-06-01\", to: \"2026-06-30\" }, groupBy: $g) {\n                key\n                label\n                batches\n                personTimes\n              }\n            }\n          "];
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
export function graphql(source: "\n        query CaseQueriesSpecCase($id: ID!) {\n          case(id: $id) {\n            declineTarget\n          }\n        }\n      "): (typeof documents)["\n        query CaseQueriesSpecCase($id: ID!) {\n          case(id: $id) {\n            declineTarget\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CaseQueriesSpecScheduleReception($input: ScheduleReceptionInput!) {\n          scheduleReception(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CaseQueriesSpecScheduleReception($input: ScheduleReceptionInput!) {\n          scheduleReception(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CaseQueriesSpecCase2($id: ID!) {\n              case(id: $id) {\n                receptionId\n              }\n            }\n          "): (typeof documents)["\n            query CaseQueriesSpecCase2($id: ID!) {\n              case(id: $id) {\n                receptionId\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CaseQueriesSpecReception($id: ID!) {\n          reception(id: $id) {\n            caseCount\n          }\n        }\n      "): (typeof documents)["\n        query CaseQueriesSpecReception($id: ID!) {\n          reception(id: $id) {\n            caseCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CaseQueriesSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n          updateCalendarSettings(input: $input) {\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation CaseQueriesSpecUpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {\n          updateCalendarSettings(input: $input) {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseRulesSpecSibling {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CaseRulesSpecSibling {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CaseRulesSpecPetitioners($id: ID!, $reveal: Boolean!) {\n          case(id: $id) {\n            petitioners {\n              idNumber(reveal: $reveal)\n              phone(reveal: $reveal)\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CaseRulesSpecPetitioners($id: ID!, $reveal: Boolean!) {\n          case(id: $id) {\n            petitioners {\n              idNumber(reveal: $reveal)\n              phone(reveal: $reveal)\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseRulesSpecHandler {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                  handlingUnitId\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CaseRulesSpecHandler {\n            cases(first: 100) {\n              edges {\n                node {\n                  id\n                  handlingUnitId\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CaseRulesSpecCase($id: ID!) {\n          case(id: $id) {\n            id\n            petitioners {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CaseRulesSpecCase($id: ID!) {\n          case(id: $id) {\n            id\n            petitioners {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CaseStatisticsSpecCaseStatistics($basis: CaseCountBasis, $g: CaseGrouping!) {\n      caseStatistics(period: { from: \"2026-03-01\", to: \"2026-03-31\" }, groupBy: $g, basis: $basis) {\n        key\n        label\n        batches\n        personTimes\n      }\n    }\n  "): (typeof documents)["\n    query CaseStatisticsSpecCaseStatistics($basis: CaseCountBasis, $g: CaseGrouping!) {\n      caseStatistics(period: { from: \"2026-03-01\", to: \"2026-03-31\" }, groupBy: $g, basis: $basis) {\n        key\n        label\n        batches\n        personTimes\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CaseStatisticsSpecCaseStatistics2($basis: CaseCountBasis, $g: CaseGrouping!, $j: ID) {\n        caseStatistics(period: { from: \"2026-03-01\", to: \"2026-04-30\" }, groupBy: $g, basis: $basis, jurisdictionId: $j) {\n          key\n          label\n          batches\n          personTimes\n        }\n      }\n    "): (typeof documents)["\n      query CaseStatisticsSpecCaseStatistics2($basis: CaseCountBasis, $g: CaseGrouping!, $j: ID) {\n        caseStatistics(period: { from: \"2026-03-01\", to: \"2026-04-30\" }, groupBy: $g, basis: $basis, jurisdictionId: $j) {\n          key\n          label\n          batches\n          personTimes\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CaseStatisticsSpecCaseBacklog($to: String!, $basis: CaseCountBasis) {\n        caseBacklog(period: { from: \"2025-01-01\", to: $to }, basis: $basis) {\n          asOf\n          open\n          personTimes\n          overdue\n          longPending\n        }\n      }\n    "): (typeof documents)["\n      query CaseStatisticsSpecCaseBacklog($to: String!, $basis: CaseCountBasis) {\n        caseBacklog(period: { from: \"2025-01-01\", to: $to }, basis: $basis) {\n          asOf\n          open\n          personTimes\n          overdue\n          longPending\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RatingLinkSpecRateCaseByToken($input: RateByTokenInput!) {\n    rateCaseByToken(input: $input) {\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation RatingLinkSpecRateCaseByToken($input: RateByTokenInput!) {\n    rateCaseByToken(input: $input) {\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RatingLinkSpecDeliverCase($input: CaseChangeInput!) {\n    deliverCase(input: $input) {\n      version\n      ratingToken\n    }\n  }\n"): (typeof documents)["\n  mutation RatingLinkSpecDeliverCase($input: CaseChangeInput!) {\n    deliverCase(input: $input) {\n      version\n      ratingToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RegistrationFieldsSpecLeaders {\n            leaders {\n              id\n              displayName\n            }\n          }\n        "): (typeof documents)["\n          query RegistrationFieldsSpecLeaders {\n            leaders {\n              id\n              displayName\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RegistrationFieldsSpecCase($id: ID!) {\n          case(id: $id) {\n            leaderOwnerId\n          }\n        }\n      "): (typeof documents)["\n        query RegistrationFieldsSpecCase($id: ID!) {\n          case(id: $id) {\n            leaderOwnerId\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RepeatRegistrationSpecCategories {\n            categories {\n              id\n              code\n            }\n          }\n        "): (typeof documents)["\n          query RepeatRegistrationSpecCategories {\n            categories {\n              id\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RepeatRegistrationSpecCase($id: ID!) {\n          case(id: $id) {\n            newMatterReason\n            timeline {\n              action\n              details {\n                newMatterReason\n                strongMatches\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query RepeatRegistrationSpecCase($id: ID!) {\n          case(id: $id) {\n            newMatterReason\n            timeline {\n              action\n              details {\n                newMatterReason\n                strongMatches\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReportUpSpecCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              action\n              actorName\n              details {\n                reason\n                targetTenantId\n                targetTenantName\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReportUpSpecCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              action\n              actorName\n              details {\n                reason\n                targetTenantId\n                targetTenantName\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesSpecList($all: Boolean) {\n    categories(includeInactive: $all) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      usable\n      version\n    }\n  }\n"): (typeof documents)["\n  query CategoriesSpecList($all: Boolean) {\n    categories(includeInactive: $all) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      usable\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesSpecCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CategoriesSpecCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      parentId\n      code\n      name\n      fullName\n      depth\n      ordinal\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesSpecUpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      fullName\n      ordinal\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CategoriesSpecUpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      fullName\n      ordinal\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRecomputeSpecAddHolidayOverride($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeadlineRecomputeSpecAddHolidayOverride($input: AddHolidayOverrideInput!) {\n    addHolidayOverride(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRecomputeSpecRemoveHolidayOverride($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeadlineRecomputeSpecRemoveHolidayOverride($id: ID!) {\n    removeHolidayOverride(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n    deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n      edges {\n        node {\n          tenantId\n          reason\n          stagesChecked\n          stagesChanged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeadlineRecomputeSpecRecomputations($tenantId: ID!, $first: Int, $after: String) {\n    deadlineRecomputations(tenantId: $tenantId, first: $first, after: $after) {\n      edges {\n        node {\n          tenantId\n          reason\n          stagesChecked\n          stagesChanged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WindowLapseSpecCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              action\n              fromState\n              toState\n              actorName\n              details {\n                closeReason\n                lapsedStage\n                windowDeadline\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query WindowLapseSpecCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              action\n              fromState\n              toState\n              actorName\n              details {\n                closeReason\n                lapsedStage\n                windowDeadline\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadersSpecLeaders {\n    leaders {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query LeadersSpecLeaders {\n    leaders {\n      id\n      displayName\n    }\n  }\n"];
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
export function graphql(source: "\n            query TenantIsolationSpecTenant($id: ID!) {\n              tenant(id: $id) {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query TenantIsolationSpecTenant($id: ID!) {\n              tenant(id: $id) {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenantIsolationSpecMe {\n            me {\n              tenant {\n                name\n                parent {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TenantIsolationSpecMe {\n            me {\n              tenant {\n                name\n                parent {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenantIsolationSpecUsers($id: ID!) {\n            users(tenantId: $id, first: 50) {\n              edges {\n                node {\n                  username\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TenantIsolationSpecUsers($id: ID!) {\n            users(tenantId: $id, first: 50) {\n              edges {\n                node {\n                  username\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TenantIsolationSpecCreateUnit($input: CreateUnitInput!) {\n            createUnit(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation TenantIsolationSpecCreateUnit($input: CreateUnitInput!) {\n            createUnit(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TenantIsolationSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation TenantIsolationSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TenantIsolationSpecCreateTenant($input: CreateTenantInput!) {\n            createTenant(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation TenantIsolationSpecCreateTenant($input: CreateTenantInput!) {\n            createTenant(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TenantIsolationSpecCreateTenant2($input: CreateTenantInput!) {\n            createTenant(input: $input) {\n              code\n              level\n              path\n              parent {\n                code\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation TenantIsolationSpecCreateTenant2($input: CreateTenantInput!) {\n            createTenant(input: $input) {\n              code\n              level\n              path\n              parent {\n                code\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenantIsolationSpecCounties {\n            tenants(first: 100, filter: { level: COUNTY }) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TenantIsolationSpecCounties {\n            tenants(first: 100, filter: { level: COUNTY }) {\n              edges {\n                node {\n                  code\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentsSpecCaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      instruments {\n        id\n        kind\n        title\n        documentNumber\n        addressee\n        addresseeName\n        issuedOn\n        issuingTenantName\n        issuedByName\n        size\n        templateVersion\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentsSpecCaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      instruments {\n        id\n        kind\n        title\n        documentNumber\n        addressee\n        addresseeName\n        issuedOn\n        issuingTenantName\n        issuedByName\n        size\n        templateVersion\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentsSpecTemplates {\n    instrumentTemplates {\n      kind\n      title\n      paragraphs\n      source\n      sourceTenantName\n      version\n      ownVersion\n      placeholders {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentsSpecTemplates {\n    instrumentTemplates {\n      kind\n      title\n      paragraphs\n      source\n      sourceTenantName\n      version\n      ownVersion\n      placeholders {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstrumentsSpecSaveTemplate($input: SaveInstrumentTemplateInput!) {\n    saveInstrumentTemplate(input: $input) {\n      kind\n      title\n      source\n      version\n      ownVersion\n    }\n  }\n"): (typeof documents)["\n  mutation InstrumentsSpecSaveTemplate($input: SaveInstrumentTemplateInput!) {\n    saveInstrumentTemplate(input: $input) {\n      kind\n      title\n      source\n      version\n      ownVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionerMessagesOfCase($id: ID!) {\n    case(id: $id) {\n      id\n      petitioners {\n        name\n        phone\n        email\n      }\n      messages {\n        kind\n        channel\n        recipient\n        body\n        status\n        sentToDevInbox\n        attempts\n      }\n    }\n  }\n"): (typeof documents)["\n  query PetitionerMessagesOfCase($id: ID!) {\n    case(id: $id) {\n      id\n      petitioners {\n        name\n        phone\n        email\n      }\n      messages {\n        kind\n        channel\n        recipient\n        body\n        status\n        sentToDevInbox\n        attempts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionerMessageList($filter: PetitionerMessageFilter, $first: Int!) {\n    petitionerMessages(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          caseNumber\n          kind\n          channel\n          status\n          lastError\n          attempts\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PetitionerMessageList($filter: PetitionerMessageFilter, $first: Int!) {\n    petitionerMessages(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          caseNumber\n          kind\n          channel\n          status\n          lastError\n          attempts\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendPetitionerMessage($id: ID!) {\n    resendPetitionerMessage(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResendPetitionerMessage($id: ID!) {\n    resendPetitionerMessage(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PetitionerRatesByLink($input: RateByTokenInput!) {\n    rateCaseByToken(input: $input) {\n      id\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation PetitionerRatesByLink($input: RateByTokenInput!) {\n    rateCaseByToken(input: $input) {\n      id\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageTemplatesOfOffice {\n    messageTemplates {\n      kind\n      text\n      version\n      own\n      ownVersion\n      ownerTenantName\n    }\n  }\n"): (typeof documents)["\n  query MessageTemplatesOfOffice {\n    messageTemplates {\n      kind\n      text\n      version\n      own\n      ownVersion\n      ownerTenantName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMessageTemplateOfOffice($input: SaveMessageTemplateInput!) {\n    saveMessageTemplate(input: $input)\n  }\n"): (typeof documents)["\n  mutation SaveMessageTemplateOfOffice($input: SaveMessageTemplateInput!) {\n    saveMessageTemplate(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnlineIntakeSpecQueue($filter: OnlineSubmissionFilter) {\n    onlineSubmissions(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          officeName\n          title\n          petitionerName\n          idNumberMasked\n          phoneMasked\n          status\n          clockText\n          overdue\n          registerBy\n          version\n          attachments {\n            id\n            fileName\n            url\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnlineIntakeSpecQueue($filter: OnlineSubmissionFilter) {\n    onlineSubmissions(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          officeName\n          title\n          petitionerName\n          idNumberMasked\n          phoneMasked\n          status\n          clockText\n          overdue\n          registerBy\n          version\n          attachments {\n            id\n            fileName\n            url\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnlineIntakeSpecRegister($input: RegisterOnlineSubmissionInput!) {\n    registerOnlineSubmission(input: $input) {\n      id\n      status\n      caseId\n      caseNumber\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation OnlineIntakeSpecRegister($input: RegisterOnlineSubmissionInput!) {\n    registerOnlineSubmission(input: $input) {\n      id\n      status\n      caseId\n      caseNumber\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnlineIntakeSpecReject($input: RejectOnlineSubmissionInput!) {\n    rejectOnlineSubmission(input: $input) {\n      id\n      status\n      rejectionReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation OnlineIntakeSpecReject($input: RejectOnlineSubmissionInput!) {\n    rejectOnlineSubmission(input: $input) {\n      id\n      status\n      rejectionReason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnlineIntakeSpecSettings {\n    onlineIntakeSettings {\n      tenantId\n      registerWithinHours\n      effectiveRegisterWithinHours\n    }\n  }\n"): (typeof documents)["\n  query OnlineIntakeSpecSettings {\n    onlineIntakeSettings {\n      tenantId\n      registerWithinHours\n      effectiveRegisterWithinHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnlineIntakeSpecSetSettings($input: SetOnlineIntakeSettingsInput!) {\n    setOnlineIntakeSettings(input: $input) {\n      registerWithinHours\n      effectiveRegisterWithinHours\n    }\n  }\n"): (typeof documents)["\n  mutation OnlineIntakeSpecSetSettings($input: SetOnlineIntakeSettingsInput!) {\n    setOnlineIntakeSettings(input: $input) {\n      registerWithinHours\n      effectiveRegisterWithinHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDeclineCase($input: DeclineCaseInput!) {\n    declineCase(input: $input) {\n      id\n      state\n      instruments {\n        id\n        kind\n        documentNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PortalDeclineCase($input: DeclineCaseInput!) {\n    declineCase(input: $input) {\n      id\n      state\n      instruments {\n        id\n        kind\n        documentNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceptionsSpecScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) {\n      id\n      tenantId\n      leaderId\n      leaderName\n      date\n      place\n    }\n  }\n"): (typeof documents)["\n  mutation ReceptionsSpecScheduleReception($input: ScheduleReceptionInput!) {\n    scheduleReception(input: $input) {\n      id\n      tenantId\n      leaderId\n      leaderName\n      date\n      place\n    }\n  }\n"];
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
export function graphql(source: "\n          mutation ReceptionsSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ReceptionsSpecCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ReceptionsSpecCreateUser2($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ReceptionsSpecCreateUser2($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReceptionsSpecReceptions($filter: ReceptionFilter) {\n          receptions(first: 1, filter: $filter) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReceptionsSpecReceptions($filter: ReceptionFilter) {\n          receptions(first: 1, filter: $filter) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAttachmentsSpecEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAttachmentsSpecEstablish($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAttachmentsSpecLists {\n    taskLists {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MeetingAttachmentsSpecLists {\n    taskLists {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAttachmentsSpecCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      subtasks {\n        id\n        tenantId\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAttachmentsSpecCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      subtasks {\n        id\n        tenantId\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAttachmentsSpecReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAttachmentsSpecReceive($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAttachmentsSpecReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      reports {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAttachmentsSpecReport($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      reports {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAttachmentsSpecTask($id: ID!) {\n    task(id: $id) {\n      reports {\n        id\n        attachable\n        attachments {\n          id\n          fileName\n          mediaType\n          sizeBytes\n          sha256\n          description\n          uploadedByName\n          downloadUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingAttachmentsSpecTask($id: ID!) {\n    task(id: $id) {\n      reports {\n        id\n        attachable\n        attachments {\n          id\n          fileName\n          mediaType\n          sizeBytes\n          sha256\n          description\n          uploadedByName\n          downloadUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAttachmentsSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAttachmentsSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAttachmentsSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      version\n      feedback {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAttachmentsSpecFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      version\n      feedback {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAttachmentsSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAttachmentsSpecAccept($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAttachmentsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      feedback {\n        id\n        attachable\n        files {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingAttachmentsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      feedback {\n        id\n        attachable\n        files {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConferenceMeetingsSpecMeetingFields on ConferenceMeeting {\n    id\n    tenantId\n    conferenceId\n    kind\n    date\n    title\n    chairUserId\n    chairName\n    state\n    minutes\n    cancelReason\n    plannedFrom\n    version\n    attendees {\n      kind\n      userId\n      memberId\n      name\n      attendance\n      note\n    }\n    agenda {\n      text\n      caseId\n      caseNumber\n      caseTitle\n    }\n    decisions {\n      id\n      ordinal\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment ConferenceMeetingsSpecMeetingFields on ConferenceMeeting {\n    id\n    tenantId\n    conferenceId\n    kind\n    date\n    title\n    chairUserId\n    chairName\n    state\n    minutes\n    cancelReason\n    plannedFrom\n    version\n    attendees {\n      kind\n      userId\n      memberId\n      name\n      attendance\n      note\n    }\n    agenda {\n      text\n      caseId\n      caseNumber\n      caseTitle\n    }\n    decisions {\n      id\n      ordinal\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceMeetingsSpecEstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      id\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceMeetingsSpecEstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      id\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceMeetingsSpecScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceMeetingsSpecScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceMeetingsSpecRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceMeetingsSpecRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceMeetingsSpecCancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceMeetingsSpecCancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferenceMeetingsSpecSetMeetingSchedule($input: SetMeetingScheduleInput!) {\n    setMeetingSchedule(input: $input) {\n      kind\n      recurrence\n      weekday\n      days\n    }\n  }\n"): (typeof documents)["\n  mutation ConferenceMeetingsSpecSetMeetingSchedule($input: SetMeetingScheduleInput!) {\n    setMeetingSchedule(input: $input) {\n      kind\n      recurrence\n      weekday\n      days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceMeetingsSpecMeetings($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          date\n          state\n          plannedFrom\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConferenceMeetingsSpecMeetings($filter: MeetingFilter, $first: Int, $after: String) {\n    meetings(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          date\n          state\n          plannedFrom\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferenceMeetingsSpecMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n"): (typeof documents)["\n  query ConferenceMeetingsSpecMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...ConferenceMeetingsSpecMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConferencesSpecConferenceFields on Conference {\n    id\n    tenantId\n    establishedOn\n    officeUnitId\n    officeUnitName\n    version\n    convenors {\n      userId\n      name\n      title\n    }\n    members {\n      id\n      unitId\n      name\n      liaisonUserId\n      liaisonName\n      joinedOn\n      endedOn\n    }\n  }\n"): (typeof documents)["\n  fragment ConferencesSpecConferenceFields on Conference {\n    id\n    tenantId\n    establishedOn\n    officeUnitId\n    officeUnitName\n    version\n    convenors {\n      userId\n      name\n      title\n    }\n    members {\n      id\n      unitId\n      name\n      liaisonUserId\n      liaisonName\n      joinedOn\n      endedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferencesSpecEstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConferencesSpecEstablishConference($input: EstablishConferenceInput!) {\n    establishConference(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferencesSpecUpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConferencesSpecUpdateConference($input: UpdateConferenceInput!) {\n    updateConference(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferencesSpecAddConferenceMember($input: AddConferenceMemberInput!) {\n    addConferenceMember(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConferencesSpecAddConferenceMember($input: AddConferenceMemberInput!) {\n    addConferenceMember(input: $input) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConferencesSpecRemoveConferenceMember($input: RemoveConferenceMemberInput!) {\n    removeConferenceMember(input: $input) {\n      version\n      members(includeEnded: true) {\n        id\n        name\n        endedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConferencesSpecRemoveConferenceMember($input: RemoveConferenceMemberInput!) {\n    removeConferenceMember(input: $input) {\n      version\n      members(includeEnded: true) {\n        id\n        name\n        endedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConferencesSpecConference($tenantId: ID) {\n    conference(tenantId: $tenantId) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n"): (typeof documents)["\n  query ConferencesSpecConference($tenantId: ID) {\n    conference(tenantId: $tenantId) {\n      ...ConferencesSpecConferenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConferencesSpecConferenceStaff {\n        conferenceStaff {\n          userId\n          name\n          unitId\n          leader\n        }\n      }\n    "): (typeof documents)["\n      query ConferencesSpecConferenceStaff {\n        conferenceStaff {\n          userId\n          name\n          unitId\n          leader\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeActionsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      id\n      version\n      state\n      availableActions\n      feedbackDaysLeft\n      feedbackOverdueDays\n      ladder {\n        id\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeActionsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      id\n      version\n      state\n      availableActions\n      feedbackDaysLeft\n      feedbackOverdueDays\n      ladder {\n        id\n        kind\n        state\n        issuerTenantId\n        addresseeTenantId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeActionsSpecMarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeActionsSpecMarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeActionsSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeActionsSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n    submitNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeActionsSpecAcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeActionsSpecAcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n    acceptNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeActionsSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeActionsSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n    rejectNoticeFeedback(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeActionsSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeActionsSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeActionsSpecIssuedNotices($filter: NoticeFilter) {\n    issuedNotices(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeActionsSpecIssuedNotices($filter: NoticeFilter) {\n    issuedNotices(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n        mutation NoticeEscalationSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n          submitNoticeFeedback(input: $input) {\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation NoticeEscalationSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n          submitNoticeFeedback(input: $input) {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NoticeEscalationSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n          rejectNoticeFeedback(input: $input) {\n            state\n            escalateOn\n          }\n        }\n      "): (typeof documents)["\n        mutation NoticeEscalationSpecRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n          rejectNoticeFeedback(input: $input) {\n            state\n            escalateOn\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeInstrumentsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      id\n      kind\n      instruments {\n        id\n        title\n        documentNumber\n        addresseeName\n        issuedOn\n        issuingTenantName\n        size\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeInstrumentsSpecNotice($id: ID!) {\n    notice(id: $id) {\n      id\n      kind\n      instruments {\n        id\n        title\n        documentNumber\n        addresseeName\n        issuedOn\n        issuingTenantName\n        size\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeInstrumentsSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      instruments {\n        documentNumber\n        issuingTenantName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeInstrumentsSpecRaise($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      instruments {\n        documentNumber\n        issuingTenantName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeLadderSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      ladderStoppedReason\n      history {\n        action\n        fromState\n        toState\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeLadderSpecNotice($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionHarnessNotice\n      ladderStoppedReason\n      history {\n        action\n        fromState\n        toState\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeLadderSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeLadderSpecEscalateNotice($input: ReasonedNoticeChangeInput!) {\n    escalateNotice(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticeLadderSpecRaiseNotice($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      issuerTenantId\n      addresseeTenantId\n    }\n  }\n"): (typeof documents)["\n  mutation NoticeLadderSpecRaiseNotice($input: RaiseNoticeInput!) {\n    raiseNotice(input: $input) {\n      id\n      issuerTenantId\n      addresseeTenantId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NoticeLadderSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n          submitNoticeFeedback(input: $input) {\n            state\n          }\n        }\n      "): (typeof documents)["\n        mutation NoticeLadderSpecSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n          submitNoticeFeedback(input: $input) {\n            state\n          }\n        }\n      "];
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
export function graphql(source: "\n        query NoticeWorkflowSpecNoticeInbox($filter: NoticeFilter) {\n          noticeInbox(first: 1, filter: $filter) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NoticeWorkflowSpecNoticeInbox($filter: NoticeFilter) {\n          noticeInbox(first: 1, filter: $filter) {\n            totalCount\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NoticeWorkflowSpecIssuedNotices2($filter: NoticeFilter) {\n          issuedNotices(first: 1, filter: $filter) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query NoticeWorkflowSpecIssuedNotices2($filter: NoticeFilter) {\n          issuedNotices(first: 1, filter: $filter) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query NoticeWorkflowSpecIssuedNotices {\n              issuedNotices(first: 100) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query NoticeWorkflowSpecIssuedNotices {\n              issuedNotices(first: 100) {\n                edges {\n                  node {\n                    id\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    text\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    stage\n    clockId\n    deadline\n    responsibleTenantId\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    feedbackDue\n    fixBy\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n  }\n"): (typeof documents)["\n  fragment SupervisionHarnessNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    text\n    subjectType\n    subjectId\n    subjectNumber\n    subjectTitle\n    stage\n    clockId\n    deadline\n    responsibleTenantId\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    feedbackDue\n    fixBy\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskActionsSpecReceiveTask($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TaskActionsSpecReceiveTask($input: TaskStepInput!) {\n    receiveTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskActionsSpecStartTask($input: TaskStepInput!) {\n    startTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TaskActionsSpecStartTask($input: TaskStepInput!) {\n    startTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskActionsSpecSplitTask($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TaskActionsSpecSplitTask($input: SplitTaskInput!) {\n    splitTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskActionsSpecReportTask($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TaskActionsSpecReportTask($input: TaskReportInput!) {\n    reportTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskActionsSpecSignOffTask($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TaskActionsSpecSignOffTask($input: TaskStepInput!) {\n    signOffTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskActionsSpecSendBackTask($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TaskActionsSpecSendBackTask($input: TaskReasonInput!) {\n    sendBackTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskActionsSpecCancelTask($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TaskActionsSpecCancelTask($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskActionsSpecTask($id: ID!) {\n    task(id: $id) {\n      id\n      version\n      state\n      availableActions\n      daysLeft\n      overdueDays\n      dueSoon\n      overdue\n      subtasks {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskActionsSpecTask($id: ID!) {\n    task(id: $id) {\n      id\n      version\n      state\n      availableActions\n      daysLeft\n      overdueDays\n      dueSoon\n      overdue\n      subtasks {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskActionsSpecCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id\n      subtasks {\n        id\n        assignee {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TaskActionsSpecCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      id\n      subtasks {\n        id\n        assignee {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TaskActionsSpecEstablishConference($input: EstablishConferenceInput!) {\n          establishConference(input: $input) {\n            members {\n              id\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation TaskActionsSpecEstablishConference($input: EstablishConferenceInput!) {\n          establishConference(input: $input) {\n            members {\n              id\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TaskActionsSpecTaskLists {\n          taskLists {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query TaskActionsSpecTaskLists {\n          taskLists {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TaskActionsSpecTasks {\n          tasks(first: 50) {\n            edges {\n              node {\n                id\n                daysLeft\n                overdueDays\n                availableActions\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TaskActionsSpecTasks {\n          tasks(first: 50) {\n            edges {\n              node {\n                id\n                daysLeft\n                overdueDays\n                availableActions\n              }\n            }\n          }\n        }\n      "];
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
export function graphql(source: "\n      query AssessmentE2eTenant($id: ID!) {\n        tenant(id: $id) {\n          name\n          assessmentResults(period: { kind: YEAR, year: 2026 }) {\n            schemeName\n            total\n            rank\n            of\n            grade\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AssessmentE2eTenant($id: ID!) {\n        tenant(id: $id) {\n          name\n          assessmentResults(period: { kind: YEAR, year: 2026 }) {\n            schemeName\n            total\n            rank\n            of\n            grade\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AssessmentE2eUpdateAssessmentScheme($input: UpdateSchemeInput!) {\n          updateAssessmentScheme(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AssessmentE2eUpdateAssessmentScheme($input: UpdateSchemeInput!) {\n          updateAssessmentScheme(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AssessmentE2eCreateAssessmentScheme($input: CreateSchemeInput!) {\n          createAssessmentScheme(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AssessmentE2eCreateAssessmentScheme($input: CreateSchemeInput!) {\n          createAssessmentScheme(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AssessmentScores($id: ID!) {\n              scores(schemeId: $id) {\n                targets {\n                  tenantId\n                  name\n                }\n              }\n            }\n          "): (typeof documents)["\n            query AssessmentScores($id: ID!) {\n              scores(schemeId: $id) {\n                targets {\n                  tenantId\n                  name\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AssessmentEnterManualScore($input: ManualScoreInput!) {\n              enterManualScore(input: $input) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation AssessmentEnterManualScore($input: ManualScoreInput!) {\n              enterManualScore(input: $input) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AssessmentScores2($id: ID!) {\n              scores(schemeId: $id) {\n                targets {\n                  name\n                  publishedTotal\n                  publishedRank\n                }\n              }\n            }\n          "): (typeof documents)["\n            query AssessmentScores2($id: ID!) {\n              scores(schemeId: $id) {\n                targets {\n                  name\n                  publishedTotal\n                  publishedRank\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AssessmentTenant($id: ID!) {\n              tenant(id: $id) {\n                assessmentResults(period: { kind: YEAR, year: 2026 }) {\n                  rank\n                  of\n                }\n              }\n            }\n          "): (typeof documents)["\n            query AssessmentTenant($id: ID!) {\n              tenant(id: $id) {\n                assessmentResults(period: { kind: YEAR, year: 2026 }) {\n                  rank\n                  of\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AssessmentAssessmentScheme($id: ID!) {\n              assessmentScheme(id: $id) {\n                version\n                totalPoints\n                items {\n                  code\n                  name\n                  points\n                  indicator {\n                    formula\n                  }\n                }\n              }\n              scores(schemeId: $id) {\n                targets {\n                  name\n                  items {\n                    code\n                    numerator\n                    denominator\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query AssessmentAssessmentScheme($id: ID!) {\n              assessmentScheme(id: $id) {\n                version\n                totalPoints\n                items {\n                  code\n                  name\n                  points\n                  indicator {\n                    formula\n                  }\n                }\n              }\n              scores(schemeId: $id) {\n                targets {\n                  name\n                  items {\n                    code\n                    numerator\n                    denominator\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConferenceSetupCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConferenceSetupCreateUser($input: CreateUserInput!) {\n            createUser(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ConferenceSetupConference {\n              conference {\n                version\n              }\n            }\n          "): (typeof documents)["\n            query ConferenceSetupConference {\n              conference {\n                version\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConferenceSetupUpdateConference($input: UpdateConferenceInput!) {\n            updateConference(input: $input) {\n              version\n            }\n          }\n        "): (typeof documents)["\n          mutation ConferenceSetupUpdateConference($input: UpdateConferenceInput!) {\n            updateConference(input: $input) {\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ConferenceTasksConference {\n                conference {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              query ConferenceTasksConference {\n                conference {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConferenceTasksEstablishConference($input: EstablishConferenceInput!) {\n            establishConference(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConferenceTasksEstablishConference($input: EstablishConferenceInput!) {\n            establishConference(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ConferenceTasksCreateUser($input: CreateUserInput!) {\n              createUser(input: $input) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation ConferenceTasksCreateUser($input: CreateUserInput!) {\n              createUser(input: $input) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConferenceTasksScheduleMeeting($input: ScheduleMeetingInput!) {\n            scheduleMeeting(input: $input) {\n              id\n              version\n            }\n          }\n        "): (typeof documents)["\n          mutation ConferenceTasksScheduleMeeting($input: ScheduleMeetingInput!) {\n            scheduleMeeting(input: $input) {\n              id\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConferenceTasksRecordMeeting($input: RecordMeetingInput!) {\n            recordMeeting(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConferenceTasksRecordMeeting($input: RecordMeetingInput!) {\n            recordMeeting(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query QueueAndReceptionsLeaders {\n            leaders {\n              id\n              displayName\n            }\n          }\n        "): (typeof documents)["\n          query QueueAndReceptionsLeaders {\n            leaders {\n              id\n              displayName\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation QueueAndReceptionsScheduleReception($input: ScheduleReceptionInput!) {\n            scheduleReception(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation QueueAndReceptionsScheduleReception($input: ScheduleReceptionInput!) {\n            scheduleReception(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query QueueAndReceptionsCases {\n            cases(first: 1, filter: { registeredByMe: true }) {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query QueueAndReceptionsCases {\n            cases(first: 1, filter: { registeredByMe: true }) {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query RegistrationLeaders {\n              leaders {\n                id\n                displayName\n              }\n            }\n          "): (typeof documents)["\n            query RegistrationLeaders {\n              leaders {\n                id\n                displayName\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RegistrationReceptions($day: String!) {\n            receptions(filter: { from: $day, to: $day }) {\n              edges {\n                node {\n                  id\n                  leaderId\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RegistrationReceptions($day: String!) {\n            receptions(filter: { from: $day, to: $day }) {\n              edges {\n                node {\n                  id\n                  leaderId\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation RegistrationScheduleReception($input: ScheduleReceptionInput!) {\n                scheduleReception(input: $input) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation RegistrationScheduleReception($input: ScheduleReceptionInput!) {\n                scheduleReception(input: $input) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RegistrationCase($id: ID!) {\n            case(id: $id) {\n              leaderOwnerId\n              receptionId\n            }\n          }\n        "): (typeof documents)["\n          query RegistrationCase($id: ID!) {\n            case(id: $id) {\n              leaderOwnerId\n              receptionId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StatisticsCaseStatistics($period: PeriodInput!, $j: ID) {\n            caseStatistics(period: $period, groupBy: KIND, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {\n              batches\n              personTimes\n            }\n          }\n        "): (typeof documents)["\n          query StatisticsCaseStatistics($period: PeriodInput!, $j: ID) {\n            caseStatistics(period: $period, groupBy: KIND, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {\n              batches\n              personTimes\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StatisticsCaseBacklog($period: PeriodInput!, $j: ID) {\n            caseBacklog(period: $period, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {\n              open\n            }\n          }\n        "): (typeof documents)["\n          query StatisticsCaseBacklog($period: PeriodInput!, $j: ID) {\n            caseBacklog(period: $period, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {\n              open\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDeskE2eCase($id: ID!) {\n    case(id: $id) {\n      number\n      availableActions\n      handlingTenant {\n        name\n      }\n      handlingUnit {\n        name\n      }\n      problemJurisdiction {\n        path\n      }\n      category {\n        path\n      }\n      runningClocks {\n        stage\n        deadline\n        daysLeft\n        overdueDays\n        dueSoon\n      }\n      timeline {\n        action\n        actorTenant {\n          name\n        }\n        details {\n          summary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDeskE2eCase($id: ID!) {\n    case(id: $id) {\n      number\n      availableActions\n      handlingTenant {\n        name\n      }\n      handlingUnit {\n        name\n      }\n      problemJurisdiction {\n        path\n      }\n      category {\n        path\n      }\n      runningClocks {\n        stage\n        deadline\n        daysLeft\n        overdueDays\n        dueSoon\n      }\n      timeline {\n        action\n        actorTenant {\n          name\n        }\n        details {\n          summary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CaseDeskE2eCases {\n          cases(first: 1, filter: { text: \"电梯长期停运（案台）\" }) {\n            totalCount\n            edges {\n              node {\n                number\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CaseDeskE2eCases {\n          cases(first: 1, filter: { text: \"电梯长期停运（案台）\" }) {\n            totalCount\n            edges {\n              node {\n                number\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CaseDeskE2eCases2 {\n          cases(first: 1, filter: { text: \"电梯长期停运（案台）\" }) {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query CaseDeskE2eCases2 {\n          cases(first: 1, filter: { text: \"电梯长期停运（案台）\" }) {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CaseLifecycleE2eDeliverCase($input: CaseChangeInput!) {\n          deliverCase(input: $input) {\n            ratingToken\n          }\n        }\n      "): (typeof documents)["\n        mutation CaseLifecycleE2eDeliverCase($input: CaseChangeInput!) {\n          deliverCase(input: $input) {\n            ratingToken\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CaseLifecycleE2eCase($id: ID!) {\n              case(id: $id) {\n                ratingToken\n              }\n            }\n          "): (typeof documents)["\n            query CaseLifecycleE2eCase($id: ID!) {\n              case(id: $id) {\n                ratingToken\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CaseLifecycleE2eRateCaseByToken($input: RateByTokenInput!) {\n        rateCaseByToken(input: $input) {\n          rating\n        }\n      }\n    "): (typeof documents)["\n      mutation CaseLifecycleE2eRateCaseByToken($input: RateByTokenInput!) {\n        rateCaseByToken(input: $input) {\n          rating\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CaseLifecycleE2eCaseStatistics($basis: CaseCountBasis) {\n            caseStatistics(period: { from: \"2026-01-01\", to: \"2026-12-31\" }, groupBy: KIND, basis: $basis) {\n              batches\n            }\n          }\n        "): (typeof documents)["\n          query CaseLifecycleE2eCaseStatistics($basis: CaseCountBasis) {\n            caseStatistics(period: { from: \"2026-01-01\", to: \"2026-12-31\" }, groupBy: KIND, basis: $basis) {\n              batches\n            }\n          }\n        "];
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
export function graphql(source: "\n          mutation ConferenceTasksE2eCreateTask2($input: CreateTaskInput!) {\n            createTask(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConferenceTasksE2eCreateTask2($input: CreateTaskInput!) {\n            createTask(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConferenceTasksE2eScheduleMeeting($input: ScheduleMeetingInput!) {\n          scheduleMeeting(input: $input) {\n            agenda {\n              caseId\n              caseNumber\n              caseTitle\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation ConferenceTasksE2eScheduleMeeting($input: ScheduleMeetingInput!) {\n          scheduleMeeting(input: $input) {\n            agenda {\n              caseId\n              caseNumber\n              caseTitle\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConferenceTasksE2eScheduleMeeting2($input: ScheduleMeetingInput!) {\n          scheduleMeeting(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ConferenceTasksE2eScheduleMeeting2($input: ScheduleMeetingInput!) {\n          scheduleMeeting(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConferenceTasksE2eSignOffTask($input: TaskStepInput!) {\n          signOffTask(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ConferenceTasksE2eSignOffTask($input: TaskStepInput!) {\n          signOffTask(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConferenceTasksE2eRaiseNotice($input: RaiseNoticeInput!) {\n          raiseNotice(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ConferenceTasksE2eRaiseNotice($input: RaiseNoticeInput!) {\n          raiseNotice(input: $input) {\n            id\n          }\n        }\n      "];
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
export function graphql(source: "\n  fragment CaseApiCase on Case {\n    id\n    number\n    state\n    version\n    kind\n    channel\n    handlingTenantId\n    handlingUnitId\n    deadline\n    deadlineStage\n    openStages\n    extensionUsed\n    sendBackCount\n    rating\n    outcome\n    decisionText\n    completionReport\n    repeatOfId\n    repeatCount\n    levelSkipping\n    handledBelow\n    collective\n    personCount\n    finishedOn\n    closeReason\n    declineReason\n    ending\n    final\n    reviewResult\n    reexaminationResult\n    stages {\n      stage\n      startedOn\n      deadline\n      stoppedOn\n      onTime\n      extensionDays\n      provisional\n    }\n  }\n"): (typeof documents)["\n  fragment CaseApiCase on Case {\n    id\n    number\n    state\n    version\n    kind\n    channel\n    handlingTenantId\n    handlingUnitId\n    deadline\n    deadlineStage\n    openStages\n    extensionUsed\n    sendBackCount\n    rating\n    outcome\n    decisionText\n    completionReport\n    repeatOfId\n    repeatCount\n    levelSkipping\n    handledBelow\n    collective\n    personCount\n    finishedOn\n    closeReason\n    declineReason\n    ending\n    final\n    reviewResult\n    reexaminationResult\n    stages {\n      stage\n      startedOn\n      deadline\n      stoppedOn\n      onTime\n      extensionDays\n      provisional\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseApiCase($id: ID!) {\n    case(id: $id) {\n      ...CaseApiCase\n    }\n  }\n"): (typeof documents)["\n  query CaseApiCase($id: ID!) {\n    case(id: $id) {\n      ...CaseApiCase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiRegisterCase($input: RegisterCaseInput!) {\n      registerCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiRegisterCase($input: RegisterCaseInput!) {\n      registerCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiRouteCase($input: RouteCaseInput!) {\n      routeCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiRouteCase($input: RouteCaseInput!) {\n      routeCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiReceiveCase($input: CaseChangeInput!) {\n      receiveCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiReceiveCase($input: CaseChangeInput!) {\n      receiveCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiAcceptCase($input: CaseChangeInput!) {\n      acceptCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiAcceptCase($input: CaseChangeInput!) {\n      acceptCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiObjectToCase($input: ReasonedCaseInput!) {\n      objectToCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiObjectToCase($input: ReasonedCaseInput!) {\n      objectToCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiReportCaseUp($input: ReasonedCaseInput!) {\n      reportCaseUp(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiReportCaseUp($input: ReasonedCaseInput!) {\n      reportCaseUp(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiDeclineCase($input: DeclineCaseInput!) {\n      declineCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiDeclineCase($input: DeclineCaseInput!) {\n      declineCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiExtendCase($input: ExtendCaseInput!) {\n      extendCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiExtendCase($input: ExtendCaseInput!) {\n      extendCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiRecordHearing($input: RecordHearingInput!) {\n      recordHearing(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiRecordHearing($input: RecordHearingInput!) {\n      recordHearing(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiDecideCase($input: DecideCaseInput!) {\n      decideCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiDecideCase($input: DecideCaseInput!) {\n      decideCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiSendBackCase($input: SendBackCaseInput!) {\n      sendBackCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiSendBackCase($input: SendBackCaseInput!) {\n      sendBackCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiSubmitCompletionReport($input: CaseChangeInput!) {\n      submitCompletionReport(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiSubmitCompletionReport($input: CaseChangeInput!) {\n      submitCompletionReport(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiDeliverCase($input: CaseChangeInput!) {\n      deliverCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiDeliverCase($input: CaseChangeInput!) {\n      deliverCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiRateCase($input: RateCaseInput!) {\n      rateCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiRateCase($input: RateCaseInput!) {\n      rateCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiRateCaseByToken($input: RateByTokenInput!) {\n      rateCaseByToken(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiRateCaseByToken($input: RateByTokenInput!) {\n      rateCaseByToken(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiRequestReview($input: CaseChangeInput!) {\n      requestReview(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiRequestReview($input: CaseChangeInput!) {\n      requestReview(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiDecideReview($input: DecideReviewInput!) {\n      decideReview(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiDecideReview($input: DecideReviewInput!) {\n      decideReview(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiRequestReexamination($input: CaseChangeInput!) {\n      requestReexamination(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiRequestReexamination($input: CaseChangeInput!) {\n      requestReexamination(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiDecideReexamination($input: DecideReviewInput!) {\n      decideReexamination(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiDecideReexamination($input: DecideReviewInput!) {\n      decideReexamination(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseApiCloseCase($input: CloseCaseInput!) {\n      closeCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseApiCloseCase($input: CloseCaseInput!) {\n      closeCase(input: $input) {\n        ...CaseApiCase\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentPetitionerMessages($caseNumber: String!) {\n    petitionerMessages(first: 50, filter: { caseNumber: $caseNumber, status: SENT }) {\n      edges {\n        node {\n          id\n          channel\n          recipient\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SentPetitionerMessages($caseNumber: String!) {\n    petitionerMessages(first: 50, filter: { caseNumber: $caseNumber, status: SENT }) {\n      edges {\n        node {\n          id\n          channel\n          recipient\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    subjectId\n    subjectNumber\n    stage\n    clockId\n    deadline\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    addresseeUnitName\n    issuedByName\n    feedbackDue\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n    ladderStoppedReason\n  }\n"): (typeof documents)["\n  fragment SupervisionApiNotice on SupervisionNotice {\n    id\n    version\n    kind\n    state\n    reason\n    subjectId\n    subjectNumber\n    stage\n    clockId\n    deadline\n    issuerTenantId\n    issuerTenantName\n    addresseeTenantId\n    addresseeTenantName\n    addresseeUnitId\n    addresseeUnitName\n    issuedByName\n    feedbackDue\n    escalateOn\n    escalatedFromId\n    feedbackOverdue\n    issuedAt\n    readAt\n    closedAt\n    closeReason\n    ladderStoppedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionApiInbox($filter: NoticeFilter) {\n    noticeInbox(first: 100, filter: $filter) {\n      unreadCount\n      edges {\n        node {\n          ...SupervisionApiNotice\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionApiInbox($filter: NoticeFilter) {\n    noticeInbox(first: 100, filter: $filter) {\n      unreadCount\n      edges {\n        node {\n          ...SupervisionApiNotice\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionApiIssued {\n    issuedNotices(first: 100) {\n      edges {\n        node {\n          ...SupervisionApiNotice\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionApiIssued {\n    issuedNotices(first: 100) {\n      edges {\n        node {\n          ...SupervisionApiNotice\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionApiCaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      supervisionNotices {\n        ...SupervisionApiNotice\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionApiCaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      supervisionNotices {\n        ...SupervisionApiNotice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionApiMarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      ...SupervisionApiNotice\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionApiMarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      ...SupervisionApiNotice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionApiNoticeDetail($id: ID!) {\n    notice(id: $id) {\n      ...SupervisionApiNotice\n      feedback {\n        text\n        attachments\n        submittedByName\n        decision\n        decisionComment\n        decidedByName\n      }\n      history {\n        seq\n        action\n        fromState\n        toState\n        actorName\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SupervisionApiSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n      submitNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "): (typeof documents)["\n    mutation SupervisionApiSubmitNoticeFeedback($input: NoticeFeedbackInput!) {\n      submitNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SupervisionApiAcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n      acceptNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "): (typeof documents)["\n    mutation SupervisionApiAcceptNoticeFeedback($input: AcceptFeedbackInput!) {\n      acceptNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SupervisionApiRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n      rejectNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "): (typeof documents)["\n    mutation SupervisionApiRejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {\n      rejectNoticeFeedback(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SupervisionApiEscalateNotice($input: ReasonedNoticeChangeInput!) {\n      escalateNotice(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "): (typeof documents)["\n    mutation SupervisionApiEscalateNotice($input: ReasonedNoticeChangeInput!) {\n      escalateNotice(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SupervisionApiRaiseNotice($input: RaiseNoticeInput!) {\n      raiseNotice(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "): (typeof documents)["\n    mutation SupervisionApiRaiseNotice($input: RaiseNoticeInput!) {\n      raiseNotice(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SupervisionApiListForSupervision($input: ListForSupervisionInput!) {\n      listForSupervision(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "): (typeof documents)["\n    mutation SupervisionApiListForSupervision($input: ListForSupervisionInput!) {\n      listForSupervision(input: $input) {\n        ...SupervisionApiNotice\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LoginSecurityE2eNoticeInbox {\n        noticeInbox(first: 1) {\n          unreadCount\n        }\n      }\n    "): (typeof documents)["\n      query LoginSecurityE2eNoticeInbox {\n        noticeInbox(first: 1) {\n          unreadCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LoginSecurityE2eDeactivateUser($id: ID!, $v: Int!) {\n          deactivateUser(id: $id, version: $v) {\n            active\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation LoginSecurityE2eDeactivateUser($id: ID!, $v: Int!) {\n          deactivateUser(id: $id, version: $v) {\n            active\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LoginSecurityE2eMe {\n          me {\n            username\n          }\n        }\n      "): (typeof documents)["\n        query LoginSecurityE2eMe {\n          me {\n            username\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LoginSecurityE2eReactivateUser($id: ID!, $v: Int!) {\n          reactivateUser(id: $id, version: $v) {\n            active\n          }\n        }\n      "): (typeof documents)["\n        mutation LoginSecurityE2eReactivateUser($id: ID!, $v: Int!) {\n          reactivateUser(id: $id, version: $v) {\n            active\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query LoginSecurityE2eMe2 {\n              me {\n                username\n              }\n            }\n          "): (typeof documents)["\n            query LoginSecurityE2eMe2 {\n              me {\n                username\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query LoginSecurityE2eMe3 {\n              me {\n                username\n              }\n            }\n          "): (typeof documents)["\n            query LoginSecurityE2eMe3 {\n              me {\n                username\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LoginSecurityE2eResetUserPassword($input: ResetUserPasswordInput!) {\n          resetUserPassword(input: $input) {\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation LoginSecurityE2eResetUserPassword($input: ResetUserPasswordInput!) {\n          resetUserPassword(input: $input) {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query LoginSecurityE2eMe4 {\n              me {\n                username\n              }\n            }\n          "): (typeof documents)["\n            query LoginSecurityE2eMe4 {\n              me {\n                username\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation LoginSecurityE2eLogout {\n              logout\n            }\n          "): (typeof documents)["\n            mutation LoginSecurityE2eLogout {\n              logout\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query LoginSecurityE2eMe5 {\n              me {\n                username\n              }\n            }\n          "): (typeof documents)["\n            query LoginSecurityE2eMe5 {\n              me {\n                username\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PlatformE2eMe {\n          me {\n            username\n            tenant {\n              name\n              conferenceCoverage(level: TOWNSHIP) {\n                jurisdictions\n                withConference\n              }\n              assessedJurisdictions {\n                code\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PlatformE2eMe {\n          me {\n            username\n            tenant {\n              name\n              conferenceCoverage(level: TOWNSHIP) {\n                jurisdictions\n                withConference\n              }\n              assessedJurisdictions {\n                code\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PlatformE2eCreateTenant($input: CreateTenantInput!) {\n          createTenant(input: $input) {\n            code\n          }\n        }\n      "): (typeof documents)["\n        mutation PlatformE2eCreateTenant($input: CreateTenantInput!) {\n          createTenant(input: $input) {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PlatformE2eMe2 {\n              me {\n                tenant {\n                  assessedJurisdictions {\n                    code\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query PlatformE2eMe2 {\n              me {\n                tenant {\n                  assessedJurisdictions {\n                    code\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PlatformE2eTenant($id: ID!) {\n          tenant(id: $id) {\n            name\n            assessedJurisdictions {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PlatformE2eTenant($id: ID!) {\n          tenant(id: $id) {\n            name\n            assessedJurisdictions {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PlatformE2eMe3 {\n          me {\n            username\n          }\n        }\n      "): (typeof documents)["\n        query PlatformE2eMe3 {\n          me {\n            username\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PlatformE2eMe4 {\n          me {\n            username\n          }\n        }\n      "): (typeof documents)["\n        query PlatformE2eMe4 {\n          me {\n            username\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlatformE2eCases($filter: CaseFilter) {\n            cases(filter: $filter) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlatformE2eCases($filter: CaseFilter) {\n            cases(filter: $filter) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlatformE2eCase($id: ID!) {\n            case(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query PlatformE2eCase($id: ID!) {\n            case(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlatformE2eCases2($after: String) {\n            cases(after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlatformE2eCases2($after: String) {\n            cases(after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlatformE2eCases3($after: String) {\n            cases(filter: { overdue: true }, after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlatformE2eCases3($after: String) {\n            cases(filter: { overdue: true }, after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlatformE2eTasks($after: String) {\n            tasks(after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlatformE2eTasks($after: String) {\n            tasks(after: $after) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlatformE2eConference {\n            conference {\n              members {\n                name\n                liaisonName\n              }\n            }\n            meetingSchedules {\n              kind\n              recurrence\n              weekday\n            }\n            meetings(first: 10) {\n              edges {\n                node {\n                  kind\n                  state\n                  agenda {\n                    caseNumber\n                  }\n                  attendees {\n                    attendance\n                  }\n                  decisions {\n                    text\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlatformE2eConference {\n            conference {\n              members {\n                name\n                liaisonName\n              }\n            }\n            meetingSchedules {\n              kind\n              recurrence\n              weekday\n            }\n            meetings(first: 10) {\n              edges {\n                node {\n                  kind\n                  state\n                  agenda {\n                    caseNumber\n                  }\n                  attendees {\n                    attendance\n                  }\n                  decisions {\n                    text\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlatformE2eTasks2 {\n            tasks(first: 50) {\n              edges {\n                node {\n                  state\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlatformE2eTasks2 {\n            tasks(first: 50) {\n              edges {\n                node {\n                  state\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlatformE2eTasks3 {\n            tasks(first: 10) {\n              edges {\n                node {\n                  state\n                  reports {\n                    percent\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlatformE2eTasks3 {\n            tasks(first: 10) {\n              edges {\n                node {\n                  state\n                  reports {\n                    percent\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlatformE2eTenant2($id: ID!, $year: Int!) {\n            tenant(id: $id) {\n              assessmentResults(period: { kind: YEAR, year: $year }) {\n                rank\n                of\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlatformE2eTenant2($id: ID!, $year: Int!) {\n            tenant(id: $id) {\n              assessmentResults(period: { kind: YEAR, year: $year }) {\n                rank\n                of\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CaseLifecyclesCategories {\n        categories {\n          id\n          code\n        }\n      }\n    "): (typeof documents)["\n      query CaseLifecyclesCategories {\n        categories {\n          id\n          code\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CaseLifecyclesCase($id: ID!) {\n          case(id: $id) {\n            opinions {\n              id\n              kind\n              outcome\n              result\n              reviewedOpinionId\n              text\n              inForce\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CaseLifecyclesCase($id: ID!) {\n          case(id: $id) {\n            opinions {\n              id\n              kind\n              outcome\n              result\n              reviewedOpinionId\n              text\n              inForce\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SupervisionE2eSupervisionSummary {\n          supervisionSummary(period: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n            tenantName\n            issued\n            escalated\n            byKind {\n              kind\n              issued\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SupervisionE2eSupervisionSummary {\n          supervisionSummary(period: { from: \"2026-01-01\", to: \"2026-12-31\" }) {\n            tenantName\n            issued\n            escalated\n            byKind {\n              kind\n              issued\n            }\n          }\n        }\n      "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;