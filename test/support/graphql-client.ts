import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: readonly GraphQLFormattedError[];
}

/** A caller of the GraphQL endpoint, signed in or not. */
export class GraphQLClient {
  constructor(
    readonly endpoint: string,
    readonly token?: string,
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
    return { status: response.status, ...body };
  }

  /** Data of a request that must succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }
}

/** The `extensions.code` of the first error, for asserting on codes rather than messages. */
export function errorCode(result: GraphQLResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}

export function errorField(result: GraphQLResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.field;
}
