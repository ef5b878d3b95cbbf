// SIGTERM / SIGINT on the real entry point (src/main.ts in a child process): readiness fails first,
// requests in flight finish, no request the server accepted fails, the pool closes and an embedded
// PostgreSQL stops cleanly.
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Client } from 'pg';
import { adminQuery, adminUrl } from '../support/admin-database';
import { freePort, ROOT, temporaryDataFolder, TS_REGISTER } from '../support/own-postgres';
import { databaseUrl, TEMPLATE_DATABASE } from '../support/test-database';
import { waitFor } from '../support/waiting';

jest.setTimeout(180_000);

const ADMIN = { email: 'drain-admin@example.test', password: 'a long admin passphrase' };

interface Server {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `node src/main.ts` (sources transpiled on load) and waits until it listens. */
async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', TS_REGISTER, path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: 'shutdown test secret, at least 32 bytes long',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOAD_REFERENCE_DATA: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  while (!output.includes('ready at')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, port, output: () => output, exited };
}

interface Answer {
  status: number | null;
  body: string;
  error?: string;
  finishedAt: number;
}

/** One request on a connection of its own (no keep-alive), so "refused" and "accepted" are clear. */
function post(port: number, payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const body = JSON.stringify(payload);
    const request = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += String(chunk)));
        response.on('end', () => resolve({ status: response.statusCode ?? null, body: text, finishedAt: Date.now() }));
        response.on('error', (error) =>
          resolve({
            status: response.statusCode ?? null,
            body: text,
            error: (error as NodeJS.ErrnoException).code ?? String(error),
            finishedAt: Date.now(),
          }),
        );
      },
    );
    request.on('error', (error) =>
      resolve({ status: null, body: '', error: (error as NodeJS.ErrnoException).code ?? String(error), finishedAt: Date.now() }),
    );
    request.end(body);
  });
}

function get(port: number, route: string): Promise<number | string> {
  return new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: route, agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', (error) => resolve((error as NodeJS.ErrnoException).code ?? 'error'));
  });
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CREATE_BRAND = `mutation($input: BrandInput!) { createBrand(input: $input) { id } }`;

it('SIGTERM under load: readiness fails first, then every request the server accepted completes', async () => {
  const database = `dermaplan_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
  const url = databaseUrl(adminUrl(), database);
  try {
    // Logins count as failures until they succeed, so logins cut off by the shutdown would
    // otherwise trip the login throttle; this test is about draining, not throttling.
    const server = await startServer({ DATABASE_URL: url, SHUTDOWN_DELAY_MS: '500', SHUTDOWN_GRACE_MS: '10000', LOGIN_MAX_FAILURES: '1000' });
    const signedIn = await post(server.port, { query: LOGIN, variables: { input: ADMIN } });
    const token = JSON.parse(signedIn.body).data.login.accessToken as string;

    // Writes (createBrand), slow requests (login: an Argon2id hash) and reads, until refused.
    const answers: { kind: string; slug?: string; answer: Answer }[] = [];
    let sequence = 0;
    let signalledAt = Number.POSITIVE_INFINITY;
    const worker = async (index: number) => {
      for (let n = index; ; n += 1) {
        const kind = ['write', 'login', 'read'][n % 3];
        const slug = kind === 'write' ? `drain-${(sequence += 1)}` : undefined;
        const answer =
          kind === 'write'
            ? await post(
                server.port,
                { query: CREATE_BRAND, variables: { input: { slug, name: slug, description: 'During shutdown.' } } },
                { authorization: `Bearer ${token}` },
              )
            : kind === 'login'
              ? await post(server.port, { query: LOGIN, variables: { input: ADMIN } })
              : await post(server.port, { query: '{ brands { slug } }' });
        answers.push({ kind, slug, answer });
        if (answer.status === null && answer.finishedAt > signalledAt) return;
        if (Date.now() > signalledAt + 60_000) return;
      }
    };
    const workers = Array.from({ length: 9 }, (_, index) => worker(index));
    await waitFor(() => answers.length >= 30, { timeoutMs: 60_000, what: '30 answers before the signal' });

    signalledAt = Date.now();
    server.child.kill('SIGTERM');
    // Within SHUTDOWN_DELAY_MS the server still serves, but says it is not ready.
    const readiness: (number | string)[] = [];
    while (readiness.length < 200) {
      const status = await get(server.port, '/readyz');
      readiness.push(status);
      if (status !== 200) break;
    }
    const code = await server.exited;
    await Promise.all(workers);

    expect(code).toBe(0);
    expect(server.output()).toContain('Stopped cleanly');
    expect(readiness.find((status) => status !== 200)).toBe(503);

    const responses = answers.filter(({ answer }) => answer.status !== null);
    for (const { answer } of responses) {
      expect(answer.error).toBeUndefined();
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).errors).toBeUndefined();
    }
    // Requests were still being answered after the signal: those in flight (and those accepted during the delay) finished.
    expect(responses.filter(({ answer }) => answer.finishedAt > signalledAt).length).toBeGreaterThan(0);
    // No answer means the connection was refused before the server accepted it: nothing happened.
    const unanswered = answers.filter(({ answer }) => answer.status === null);
    expect(unanswered.length).toBeGreaterThan(0);
    for (const { answer } of unanswered) expect(['ECONNREFUSED', 'ECONNRESET']).toContain(answer.error);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      // A reset connection leaves the outcome unknown to the client: rarely (seen once in many
      // runs) a write whose connection was reset during the drain had committed. Such a write must
      // at least be whole: its brand, its CREATE revision and its successful audit entry.
      const unansweredWrites = unanswered.filter(({ kind }) => kind === 'write').map(({ slug }) => slug);
      const written = await client.query(
        `SELECT b.slug,
                (SELECT count(*)::int FROM revision r WHERE r.entity_id = b.id AND r.action = 'CREATE') AS revisions,
                (SELECT count(*)::int FROM audit_log a WHERE a.entity_id = b.id AND a.outcome = 'SUCCESS') AS audited
         FROM brand b WHERE b.slug = ANY($1)`,
        [unansweredWrites],
      );
      for (const row of written.rows) expect(row).toEqual({ slug: row.slug, revisions: 1, audited: 1 });
      const acknowledged = responses.filter(({ kind }) => kind === 'write').map(({ slug }) => slug);
      const stored = await client.query('SELECT count(*)::int AS count FROM brand WHERE slug = ANY($1)', [acknowledged]);
      expect(stored.rows[0].count).toBe(acknowledged.length);
      // The pool was closed: no connection of the server is left.
      const left = await client.query(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1 AND application_name = 'dermaplan'`, [
        database,
      ]);
      expect(left.rows[0].count).toBe(0);
    } finally {
      await client.end();
    }
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
});

it('SIGINT with the embedded PostgreSQL: the server and the database stop cleanly', async () => {
  const folder = temporaryDataFolder('dermaplan-shutdown-');
  const dataDir = path.join(folder, 'postgres');
  try {
    const server = await startServer({ EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) });
    expect(await get(server.port, '/readyz')).toBe(200);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('Stopped cleanly');
    // PostgreSQL removes its lock file only on a clean shutdown.
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
