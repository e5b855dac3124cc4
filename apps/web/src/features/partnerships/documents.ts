import { graphql } from '../../gql';

export const PartnershipsDocument = graphql(`
  query Partnerships($status: PartnershipStatus) {
    partnerships(status: $status) {
      id
      title
      challenge
      status
      viewerRole
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
    }
  }
`);

export const PartnershipDocument = graphql(`
  query Partnership($id: ID!) {
    partnership(id: $id) {
      id
      title
      challenge
      status
      viewerRole
      abilities {
        addMember
      }
      municipality {
        id
        name
      }
      members {
        role
        joinedAt
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

export const CreatePartnershipDocument = graphql(`
  mutation CreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      id
      title
      challenge
      status
      viewerRole
    }
  }
`);

export const OrganisationsDocument = graphql(`
  query Organisations($kind: OrganisationKind) {
    organisations(kind: $kind) {
      id
      name
      kind
    }
  }
`);

export const AddMemberDocument = graphql(`
  mutation AddMember($partnershipId: ID!, $organisationId: ID!, $role: PartnershipRole!) {
    addMember(partnershipId: $partnershipId, organisationId: $organisationId, role: $role) {
      id
      status
      abilities {
        addMember
      }
      members {
        role
        joinedAt
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);
