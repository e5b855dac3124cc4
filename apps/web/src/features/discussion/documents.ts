import { graphql } from '../../gql';

export const ThreadsDocument = graphql(`
  query Threads($partnershipId: ID!, $subject: ThreadSubject, $subjectId: ID) {
    threads(partnershipId: $partnershipId, subject: $subject, subjectId: $subjectId) {
      id
      title
      subject
      subjectId
      createdAt
      startedBy {
        id
        name
        organisation {
          id
          name
        }
      }
      counts {
        comments
        unread
        lastCommentAt
      }
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    body
    createdAt
    editedAt
    viewerCanEdit
    author {
      id
      name
      organisation {
        id
        name
      }
    }
    mentions {
      id
      name
    }
  }
`);

export const ThreadDocument = graphql(`
  query Thread($id: ID!) {
    thread(id: $id) {
      id
      title
      subject
      subjectId
      createdAt
      startedBy {
        id
        name
        organisation {
          id
          name
        }
      }
      counts {
        comments
        unread
        lastCommentAt
      }
      comments {
        ...CommentFields
      }
    }
  }
`);

export const StartThreadDocument = graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
      title
    }
  }
`);

export const PostCommentDocument = graphql(`
  mutation PostComment($threadId: ID!, $body: String!, $mentions: [ID!]!) {
    postComment(threadId: $threadId, body: $body, mentions: $mentions) {
      ...CommentFields
    }
  }
`);

export const EditCommentDocument = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...CommentFields
    }
  }
`);

export const MarkThreadReadDocument = graphql(`
  mutation MarkThreadRead($id: ID!) {
    markThreadRead(id: $id) {
      id
      counts {
        comments
        unread
        lastCommentAt
      }
    }
  }
`);

/** The versions, reports and payments of a partnership that a thread can be about. */
export const DiscussionSubjectsDocument = graphql(`
  query DiscussionSubjects($id: ID!) {
    partnership(id: $id) {
      id
      versions {
        id
        number
        status
      }
      reports {
        id
        metric {
          id
          name
        }
        periodStart
        periodEnd
        status
      }
      payments {
        id
        number
        status
      }
    }
  }
`);
