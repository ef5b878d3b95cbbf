// The "who may do what" tables: every operation run as every kind of caller.
import { Role } from '../../src/core/roles';
import { GraphQLResponse } from './test-app';

export type Who = 'anonymous' | 'partner' | Role;

export type Operation = [query: string, variables: Record<string, unknown>];

/** One case per operation and caller: [name, who, allowed, prepare]. */
export function authorizationCases<P>(operations: readonly [string, readonly Who[], P][], callers: readonly Who[]) {
  return operations.flatMap(([name, allowed, prepare]) => callers.map((who) => [name, who, allowed.includes(who), prepare] as const));
}

/** Allowed: data and no errors. Refused: UNAUTHENTICATED for anonymous callers, FORBIDDEN otherwise, and no data. */
export function expectAuthorization(response: GraphQLResponse, who: Who, allowed: boolean): void {
  if (allowed) {
    expect(response.body.errors).toBeUndefined();
    expect(Object.values(response.body.data!)[0]).not.toBeNull();
  } else {
    expect(response.body.errors?.[0]?.extensions?.code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(response.body.data ?? null).toBeNull();
  }
}
