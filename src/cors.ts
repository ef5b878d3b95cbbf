// CORS for /graphql: browser storefronts on the allowed origins may call the API; any other origin
// gets no CORS header at all, so its browser keeps the answer from it. No credentials: callers
// authenticate with headers (Authorization, x-api-key), never cookies. CSRF prevention stays with
// Apollo (csrfPrevention in server.ts): it refuses simple requests, which need no preflight.
import type { RequestHandler } from 'express';
import { CorsConfig } from './config';

/** Every request header the API reads, plus those Apollo's CSRF prevention accepts as proof of a preflight. */
const ALLOWED_REQUEST_HEADERS = ['content-type', 'authorization', 'x-api-key', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name'];

/** Response headers a browser app may read beyond the safelisted ones: the request id to quote, cost and budget. */
const EXPOSED_RESPONSE_HEADERS = ['x-request-id', 'x-query-cost', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after'];

/** How long a browser may reuse a preflight's answer (browsers cap it lower: Chromium at two hours). */
const PREFLIGHT_MAX_AGE_SECONDS = 7200;

const LOCALHOST_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

function corsAllowed(config: CorsConfig): (origin: string) => boolean {
  const allowed = new Set(config.allowedOrigins);
  return (origin) => allowed.has(origin) || (config.allowLocalhost && isLocalhostOrigin(origin));
}

function isLocalhostOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOCALHOST_NAMES.has(url.hostname) && url.origin === origin;
  } catch {
    return false;
  }
}

export function cors(config: CorsConfig): RequestHandler {
  const allowed = corsAllowed(config);
  return (req, res, next) => {
    // The answer depends on the Origin header, so shared caches must key on it.
    res.vary('origin');
    const origin = req.header('origin');
    const preflight = req.method === 'OPTIONS' && origin !== undefined && req.header('access-control-request-method') !== undefined;
    if (origin === undefined || !allowed(origin)) {
      // A refused preflight ends here too: without this, Apollo's CSRF check would answer it with a confusing 400.
      if (preflight) res.status(403).end();
      else next();
      return;
    }
    res.setHeader('access-control-allow-origin', origin);
    if (!preflight) {
      res.setHeader('access-control-expose-headers', EXPOSED_RESPONSE_HEADERS.join(', '));
      next();
      return;
    }
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_REQUEST_HEADERS.join(', '));
    res.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
    res.status(204).end();
  };
}
