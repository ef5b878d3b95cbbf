// A browser that opens /graphql is sent to the console's bundled API explorer (GraphiQL at
// /admin/explorer) instead of a landing page: Apollo's sandbox loaded from a CDN, which fails offline
// and on locked-down networks. Clients asking for JSON (any GET query, POST) are untouched.
import type { RequestHandler } from 'express';

export const EXPLORER_PATH = '/admin/explorer';

/** The media types a GraphQL GET answers with; a request preferring text/html over them is a browser's navigation. */
const GRAPHQL_TYPES = ['application/graphql-response+json', 'application/json'];

export function browsersToExplorer(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' || req.accepts([...GRAPHQL_TYPES, 'text/html']) !== 'text/html') return next();
    // The query string goes along, so a shared link such as /graphql?query=… opens in the explorer.
    const search = req.originalUrl.indexOf('?');
    res.redirect(302, EXPLORER_PATH + (search >= 0 ? req.originalUrl.slice(search) : ''));
  };
}
