// Signing in from tests: a user of a role created straight in the app's database (a known
// password, Argon2id-hashed as the server would), then a real login through the API.
import { randomBytes } from 'node:crypto';
import { Role } from '../../src/core/roles';
import { User } from '../../src/entities/user.entity';
import { PasswordHasher } from '../../src/modules/auth/password-hasher';
import { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';

const hasher = new PasswordHasher();

export interface SignedIn {
  /** Pass to TestApp.graphql as its third argument. */
  headers: Record<string, string>;
  user: { id: string; email: string; role: Role };
  accessToken: string;
  refreshToken: string;
}

export const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt tokenType user { id email role } }
}`;

/** Creates a user directly in the database (no API call); the email is unique unless given. */
export async function createTestUser(
  app: TestApp,
  role: Role,
  options: { email?: string; password?: string; disabled?: boolean } = {},
): Promise<{ id: string; email: string; role: Role; password: string }> {
  const email = (options.email ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.test`).toLowerCase();
  const password = options.password ?? TEST_PASSWORD;
  const saved = await app.dataSource.getRepository(User).save({
    email,
    passwordHash: await hasher.hash(password),
    role,
    disabled: options.disabled ?? false,
  });
  return { id: saved.id, email, role, password };
}

/** Logs in through the API; fails the test unless login succeeds. */
export async function login(app: TestApp, email: string, password: string, headers: Record<string, string> = {}): Promise<SignedIn> {
  const response = await app.graphql(LOGIN, { input: { email, password } }, headers);
  const payload = response.body.data?.login;
  if (!payload) throw new Error(`login as ${email} failed: ${JSON.stringify(response.body.errors)}`);
  return {
    headers: { authorization: `Bearer ${payload.accessToken}` },
    user: payload.user,
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
  };
}

/** A fresh user of this role, signed in: `app.graphql(query, variables, (await signInAs(app, Role.EDITOR)).headers)`. */
export async function signInAs(app: TestApp, role: Role, options: { email?: string } = {}): Promise<SignedIn> {
  const user = await createTestUser(app, role, options);
  return login(app, user.email, user.password);
}

/** The whole `data` of `query` sent as `who`; fails the test on any error. */
export async function dataAs<T = any>(app: TestApp, who: SignedIn, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await app.graphql(query, variables, who.headers);
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data as T;
}

/** The answer of the first root field of `query` sent as `who` (e.g. the mutation's result); fails the test on any error. */
export async function fieldAs<T = any>(app: TestApp, who: SignedIn, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return Object.values(await dataAs<Record<string, T>>(app, who, query, variables))[0];
}
