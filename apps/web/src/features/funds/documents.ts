import { graphql } from '../../gql';

export const FundsDocument = graphql(`
  query Funds {
    funds {
      id
      name
      capital
      committed
      disbursed
      received
      writtenOff
      available
      municipality {
        id
        name
      }
      exposure {
        lines {
          ...ExposureLineFields
        }
        history {
          ...ExposurePointFields
        }
      }
    }
  }
`);
