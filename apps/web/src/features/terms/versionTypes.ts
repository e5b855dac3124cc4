import type { ContractVersionQuery } from '../../gql/graphql';

export type Version = NonNullable<ContractVersionQuery['contractVersion']>;
