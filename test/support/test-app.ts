// Starts the real app (src/app.ts, as src/main.ts does) on a private copy of the template database
// and talks to it over HTTP, exactly as a storefront would.
import { randomBytes } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { App, createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { Health } from '../../src/observability/health';
import { Metrics } from '../../src/observability/metrics';
import { Services } from '../../src/modules/services';
import { WebhookDispatcher } from '../../src/modules/webhooks/webhook-dispatcher';
import { adminQuery, adminUrl } from './admin-database';
import { databaseUrl, TEMPLATE_DATABASE } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

export interface TestApp {
  url: string;
  /** http://127.0.0.1:<port>, for the routes beside /graphql (/healthz, /readyz, /metrics). */
  baseUrl: string;
  health: Health;
  metrics: Metrics;
  /** The private database this app works on (e.g. for a CLI run against it). */
  databaseUrl: string;
  dataSource: DataSource;
  /** The database's name: pass it as `database` to start another instance on the same data. */
  database: string;
  /** This instance's webhook dispatcher; running only when WEBHOOK_DISPATCHER_ENABLED=true. */
  webhooks: WebhookDispatcher;
  /** The server's own services, for driving background work (e.g. scheduled publishing) in tests. */
  services: Services;
  /** The first ADMIN this start generated (development without ADMIN_EMAIL), with its password. */
  generatedAdmin: App['generatedAdmin'];
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Fails the test unless the response has data and no errors. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Use this existing database (e.g. another app's, to run two instances) instead of a fresh copy; close() keeps it. */
  database?: string;
  /** Write the server's JSON log lines here (by default a test app logs nothing). */
  logStream?: DestinationStream;
}

export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const ownsDatabase = options.database === undefined;
  const database = options.database ?? `dermaplan_test_${randomBytes(6).toString('hex')}`;
  if (ownsDatabase) await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    EXPOSE_SQL_STATEMENT_COUNT: 'true',
    // Only the webhook tests send webhooks (they turn the dispatcher on).
    WEBHOOK_DISPATCHER_ENABLED: 'false',
    // Every request of a test file comes from 127.0.0.1: only the rate-limit tests set a real budget.
    ANONYMOUS_COST_BUDGET: '1000000000',
    // Operations run compiled from their first execution, the path repeated queries take in production
    // (compiled-execution.spec.ts compares it with graphql-js's).
    GRAPHQL_COMPILE_AFTER_RUNS: '1',
    // The template database holds the reference data already.
    LOAD_REFERENCE_DATA: 'false',
    // Tests that need scheduled publishing run it themselves, or turn the scheduler on.
    PUBLICATION_SCHEDULER_ENABLED: 'false',
    DATABASE_URL: databaseUrl(adminUrl(), database),
    ...env,
  });
  const app = await createApp(config, config.databaseUrl!, { logStream: options.logStream });
  const address = await app.listen();
  const { dataSource, services, health, metrics, webhooks } = app;
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const url = `${baseUrl}/graphql`;

  const graphql: TestApp['graphql'] = async (query, variables, headers = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as never };
  };

  return {
    url,
    baseUrl,
    health,
    metrics,
    databaseUrl: config.databaseUrl!,
    dataSource,
    services,
    database,
    webhooks,
    generatedAdmin: app.generatedAdmin,
    graphql,
    async data(query, variables) {
      const response = await graphql(query, variables);
      if (response.body.errors?.length) {
        throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors, null, 2)}`);
      }
      return response.body.data as never;
    },
    async close() {
      await app.stop();
      if (ownsDatabase) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}
