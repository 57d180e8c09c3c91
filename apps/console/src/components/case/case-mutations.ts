import type { DocumentNode } from 'graphql';
import { graphql } from '../../gql';
import type { StepAction } from '../../logic/case-actions';

const RouteCaseDocument = graphql(`
  mutation RouteCase($input: RouteCaseInput!) {
    routeCase(input: $input) {
      id
      version
      state
    }
  }
`);

const ObjectToCaseDocument = graphql(`
  mutation ObjectToCase($input: ReasonedCaseInput!) {
    objectToCase(input: $input) {
      id
      version
      state
    }
  }
`);

const ReportCaseUpDocument = graphql(`
  mutation ReportCaseUp($input: ReasonedCaseInput!) {
    reportCaseUp(input: $input) {
      id
      version
      state
    }
  }
`);

const ReceiveCaseDocument = graphql(`
  mutation ReceiveCase($input: CaseChangeInput!) {
    receiveCase(input: $input) {
      id
      version
      state
    }
  }
`);

const AcceptCaseDocument = graphql(`
  mutation AcceptCase($input: CaseChangeInput!) {
    acceptCase(input: $input) {
      id
      version
      state
    }
  }
`);

const DeclineCaseDocument = graphql(`
  mutation DeclineCase($input: DeclineCaseInput!) {
    declineCase(input: $input) {
      id
      version
      state
    }
  }
`);

const ExtendCaseDocument = graphql(`
  mutation ExtendCase($input: ExtendCaseInput!) {
    extendCase(input: $input) {
      id
      version
      state
    }
  }
`);

const RecordHearingDocument = graphql(`
  mutation RecordHearing($input: RecordHearingInput!) {
    recordHearing(input: $input) {
      id
      version
      state
    }
  }
`);

const DecideCaseDocument = graphql(`
  mutation DecideCase($input: DecideCaseInput!) {
    decideCase(input: $input) {
      id
      version
      state
    }
  }
`);

const DeliverCaseDocument = graphql(`
  mutation DeliverCase($input: CaseChangeInput!) {
    deliverCase(input: $input) {
      id
      version
      state
      ratingToken
    }
  }
`);

const SubmitCompletionReportDocument = graphql(`
  mutation SubmitCompletionReport($input: CaseChangeInput!) {
    submitCompletionReport(input: $input) {
      id
      version
      state
    }
  }
`);

const SendBackCaseDocument = graphql(`
  mutation SendBackCase($input: SendBackCaseInput!) {
    sendBackCase(input: $input) {
      id
      version
      state
    }
  }
`);

const RateCaseDocument = graphql(`
  mutation RateCase($input: RateCaseInput!) {
    rateCase(input: $input) {
      id
      version
      state
    }
  }
`);

const RequestReviewDocument = graphql(`
  mutation RequestReview($input: CaseChangeInput!) {
    requestReview(input: $input) {
      id
      version
      state
    }
  }
`);

const DecideReviewDocument = graphql(`
  mutation DecideReview($input: DecideReviewInput!) {
    decideReview(input: $input) {
      id
      version
      state
    }
  }
`);

const RequestReexaminationDocument = graphql(`
  mutation RequestReexamination($input: CaseChangeInput!) {
    requestReexamination(input: $input) {
      id
      version
      state
    }
  }
`);

const DecideReexaminationDocument = graphql(`
  mutation DecideReexamination($input: DecideReviewInput!) {
    decideReexamination(input: $input) {
      id
      version
      state
    }
  }
`);

const CloseCaseDocument = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      id
      version
      state
    }
  }
`);

/** The mutation of each step a user takes on the case page; every one answers the case with its new version. */
export const STEP_MUTATIONS: Record<StepAction, { document: DocumentNode; field: string }> = {
  ROUTE: { document: RouteCaseDocument, field: 'routeCase' },
  OBJECT: { document: ObjectToCaseDocument, field: 'objectToCase' },
  REPORT_UP: { document: ReportCaseUpDocument, field: 'reportCaseUp' },
  RECEIVE: { document: ReceiveCaseDocument, field: 'receiveCase' },
  ACCEPT: { document: AcceptCaseDocument, field: 'acceptCase' },
  DECLINE: { document: DeclineCaseDocument, field: 'declineCase' },
  EXTEND: { document: ExtendCaseDocument, field: 'extendCase' },
  RECORD_HEARING: { document: RecordHearingDocument, field: 'recordHearing' },
  DECIDE: { document: DecideCaseDocument, field: 'decideCase' },
  DELIVER: { document: DeliverCaseDocument, field: 'deliverCase' },
  SUBMIT_COMPLETION_REPORT: { document: SubmitCompletionReportDocument, field: 'submitCompletionReport' },
  SEND_BACK: { document: SendBackCaseDocument, field: 'sendBackCase' },
  RATE: { document: RateCaseDocument, field: 'rateCase' },
  REQUEST_REVIEW: { document: RequestReviewDocument, field: 'requestReview' },
  DECIDE_REVIEW: { document: DecideReviewDocument, field: 'decideReview' },
  REQUEST_REEXAMINATION: { document: RequestReexaminationDocument, field: 'requestReexamination' },
  DECIDE_REEXAMINATION: { document: DecideReexaminationDocument, field: 'decideReexamination' },
  CLOSE: { document: CloseCaseDocument, field: 'closeCase' },
};
