// Picking the errors out of a GraphQL response, with the checks every test makes first.
import { GraphQLResponse } from './test-app';

export type ResponseError = NonNullable<GraphQLResponse['body']['errors']>[number];

/** The response's one error: fails unless it has exactly one. */
export function onlyError(response: GraphQLResponse): ResponseError {
  expect(response.body.errors).toHaveLength(1);
  return response.body.errors![0];
}

/** The one error of a refused request: fails unless it has exactly one error and no data. */
export function refusal(response: GraphQLResponse): ResponseError {
  const error = onlyError(response);
  expect(response.body.data ?? null).toBeNull();
  return error;
}

/** The first of the response's errors: fails unless it has at least one. */
export function firstError(response: GraphQLResponse): ResponseError {
  expect(response.body.errors?.length).toBeGreaterThan(0);
  return response.body.errors![0];
}

/** Refused as UNAUTHENTICATED: one error, no data; the message and HTTP status too when given. */
export function expectUnauthenticated(response: GraphQLResponse, message?: RegExp, status?: number): void {
  if (status !== undefined) expect(response.status).toBe(status);
  const error = refusal(response);
  expect(error.extensions!.code).toBe('UNAUTHENTICATED');
  if (message) expect(error.message).toMatch(message);
}
