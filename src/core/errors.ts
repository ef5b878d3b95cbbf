// Expected, client-caused failures that services throw; src/graphql/errors.ts turns them (and anything
// else) into what a client may see.

export interface FieldProblem {
  field: string;
  message: string;
}

/** Expected, client-caused failures; their messages are safe to show. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  extensions(): Record<string, unknown> {
    return {};
  }
}

export class UserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((problem) => `${problem.field}: ${problem.message}`).join('; '));
  }
  static forField(field: string, message: string): UserInputError {
    return new UserInputError([{ field, message }]);
  }
  extensions(): Record<string, unknown> {
    return { fields: this.fields };
  }
}

/** No valid credentials: no or a bad access token where one is needed, or a bad login or refresh token. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'You must be signed in to do this') {
    super(message);
  }
}

/** Signed in, but the role does not grant what the operation requires. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Your role does not allow this') {
    super(message);
  }
}

/** The database cannot be reached (down, restarting, failing over, out of connections): retry shortly. */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(message = 'The service is temporarily unavailable (its database cannot be reached); try again shortly') {
    super(message);
  }
}

export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many failed attempts; try again in ${retryAfterSeconds} seconds`,
  ) {
    super(message);
  }
  extensions(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** A cost budget (per partner app or client address) is spent until the window ends. */
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(
    readonly retryAfterSeconds: number,
    readonly details: { cost: number; budget: number; windowSeconds: number },
  ) {
    super(
      `Rate limit reached: this request costs ${details.cost} of a budget of ${details.budget} points per ` +
        `${details.windowSeconds} seconds; try again in ${retryAfterSeconds} seconds`,
    );
  }
  extensions(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds, ...this.details };
  }
}

/** One operation costs more than the caller may spend on a single request. */
export class QueryTooComplexError extends DomainError {
  readonly code = 'QUERY_TOO_COMPLEX';
  constructor(
    readonly cost: number | null,
    readonly maxCost: number,
  ) {
    super(
      cost === null
        ? 'The query is too large to estimate its cost'
        : `The query costs ${cost} points, more than the ${maxCost} allowed per request; ask for fewer items (a smaller first) or fewer fields`,
    );
  }
  extensions(): Record<string, unknown> {
    return { cost: this.cost, maxCost: this.maxCost };
  }
}
