// Domain errors and the one place that turns any error into what a client may see.
import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from '../db/database-errors';

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

/**
 * A domain error thrown while building the request context (before any resolver runs), e.g. an
 * invalid access token: it fails the whole request with this HTTP status and keeps its code.
 */
export function requestFailure(error: DomainError, status: number, headers: Record<string, string> = {}): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status, headers: new HeaderMap(Object.entries(headers)) } },
  });
}

function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export interface ErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
}

/**
 * Apollo's formatError. Domain errors and GraphQL's own request errors pass with their code;
 * anything unexpected is masked to a generic message with an id that is logged with the cause,
 * so no stack trace or SQL ever reaches a client.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // Errors from the context function arrive wrapped (see requestFailure) and without a path.
    const original =
      unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError ? unwrapped.originalError : unwrapped;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidationErrors(original.extensions.validationErrors as ValidationError[], '');
      return {
        ...base,
        message: `Invalid argument: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    if (original instanceof AuthenticationError) {
      return { ...base, message: new UnauthenticatedError().message, extensions: { code: 'UNAUTHENTICATED' } };
    }
    if (original instanceof AuthorizationError) {
      return { ...base, message: new ForbiddenError().message, extensions: { code: 'FORBIDDEN' } };
    }
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.extensions() } };
    }
    if (isDatabaseUnavailable(original)) {
      // Expected while the database is away: one line without the stack; never the SQL. A released
      // query runner can also be a programming mistake (a manager used after its transaction): its stack is kept.
      const cause = original as { name?: unknown; code?: unknown; message?: unknown; stack?: unknown };
      const stack = original instanceof QueryRunnerAlreadyReleasedError ? { stack: cause.stack } : {};
      logger.warn({ cause: { type: cause.name, code: cause.code, message: cause.message, ...stack }, path: formatted.path }, 'database unavailable');
      const unavailable = new ServiceUnavailableError();
      return { ...base, message: unavailable.message, extensions: { code: unavailable.code } };
    }
    // Apollo's own refusals of a malformed request that carry no code (a persisted query whose hash
    // does not match, an unsupported persisted-query version): the client's mistake, said as such.
    if (unwrapped instanceof GraphQLError && !formatted.path && (unwrapped.extensions?.http as { status?: number } | undefined)?.status === 400 && !unwrapped.extensions?.code) {
      return { ...base, extensions: { code: 'BAD_REQUEST' } };
    }
    const code = formatted.extensions?.code;
    const isRequestError = typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && !formatted.path;
    const isScalarInputError = code === 'BAD_USER_INPUT';
    if (isRequestError || isScalarInputError) {
      return { ...base, extensions: { code } };
    }
    const errorId = randomUUID();
    logger.error({ errorId, err: original, path: formatted.path }, 'unexpected error while handling a GraphQL request');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
  };
}
