import { graphql } from '../../gql';

export const PartnershipDocumentsDocument = graphql(`
  query PartnershipDocuments($partnershipId: ID!) {
    documents(partnershipId: $partnershipId) {
      id
      title
      createdAt
      uploadPath
      versions {
        id
        number
        filename
        contentType
        size
        sha256
        downloadPath
        uploadedAt
        uploadedBy {
          id
          name
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);
