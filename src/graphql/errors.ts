// The one place that turns any error into what a client may see.
import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { DomainError, FieldProblem, ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '../core/errors';
import { isDatabaseUnavailable } from '../db/database-errors';

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

/** Seconds a client is asked to wait before retrying while the database cannot be reached. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * An operation that met an unreachable database (a query or a mutation alike) is answered with
 * HTTP 503, `Retry-After` and that error alone: no partial data, so load balancers and retrying
 * clients can tell from the status, and nobody takes half an answer for a whole one.
 */
export function unavailableAnswersAs503(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body?.kind !== 'single') return;
          const unavailable = response.body.singleResult.errors?.find((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
          response.body = { kind: 'single', singleResult: { errors: [unavailable] } };
        },
      };
    },
  };
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
    const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError ? unwrapped.originalError : unwrapped;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidationErrors(original.extensions.validationErrors, '');
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
    if (
      unwrapped instanceof GraphQLError &&
      !formatted.path &&
      (unwrapped.extensions?.http as { status?: number } | undefined)?.status === 400 &&
      !unwrapped.extensions?.code
    ) {
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
