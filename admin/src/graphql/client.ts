// The console's GraphQL client: urql with the access token on every request, renewed shortly before
// it expires and once more when the API answers 401 (src/auth/session.ts).
import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, Client, fetchExchange } from 'urql';
import { needsRefresh, refresh, sessionStore } from '../auth/session';
import { GRAPHQL_URL } from './endpoint';

export function createClient(): Client {
  return new Client({
    url: GRAPHQL_URL,
    // Lists change under other editors: show what is cached, then what the server says now.
    requestPolicy: 'cache-and-network',
    // urql sends short queries as GET, which the API's CSRF prevention refuses (no content-type on a GET): always POST.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const session = sessionStore.get();
          return session ? utils.appendHeaders(operation, { Authorization: `Bearer ${session.accessToken}` }) : operation;
        },
        willAuthError() {
          const session = sessionStore.get();
          return session !== null && needsRefresh(session);
        },
        didAuthError(error) {
          return (error.response as Response | undefined)?.status === 401;
        },
        async refreshAuth() {
          await refresh();
        },
      })),
      fetchExchange,
    ],
  });
}
