// How GraphiQL reaches the API: as the signed-in user, through the same session the console's client
// uses (renewed shortly before the access token expires, and once more if the API answers 401).
import type { GraphiQLProps } from 'graphiql';
import { needsRefresh, refresh, sessionStore } from '../../auth/session';
import { GRAPHQL_URL } from '../../graphql/endpoint';

type Fetcher = GraphiQLProps['fetcher'];

/** The headers typed in GraphiQL's header editor, with lower-cased names (fetch would join two spellings of one). */
function ownHeaders(given: unknown): Record<string, string> {
  if (given === null || typeof given !== 'object') return {};
  return Object.fromEntries(Object.entries(given as Record<string, unknown>).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

export const explorerFetcher: Fetcher = async (params, options) => {
  const own = ownHeaders(options?.headers);
  const usesOwnCredentials = 'authorization' in own;
  const send = async (): Promise<Response> => {
    let session = sessionStore.get();
    if (session && !usesOwnCredentials && needsRefresh(session)) session = await refresh();
    return fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
        ...own,
      },
      body: JSON.stringify(params),
    });
  };
  let response = await send();
  if (response.status === 401 && !usesOwnCredentials && sessionStore.get()) {
    await refresh();
    response = await send();
  }
  return (await response.json()) as Awaited<ReturnType<Fetcher>>;
};
