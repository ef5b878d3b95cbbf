// Tells "the database cannot be reached or is going away" apart from every other failure, so
// such requests fail fast with SERVICE_UNAVAILABLE instead of a generic internal error.
import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/** SQLSTATE classes and codes meaning the server is unreachable, starting, stopping or full. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
  '25006', // read_only_sql_transaction: a write reached a standby (mid-failover)
]);

const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // Node's own, when a query is written to a connection's socket that has just closed.
  'ERR_STREAM_WRITE_AFTER_END',
  'ERR_STREAM_DESTROYED',
]);

/** pg / pg-pool messages with no code (connection lost or never made in time). */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i,
  /^timeout exceeded when trying to connect/i,
  /^Query read timeout/i,
  /^Client has encountered a connection error and is not queryable/i,
  /^Client was closed and is not queryable/i,
  /^timeout expired$/i, // pg's own connect timeout, when it fires before pg-pool's
  /^Cannot use a pool after calling end on the pool/i,
  /^the database system is (starting up|shutting down|in recovery mode)/i,
];

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** True when `error` (or what it wraps: TypeORM's QueryFailedError, a cause) says the database is unavailable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  // TypeORM releases a transaction's query runner when its connection breaks (the pool client's
  // 'error' event, e.g. 57P01 between two statements); the transaction's next statement gets this.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const code = field(error, 'code');
  if (typeof code === 'string') {
    if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || NETWORK_ERROR_CODES.has(code)) return true;
  }
  const message = field(error, 'message');
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  // Wrappers: TypeORM's QueryFailedError (driverError), `cause`, a GraphQLError around an error
  // thrown outside a resolver (originalError), and graphql-js's NonErrorThrown (thrownValue: a
  // socket error can surface as a plain object, e.g. { code: 'ECONNRESET', syscall: 'read' }).
  return ['driverError', 'cause', 'originalError', 'thrownValue'].some((name) => isDatabaseUnavailable(field(error, name), depth + 1));
}
