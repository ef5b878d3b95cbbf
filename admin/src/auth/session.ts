// The signed-in session: tokens from `login`, renewed with `refreshSession`, ended with `logout`.
//
// Kept in sessionStorage: a reload keeps the editor signed in, while each tab holds its own session.
// The refresh token is single use (every refresh rotates it), so two tabs sharing one in localStorage
// would race: the second tab's refresh presents a token the first already spent and both are signed
// out. sessionStorage also ends with the tab, which shortens how long a stolen token is worth anything.
import { Client, fetchExchange } from 'urql';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { GRAPHQL_URL } from '../graphql/endpoint';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: { id: string; email: string; role: Role };
}

const STORAGE_KEY = 'dermaplan.console.session';
/** Renew this long before the access token expires, so a request in flight never carries an expired one. */
const REFRESH_MARGIN_MS = 60_000;

const LoginMutation = graphql(`
  mutation ConsoleLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
        email
        role
      }
    }
  }
`);

const RefreshMutation = graphql(`
  mutation ConsoleRefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
        email
        role
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation ConsoleLogout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

// Signing in, refreshing and signing out go without the access token (and without the client's
// refresh-on-401 logic, which a wrong password must not set off).
const anonymous = new Client({ url: GRAPHQL_URL, exchanges: [fetchExchange], requestPolicy: 'network-only' });

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = read();
let refreshing: Promise<Session | null> | null = null;

function read(): Session | null {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as Session) : null;
  } catch {
    return null;
  }
}

function set(session: Session | null): void {
  current = session;
  if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export const sessionStore = {
  get: (): Session | null => current,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The error's message as the API put it (e.g. the login throttle's "Too many failed attempts; try again in 60 seconds"). */
export class SignInError extends Error {}

export async function signIn(email: string, password: string): Promise<Session> {
  const result = await anonymous.mutation(LoginMutation, { input: { email, password } }).toPromise();
  const payload = result.data?.login;
  if (!payload) {
    const apiMessage = result.error?.graphQLErrors[0]?.message;
    throw new SignInError(apiMessage ?? 'The server could not be reached; try again.');
  }
  set(payload);
  return payload;
}

export function needsRefresh(session: Session, now = Date.now()): boolean {
  return Date.parse(session.accessTokenExpiresAt) - now < REFRESH_MARGIN_MS;
}

/** Renews the session once even when many requests ask at the same time; a refused refresh signs out. */
export function refresh(): Promise<Session | null> {
  const session = current;
  if (!session) return Promise.resolve(null);
  refreshing ??= anonymous
    .mutation(RefreshMutation, { refreshToken: session.refreshToken })
    .toPromise()
    .then((result) => {
      const renewed = result.data?.refreshSession ?? null;
      // A network failure keeps the session (the next request tries again); a refused token ends it.
      if (renewed || result.error?.graphQLErrors.length) set(renewed);
      return renewed;
    })
    .finally(() => (refreshing = null));
  return refreshing;
}

export async function signOut(): Promise<void> {
  const session = current;
  set(null);
  if (session) await anonymous.mutation(LogoutMutation, { refreshToken: session.refreshToken }).toPromise();
}
