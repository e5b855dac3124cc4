import { graphql } from '../../gql';

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        name
        email
        isOrgAdmin
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      isOrgAdmin
      canCreatePartnership
      organisation {
        id
        name
        kind
      }
    }
  }
`);
