// The smallest typed client: POSTs a generated document with its variables and returns its typed
// data. Any GraphQL client that accepts typed documents (Apollo Client, urql, graphql-request) works
// the same way with the documents in src/gql/.
import type { TypedDocumentString } from './gql/graphql';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    /** The `extensions.code` of each error, e.g. BAD_USER_INPUT or RATE_LIMITED. */
    readonly codes: string[],
  ) {
    super(message);
  }
}

interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function createClient(endpoint: string, headers: Record<string, string> = {}) {
  return async function execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TResult> {
    const response = await fetch(endpoint, {
      method: 'POST',
      // JSON bodies need a CORS preflight, which is what lets the API tell them from cross-site forms (CSRF).
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await response.json()) as GraphQLResponseBody<TResult>;
    if (body.errors?.length || !body.data) {
      const errors = body.errors ?? [];
      throw new GraphQLRequestError(
        errors.map((error) => error.message).join('; ') || `HTTP ${response.status}`,
        errors.map((error) => error.extensions?.code ?? 'UNKNOWN'),
      );
    }
    return body.data;
  };
}

export type Execute = ReturnType<typeof createClient>;
