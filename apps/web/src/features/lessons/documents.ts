import { graphql } from '../../gql';

export const LessonsDocument = graphql(`
  query Lessons($search: String, $tag: String, $partnershipId: ID) {
    lessons(search: $search, tag: $tag, partnershipId: $partnershipId) {
      id
      title
      body
      tags
      outcome
      visibility
      createdAt
      partnershipTitle
      partnership {
        id
        viewerRole
      }
      municipality {
        id
        name
      }
      author {
        id
        name
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const RecordLessonDocument = graphql(`
  mutation RecordLesson($input: LessonInput!) {
    recordLesson(input: $input) {
      id
      title
    }
  }
`);

export const ShareLessonDocument = graphql(`
  mutation ShareLesson($id: ID!) {
    shareLesson(id: $id) {
      id
      visibility
    }
  }
`);
