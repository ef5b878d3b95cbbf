// Health, readiness, metrics, request ids and what the logs may contain.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Role } from '../../src/core/roles';
import { createTestUser, login, LOGIN, signInAs, TEST_PASSWORD } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(60_000);

/** Collects the JSON lines a server logs. */
function logCollector() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(
        ...String(chunk)
          .split('\n')
          .filter((line) => line !== ''),
      );
      callback();
    },
  });
  return { stream, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

let app: TestApp;
const logs = logCollector();
beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: 'debug' }, { logStream: logs.stream });
});
afterAll(() => app?.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.baseUrl}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('health and readiness', () => {
  it('GET /healthz answers 200 without touching the database, even when it is gone', async () => {
    const live = await get('/healthz');
    expect(live.status).toBe(200);
    expect(JSON.parse(live.text)).toEqual({ status: 'ok' });

    const other = await startTestApp({}, { database: app.database });
    try {
      await other.dataSource.destroy();
      expect((await fetch(`${other.baseUrl}/healthz`)).status).toBe(200);
      const ready = await fetch(`${other.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'not ready', checks: { database: 'unreachable' } });
    } finally {
      await other.dataSource.initialize();
      await other.close();
    }
  });

  it('GET /readyz answers 200 when the database answers and every migration is applied', async () => {
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(ready.text)).toEqual({ status: 'ready', checks: { shutdown: 'running', database: 'ok', migrations: 'ok' } });
  });

  it('GET /readyz answers 503 naming a migration that is not applied', async () => {
    const [{ id, timestamp, name }] = await app.dataSource.query('SELECT * FROM migrations ORDER BY id DESC LIMIT 1');
    await app.dataSource.query('DELETE FROM migrations WHERE id = $1', [id]);
    try {
      const ready = await get('/readyz');
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.text).checks).toMatchObject({ database: 'ok', migrations: `pending: ${name}` });
    } finally {
      await app.dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [id, timestamp, name]);
    }
    expect((await get('/readyz')).status).toBe(200);
  });

  it('GET /readyz answers 503 once shutdown has begun, while /healthz and GraphQL still answer', async () => {
    const other = await startTestApp({}, { database: app.database });
    try {
      other.health.markShuttingDown();
      const ready = await fetch(`${other.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'not ready', checks: { shutdown: 'stopping' } });
      expect((await fetch(`${other.baseUrl}/healthz`)).status).toBe(200);
      expect((await other.graphql('{ brands { slug } }')).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('request ids', () => {
  it('returns the caller’s x-request-id, or a new UUID when there is none or it is not a plausible id', async () => {
    const given = `trace-${randomUUID()}`;
    expect((await app.graphql('{ brands { slug } }', {}, { 'x-request-id': given })).headers.get('x-request-id')).toBe(given);
    const unusable: Record<string, string>[] = [{}, { 'x-request-id': 'has spaces and "quotes"' }, { 'x-request-id': 'x'.repeat(101) }];
    for (const headers of unusable) {
      const id = (await app.graphql('{ brands { slug } }', {}, headers)).headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect((await get('/healthz')).headers.get('x-request-id')).toEqual(expect.any(String));
  });

  it('logs one JSON line per request carrying the request id, the operation, status and duration', async () => {
    const given = `trace-${randomUUID()}`;
    await app.graphql('query LoggedBrands { brands { slug } }', {}, { 'x-request-id': given });
    const line = logs.parsed().find((entry) => entry.requestId === given && entry.msg === 'request');
    expect(line).toMatchObject({
      level: 30,
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'LoggedBrands',
      durationMs: expect.any(Number),
    });
  });
});

describe('metrics', () => {
  it('exposes requests and latency by operation, errors by code, pool usage, cache hits and rate-limit rejections', async () => {
    await app.graphql('query MetricsBrands { brands { slug } }');
    await app.graphql('query MetricsBrands { brands { slug } }');
    await app.graphql('query BadInput { products(first: 0) { totalCount } }');
    // The login throttle on a database of its own (its counts are per client address too).
    const throttled = await startTestApp({ LOGIN_MAX_FAILURES: '1' });
    try {
      const user = await createTestUser(throttled, Role.EDITOR);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await throttled.graphql(LOGIN, { input: { email: user.email, password: 'not the password' } });
      }
      const text = await (await fetch(`${throttled.baseUrl}/metrics`)).text();
      expect(text).toMatch(/dermaplan_graphql_errors_total\{code="TOO_MANY_REQUESTS"\} 2/);
      expect(text).toMatch(/dermaplan_rate_limit_rejections_total\{limiter="login_throttle"\} 2/);
    } finally {
      await throttled.close();
    }
    app.metrics.cacheLookup('example', true);
    app.metrics.cacheLookup('example', false);
    app.metrics.rateLimitRejected('example');

    const scrape = await get('/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = scrape.text;
    expect(text).toContain('dermaplan_graphql_requests_total{operation="MetricsBrands",type="query"} 2');
    expect(text).toMatch(/dermaplan_graphql_request_duration_seconds_count\{operation="MetricsBrands",type="query"\} 2/);
    expect(text).toMatch(/dermaplan_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toContain('dermaplan_rate_limit_rejections_total{limiter="example"} 1');
    expect(text).toContain('dermaplan_cache_requests_total{cache="example",result="hit"} 1');
    expect(text).toContain('dermaplan_cache_requests_total{cache="example",result="miss"} 1');
    expect(text).toContain('dermaplan_db_pool_connections{pool="primary",state="max"} 10');
    expect(text).toMatch(/dermaplan_db_pool_connections\{pool="primary",state="total"\} [1-9]/);
    expect(text).toMatch(/dermaplan_db_pool_connections\{pool="primary",state="waiting"\} 0/);
    expect(text).toMatch(/dermaplan_http_requests_total\{route="\/graphql",status="200"\} [1-9]/);
  });

  it('is off with METRICS_ENABLED=false', async () => {
    const other = await startTestApp({ METRICS_ENABLED: 'false' }, { database: app.database });
    try {
      expect((await fetch(`${other.baseUrl}/metrics`)).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});

describe('logs', () => {
  it('hold no passwords, tokens, emails, SQL or row values, even when a query fails', async () => {
    const admin = await signInAs(app, Role.ADMIN);
    const editor = await createTestUser(app, Role.EDITOR);
    const session = await login(app, editor.email, TEST_PASSWORD);
    await app.graphql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: session.refreshToken });
    const newPassword = `a brand new passphrase ${randomUUID()}`;
    const created = await app.graphql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: `new-${randomUUID()}@example.test`, password: newPassword, role: 'EDITOR' } },
      admin.headers,
    );
    expect(created.body.errors).toBeUndefined();
    await app.graphql(LOGIN, { input: { email: editor.email, password: 'a wrong password here' } });

    // An unexpected database failure while the statement carries the email as a parameter.
    await app.dataSource.query('ALTER TABLE staff_user RENAME TO staff_user_gone');
    let failed;
    try {
      failed = await app.graphql(LOGIN, { input: { email: editor.email, password: TEST_PASSWORD } }, { 'x-request-id': 'failing-login' });
    } finally {
      await app.dataSource.query('ALTER TABLE staff_user_gone RENAME TO staff_user');
    }
    const { errorId } = failed.body.errors![0].extensions!;
    const errorLine = logs.parsed().find((entry) => entry.errorId === errorId);
    expect(errorLine).toMatchObject({ level: 50, requestId: 'failing-login', err: { type: 'QueryFailedError', message: expect.any(String) } });

    const all = logs.lines.join('\n');
    expect(all.length).toBeGreaterThan(0);
    for (const secret of [
      TEST_PASSWORD,
      newPassword,
      session.accessToken,
      session.refreshToken,
      admin.accessToken,
      editor.email,
      '@example.test',
      'Bearer',
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(all).not.toMatch(/SELECT|INSERT|UPDATE "|staff_user_gone.*WHERE/);
  });
});
