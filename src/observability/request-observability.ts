// Per request: an id (the caller's X-Request-Id when plausible, else a new UUID) returned in the
// x-request-id header and added to every log line, one access-log line, and the metrics.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ApolloServerPlugin } from '@apollo/server';
import { RequestHandler } from 'express';
import { Logger } from '../logger';
import { Metrics } from './metrics';
import { acceptableRequestId, currentRequestScope, readFromPrimaryForThisRequest, requestScope, RequestScope } from './request-scope';

const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** Error codes that mean "refused by a rate limit or throttle", and which limiter refused. */
const RATE_LIMIT_CODES: Record<string, string> = { TOO_MANY_REQUESTS: 'login_throttle', RATE_LIMITED: 'cost_budget' };

export function requestObservability(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const requestId = acceptableRequestId(req.header('x-request-id')) ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    // Downstream code (the GraphQL context) reads the same, validated id.
    req.headers['x-request-id'] = requestId;
    const started = performance.now();
    // Routers mounted on a path rewrite req.url while they run: take the path now.
    const path = req.path;
    const scope: RequestScope = { requestId, primaryReads: false };
    res.once('close', () => {
      const route = QUIET_PATHS.has(path) || path === '/graphql' ? path : 'other';
      metrics.observeHttp(route, res.statusCode);
      // Only what is needed to follow a request: no headers, no body, no query string, no address.
      const line = {
        requestId,
        method: req.method,
        path: route === 'other' ? undefined : path,
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
        operation: scope.operationName,
        completed: res.writableFinished,
      };
      if (QUIET_PATHS.has(path)) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    requestScope.run(scope, next);
  };
}

interface ObservedContext {
  viewer?: { kind: string };
}

/**
 * Apollo plugin: operation metrics (by name and type), errors by code, rate-limit rejections, and
 * read routing: mutations and signed-in staff read from the primary (they must see their writes).
 */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<ObservedContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      let type = 'unknown';
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          type = operation?.operation ?? 'unknown';
          const scope = currentRequestScope();
          if (scope) scope.operationName = operationName ?? undefined;
          if (type === 'mutation' || contextValue.viewer?.kind === 'user') readFromPrimaryForThisRequest();
        },
        async willSendResponse({ response, operationName }) {
          const name = operationName ?? request.operationName ?? null;
          metrics.observeOperation(name, type, (performance.now() - started) / 1000);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
            metrics.countError(code);
            const limiter = RATE_LIMIT_CODES[code];
            if (limiter) metrics.rateLimitRejected(limiter);
          }
        },
      };
    },
  };
}
