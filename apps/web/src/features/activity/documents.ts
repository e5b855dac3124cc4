import { graphql } from '../../gql';

/** What every workspace section needs of its partnership: header, members, the viewer's role. */
export const WorkspacePartnershipDocument = graphql(`
  query WorkspacePartnership($id: ID!) {
    partnership(id: $id) {
      id
      title
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

export const WorkspaceRoleDocument = graphql(`
  query WorkspaceRole($id: ID!) {
    partnership(id: $id) {
      id
      viewerRole
    }
  }
`);

export const ActivityFeedDocument = graphql(`
  query ActivityFeed($partnershipId: ID!, $first: Int!, $before: String) {
    activity(partnershipId: $partnershipId, first: $first, before: $before) {
      nextCursor
      items {
        ...ActivityEntryFields
      }
    }
  }
`);

export const ActivityEntryFieldsFragment = graphql(`
  fragment ActivityEntryFields on ActivityEntry {
    id
    kind
    data
    subjectId
    createdAt
    actor {
      id
      name
    }
    organisation {
      id
      name
    }
  }
`);

export const ActivityAddedDocument = graphql(`
  subscription ActivityAdded($partnershipId: ID!) {
    activityAdded(partnershipId: $partnershipId) {
      ...ActivityEntryFields
    }
  }
`);
