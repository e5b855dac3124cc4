import { graphql } from '../../gql';

export const DecisionsDocument = graphql(`
  query Decisions($partnershipId: ID!) {
    decisions(partnershipId: $partnershipId) {
      id
      text
      decidedOn
      createdAt
      threadId
      agreedBy {
        id
        name
      }
      recordedBy {
        id
        name
        organisation {
          id
          name
        }
      }
      supersedes {
        id
        decidedOn
      }
      supersededBy {
        id
        decidedOn
      }
    }
  }
`);

export const RecordDecisionDocument = graphql(`
  mutation RecordDecision($input: DecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`);
