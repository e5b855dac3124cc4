import { graphql } from '../../gql';

/*
 * Tranches are queried without their `id` on purpose: a tranche keeps its id across versions while
 * its commitment, kind, seniority and premium may differ per version. Without the id, Apollo keeps
 * each version's tranches inside that version instead of merging them into one cache entry.
 * Identity across versions is (organisation, fund), as DOMAIN.md defines it.
 */
export const VersionTermsFragment = graphql(`
  fragment VersionTerms on ContractVersion {
    id
    number
    status
    startDate
    endDate
    paymentCap
    proposedAt
    agreedAt
    metrics {
      id
      key
      name
      definition
      unit
      verifier
      rule
      price
      threshold
      target
      amount
      cap
      unitSaving
    }
    tranches {
      kind
      seniority
      commitment
      premiumRate
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
`);

export const TermsEditorDocument = graphql(`
  query TermsEditor($id: ID!) {
    partnership(id: $id) {
      id
      title
      status
      viewerRole
      abilities {
        proposeTerms
      }
      municipality {
        id
        name
      }
      members {
        role
        organisation {
          id
          name
          kind
        }
      }
      terms {
        ...VersionTerms
      }
      proposal {
        ...VersionTerms
      }
    }
    funds {
      id
      name
    }
  }
`);

export const ProposeTermsDocument = graphql(`
  mutation ProposeTerms($partnershipId: ID!, $terms: TermsInput!) {
    proposeTerms(partnershipId: $partnershipId, terms: $terms) {
      ...VersionTerms
      contentHash
      viewerCanSign
    }
  }
`);

export const PartnershipVersionsDocument = graphql(`
  query PartnershipVersions($id: ID!) {
    partnership(id: $id) {
      id
      status
      abilities {
        proposeTerms
      }
      terms {
        id
        number
      }
      proposal {
        id
        number
        viewerCanSign
      }
      versions {
        id
        number
        status
        proposedAt
        agreedAt
      }
    }
  }
`);

export const ContractVersionDocument = graphql(`
  query ContractVersion($id: ID!) {
    contractVersion(id: $id) {
      ...VersionTerms
      contentHash
      viewerCanSign
      signatures {
        signedAt
        organisation {
          id
          name
        }
        signedBy {
          id
          name
        }
      }
      pendingSignatories {
        id
        name
      }
      partnership {
        id
        title
        status
        versions {
          id
          number
          status
        }
      }
    }
  }
`);

export const SignTermsDocument = graphql(`
  mutation SignTerms($versionId: ID!, $contentHash: String!) {
    signTerms(versionId: $versionId, contentHash: $contentHash) {
      id
      status
      agreedAt
      viewerCanSign
      signatures {
        signedAt
        organisation {
          id
          name
        }
        signedBy {
          id
          name
        }
      }
      pendingSignatories {
        id
        name
      }
    }
  }
`);

export const CompareVersionsDocument = graphql(`
  query CompareVersions($partnershipId: ID!, $a: ID!, $b: ID!) {
    partnership(id: $partnershipId) {
      id
      title
      versions {
        id
        number
        status
      }
    }
    a: contractVersion(id: $a) {
      ...VersionTerms
      contentHash
    }
    b: contractVersion(id: $b) {
      ...VersionTerms
      contentHash
    }
  }
`);
