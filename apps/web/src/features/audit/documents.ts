import { graphql } from '../../gql';

export const AuditTrailDocument = graphql(`
  query AuditTrail($partnershipId: ID!, $first: Int!, $beforeSeq: Int) {
    auditTrail(partnershipId: $partnershipId, first: $first, beforeSeq: $beforeSeq) {
      id
      seq
      operation
      createdAt
      hash
      previousHash
      digest
      userId
      organisationId
      subjectIds
    }
  }
`);

export const VerifyAuditTrailDocument = graphql(`
  query VerifyAuditTrail($partnershipId: ID!) {
    verifyAuditTrail(partnershipId: $partnershipId) {
      valid
      checked
      firstBroken {
        id
        seq
        operation
        createdAt
      }
    }
  }
`);
