import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { SignJWT, decodeJwt } from 'jose';
import { Role } from '../../src/core/roles';
import { createTestUser, login, LOGIN, signInAs, SignedIn, TEST_PASSWORD } from '../support/auth';
import { authorizationCases, expectAuthorization, Who } from '../support/authorization';
import { expectUnauthenticated, onlyError } from '../support/errors';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';
import { eventually } from '../support/waiting';

const JWT_SECRET = 'test-only secret, 32 bytes or more, not used anywhere else';
const secretKey = new TextEncoder().encode(JWT_SECRET);

const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { email } } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
const ME = `{ me { id email role disabled } }`;

// Several cases hash passwords (Argon2id) and start servers: 5 s is too little on a busy 2-core machine.
jest.setTimeout(30_000);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ JWT_SECRET });
});
afterAll(() => app.close());

describe('login', () => {
  it('returns an access token, a refresh token and the user; the email is matched case-insensitively', async () => {
    const user = await createTestUser(app, Role.EDITOR);
    const response = await app.graphql(LOGIN, { input: { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD } });
    expect(response.body.errors).toBeUndefined();
    const payload = response.body.data!.login;
    expect(payload.tokenType).toBe('Bearer');
    expect(payload.user).toEqual({ id: user.id, email: user.email, role: 'EDITOR' });
    expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    const ttl = (Date.parse(payload.accessTokenExpiresAt) - Date.now()) / 1000;
    expect(ttl).toBeGreaterThan(14 * 60);
    expect(ttl).toBeLessThanOrEqual(15 * 60);

    const claims = decodeJwt(payload.accessToken);
    expect(claims).toMatchObject({ sub: user.id, iss: 'dermaplan', aud: 'dermaplan-api' });
    expect(claims.exp! - claims.iat!).toBe(900);

    const me = await app.graphql(ME, {}, { authorization: `Bearer ${payload.accessToken}` });
    expect(me.body.data!.me).toEqual({ id: user.id, email: user.email, role: 'EDITOR', disabled: false });
  });

  it('stores only a SHA-256 hash of refresh tokens', async () => {
    const session = await signInAs(app, Role.REVIEWER);
    const rows: { token_hash: string }[] = await app.dataSource.query('SELECT token_hash FROM refresh_token WHERE user_id = $1', [session.user.id]);
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(session.refreshToken).digest('hex') }]);
    const [{ found }] = await app.dataSource.query(
      `SELECT count(*)::int AS found FROM refresh_token t JOIN staff_user u ON u.id = t.user_id
        WHERE position($1 IN t.token_hash || u.password_hash) > 0`,
      [session.refreshToken],
    );
    expect(found).toBe(0);
  });

  it('gives unknown emails, wrong passwords and disabled accounts the same answer', async () => {
    const user = await createTestUser(app, Role.EDITOR);
    const disabled = await createTestUser(app, Role.EDITOR, { disabled: true });
    const answers = [
      await app.graphql(LOGIN, { input: { email: 'nobody-here@example.test', password: TEST_PASSWORD } }),
      await app.graphql(LOGIN, { input: { email: user.email, password: `${TEST_PASSWORD}!` } }),
      await app.graphql(LOGIN, { input: { email: disabled.email, password: TEST_PASSWORD } }),
    ];
    for (const response of answers) {
      expect(response.body.errors).toEqual([
        expect.objectContaining({ message: 'Invalid email or password', extensions: { code: 'UNAUTHENTICATED' } }),
      ]);
      expect(response.body.data).toBeNull();
    }
  });

  it('validates its input with field paths', async () => {
    const response = await app.graphql(LOGIN, { input: { email: '', password: 'x'.repeat(257) } });
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.fields.map((f: any) => f.field).sort()).toEqual(['input.email', 'input.password']);
  });
});

describe('access tokens', () => {
  let session: SignedIn;
  beforeAll(async () => {
    session = await signInAs(app, Role.EDITOR);
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const forge = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
    new SignJWT({ sid: decodeJwt(session.accessToken).sid, ...claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', ...header })
      .setSubject(session.user.id)
      .setIssuedAt()
      .setExpirationTime('5m');

  it('accepts a well-formed token signed with the configured secret (control for the cases below)', async () => {
    const token = await forge({}).setIssuer('dermaplan').setAudience('dermaplan-api').sign(secretKey);
    const response = await app.graphql(ME, {}, bearer(token));
    expect(response.body.data!.me.id).toBe(session.user.id);
  });

  it.each([
    ['a wrong audience', () => forge({}).setIssuer('dermaplan').setAudience('another-api').sign(secretKey)],
    ['a wrong issuer', () => forge({}).setIssuer('someone-else').setAudience('dermaplan-api').sign(secretKey)],
    ['no issuer or audience', () => forge({}).sign(secretKey)],
    [
      'another secret',
      () =>
        forge({})
          .setIssuer('dermaplan')
          .setAudience('dermaplan-api')
          .sign(new TextEncoder().encode('x'.repeat(40))),
    ],
    ['another token type', () => forge({}, { typ: 'JWT' }).setIssuer('dermaplan').setAudience('dermaplan-api').sign(secretKey)],
  ])('rejects a token with %s', async (_case, make) => {
    const response = await app.graphql(ME, {}, bearer(await make()));
    expect(response.status).toBe(401);
    expectUnauthenticated(response, /invalid access token/i);
  });

  it('rejects a tampered token', async () => {
    const [header, payload, signature] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const promoted = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    for (const token of [`${header}.${promoted}.${signature}`, `${header}.${payload}.${flipped}`]) {
      expectUnauthenticated(await app.graphql(ME, {}, bearer(token)), /invalid access token/i);
    }
  });

  it('rejects an unsigned alg:none token', async () => {
    const [, payload] = session.accessToken.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url');
    for (const token of [`${header}.${payload}.`, `${header}.${payload}`]) {
      const response = await app.graphql(ME, {}, bearer(token));
      expect(response.status).toBe(401);
      expectUnauthenticated(response);
    }
  });

  it('fails the whole request on a bad token instead of serving it anonymously, even for public data', async () => {
    for (const authorization of ['Bearer not-a-jwt', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const response = await app.graphql('{ treatments { slug } }', {}, { authorization });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expectUnauthenticated(response);
    }
    const anonymous = await app.graphql('{ treatments { slug } }');
    expect(anonymous.body.data!.treatments.length).toBeGreaterThan(0);
  });

  it('shows drafts to signed-in staff and only published entries to anonymous callers', async () => {
    const [{ slug }] = await app.dataSource.query(`SELECT slug FROM article WHERE status = 'DRAFT' AND deleted_at IS NULL LIMIT 1`);
    const query = `query($slug: String!) { article(slug: $slug) { slug status } }`;
    expect((await app.graphql(query, { slug })).body.data!.article).toBeNull();
    expect((await app.graphql(query, { slug }, session.headers)).body.data!.article).toEqual({ slug, status: 'DRAFT' });
  });

  it('expires: with ACCESS_TOKEN_TTL_SECONDS=1 a token stops working after a second', async () => {
    const shortLived = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '1' });
    try {
      const signedIn = await signInAs(shortLived, Role.EDITOR);
      expect((await shortLived.graphql(ME, {}, signedIn.headers)).body.data!.me.email).toBe(signedIn.user.email);
      const claims = decodeJwt(signedIn.accessToken);
      expect(claims.exp! - claims.iat!).toBe(1);
      // Expiry is in whole seconds: the token stops working at the next second boundary, at most a second on.
      const response = await eventually(
        () => shortLived.graphql(ME, {}, signedIn.headers),
        (answer) => answer.status !== 200,
        {
          timeoutMs: 5000,
          intervalMs: 50,
          what: 'the access token to expire',
          describe: (answer) => JSON.stringify(answer.body),
        },
      );
      expect(response.status).toBe(401);
      expectUnauthenticated(response, /expired/i);
      // The refresh token still renews the session.
      const renewed = await shortLived.graphql(REFRESH, { t: signedIn.refreshToken });
      const again = await shortLived.graphql(ME, {}, bearer(renewed.body.data!.refreshSession.accessToken));
      expect(again.body.data!.me.email).toBe(signedIn.user.email);
    } finally {
      await shortLived.close();
    }
  });
});

describe('refresh tokens', () => {
  it('rotate: the old token is revoked and a new pair works', async () => {
    const session = await signInAs(app, Role.EDITOR);
    const rotated = await app.graphql(REFRESH, { t: session.refreshToken });
    expect(rotated.body.errors).toBeUndefined();
    const next = rotated.body.data!.refreshSession;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.user.email).toBe(session.user.email);
    expect((await app.graphql(ME, {}, { authorization: `Bearer ${next.accessToken}` })).body.data!.me.id).toBe(session.user.id);

    const again = await app.graphql(REFRESH, { t: next.refreshToken });
    expect(again.body.data!.refreshSession.refreshToken).not.toBe(next.refreshToken);
  });

  it('reuse of a revoked token revokes the whole family, including its access tokens', async () => {
    const session = await signInAs(app, Role.EDITOR);
    const other = await signInAs(app, Role.EDITOR, {});
    const next = (await app.graphql(REFRESH, { t: session.refreshToken })).body.data!.refreshSession;

    expectUnauthenticated(await app.graphql(REFRESH, { t: session.refreshToken }), /refresh token/i); // replayed
    expectUnauthenticated(await app.graphql(REFRESH, { t: next.refreshToken })); // the family is gone
    expectUnauthenticated(await app.graphql(ME, {}, { authorization: `Bearer ${next.accessToken}` }), /session has ended/i);

    const revoked = await app.dataSource.query(`SELECT revoked_reason FROM refresh_token WHERE user_id = $1 ORDER BY created_at`, [session.user.id]);
    expect(revoked.map((row: any) => row.revoked_reason)).toEqual(['ROTATED', 'REUSE']);
    // Other sessions are untouched.
    expect((await app.graphql(ME, {}, other.headers)).body.data!.me.id).toBe(other.user.id);
  });

  it('reject unknown and expired tokens', async () => {
    expectUnauthenticated(await app.graphql(REFRESH, { t: 'A'.repeat(43) }));
    const session = await signInAs(app, Role.EDITOR);
    await app.dataSource.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [session.user.id]);
    expectUnauthenticated(await app.graphql(REFRESH, { t: session.refreshToken }));
  });
});

describe('logout', () => {
  it('revokes the refresh token and ends the session', async () => {
    const session = await signInAs(app, Role.ADMIN);
    const response = await app.graphql(LOGOUT, { t: session.refreshToken });
    expect(response.body).toEqual({ data: { logout: true } });
    expectUnauthenticated(await app.graphql(REFRESH, { t: session.refreshToken }));
    expectUnauthenticated(await app.graphql(ME, {}, session.headers), /session has ended/i);
    // Logging out twice, or with an unknown token, is harmless.
    expect((await app.graphql(LOGOUT, { t: session.refreshToken })).body).toEqual({ data: { logout: true } });
    expect((await app.graphql(LOGOUT, { t: 'B'.repeat(43) })).body).toEqual({ data: { logout: true } });
  });
});

describe('throttling failed logins', () => {
  const tooMany = (response: GraphQLResponse) => {
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('TOO_MANY_REQUESTS');
    expect(error.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.extensions!.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(error.message).toMatch(/too many/i);
  };
  const invalid = (response: GraphQLResponse) => expect(onlyError(response).message).toBe('Invalid email or password');

  it('blocks an account after 5 failures in 15 minutes, even with the right password, and not other accounts', async () => {
    // Behind a trusted proxy, so each attempt can come from its own address.
    const throttled = await startTestApp({ TRUST_PROXY_HOPS: '1' });
    try {
      const target = await createTestUser(throttled, Role.ADMIN);
      const bystander = await createTestUser(throttled, Role.EDITOR);
      const from = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });
      for (let n = 1; n <= 5; n += 1)
        invalid(await throttled.graphql(LOGIN, { input: { email: target.email, password: 'wrong password!' } }, from(n)));
      tooMany(await throttled.graphql(LOGIN, { input: { email: target.email.toUpperCase(), password: TEST_PASSWORD } }, from(6)));
      await login(throttled, bystander.email, TEST_PASSWORD, from(7));

      const [{ failures }] = await throttled.dataSource.query(`SELECT count(*)::int AS failures FROM login_failure WHERE key = $1`, [
        `account:${target.email}`,
      ]);
      expect(failures).toBe(5);

      // Once the window has passed (moved back in time here), the account may sign in again.
      await throttled.dataSource.query(`UPDATE login_failure SET failed_at = failed_at - interval '15 minutes'`);
      await login(throttled, target.email, TEST_PASSWORD, from(8));
    } finally {
      await throttled.close();
    }
  });

  it('blocks a client address after 5 failures across different emails; X-Forwarded-For is ignored unless trusted', async () => {
    const throttled = await startTestApp();
    try {
      const user = await createTestUser(throttled, Role.EDITOR);
      for (let n = 1; n <= 5; n += 1) {
        const spoofed = { 'x-forwarded-for': `198.51.100.${n}` };
        invalid(await throttled.graphql(LOGIN, { input: { email: `guess-${n}@example.test`, password: 'wrong password!' } }, spoofed));
      }
      tooMany(await throttled.graphql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } }));
    } finally {
      await throttled.close();
    }
  });

  it('counts parallel attempts too: no more than 5 get past the check at once', async () => {
    const throttled = await startTestApp({ TRUST_PROXY_HOPS: '1' });
    try {
      const target = await createTestUser(throttled, Role.EDITOR);
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, n) =>
          throttled.graphql(LOGIN, { input: { email: target.email, password: 'wrong password!' } }, { 'x-forwarded-for': `192.0.2.${n + 1}` }),
        ),
      );
      const codes = responses.map((response) => onlyError(response).extensions!.code);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(7);
    } finally {
      await throttled.close();
    }
  });

  it('forgets an account’s failures after a successful login', async () => {
    const throttled = await startTestApp({ TRUST_PROXY_HOPS: '1' });
    try {
      const target = await createTestUser(throttled, Role.EDITOR);
      let address = 0;
      const next = () => ({ 'x-forwarded-for': `203.0.113.${(address += 1)}` });
      for (let n = 0; n < 4; n += 1) invalid(await throttled.graphql(LOGIN, { input: { email: target.email, password: 'wrong password!' } }, next()));
      await login(throttled, target.email, TEST_PASSWORD, next());
      for (let n = 0; n < 4; n += 1) invalid(await throttled.graphql(LOGIN, { input: { email: target.email, password: 'wrong password!' } }, next()));
      await login(throttled, target.email, TEST_PASSWORD, next());
    } finally {
      await throttled.close();
    }
  });
});

describe('user management', () => {
  let admin: SignedIn;
  beforeAll(async () => {
    admin = await signInAs(app, Role.ADMIN);
  });
  const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role disabled } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id role disabled } }`;

  it('creates a user with a lower-cased email who can then sign in', async () => {
    const response = await app.graphql(
      CREATE,
      { input: { email: 'New.Editor@Example.TEST', password: 'twelve chars!', role: 'EDITOR' } },
      admin.headers,
    );
    expect(response.body.data!.createUser).toEqual({ id: expect.any(String), email: 'new.editor@example.test', role: 'EDITOR', disabled: false });
    await login(app, 'new.editor@example.test', 'twelve chars!');

    const duplicate = await app.graphql(
      CREATE,
      { input: { email: 'NEW.editor@example.test', password: 'twelve chars!', role: 'ADMIN' } },
      admin.headers,
    );
    expect(onlyError(duplicate).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email', message: expect.stringMatching(/already exists/) }],
    });
  });

  it.each([
    [{ email: 'not-an-email', password: 'long enough password', role: 'EDITOR' }, ['input.email']],
    [{ email: 'short@example.test', password: 'eleven char', role: 'EDITOR' }, ['input.password']],
    [{ email: 'long@example.test', password: 'x'.repeat(257), role: 'EDITOR' }, ['input.password']],
    [{ email: `${'a'.repeat(250)}@example.test`, password: 'long enough password', role: 'EDITOR' }, ['input.email']],
  ])('rejects %j naming %j', async (input, fields) => {
    const response = await app.graphql(CREATE, { input }, admin.headers);
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect([...new Set(error.extensions!.fields.map((f: any) => f.field))]).toEqual(fields);
  });

  it('lists users without their password hashes', async () => {
    const response = await app.graphql(`{ users { id email role disabled createdAt } }`, {}, admin.headers);
    const emails = response.body.data!.users.map((u: any) => u.email);
    expect(emails).toContain(admin.user.email);
    expect(emails).toEqual([...emails].sort());
    expect(JSON.stringify(response.body)).not.toMatch(/argon2/);
    const field = await app.graphql(`{ users { passwordHash } }`, {}, admin.headers);
    expect(onlyError(field).extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('changes a role at once and disabling ends every session', async () => {
    const editor = await signInAs(app, Role.EDITOR);
    const promoted = await app.graphql(UPDATE, { id: editor.user.id, input: { role: 'REVIEWER' } }, admin.headers);
    expect(promoted.body.data!.updateUser).toEqual({ id: editor.user.id, role: 'REVIEWER', disabled: false });
    expect((await app.graphql(ME, {}, editor.headers)).body.data!.me.role).toBe('REVIEWER');

    const disabled = await app.graphql(UPDATE, { id: editor.user.id, input: { disabled: true } }, admin.headers);
    expect(disabled.body.data!.updateUser).toEqual({ id: editor.user.id, role: 'REVIEWER', disabled: true });
    expectUnauthenticated(await app.graphql(ME, {}, editor.headers));
    expectUnauthenticated(await app.graphql(REFRESH, { t: editor.refreshToken }));
    expect(onlyError(await app.graphql(LOGIN, { input: { email: editor.user.email, password: TEST_PASSWORD } })).message).toBe(
      'Invalid email or password',
    );
  });

  it('never leaves no enabled admin, and names unknown ids', async () => {
    const lonely = await startTestApp();
    try {
      const only = await signInAs(lonely, Role.ADMIN);
      for (const input of [{ role: 'EDITOR' }, { disabled: true }]) {
        const response = await lonely.graphql(UPDATE, { id: only.user.id, input }, only.headers);
        expect(onlyError(response).extensions).toEqual({
          code: 'BAD_USER_INPUT',
          fields: [{ field: Object.keys(input)[0] === 'role' ? 'input.role' : 'input.disabled', message: 'at least one enabled ADMIN must remain' }],
        });
      }
      const second = await createTestUser(lonely, Role.ADMIN);
      const demoted = await lonely.graphql(UPDATE, { id: only.user.id, input: { role: 'EDITOR' } }, only.headers);
      expect(demoted.body.data!.updateUser.role).toBe('EDITOR');
      expect(second.role).toBe(Role.ADMIN);

      const other = await signInAs(lonely, Role.ADMIN);
      const unknown = await lonely.graphql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { disabled: true } }, other.headers);
      expect(onlyError(unknown).extensions!.fields).toEqual([{ field: 'id', message: 'no user has this id' }]);
      const notUuid = await lonely.graphql(UPDATE, { id: 'nope', input: { disabled: true } }, other.headers);
      expect(onlyError(notUuid).extensions!.fields.map((f: any) => f.field)).toEqual(['id']);
    } finally {
      await lonely.close();
    }
  });
});

describe('who may do what', () => {
  const EVERYONE: Who[] = ['anonymous', Role.EDITOR, Role.REVIEWER, Role.ADMIN];
  const SIGNED_IN: Who[] = [Role.EDITOR, Role.REVIEWER, Role.ADMIN];
  const ADMIN_ONLY: Who[] = [Role.ADMIN];

  const sessions = new Map<Who, Record<string, string>>();
  beforeAll(async () => {
    sessions.set('anonymous', {});
    for (const role of [Role.EDITOR, Role.REVIEWER, Role.ADMIN]) sessions.set(role, (await signInAs(app, role)).headers);
  });

  let counter = 0;
  const unique = () => `${Date.now()}-${(counter += 1)}`;
  const operations: [string, Who[], () => Promise<[string, Record<string, unknown>]>][] = [
    ['query me', SIGNED_IN, async () => [ME, {}]],
    ['query users', ADMIN_ONLY, async () => [`{ users { id } }`, {}]],
    [
      'mutation createUser',
      ADMIN_ONLY,
      async () => [
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { email: `made-${unique()}@example.test`, password: 'long enough password', role: 'EDITOR' } },
      ],
    ],
    [
      'mutation updateUser',
      ADMIN_ONLY,
      async () => [
        `mutation($id: ID!) { updateUser(id: $id, input: { role: REVIEWER }) { id } }`,
        { id: (await createTestUser(app, Role.EDITOR)).id },
      ],
    ],
    [
      'mutation login',
      EVERYONE,
      async () => {
        const user = await createTestUser(app, Role.EDITOR);
        return [LOGIN, { input: { email: user.email, password: TEST_PASSWORD } }];
      },
    ],
    ['mutation refreshSession', EVERYONE, async () => [REFRESH, { t: (await signInAs(app, Role.EDITOR)).refreshToken }]],
    ['mutation logout', EVERYONE, async () => [LOGOUT, { t: (await signInAs(app, Role.EDITOR)).refreshToken }]],
  ];

  it.each(authorizationCases(operations, EVERYONE))('%s as %s: allowed %s', async (_name, who, allowed, prepare) => {
    const [query, variables] = await prepare();
    expectAuthorization(await app.graphql(query, variables, sessions.get(who)), who, allowed);
  });

  it('refuses an anonymous mutation that hides a protected field next to login, before running any of it', async () => {
    const user = await createTestUser(app, Role.EDITOR);
    const response = await app.graphql(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } ...sneaky }
       fragment sneaky on Mutation { alias: createUser(input: { email: "sneaky@example.test", password: "long enough password", role: ADMIN }) { id } }`,
      { input: { email: user.email, password: TEST_PASSWORD } },
    );
    expect(response.status).toBe(401);
    expectUnauthenticated(response);
    const [{ tokens }] = await app.dataSource.query('SELECT count(*)::int AS tokens FROM refresh_token WHERE user_id = $1', [user.id]);
    expect(tokens).toBe(0);
  });
});

describe('the first admin', () => {
  const env = { ADMIN_EMAIL: 'First.Admin@Example.TEST', ADMIN_PASSWORD: 'bootstrap password 1' };
  const admins = async (target: TestApp) => target.dataSource.query(`SELECT email, role FROM staff_user WHERE role = 'ADMIN' ORDER BY email`);

  it('is created from ADMIN_EMAIL / ADMIN_PASSWORD at start-up, once', async () => {
    const first = await startTestApp(env);
    try {
      expect(await admins(first)).toEqual([{ email: 'first.admin@example.test', role: 'ADMIN' }]);
      const signedIn = await login(first, 'first.admin@example.test', 'bootstrap password 1');
      expect(signedIn.user.role).toBe('ADMIN');

      // A second start on the same database (another instance, a restart) creates nobody, even
      // with another email.
      for (const again of [env, { ...env, ADMIN_EMAIL: 'second.admin@example.test' }]) {
        const restarted = await startTestApp({ ...again, DATABASE_URL: first.databaseUrl });
        await restarted.close();
      }
      expect(await admins(first)).toEqual([{ email: 'first.admin@example.test', role: 'ADMIN' }]);
    } finally {
      await first.close();
    }
  });

  it('is generated in development when ADMIN_EMAIL is not set, once, so the console has someone to sign in', async () => {
    const first = await startTestApp({ NODE_ENV: 'development' });
    try {
      expect(first.generatedAdmin).toEqual({ email: 'admin@example.com', password: expect.stringMatching(/^[\w-]{24}$/) });
      expect(await admins(first)).toEqual([{ email: 'admin@example.com', role: 'ADMIN' }]);
      const signedIn = await login(first, 'admin@example.com', first.generatedAdmin!.password);
      expect(signedIn.user.role).toBe('ADMIN');

      const restarted = await startTestApp({ NODE_ENV: 'development', DATABASE_URL: first.databaseUrl });
      expect(restarted.generatedAdmin).toBeNull();
      await restarted.close();
      expect(await admins(first)).toEqual([{ email: 'admin@example.com', role: 'ADMIN' }]);
    } finally {
      await first.close();
    }
  });

  it('is never generated outside development', async () => {
    const app = await startTestApp();
    try {
      expect(app.generatedAdmin).toBeNull();
      expect(await admins(app)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('refuses to start with an admin password that breaks the password rules', async () => {
    await expect(startTestApp({ ADMIN_EMAIL: 'weak@example.test', ADMIN_PASSWORD: 'short' })).rejects.toThrow(/ADMIN_PASSWORD|12 characters/);
  });
});

describe('npm run user:create', () => {
  const root = path.resolve(__dirname, '../..');
  // `npm run user:create` is `npm run build && node dist/src/cli/create-user.js`: build once here,
  // then run the compiled command for each case instead of rebuilding every time.
  beforeAll(async () => {
    const build = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(build).toBe(0);
  }, 120_000);

  function run(args: string[], env: Record<string, string>, stdin?: string): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const { USER_PASSWORD: _ignored, ...inherited } = process.env;
      const child = spawn(process.execPath, [path.join(root, 'dist/src/cli/create-user.js'), ...args], {
        cwd: root,
        env: { ...inherited, NODE_ENV: 'test', DATABASE_URL: app.databaseUrl, ...env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
      child.stdin.end(stdin ?? '');
    });
  }

  it('creates a user with the password from USER_PASSWORD or standard input, never echoing it', async () => {
    const fromEnv = await run(['--email', 'CLI.Admin@Example.TEST', '--role', 'ADMIN'], { USER_PASSWORD: 'password from env 1' });
    expect(fromEnv.output).toMatch(/Created ADMIN cli\.admin@example\.test/);
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.output).not.toContain('password from env 1');
    expect((await login(app, 'cli.admin@example.test', 'password from env 1')).user.role).toBe('ADMIN');

    const fromStdin = await run(['--email', 'cli.reviewer@example.test', '--role', 'REVIEWER'], {}, 'password from stdin 1\n');
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.output).not.toContain('password from stdin 1');
    expect((await login(app, 'cli.reviewer@example.test', 'password from stdin 1')).user.role).toBe('REVIEWER');
  }, 120_000);

  it('refuses a password on the command line, weak passwords and taken emails', async () => {
    const argv = await run(['--email', 'x@example.test', '--password', 'password on argv 1'], {});
    expect(argv.code).toBe(2);
    expect(argv.output).not.toContain('password on argv 1');
    const weak = await run(['--email', 'weak@example.test'], { USER_PASSWORD: 'short' });
    expect(weak.code).toBe(2);
    expect(weak.output).toMatch(/12 characters/);
    const taken = await run(['--email', 'CLI.ADMIN@example.test'], { USER_PASSWORD: 'another password 1' });
    expect(taken.code).toBe(1);
    expect(taken.output).toMatch(/already exists/);
  }, 120_000);
});
