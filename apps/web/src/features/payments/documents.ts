import { graphql } from '../../gql';

export const PositionFieldsFragment = graphql(`
  fragment PositionFields on TranchePosition {
    committed
    disbursed
    principalRepaid
    premiumReceived
    outstanding
    undrawn
    atRisk
    writtenOff
  }
`);

export const TrancheFieldsFragment = graphql(`
  fragment TrancheFields on Tranche {
    id
    kind
    seniority
    commitment
    premiumRate
    viewerCanDisburse
    organisation {
      id
      name
    }
    fund {
      id
      name
    }
    position {
      ...PositionFields
    }
    disbursements {
      id
      amount
      date
      recordedAt
    }
  }
`);

export const PaymentSummaryFragment = graphql(`
  fragment PaymentSummary on OutcomePayment {
    id
    number
    status
    total
    capReduction
    providerSurplus
    calculatedAt
    approvedAt
    paidOn
  }
`);

export const PartnershipPaymentsDocument = graphql(`
  query PartnershipPayments($id: ID!) {
    partnership(id: $id) {
      id
      title
      status
      closure
      viewerRole
      paidToDate
      abilities {
        submitReport
        managePayments
        close
      }
      terms {
        id
        number
        paymentCap
        tranches {
          ...TrancheFields
        }
      }
      payments {
        ...PaymentSummary
      }
      verified: reports(status: VERIFIED) {
        id
        payment {
          id
        }
      }
    }
  }
`);

export const PartnershipPaymentDocument = graphql(`
  query PartnershipPayment($id: ID!) {
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
      payments {
        ...PaymentSummary
        lines {
          gross
          amount
          metric {
            id
            key
            name
            unit
            cap
          }
          reports {
            id
            periodStart
            periodEnd
            value
          }
        }
        distributions {
          principal
          premium
          tranche {
            id
            kind
            seniority
            organisation {
              id
              name
            }
            fund {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CalculatePaymentDocument = graphql(`
  mutation CalculatePayment($partnershipId: ID!) {
    calculatePayment(partnershipId: $partnershipId) {
      ...PaymentSummary
    }
  }
`);

export const ApprovePaymentDocument = graphql(`
  mutation ApprovePayment($id: ID!) {
    approvePayment(id: $id) {
      ...PaymentSummary
    }
  }
`);

export const MarkPaymentPaidDocument = graphql(`
  mutation MarkPaymentPaid($id: ID!, $paidOn: Date!) {
    markPaymentPaid(id: $id, paidOn: $paidOn) {
      ...PaymentSummary
    }
  }
`);

export const ClosePartnershipDocument = graphql(`
  mutation ClosePartnership($id: ID!, $outcome: ClosureOutcome!) {
    closePartnership(id: $id, outcome: $outcome) {
      id
      status
      closure
      abilities {
        submitReport
        managePayments
        close
      }
      terms {
        id
        tranches {
          ...TrancheFields
        }
      }
    }
  }
`);
