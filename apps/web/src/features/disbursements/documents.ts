import { graphql } from '../../gql';

export const RecordDisbursementDocument = graphql(`
  mutation RecordDisbursement($input: DisbursementInput!) {
    recordDisbursement(input: $input) {
      ...TrancheFields
    }
  }
`);
