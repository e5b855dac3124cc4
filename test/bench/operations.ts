/** The three benchmarked GraphQL operations, as the web client would send them. */

const POSITION = 'committed disbursed principalRepaid premiumReceived outstanding undrawn atRisk writtenOff';

/** An investor's exposure across every tranche it holds. */
export const PORTFOLIO = `query Portfolio {
  portfolio {
    organisation { id name }
    totals { ${POSITION} }
    lines {
      partnership { id title status }
      tranche { id kind seniority commitment premiumRate }
      position { ${POSITION} }
    }
    history { date disbursed principalRepaid premiumReceived outstanding }
  }
}`;

/** The commissioner's partnership workspace: terms with positions, reports, payments. */
export const WORKSPACE = `query Workspace($id: ID!) {
  partnership(id: $id) {
    id title challenge status closure viewerRole paidToDate
    abilities { addMember proposeTerms submitReport managePayments close }
    municipality { id name }
    members { role joinedAt organisation { id name kind } }
    versions { id number status agreedAt }
    terms {
      id number status contentHash startDate endDate paymentCap agreedAt
      metrics { id key name unit rule price threshold target amount cap verifier }
      tranches {
        id kind seniority commitment premiumRate viewerCanDisburse
        organisation { id name }
        fund { id name }
        position { ${POSITION} }
        disbursements { id amount date }
      }
      signatures { signedAt organisation { name } signedBy { name } }
    }
    reports {
      id periodStart periodEnd value status submittedAt reviewedAt viewerCanReview
      metric { key } submittedBy { name } payment { id number }
    }
    payments {
      id number status total capReduction providerSurplus calculatedAt approvedAt paidOn
      lines { gross amount metric { key name } reports { id } }
      distributions { principal premium tranche { id organisation { name } } }
    }
  }
}`;

/** Settles the partnership's verified, unsettled reports. */
export const CALCULATE = `mutation Calculate($partnershipId: ID!) {
  calculatePayment(partnershipId: $partnershipId) {
    id number status total capReduction providerSurplus calculatedAt
    lines { gross amount metric { key } reports { id } }
    distributions { principal premium tranche { id } }
  }
}`;

export type OperationName = 'portfolio' | 'workspace' | 'calculate';

export const DOCUMENTS: Record<OperationName, { readonly query: string; readonly field: string }> = {
  portfolio: { query: PORTFOLIO, field: 'portfolio' },
  workspace: { query: WORKSPACE, field: 'partnership' },
  calculate: { query: CALCULATE, field: 'calculatePayment' },
};

/** A request body, built once per item. */
export function graphqlBody(operation: OperationName, variables: Record<string, string>): string {
  return JSON.stringify({ query: DOCUMENTS[operation].query, variables });
}

/** A 200 answer with the operation's data and no error (Apollo answers resolver errors with 200 too). */
export function isGraphqlSuccess(operation: OperationName, body: string): boolean {
  return body.startsWith(`{"data":{"${DOCUMENTS[operation].field}":{`) && !body.includes('"errors":');
}
