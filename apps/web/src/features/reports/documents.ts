import { graphql } from '../../gql';

export const ReportFieldsFragment = graphql(`
  fragment ReportFields on OutcomeReport {
    id
    periodStart
    periodEnd
    value
    note
    status
    reviewNote
    reviewedAt
    submittedAt
    viewerCanReview
    metric {
      id
      key
      name
      unit
      verifier
    }
    submittedBy {
      id
      name
    }
    reviewedBy {
      id
      name
    }
    payment {
      id
      number
      status
    }
  }
`);

export const PartnershipReportsDocument = graphql(`
  query PartnershipReports($id: ID!) {
    partnership(id: $id) {
      id
      title
      status
      viewerRole
      abilities {
        submitReport
        managePayments
        close
      }
      terms {
        id
        number
        startDate
        endDate
        metrics {
          id
          key
          name
          unit
          verifier
          rule
        }
      }
      reports {
        ...ReportFields
      }
    }
  }
`);

export const SubmitOutcomeReportDocument = graphql(`
  mutation SubmitOutcomeReport($input: OutcomeReportInput!) {
    submitOutcomeReport(input: $input) {
      ...ReportFields
    }
  }
`);

export const ReviewInboxDocument = graphql(`
  query ReviewInbox {
    reviewInbox {
      ...ReportFields
      partnership {
        id
        title
      }
    }
  }
`);

export const VerifyOutcomeReportDocument = graphql(`
  mutation VerifyOutcomeReport($id: ID!, $note: String) {
    verifyOutcomeReport(id: $id, note: $note) {
      ...ReportFields
    }
  }
`);

export const RejectOutcomeReportDocument = graphql(`
  mutation RejectOutcomeReport($id: ID!, $reason: String!) {
    rejectOutcomeReport(id: $id, reason: $reason) {
      ...ReportFields
    }
  }
`);
