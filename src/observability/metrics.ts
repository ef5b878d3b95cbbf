// Prometheus metrics (prom-client), one registry per server instance. Other modules count their
// own events through the helpers (cacheLookup, rateLimitRejected) instead of touching prom-client.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

export const METRICS_PREFIX = 'dermaplan_';
/** Operation names are chosen by clients: past this many distinct ones, new names count as "other". */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** What pg's Pool exposes about its connections. */
interface PgPoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

export interface Metrics {
  readonly registry: Registry;
  /** One GraphQL operation answered: its name (or "anonymous"), type and duration. */
  observeOperation(operationName: string | null | undefined, operationType: string, seconds: number): void;
  /** One HTTP response (route: /graphql, /healthz, /readyz, /metrics or other). */
  observeHttp(route: string, status: number): void;
  /** One error returned to a client, by its extensions.code. */
  countError(code: string): void;
  /** A cache consulted: `hit` true when it answered without the underlying source. */
  cacheLookup(cache: string, hit: boolean): void;
  /** A request refused by a rate limit or throttle (`limiter` names which). */
  rateLimitRejected(limiter: string): void;
  /** Reports the connection pools of this DataSource (primary and replicas) on every scrape. */
  watchDatabasePools(dataSource: DataSource): void;
}

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: METRICS_PREFIX });

  const requests = new Counter({
    name: `${METRICS_PREFIX}graphql_requests_total`,
    help: 'GraphQL operations answered, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: `${METRICS_PREFIX}graphql_request_duration_seconds`,
    help: 'Time from receiving a GraphQL request to sending its response, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const http = new Counter({
    name: `${METRICS_PREFIX}http_requests_total`,
    help: 'HTTP responses by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: `${METRICS_PREFIX}graphql_errors_total`,
    help: 'Errors returned to clients, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const cache = new Counter({
    name: `${METRICS_PREFIX}cache_requests_total`,
    help: 'Cache lookups, by cache and result (hit or miss)',
    labelNames: ['cache', 'result'] as const,
    registers: [registry],
  });
  const rateLimits = new Counter({
    name: `${METRICS_PREFIX}rate_limit_rejections_total`,
    help: 'Requests refused by a rate limit or throttle, by limiter',
    labelNames: ['limiter'] as const,
    registers: [registry],
  });

  const pools: { name: string; pool: () => PgPoolStats | undefined }[] = [];
  const poolConnections = new Gauge({
    name: `${METRICS_PREFIX}db_pool_connections`,
    help: 'Database pool connections by pool (primary, replica-N) and state: total (open), idle, waiting (requests queued for a connection), max (pool size)',
    labelNames: ['pool', 'state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const { name, pool } of pools) {
        const stats = pool();
        if (!stats) continue;
        this.set({ pool: name, state: 'total' }, stats.totalCount);
        this.set({ pool: name, state: 'idle' }, stats.idleCount);
        this.set({ pool: name, state: 'waiting' }, stats.waitingCount);
        if (stats.options?.max !== undefined) this.set({ pool: name, state: 'max' }, stats.options.max);
      }
    },
  });
  void poolConnections;

  const knownOperations = new Set<string>();
  function operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (knownOperations.has(name)) return name;
    if (knownOperations.size >= MAX_OPERATION_NAMES) return 'other';
    knownOperations.add(name);
    return name;
  }

  return {
    registry,
    observeOperation(operationName, operationType, seconds) {
      const labels = { operation: operationLabel(operationName), type: operationType };
      requests.inc(labels);
      duration.observe(labels, seconds);
    },
    observeHttp(route, status) {
      http.inc({ route, status: String(status) });
    },
    countError(code) {
      errors.inc({ code: OPERATION_NAME.test(code) ? code : 'invalid' });
    },
    cacheLookup(name, hit) {
      cache.inc({ cache: name, result: hit ? 'hit' : 'miss' });
    },
    rateLimitRejected(limiter) {
      rateLimits.inc({ limiter });
    },
    watchDatabasePools(dataSource) {
      // TypeORM's postgres driver keeps pg Pools: `master`, and `slaves` with replication.
      const driver = dataSource.driver as unknown as { master?: PgPoolStats; slaves?: PgPoolStats[] };
      pools.push({ name: 'primary', pool: () => driver.master });
      const replicaCount = 'replication' in dataSource.options ? (dataSource.options.replication?.slaves.length ?? 0) : 0;
      for (let index = 0; index < replicaCount; index += 1) {
        pools.push({ name: `replica-${index}`, pool: () => driver.slaves?.[index] });
      }
    },
  };
}
