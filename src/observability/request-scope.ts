// What the code running for one HTTP request may need without it being passed around: the request
// id (added to every log line) and where reads go. Carried through async work by AsyncLocalStorage.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  requestId: string;
  /**
   * Send reads to the primary instead of a read replica. Set for mutations and signed-in staff
   * (they must see their own writes at once); storefront reads stay on the replicas.
   */
  primaryReads: boolean;
  /** The GraphQL operation's name, once known (for the access log). */
  operationName?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

export function currentRequestScope(): RequestScope | undefined {
  return requestScope.getStore();
}

/** Runs `work` with every read it makes going to the primary (a no-op without replicas). */
export function withPrimaryReads<T>(work: () => T): T {
  const scope = requestScope.getStore();
  return requestScope.run({ requestId: scope?.requestId ?? '', primaryReads: true }, work);
}

/** From this point of the request on, reads go to the primary. */
export function readFromPrimaryForThisRequest(): void {
  const scope = requestScope.getStore();
  if (scope) scope.primaryReads = true;
}

// At most 100 characters: the audit log stores it (audit_log.request_id is varchar(100)).
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** A caller's X-Request-Id when it is a plausible id (no spaces, quotes or control characters), else null. */
export function acceptableRequestId(value: string | undefined): string | null {
  return value !== undefined && REQUEST_ID.test(value) ? value : null;
}
