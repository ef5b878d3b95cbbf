import pino, { DestinationStream, Logger } from 'pino';
import { AppConfig } from './config';
import { currentRequestScope } from './observability/request-scope';

export type { Logger };

/**
 * Keys whose values never reach a log line, at the top level or one or two levels down:
 * credentials, tokens, keys and personal data. Code should not log them in the first place;
 * this is the net under it.
 */
const SECRET_KEYS = [
  'password',
  'newPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'apiKey',
  'key',
  'secret',
  'authorization',
  'cookie',
  'email',
  'ip',
  'clientAddress',
];
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

interface LoggedError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  /** A LoggedError when the cause is an Error, else the cause as it is. */
  cause?: unknown;
}

/**
 * Errors keep their type, message, code (e.g. the SQLSTATE), stack and cause, nothing else: a
 * QueryFailedError's `query` and `parameters` and pg's `detail` (row values) are left out.
 * Anything thrown that is not an Error is returned as it is.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 3) return error instanceof Error ? { type: error.name, message: error.message } : error;
  const code = (error as { code?: unknown }).code;
  const logged: LoggedError = { type: error.constructor?.name ?? error.name, message: error.message };
  if (typeof code === 'string' || typeof code === 'number') logged.code = String(code);
  if (error.stack) logged.stack = error.stack;
  if (error.cause !== undefined) logged.cause = serializeError(error.cause, depth + 1);
  return logged;
}

/**
 * Structured JSON logs. Every line written while handling a request carries its `requestId`
 * (the one returned in the `x-request-id` response header); secrets and personal data are redacted.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.nodeEnv === 'test' && !destination ? 'silent' : config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError, error: serializeError },
    mixin() {
      const requestId = currentRequestScope()?.requestId;
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
