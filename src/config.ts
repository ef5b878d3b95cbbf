// The one place that reads the environment. Everything else receives a validated AppConfig.
import path from 'node:path';
import { isCurrencyCode } from './domain/currency';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Null: start an embedded PostgreSQL. */
  databaseUrl: string | null;
  embeddedPostgres: { port: number; dataDir: string };
  db: DatabaseConfig;
  /** Import the shipped clinical knowledge at start-up (see docs/operations/reference-data.md). */
  loadReferenceData: boolean;
  /** The folder of the shipped clinical knowledge files. */
  knowledgeDir: string;
  /** The built editor console (`npm run build` writes it), served at /admin. */
  consoleDir: string;
  /** With it, the invented demo catalog (brands, products, articles); off in production unless set. */
  loadDemoCatalog: boolean;
  /** Return `x-sql-statement-count` on every response (tests and benchmarks only). */
  exposeSqlStatementCount: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  webhooks: WebhookConfig;
  auth: AuthConfig;
  /** Carries out scheduled publishing; every instance may run it (each schedule fires once). */
  publicationScheduler: { enabled: boolean; intervalMs: number };
  /** Introspection and "Did you mean" suggestions (both off in production unless enabled). */
  /** compileAfterRuns: an operation runs compiled (graphql-jit) from its n-th execution; 0: never. */
  graphql: { introspection: boolean; fieldSuggestions: boolean; compileAfterRuns: number };
  limits: LimitsConfig;
  /** Health, readiness and metrics endpoints (see README, "Running in production"). */
  observability: { metricsEnabled: boolean; readinessTimeoutMs: number };
  /** SIGTERM / SIGINT: readiness fails for `delayMs`, then in-flight requests get `graceMs` to finish. */
  shutdown: { delayMs: number; graceMs: number };
  /** The anonymous response cache and persisted queries (see README, "Caching"); Redis: `limits.redisUrl`. */
  cache: CacheConfig;
  /** Browser apps on other origins allowed to call /graphql (CORS). */
  cors: CorsConfig;
  storefront: StorefrontConfig;
}

export interface StorefrontConfig {
  /** ISO 4217: the currency of price filters, price sorts and price bands that name none. */
  currency: string;
}

export interface CorsConfig {
  /** Origins exactly as browsers send them (`https://shop.example.com`, no path). */
  allowedOrigins: string[];
  /** Also http(s)://localhost, 127.0.0.1 and [::1] on any port: the default outside production, for development servers. */
  allowLocalhost: boolean;
}

export interface CacheConfig {
  /** Answer repeated anonymous queries from a cache (in Redis with REDIS_URL, else in this process's memory). */
  responseCacheEnabled: boolean;
  /** Most memory the in-process response cache may use (without REDIS_URL). */
  responseCacheMemoryBytes: number;
  /** How often each instance reads the content revision: edits committed elsewhere show within this. */
  revisionPollMs: number;
  /** How long an automatic persisted query stays registered in Redis (in memory: until evicted). */
  persistedQueryTtlSeconds: number;
}

export interface DatabaseConfig {
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** Reads kept prepared per connection (least recently used deallocated first); 0: none. */
  preparedStatements: number;
  /** Read replicas (DATABASE_REPLICA_URLS); empty: every statement goes to the primary. */
  replicaUrls: string[];
  /** How long start-up keeps retrying (with backoff) while the database cannot be reached. */
  startupTimeoutMs: number;
}

/** Per-request limits and cost budgets (see README, "Limits"). */
export interface LimitsConfig {
  /** Largest accepted request body (larger: HTTP 413). */
  bodyLimitBytes: number;
  /** A request still running after this long gets 503 REQUEST_TIMEOUT. */
  requestTimeoutMs: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Assumed length of a list field without `first` when estimating a query's cost. */
  listSizeEstimate: number;
  anonymous: CostLimits;
  /** Defaults for partner apps; each app may override them. */
  partner: CostLimits;
  /** Signed-in staff: no budget, only a larger per-query maximum. */
  staffMaxQueryCost: number;
  /** Length of the budget window. */
  windowSeconds: number;
  /** Shares budgets across instances; null keeps them in this process's memory. */
  redisUrl: string | null;
  redisKeyPrefix: string;
}

export interface CostLimits {
  /** Most a single operation may cost. */
  maxQueryCost: number;
  /** Cost points per window (per client address for anonymous callers, per partner app). */
  costBudget: number;
}

export interface AuthConfig {
  /** HS256 key for access tokens (at least 32 bytes); null: an ephemeral one (never in production). */
  jwtSecret: string | null;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Failed logins per account and per client address allowed within the window. */
  loginMaxFailures: number;
  loginFailureWindowSeconds: number;
  /** Proxies in front of the server whose X-Forwarded-For is trusted for the client address (0: none). */
  trustProxyHops: number;
  /** The first admin, created at start-up when no admin exists yet. */
  bootstrapAdmin: { email: string; password: string } | null;
  /** Without bootstrapAdmin, create the first admin with a generated password (development only). */
  generateFirstAdmin: boolean;
  /** HMAC key for partner API key hashes (at least 32 bytes); null: a fixed development pepper (never in production). */
  partnerKeyPepper: string | null;
  /** How long the previous partner key keeps working after a rotation, unless the rotation says otherwise. */
  partnerKeyRotationGraceSeconds: number;
}

export interface WebhookConfig {
  /** Run the delivery dispatcher in this process (every instance may: their claims never overlap). */
  dispatcherEnabled: boolean;
  /** How often the dispatcher looks for due deliveries (it is also woken right after a local enqueue). */
  pollIntervalMs: number;
  /** Per-request timeout of a delivery POST. */
  timeoutMs: number;
  /** Attempts per delivery before it is marked FAILED. */
  maxAttempts: number;
  /** Delay before the first retry; doubles per failed attempt (minus up to 20 % jitter), at most one hour. */
  backoffBaseMs: number;
  /** Endpoints on loopback, private and link-local addresses (see src/modules/webhooks/webhook-targets.ts). */
  allowPrivateTargets: boolean;
  /** Key that endpoint signing secrets are encrypted with at rest; null: a public development key (never in production). */
  secretKey: string | null;
}

export const MIN_WEBHOOK_SECRET_KEY_BYTES = 32;

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

/** Bytes, not characters: the HS256 key is the secret's UTF-8 encoding. */
export const MIN_JWT_SECRET_BYTES = 32;

function authConfig(env: Env, nodeEnv: NodeEnv): AuthConfig {
  const jwtSecret = env.JWT_SECRET || null;
  if (jwtSecret === null && nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  }
  if (jwtSecret !== null && Buffer.byteLength(jwtSecret, 'utf8') < MIN_JWT_SECRET_BYTES) {
    throw new ConfigError(`JWT_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes long`);
  }
  const adminEmail = env.ADMIN_EMAIL?.trim() || null;
  const adminPassword = env.ADMIN_PASSWORD || null;
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  return {
    jwtSecret,
    jwtIssuer: env.JWT_ISSUER?.trim() || 'dermaplan',
    jwtAudience: env.JWT_AUDIENCE?.trim() || 'dermaplan-api',
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 1, 86400),
    refreshTokenTtlSeconds: integer(env, 'REFRESH_TOKEN_TTL_SECONDS', 14 * 86400, 1, 365 * 86400),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginFailureWindowSeconds: integer(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 86400),
    trustProxyHops: integer(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    bootstrapAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : null,
    generateFirstAdmin: nodeEnv === 'development',
    partnerKeyPepper: partnerKeyPepper(env, nodeEnv),
    partnerKeyRotationGraceSeconds: integer(env, 'PARTNER_KEY_ROTATION_GRACE_SECONDS', 86400, 0, 30 * 86400),
  };
}

export const MIN_PARTNER_KEY_PEPPER_BYTES = 32;

function partnerKeyPepper(env: Env, nodeEnv: NodeEnv): string | null {
  return productionSecret(env, nodeEnv, 'PARTNER_KEY_PEPPER', MIN_PARTNER_KEY_PEPPER_BYTES);
}

/** A key that production must set (at least `minBytes` long); null when unset outside production. */
function productionSecret(env: Env, nodeEnv: NodeEnv, name: string, minBytes: number): string | null {
  const value = env[name] || null;
  if (value === null && nodeEnv === 'production') throw new ConfigError(`${name} is required when NODE_ENV=production`);
  if (value !== null && Buffer.byteLength(value, 'utf8') < minBytes) throw new ConfigError(`${name} must be at least ${minBytes} bytes long`);
  return value;
}

function limitsConfig(env: Env): LimitsConfig {
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  return {
    bodyLimitBytes: integer(env, 'REQUEST_BODY_LIMIT_BYTES', 100 * 1024, 1024, 10 * 1024 * 1024),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 10000, 1, 600000),
    maxDepth: integer(env, 'QUERY_MAX_DEPTH', 10, 1, 100),
    maxAliases: integer(env, 'QUERY_MAX_ALIASES', 15, 0, 1000),
    maxTokens: integer(env, 'QUERY_MAX_TOKENS', 1000, 10, 100000),
    maxDirectives: integer(env, 'QUERY_MAX_DIRECTIVES', 10, 0, 1000),
    listSizeEstimate: integer(env, 'QUERY_LIST_SIZE_ESTIMATE', 5, 1, 1000),
    anonymous: {
      maxQueryCost: integer(env, 'ANONYMOUS_MAX_QUERY_COST', 25_000, 1, 1_000_000),
      costBudget: integer(env, 'ANONYMOUS_COST_BUDGET', 100_000, 1, 1_000_000_000),
    },
    partner: {
      maxQueryCost: integer(env, 'PARTNER_MAX_QUERY_COST', 50_000, 1, 1_000_000),
      costBudget: integer(env, 'PARTNER_COST_BUDGET', 1_000_000, 1, 1_000_000_000),
    },
    staffMaxQueryCost: integer(env, 'STAFF_MAX_QUERY_COST', 100_000, 1, 1_000_000),
    windowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86400),
    redisUrl,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'dermaplan:',
  };
}

/** The password for `npm run user:create` when given through the environment (never through argv). */
export function userPasswordFromEnv(env: Env = process.env): string | null {
  return env.USER_PASSWORD || null;
}

function postgresUrls(env: Env, name: string): string[] {
  const urls = (env[name] ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError(`${name} must be comma-separated postgres:// URLs`);
  }
  return urls;
}

function currencyCode(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  if (isCurrencyCode(value)) return value;
  throw new ConfigError(`${name} must be an ISO 4217 currency code in capitals, e.g. EUR; got "${value}"`);
}

/** CORS_ORIGINS replaces the default: none in production, any localhost port elsewhere. */
function corsConfig(env: Env, nodeEnv: NodeEnv): CorsConfig {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (origins.length === 0) return { allowedOrigins: [], allowLocalhost: nodeEnv !== 'production' };
  for (const origin of origins) {
    const asSent = browserOrigin(origin);
    if (asSent !== origin) {
      const hint = asSent ? `write it as browsers send it: "${asSent}"` : 'an http:// or https:// origin such as https://shop.example.com';
      throw new ConfigError(`CORS_ORIGINS must be comma-separated origins, got "${origin}": ${hint}`);
    }
  }
  return { allowedOrigins: origins, allowLocalhost: false };
}

/** Scheme, host and port as a browser's Origin header has them (lower case, no default port, no path); null if not http(s). */
function browserOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The knowledge files shipped with the project (`knowledge/`, from the folder the server is started in). */
export function shippedKnowledgeDir(): string {
  return path.join(process.cwd(), 'knowledge');
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL');
  }
  return {
    nodeEnv,
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    embeddedPostgres: {
      port: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
      dataDir: path.resolve(env.EMBEDDED_PG_DIR?.trim() || path.join(process.cwd(), '.data', 'postgres')),
    },
    db: {
      poolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 200),
      connectTimeoutMs: integer(env, 'DB_CONNECT_TIMEOUT_MS', 3000, 100, 60000),
      statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 100, 600000),
      preparedStatements: integer(env, 'DB_PREPARED_STATEMENTS', 200, 0, 10000),
      replicaUrls: postgresUrls(env, 'DATABASE_REPLICA_URLS'),
      startupTimeoutMs: integer(env, 'DB_STARTUP_TIMEOUT_MS', 60000, 0, 3_600_000),
    },
    loadReferenceData: boolean(env, 'LOAD_REFERENCE_DATA', true),
    knowledgeDir: path.resolve(env.KNOWLEDGE_DIR?.trim() || shippedKnowledgeDir()),
    consoleDir: path.resolve(env.CONSOLE_DIR?.trim() || path.join(process.cwd(), 'dist', 'admin')),
    loadDemoCatalog: boolean(env, 'LOAD_DEMO_CATALOG', nodeEnv !== 'production'),
    exposeSqlStatementCount: boolean(env, 'EXPOSE_SQL_STATEMENT_COUNT', false),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    webhooks: {
      dispatcherEnabled: boolean(env, 'WEBHOOK_DISPATCHER_ENABLED', true),
      pollIntervalMs: integer(env, 'WEBHOOK_POLL_INTERVAL_MS', 1000, 10, 600000),
      timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 5000, 100, 60000),
      maxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 8, 1, 50),
      backoffBaseMs: integer(env, 'WEBHOOK_BACKOFF_BASE_MS', 2000, 10, 3600000),
      allowPrivateTargets: boolean(env, 'WEBHOOK_ALLOW_PRIVATE_TARGETS', nodeEnv !== 'production'),
      secretKey: productionSecret(env, nodeEnv, 'WEBHOOK_SECRET_KEY', MIN_WEBHOOK_SECRET_KEY_BYTES),
    },
    auth: authConfig(env, nodeEnv),
    publicationScheduler: {
      enabled: boolean(env, 'PUBLICATION_SCHEDULER_ENABLED', true),
      intervalMs: integer(env, 'PUBLICATION_SCHEDULER_INTERVAL_MS', 5000, 100, 3_600_000),
    },
    graphql: {
      introspection: boolean(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
      fieldSuggestions: boolean(env, 'GRAPHQL_FIELD_SUGGESTIONS', nodeEnv !== 'production'),
      compileAfterRuns: integer(env, 'GRAPHQL_COMPILE_AFTER_RUNS', 2, 0, 1_000_000),
    },
    limits: limitsConfig(env),
    observability: {
      metricsEnabled: boolean(env, 'METRICS_ENABLED', true),
      readinessTimeoutMs: integer(env, 'READINESS_TIMEOUT_MS', 1000, 50, 60000),
    },
    shutdown: {
      delayMs: integer(env, 'SHUTDOWN_DELAY_MS', 0, 0, 120000),
      graceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10000, 0, 600000),
    },
    cache: {
      responseCacheEnabled: boolean(env, 'RESPONSE_CACHE_ENABLED', true),
      responseCacheMemoryBytes: integer(env, 'RESPONSE_CACHE_MEMORY_MB', 64, 1, 65536) * 1024 * 1024,
      revisionPollMs: integer(env, 'CACHE_REVISION_POLL_MS', 500, 50, 60000),
      persistedQueryTtlSeconds: integer(env, 'PERSISTED_QUERY_TTL_SECONDS', 86400, 60, 30 * 86400),
    },
    cors: corsConfig(env, nodeEnv),
    storefront: { currency: currencyCode(env, 'STOREFRONT_CURRENCY', 'EUR') },
  };
}
