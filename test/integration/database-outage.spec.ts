// The database goes away under a mixed read/write load and comes back (the procedure in
// ../shared/reference/background-reliability-security.md §6): requests fail fast with a clear
// error and no SQL, readiness goes red and then green by itself, and every write acknowledged to a
// client exists exactly once, complete. The server runs in this process against a PostgreSQL of
// this test's own, which the test stops (fast shutdown) and starts again.
import { performance } from 'node:perf_hooks';
import { Role } from '../../src/core/roles';
import { initializeWithRetry } from '../../src/db/connect';
import { createDataSource } from '../../src/db/data-source';
import { signInAs, SignedIn } from '../support/auth';
import { OwnPostgres, startOwnPostgres } from '../support/own-postgres';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/waiting';

jest.setTimeout(180_000);

const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 2000;
/** A failed request must be answered within this: the connect timeout plus the statement timeout plus slack. */
const FAIL_FAST_MS = CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 2000;
const WORKERS = 6;

const CREATE_BRAND = `mutation($input: BrandInput!) { createBrand(input: $input) { id version } }`;
const READ_BRANDS = `query OutageReads { brands { slug } }`;

/** The server's log lines, kept so that an unexpected failure can be shown with its logged cause. */
const serverLog: string[] = [];
const logCollector = {
  write(line: string) {
    serverLog.push(line);
    if (process.env.DEBUG_OUTAGE) process.stderr.write(line);
  },
};

let postgres: OwnPostgres;
let app: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  postgres = await startOwnPostgres();
  const migrator = createDataSource({ url: postgres.url, poolSize: 2, connectTimeoutMs: 5000, statementTimeoutMs: 30000 });
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();
  app = await startTestApp(
    {
      DATABASE_URL: postgres.url,
      DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      READINESS_TIMEOUT_MS: '500',
      // The load's reads come from one address; the anonymous cost budget is not what is tested here.
      ANONYMOUS_COST_BUDGET: '1000000000',
    },
    { database: 'dermaplan', logStream: logCollector },
  );
  admin = await signInAs(app, Role.ADMIN);
});
afterAll(async () => {
  await app?.close();
  await postgres?.close();
});

interface Outcome {
  kind: 'write' | 'read';
  slug?: string;
  ms: number;
  status: number | null;
  ok: boolean;
  code?: string;
  retryAfter?: string | null;
  hasData?: boolean;
  body: string;
  networkError?: string;
}

/** Workers alternating writes (createBrand, unique slugs) and reads until stopped. */
function startLoad() {
  const outcomes: Outcome[] = [];
  let running = true;
  let sequence = 0;
  async function one(kind: 'write' | 'read'): Promise<void> {
    const slug = kind === 'write' ? `outage-${(sequence += 1)}` : undefined;
    const started = performance.now();
    const body =
      kind === 'write'
        ? { query: CREATE_BRAND, variables: { input: { slug, name: `Outage ${slug}`, description: 'Written under load.' } } }
        : { query: READ_BRANDS };
    try {
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(kind === 'write' ? admin.headers : {}) },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      const parsed = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
      const ok = response.status === 200 && !parsed.errors && (kind === 'read' || Boolean((parsed.data?.createBrand as { id?: string })?.id));
      const code = parsed.errors?.[0]?.extensions?.code;
      const retryAfter = response.headers.get('retry-after');
      outcomes.push({
        kind,
        slug,
        ms: performance.now() - started,
        status: response.status,
        ok,
        code,
        retryAfter,
        hasData: 'data' in parsed,
        body: text,
      });
    } catch (error) {
      outcomes.push({ kind, slug, ms: performance.now() - started, status: null, ok: false, body: '', networkError: String(error) });
    }
  }
  const workers = Array.from({ length: WORKERS }, async (_, index) => {
    for (let n = 0; running; n += 1) await one((index + n) % 2 === 0 ? 'write' : 'read');
  });
  return {
    outcomes,
    acknowledged: () => outcomes.filter((outcome) => outcome.kind === 'write' && outcome.ok),
    stop: async () => {
      running = false;
      await Promise.all(workers);
    },
  };
}

/** The load's pace: fast polling, a deadline well past a restart. */
const OUTAGE_WAIT = { timeoutMs: 30_000, intervalMs: 50 };

const readiness = async () => (await fetch(`${app.baseUrl}/readyz`)).status;

it('fails fast while PostgreSQL is down, recovers by itself, and keeps every acknowledged write exactly once', async () => {
  const load = startLoad();
  let beforeOutage: number | undefined;
  let restartedAt = 0;
  try {
    await waitFor(() => load.acknowledged().length >= 20, { ...OUTAGE_WAIT, what: 'writes before the outage' });

    beforeOutage = load.outcomes.length;
    await postgres.stop();
    const stoppedAt = load.outcomes.length;
    await waitFor(() => load.outcomes.slice(stoppedAt).filter((o) => o.code === 'SERVICE_UNAVAILABLE').length >= 20, {
      ...OUTAGE_WAIT,
      what: 'failures during the outage',
    });
    expect(await readiness()).toBe(503);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);

    await postgres.start();
    restartedAt = load.outcomes.length;
    const back = Date.now();
    await waitFor(async () => (await readiness()) === 200, { ...OUTAGE_WAIT, what: 'readiness after the restart' });
    // Recovered by itself: no restart of the server, no reconnect call.
    const ackedBefore = load.acknowledged().length;
    await waitFor(() => load.acknowledged().length >= ackedBefore + 20, { ...OUTAGE_WAIT, what: 'writes after the restart' });
    await waitFor(() => load.outcomes.slice(restartedAt).some((o) => o.kind === 'read' && o.ok), {
      ...OUTAGE_WAIT,
      what: 'reads after the restart',
    });
    expect(Date.now() - back).toBeLessThan(30_000);
  } finally {
    await load.stop();
  }

  const failures = load.outcomes.filter((outcome) => !outcome.ok);
  expect(failures.length).toBeGreaterThanOrEqual(20);
  // Shown whole when this fails: the answer and what the server logged under its error id.
  const otherFailures = failures
    .filter((failure) => failure.code !== 'SERVICE_UNAVAILABLE')
    .map((failure) => {
      const errorId = /"errorId":"([^"]+)"/.exec(failure.body)?.[1];
      return { ...failure, logged: errorId ? serverLog.filter((line) => line.includes(errorId)) : [] };
    });
  expect(otherFailures).toEqual([]);
  for (const failure of failures) {
    // The HTTP server kept answering: every failure is a GraphQL error, never a dropped connection.
    expect(failure.networkError).toBeUndefined();
    // Queries and mutations alike: 503 with Retry-After, and no partial data.
    expect(failure).toMatchObject({ status: 503, retryAfter: '5', hasData: false });
    expect(failure.ms).toBeLessThan(FAIL_FAST_MS);
    expect(failure.body).not.toMatch(/SELECT|INSERT|UPDATE |DELETE |relation|ECONNREFUSED|127\.0\.0\.1|stack/i);
  }
  expect(load.outcomes.slice(0, beforeOutage).every((outcome) => outcome.ok)).toBe(true);

  // Every acknowledged write exists exactly once, complete: the entry, its first revision and its
  // audit entry. Writes that failed either committed completely (the answer was lost) or left nothing.
  const acknowledged = load.acknowledged().map((outcome) => outcome.slug!);
  const rows: { slug: string; copies: number; revisions: number; audits: number }[] = await app.dataSource.query(
    `SELECT b.slug, count(*) OVER (PARTITION BY b.slug)::int AS copies,
       (SELECT count(*)::int FROM revision r WHERE r.entity_id = b.id) AS revisions,
       (SELECT count(*)::int FROM audit_log a WHERE a.entity_id = b.id AND a.outcome = 'SUCCESS') AS audits
     FROM brand b WHERE b.slug LIKE 'outage-%'`,
  );
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  for (const slug of acknowledged) expect(bySlug.get(slug)).toMatchObject({ copies: 1 });
  for (const row of rows) expect(row).toMatchObject({ copies: 1, revisions: 1, audits: 1 });
  const orphans = await app.dataSource.query(
    `SELECT count(*)::int AS count FROM revision r WHERE r.entity_type = 'Brand' AND NOT EXISTS (SELECT 1 FROM brand b WHERE b.id = r.entity_id)`,
  );
  expect(orphans[0].count).toBe(0);
  expect(acknowledged.length).toBeGreaterThanOrEqual(40);
});

it('start-up waits for a database that is not there yet, with backoff, and connects once it is', async () => {
  await postgres.stop();
  const warnings: Record<string, unknown>[] = [];
  const connecting = initializeWithRetry(
    () => createDataSource({ url: postgres.url, poolSize: 2, connectTimeoutMs: CONNECT_TIMEOUT_MS, statementTimeoutMs: STATEMENT_TIMEOUT_MS }),
    { timeoutMs: 60_000, logger: { warn: (details) => void warnings.push(details) } },
  );
  await waitFor(() => warnings.length >= 2, { ...OUTAGE_WAIT, what: 'two failed attempts' });
  await postgres.start();
  const dataSource = await connecting;
  try {
    expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(warnings[0]).toMatchObject({ attempt: 1, retryInMs: expect.any(Number) });
    expect(JSON.stringify(warnings)).not.toContain('postgres:postgres');
  } finally {
    await dataSource.destroy();
  }
  await waitFor(async () => (await readiness()) === 200, { ...OUTAGE_WAIT, what: 'the app to be ready again' });
});

it('start-up gives up after DB_STARTUP_TIMEOUT_MS with the connection error', async () => {
  await postgres.stop();
  try {
    const started = Date.now();
    await expect(
      initializeWithRetry(() => createDataSource({ url: postgres.url, poolSize: 1, connectTimeoutMs: 500, statementTimeoutMs: 1000 }), {
        timeoutMs: 1000,
        logger: { warn: () => undefined },
      }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
    expect(Date.now() - started).toBeLessThan(10_000);
  } finally {
    await postgres.start();
  }
});
