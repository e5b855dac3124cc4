import { graphql } from '../../gql';

export const MilestoneFieldsFragment = graphql(`
  fragment MilestoneFields on Milestone {
    id
    title
    dueDate
    status
    overdue
    updatedAt
    owner {
      id
      name
    }
  }
`);

export const MilestonesDocument = graphql(`
  query Milestones($partnershipId: ID!) {
    milestones(partnershipId: $partnershipId) {
      ...MilestoneFields
    }
  }
`);

export const CreateMilestoneDocument = graphql(`
  mutation CreateMilestone($partnershipId: ID!, $input: MilestoneInput!) {
    createMilestone(partnershipId: $partnershipId, input: $input) {
      ...MilestoneFields
    }
  }
`);

export const UpdateMilestoneDocument = graphql(`
  mutation UpdateMilestone($id: ID!, $input: MilestoneInput!) {
    updateMilestone(id: $id, input: $input) {
      ...MilestoneFields
    }
  }
`);
