import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { mutationsRequireSignIn, partnerScopesEnforced } from './graphql/access';
import { adminConsole } from './admin/console';
import { createCaching } from './cache/caching';
import { AppConfig } from './config';
import { cors } from './cors';
import { isDatabaseUnavailable } from './db/database-errors';
import { browsersToExplorer } from './explorer-redirect';
import { sqlStatementScope } from './db/sql-statement-counter';
import { GraphQLContext } from './graphql/context';
import { compiledExecution } from './graphql/compiled-execution';
import { ServiceUnavailableError, UnauthenticatedError } from './core/errors';
import { createErrorFormatter, requestFailure, UNAVAILABLE_RETRY_AFTER_SECONDS, unavailableAnswersAs503 } from './graphql/errors';
import { CostBudgets } from './limits/cost-budgets';
import { documentLimits } from './limits/document-limits';
import { rejectNulCharacters } from './limits/input-guard';
import { costLimitsPlugin } from './limits/limits-plugin';
import { requestErrorsAsJson } from './limits/request-errors';
import { withRequestTimeout } from './limits/request-timeout';
import { createLoaders } from './loaders';
import { Logger } from './logger';
import { Services } from './modules/services';
import { Health, observabilityRoutes } from './observability/health';
import { createMetrics, Metrics } from './observability/metrics';
import { observabilityPlugin, requestObservability } from './observability/request-observability';

export interface AppServer {
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Readiness (/readyz); main.ts marks it shutting down first on SIGTERM / SIGINT. */
  health: Health;
  metrics: Metrics;
}

/** Wires Express, Apollo and the per-request context; listening is left to the caller. */
export async function createAppServer(deps: {
  config: AppConfig;
  dataSource: DataSource;
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  /** Default: a registry of this server's own (with process metrics outside tests). */
  metrics?: Metrics;
}): Promise<AppServer> {
  const { config, dataSource, schema, services, logger } = deps;
  const metrics = deps.metrics ?? createMetrics({ processMetrics: config.nodeEnv !== 'test' });
  metrics.watchDatabasePools(dataSource);
  const health = new Health(dataSource, config.observability.readinessTimeoutMs);
  const app = express();
  app.disable('x-powered-by');
  if (config.auth.trustProxyHops > 0) app.set('trust proxy', config.auth.trustProxyHops);
  const httpServer = http.createServer(app);
  const { validationRules, parseOptions } = documentLimits(config.limits);
  // Cache-Control headers, the anonymous response cache and persisted queries (src/cache/caching.ts).
  const caching = createCaching({ config, dataSource, schema, metrics, logger, content: services.editorial });

  const apollo = new ApolloServer<GraphQLContext>({
    // Runs our own schema, compiling operations that repeat (src/graphql/compiled-execution.ts).
    gateway: compiledExecution(schema, { compileAfterRuns: config.graphql.compileAfterRuns }),
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts stops Apollo, the pool and the embedded database in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: !config.graphql.fieldSuggestions,
    // Apollo's defaults, stated: simple (CSRF-able) requests and batched HTTP requests are refused.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules,
    parseOptions,
    persistedQueries: caching.persistedQueries,
    formatError: createErrorFormatter(logger),
    plugins: [
      // On stop: stop accepting, close idle connections, let requests in flight finish within the grace period.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdown.graceMs }),
      observabilityPlugin(metrics),
      unavailableAnswersAs503(),
      partnerScopesEnforced(),
      // It wraps every field of every request to collect hints: cache policies are computed per document instead (caching.plugins).
      ApolloServerPluginCacheControlDisabled(),
      mutationsRequireSignIn(),
      costLimitsPlugin(config.limits, CostBudgets.create(config.limits, logger)),
      rejectNulCharacters(),
      ...caching.plugins,
      // No landing page: browsers opening /graphql are sent to the console's bundled explorer (browsersToExplorer).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  // On stop, the drain ends every connection without a request in progress; a request whose bytes
  // were already on such a connection is still parsed afterwards, but its answer can never be sent:
  // it must not run (a write would happen that its client is told nothing about).
  app.use((req, _res, next) => (req.socket.writableEnded ? req.socket.destroy() : next()));
  // Request id (x-request-id), access log and HTTP metrics for every route; then /healthz, /readyz, /metrics.
  app.use(requestObservability(logger, metrics));
  app.use(observabilityRoutes({ health, metrics, metricsEnabled: config.observability.metricsEnabled }));

  app.use('/graphql', browsersToExplorer());
  app.use(
    '/graphql',
    // Browser apps on the allowed origins (CORS_ORIGINS); preflights are answered here.
    cors(config.cors),
    (_req, res, next) => {
      // Only anonymous answers that may be cached get another value (src/cache/caching.ts).
      res.setHeader('cache-control', 'no-store');
      // Counting needs its own AsyncLocalStorage scope, which costs CPU on every request: only when exposed.
      if (!config.exposeSqlStatementCount) return next();
      // Every statement issued while handling this request is counted in its own scope.
      const tally = { count: 0 };
      const writeHead = res.writeHead;
      res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
        this.setHeader('x-sql-statement-count', String(tally.count));
        return writeHead.apply(this, args);
      } as typeof writeHead;
      sqlStatementScope.run(tally, next);
    },
    express.json({ limit: config.limits.bodyLimitBytes }),
    withRequestTimeout(
      config.limits.requestTimeoutMs,
      expressMiddleware(apollo, {
        context: async ({ req }) => {
          const requestId = req.header('x-request-id') ?? randomUUID();
          const clientAddress = req.ip ?? req.socket.remoteAddress ?? 'unknown';
          // No Authorization header: anonymous. A bad or expired token fails the request (401).
          const viewer = await services.auth.viewerFor(req.header('authorization'), req.header('x-api-key')).catch((error: unknown) => {
            if (error instanceof UnauthenticatedError) {
              throw requestFailure(error, 401, { 'www-authenticate': 'Bearer error="invalid_token"' });
            }
            if (isDatabaseUnavailable(error))
              throw requestFailure(new ServiceUnavailableError(), 503, { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) });
            throw error;
          });
          return { requestId, viewer, clientAddress, loaders: createLoaders(dataSource, viewer), services };
        },
      }),
      logger,
    ),
  );
  app.use('/graphql', requestErrorsAsJson(config.limits.bodyLimitBytes, logger));
  // The editor console (admin/), a single-page app that talks to /graphql like any other client.
  app.use('/admin', adminConsole(config.consoleDir));

  return { httpServer, apollo, health, metrics };
}
