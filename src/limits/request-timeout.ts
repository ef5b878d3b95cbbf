// A request still running after REQUEST_TIMEOUT_MS is answered with 503 REQUEST_TIMEOUT at once.
// Its work is not cancelled (graphql-js cannot abort resolvers; PostgreSQL's statement_timeout
// bounds the database side), but whatever it writes to the response later is dropped.
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export interface TimeoutLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

/** Response methods the GraphQL handler writes with; after a timeout they do nothing. */
const LATE_WRITES = new Set<PropertyKey>(['setHeader', 'status', 'send', 'json', 'write', 'end', 'flush', 'writeHead', 'set']);

export function withRequestTimeout(
  timeoutMs: number,
  handler: (req: Request, res: Response, next: NextFunction) => unknown,
  logger: TimeoutLogger,
): RequestHandler {
  return (req, res, next) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      timedOut = true;
      logger.warn({ method: req.method, url: req.originalUrl.slice(0, 200), timeoutMs }, 'request timed out');
      res.status(503).setHeader('retry-after', '1');
      res.json({
        errors: [{ message: `The request did not finish within ${timeoutMs} ms`, extensions: { code: 'REQUEST_TIMEOUT' } }],
      });
    }, timeoutMs);
    res.once('close', () => clearTimeout(timer));

    const guarded: Response = new Proxy(res, {
      get(target, property) {
        if (timedOut && LATE_WRITES.has(property)) return () => guarded;
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
      set(target, property, value) {
        if (!timedOut) Reflect.set(target, property, value, target);
        return true;
      },
    });
    return handler(req, guarded, next);
  };
}
