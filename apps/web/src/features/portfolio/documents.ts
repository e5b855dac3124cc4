import { graphql } from '../../gql';

export const ExposureLineFieldsFragment = graphql(`
  fragment ExposureLineFields on ExposureLine {
    partnership {
      id
      title
      status
    }
    tranche {
      id
      kind
      seniority
      premiumRate
      organisation {
        id
        name
      }
      fund {
        id
        name
      }
    }
    position {
      ...PositionFields
    }
  }
`);

export const ExposurePointFieldsFragment = graphql(`
  fragment ExposurePointFields on ExposurePoint {
    date
    disbursed
    principalRepaid
    premiumReceived
    outstanding
  }
`);

export const PortfolioDocument = graphql(`
  query Portfolio {
    portfolio {
      organisation {
        id
        name
        kind
      }
      totals {
        ...PositionFields
      }
      lines {
        ...ExposureLineFields
      }
      history {
        ...ExposurePointFields
      }
    }
  }
`);
