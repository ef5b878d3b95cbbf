// `npm run bench`: Dermaplan against PostGraphile 5 and 4 and a bare node:http + pg handler, over loopback.
// Builds a 10,000-product database (and a 100-product one for statement counts) in a temporary
// embedded PostgreSQL (or under BENCH_DATABASE_URL), starts every server in production mode, checks
// that they return the same catalog data, then drives them with autocannon (no pipelining, warm-up
// before each measurement, the same connections for every target, targets alternated, median of
// the rounds), prints one table and writes it with the machine, commit and targets to a dated file in
// docs/benchmarks/. Settings: see BENCH_* in readSettings(). With --scale: search and catalog pages at
// 10,000 and 100,000 products instead (bench/api/scale.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { createBenchDatabase } from './api/dataset';
import {
  CATALOG_QUERY,
  normaliseDermaplan,
  normalisePostGraphile,
  postGraphileCatalogQuery,
  PostGraphileRowId,
  PRODUCT_QUERY,
  REGIMEN_QUERY,
  regimenVariables,
  TYPENAME_QUERY,
} from './api/queries';
import {
  benchVariables,
  checkGraphQL,
  commit,
  dermaplanServerEnv,
  freePort,
  log,
  percentile,
  positiveInteger,
  post,
  ROOT,
  Server,
  startServer,
  stopServer,
  writeDatedResults,
} from './api/harness';
import { runScaleBench } from './api/scale';

const LARGE = { products: 10_000, articles: 500 };
const SMALL = { products: 100, articles: 25 };

interface Settings {
  databaseUrl: string | null;
  durationSeconds: number;
  warmUpSeconds: number;
  rounds: number;
  connections: number;
  poolSize: number;
  profile: boolean;
}

/** The bench's only reader of the environment. */
function readSettings(env = process.env): Settings {
  const int = (name: string, fallback: number) => positiveInteger(env, name, fallback);
  return {
    databaseUrl: env.BENCH_DATABASE_URL?.trim() || null,
    durationSeconds: int('BENCH_DURATION_SECONDS', 10),
    warmUpSeconds: int('BENCH_WARMUP_SECONDS', 3),
    rounds: int('BENCH_ROUNDS', 3),
    connections: int('BENCH_CONNECTIONS', 16),
    poolSize: int('BENCH_POOL_SIZE', 10),
    // Writes a V8 CPU profile of Dermaplan's server to .data/bench/profiles (node --cpu-prof).
    profile: env.BENCH_PROFILE === '1',
  };
}

/**
 * The peers, each installed apart with its own lockfile in bench/<folder>; the first is the one the
 * catalog target is set against.
 */
const PEERS = [
  { target: 'postgraphile5', name: 'PostGraphile 5', folder: 'postgraphile5', rowId: 'rowId' },
  { target: 'postgraphile4', name: 'PostGraphile 4', folder: 'postgraphile', rowId: 'id' },
] as const satisfies readonly { target: string; name: string; folder: string; rowId: PostGraphileRowId }[];
type PeerName = (typeof PEERS)[number]['target'];
const TARGET_PEER = PEERS[0];

/** `dermaplan-cached`: the same server with its anonymous response cache on (catalog only). */
type TargetName = 'dermaplan' | 'dermaplan-cached' | PeerName | 'bare';

interface Request {
  body: string;
}

interface Measurement {
  scenario: string;
  target: TargetName;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  cpuMsPerRequest: number;
  /** CPU time of the database's PostgreSQL backends per request (NaN when they are not on this machine). */
  postgresCpuMsPerRequest: number;
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return os.cpus().length >= 2;
  } catch {
    return false;
  }
}

function ensurePeersInstalled(): void {
  for (const peer of PEERS) {
    const folder = path.join(ROOT, 'bench', peer.folder);
    if (fs.existsSync(path.join(folder, 'node_modules', 'postgraphile', 'package.json'))) continue;
    log(`installing ${peer.name} into bench/${peer.folder} (npm ci)`);
    execFileSync('npm', ['ci', '--prefix', folder, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  }
}

/** User + system CPU time of a process so far, in ms (Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/**
 * CPU time so far of each PostgreSQL backend connected to `database`, by pid: only when PostgreSQL
 * runs on this machine (embedded, or BENCH_DATABASE_URL on loopback), where its pids are ours to
 * read. Null when a pid is not a postgres process here (PostgreSQL in a container): unknown.
 */
function postgresBackendsCpu(admin: Client, database: string): () => Promise<Map<number, number> | null> {
  return async () => {
    const { rows } = await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'`, [
      database,
    ]);
    const cpu = new Map<number, number>();
    for (const { pid } of rows) {
      if (!processName(pid).startsWith('postgres')) return null;
      const ms = cpuMs(pid);
      // A backend that exited since the list was read counts as nothing.
      if (Number.isFinite(ms)) cpu.set(pid, ms);
    }
    return cpu;
  };
}

function processName(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

function isLocalDatabase(url: string | null): boolean {
  if (url === null) return true;
  const host = new URL(url).hostname;
  return host === '' || host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

async function load(server: Server, request: Request, connections: number, seconds: number, record: boolean) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body,
        connections,
        pipelining: 1,
        duration: seconds,
      },
      (error: Error | null, finished) => (error ? reject(error) : resolve(finished)),
    );
    // autocannon's own histogram has 1 ms resolution; keep every latency instead.
    if (record) instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { result, latencies };
}

async function measure(
  scenario: string,
  target: TargetName,
  server: Server,
  request: Request,
  connections: number,
  settings: Settings,
  postgresCpu: (() => Promise<Map<number, number> | null>) | null,
): Promise<Measurement> {
  await load(server, request, connections, settings.warmUpSeconds, false);
  const postgresBefore = await postgresCpu?.();
  const cpuBefore = cpuMs(server.process.pid!);
  const { result, latencies } = await load(server, request, connections, settings.durationSeconds, true);
  const cpu = cpuMs(server.process.pid!) - cpuBefore;
  // Backends that connected during the run count from zero; the pools keep theirs open throughout.
  const postgresAfter = postgresBefore ? await postgresCpu!() : null;
  let postgres = NaN;
  if (postgresBefore && postgresAfter) {
    postgres = 0;
    for (const [pid, ms] of postgresAfter) postgres += ms - (postgresBefore.get(pid) ?? 0);
  }
  const completed = latencies.length;
  return {
    scenario,
    target,
    connections,
    requestsPerSecond: completed / result.duration,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMsPerRequest: cpu / completed,
    postgresCpuMsPerRequest: postgres / completed,
  };
}

/** Statements per request on the server's database, from pg_stat_statements (BEGIN/COMMIT/set_config excluded). */
async function statementsPerRequest(admin: Client | null, database: string, server: Server, request: Request, times = 20): Promise<number | null> {
  if (!admin) return null;
  await admin.query('SELECT pg_stat_statements_reset()');
  for (let i = 0; i < times; i++) await post(server.url, request.body);
  const { rows } = await admin.query(
    `SELECT coalesce(sum(s.calls), 0)::int AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = $1 AND s.query !~* '^\\s*(begin|commit|rollback|start transaction)' AND s.query !~* 'set_config'`,
    [database],
  );
  return rows[0].calls / times;
}

async function headerCount(server: Server, request: Request): Promise<number> {
  const response = await post(server.url, request.body);
  return Number(response.headers.get('x-sql-statement-count'));
}

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const settings = readSettings();
  const started = Date.now();
  const pin = hasTaskset();
  if (pin) execFileSync('taskset', ['-cp', '0', String(process.pid)], { stdio: 'ignore' });
  ensurePeersInstalled();

  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
    cleanups.length = 0;
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  try {
    let adminUrl = settings.databaseUrl;
    if (!adminUrl) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dermaplan-bench-pg-'));
      fs.chmodSync(dataDir, 0o777);
      const options = { dataDir: path.join(dataDir, 'data'), port: await freePort(), databaseName: 'postgres' };
      let embedded = await startEmbeddedPostgres(options);
      // pg_stat_statements counts the statements of every server alike.
      const setup = new Client({ connectionString: embedded.url });
      await setup.connect();
      await setup.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
      await setup.end();
      await embedded.stop();
      embedded = await startEmbeddedPostgres(options);
      cleanups.push(async () => {
        await embedded.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      });
      adminUrl = embedded.url;
      log(`embedded PostgreSQL in ${dataDir}`);
    }
    const admin = new Client({ connectionString: adminUrl, application_name: 'bench-admin' });
    await admin.connect();
    cleanups.push(() => admin.end());
    const counting = await admin
      .query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
      .then(() => admin.query('SELECT pg_stat_statements_reset()'))
      .then(
        () => admin,
        () => null,
      );
    if (!counting) log('pg_stat_statements unavailable: statement counts of the peers are not shown');

    log(`creating the ${LARGE.products}-product and ${SMALL.products}-product databases`);
    const largeName = 'dermaplan_bench_10k';
    const smallName = 'dermaplan_bench_100';
    const largeUrl = await createBenchDatabase(adminUrl, largeName, LARGE);
    const smallUrl = await createBenchDatabase(adminUrl, smallName, SMALL);
    cleanups.push(async () => {
      if (settings.databaseUrl) await admin.query(`DROP DATABASE IF EXISTS ${largeName} WITH (FORCE)`);
      if (settings.databaseUrl) await admin.query(`DROP DATABASE IF EXISTS ${smallName} WITH (FORCE)`);
    });
    log(`databases ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);

    const pool = String(settings.poolSize);
    const profileDir = path.join(ROOT, '.data', 'bench', 'profiles');
    // Measured without x-sql-statement-count (its AsyncLocalStorage scope costs CPU); counted by separate instances.
    const dermaplanEnv = (databaseUrl: string, countStatements = false) => dermaplanServerEnv(databaseUrl, settings.poolSize, countStatements);
    const mainScript = path.join(ROOT, 'dist', 'src', 'main.js');
    const track = (server: Server) => {
      cleanups.push(() => stopServer(server));
      return server;
    };
    const peerServers = {} as Record<PeerName, Server>;
    // Every server runs on this Node (process.execPath): the pinned one when started by npm run bench.
    for (const peer of PEERS) {
      const script = path.join(ROOT, 'bench', peer.folder, 'server.js');
      peerServers[peer.target] = track(await startServer(peer.name, script, { DATABASE_URL: largeUrl, DB_POOL_SIZE: pool }, pin));
    }
    const servers: Record<TargetName, Server> = {
      ...peerServers,
      dermaplan: track(
        await startServer(
          'Dermaplan',
          mainScript,
          dermaplanEnv(largeUrl),
          pin,
          settings.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
        ),
      ),
      'dermaplan-cached': track(
        await startServer('Dermaplan (response cache)', mainScript, { ...dermaplanEnv(largeUrl), RESPONSE_CACHE_ENABLED: 'true' }, pin),
      ),
      bare: track(
        await startServer('bare handler', path.join(__dirname, 'api', 'bare-server.js'), { DATABASE_URL: largeUrl, DB_POOL_SIZE: pool }, pin),
      ),
    };

    const productSlug = 'bench-product-5000';
    const peerCatalogs = Object.fromEntries(
      PEERS.map((peer) => [peer.target, { body: JSON.stringify({ query: postGraphileCatalogQuery(peer.rowId) }) }]),
    ) as Record<PeerName, Request>;
    const requests = {
      catalog: { body: JSON.stringify({ query: CATALOG_QUERY }) },
      product: { body: JSON.stringify({ query: PRODUCT_QUERY, variables: { slug: productSlug } }) },
      regimen: { body: JSON.stringify({ query: REGIMEN_QUERY, variables: regimenVariables(new Date()) }) },
      typename: { body: JSON.stringify({ query: TYPENAME_QUERY }) },
    };

    // Same data before timing: every peer's catalog, normalised, equals Dermaplan's.
    const bytes: Record<string, number> = {};
    const ours = await post(servers.dermaplan.url, requests.catalog.body);
    const expected = normaliseDermaplan(checkGraphQL('Dermaplan', ours));
    for (const peer of PEERS) {
      const theirs = await post(servers[peer.target].url, peerCatalogs[peer.target].body);
      if (!isDeepStrictEqual(normalisePostGraphile(checkGraphQL(peer.name, theirs), peer.rowId), expected))
        throw new Error(`${peer.name} returned other catalog data`);
      bytes[`catalog/${peer.target}`] = theirs.bytes;
    }
    const bare = await post(servers.bare.url, requests.catalog.body);
    const cached = await post(servers['dermaplan-cached'].url, requests.catalog.body);
    if (!isDeepStrictEqual(normaliseDermaplan(checkGraphQL('Dermaplan (response cache)', cached)), expected))
      throw new Error('the cached Dermaplan returned other catalog data');
    if (!isDeepStrictEqual(normaliseDermaplan(checkGraphQL('bare handler', bare)), expected))
      throw new Error('the bare handler returned other catalog data');
    if (expected.products.length !== 50 || expected.articles.length !== 20) throw new Error('the catalog page is not full');
    Object.assign(bytes, {
      'catalog/dermaplan': ours.bytes,
      'catalog/dermaplan-cached': cached.bytes,
      'catalog/bare': bare.bytes,
    });
    for (const scenario of ['product', 'regimen', 'typename'] as const) {
      const response = await post(servers.dermaplan.url, requests[scenario].body);
      const body = checkGraphQL(`Dermaplan (${scenario})`, response);
      if (scenario === 'product' && body.data.product?.slug !== productSlug) throw new Error('the product scenario found no product');
      if (scenario === 'regimen' && body.data.recommendRegimen.days.length !== 28) throw new Error('the regimen scenario has no 28-day plan');
      bytes[`${scenario}/dermaplan`] = response.bytes;
    }
    log('all servers return the same catalog data (50 products, 20 articles)');

    // Statements per request: Dermaplan on both data sets (header and pg_stat_statements), peers on 10k.
    const counts: Record<string, string> = {};
    const counter10k = await startServer('Dermaplan (counting, 10,000 products)', mainScript, dermaplanEnv(largeUrl, true), pin);
    const counter100 = await startServer('Dermaplan (counting, 100 products)', mainScript, dermaplanEnv(smallUrl, true), pin);
    for (const scenario of ['catalog', 'product', 'regimen', 'typename'] as const) {
      const request = requests[scenario];
      const request100 =
        scenario === 'product' ? { body: JSON.stringify({ query: PRODUCT_QUERY, variables: { slug: 'bench-product-40' } }) } : request;
      await post(counter10k.url, request.body); // fills the knowledge snapshot
      await post(counter100.url, request100.body);
      const large = await headerCount(counter10k, request);
      const hundred = await headerCount(counter100, request100);
      const viaPg = await statementsPerRequest(counting, largeName, servers.dermaplan, request);
      counts[`${scenario}/dermaplan`] =
        `${large} (10k) / ${hundred} (100)${large === hundred ? '' : ' DIFFER'}${viaPg === null ? '' : `; pg: ${viaPg}`}`;
    }
    await stopServer(counter10k);
    await stopServer(counter100);
    for (const peer of PEERS)
      counts[`catalog/${peer.target}`] = String(
        (await statementsPerRequest(counting, largeName, servers[peer.target], peerCatalogs[peer.target])) ?? 'n/a',
      );
    counts['catalog/bare'] = String((await statementsPerRequest(counting, largeName, servers.bare, requests.catalog)) ?? 'n/a');
    // Hits run no statement; the first request after the reset may be a miss.
    counts['catalog/dermaplan-cached'] = String(
      (await statementsPerRequest(counting, largeName, servers['dermaplan-cached'], requests.catalog)) ?? 'n/a',
    );

    // Warm every server's JIT once, then alternate the targets round by round.
    const plan: { scenario: string; target: TargetName; request: Request; connections: number }[] = [];
    const c = settings.connections;
    const catalogRuns: { scenario: string; target: TargetName; request: Request; connections: number }[] = [
      { scenario: 'catalog', target: 'dermaplan', request: requests.catalog, connections: c },
      { scenario: 'catalog', target: 'dermaplan-cached', request: requests.catalog, connections: c },
      ...PEERS.map((peer) => ({ scenario: 'catalog', target: peer.target, request: peerCatalogs[peer.target], connections: c })),
      { scenario: 'catalog', target: 'bare', request: requests.catalog, connections: c },
    ];
    const ownRuns = [
      { scenario: 'product', target: 'dermaplan' as const, request: requests.product, connections: c },
      { scenario: 'regimen', target: 'dermaplan' as const, request: requests.regimen, connections: c },
      { scenario: 'typename', target: 'dermaplan' as const, request: requests.typename, connections: c },
      { scenario: 'regimen', target: 'dermaplan' as const, request: requests.regimen, connections: 1 },
      { scenario: 'typename', target: 'dermaplan' as const, request: requests.typename, connections: 1 },
    ];
    for (const run of [...catalogRuns, ...ownRuns]) await load(servers[run.target], run.request, run.connections, 2, false);
    const postgresCpu = isLocalDatabase(settings.databaseUrl) ? postgresBackendsCpu(admin, largeName) : null;
    const results: Measurement[] = [];
    for (let round = 0; round < settings.rounds; round++) {
      const rotate = <T>(list: T[]) => [...list.slice(round % list.length), ...list.slice(0, round % list.length)];
      plan.length = 0;
      plan.push(...rotate(catalogRuns), ...rotate(ownRuns));
      for (const run of plan) {
        const m = await measure(run.scenario, run.target, servers[run.target], run.request, run.connections, settings, postgresCpu);
        results.push(m);
        log(
          `round ${round + 1}/${settings.rounds} ${run.scenario} ${run.target} c=${run.connections}: ${m.requestsPerSecond.toFixed(0)} req/s, ` +
            `p50 ${m.p50.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms`,
        );
      }
    }

    const summary = summarise(results);
    const runReport = report(summary, bytes, counts, settings, pin);
    printReport(runReport);
    const runtime = (Date.now() - started) / 1000;
    console.log(`\nTotal bench time: ${runtime.toFixed(0)} s.`);
    fs.mkdirSync(path.join(ROOT, '.data', 'bench'), { recursive: true });
    fs.writeFileSync(
      path.join(ROOT, '.data', 'bench', 'last-run.json'),
      JSON.stringify(
        { date: new Date().toISOString(), settings: { ...settings, databaseUrl: undefined }, pinned: pin, results, summary, bytes, counts, runtime },
        null,
        2,
      ),
    );
    const { rows } = await admin.query<{ server_version: string }>('SHOW server_version');
    const postgres = `${rows[0].server_version} (${settings.databaseUrl ? `BENCH_DATABASE_URL on ${new URL(settings.databaseUrl).hostname}` : 'embedded'})`;
    console.log(`Results written to ${path.relative(ROOT, writeResultsFile(runReport, postgres, runtime))}.`);
  } finally {
    await cleanUp();
  }
}

type Summary = Map<string, Omit<Measurement, 'scenario' | 'target' | 'connections'> & { scenario: string; target: TargetName; connections: number }>;

function summarise(results: Measurement[]): Summary {
  const summary: Summary = new Map();
  const keys = [...new Set(results.map((m) => `${m.scenario}|${m.target}|${m.connections}`))];
  for (const key of keys) {
    const runs = results.filter((m) => `${m.scenario}|${m.target}|${m.connections}` === key);
    const pick = (f: (m: Measurement) => number) => median(runs.map(f));
    summary.set(key, {
      scenario: runs[0].scenario,
      target: runs[0].target,
      connections: runs[0].connections,
      requestsPerSecond: pick((m) => m.requestsPerSecond),
      p50: pick((m) => m.p50),
      p99: pick((m) => m.p99),
      non2xx: runs.reduce((sum, m) => sum + m.non2xx, 0),
      errors: runs.reduce((sum, m) => sum + m.errors, 0),
      cpuMsPerRequest: pick((m) => m.cpuMsPerRequest),
      postgresCpuMsPerRequest: pick((m) => m.postgresCpuMsPerRequest),
    });
  }
  return summary;
}

/** What a run found, as printed and as written to docs/benchmarks/ (the same lines in both). */
interface Report {
  /** How it was measured, in one sentence. */
  method: string;
  /** A Markdown table, one line per string. */
  table: string[];
  /** met null: shown for reference, not a target. */
  targets: { name: string; value: string; met: boolean | null }[];
  cache: string;
}

/** The targets are described in docs/benchmarks/README.md. */
const CATALOG_VS_PEER_TARGET = 1.2;

function report(summary: Summary, bytes: Record<string, number>, counts: Record<string, string>, settings: Settings, pinned: boolean): Report {
  const c = settings.connections;
  const get = (scenario: string, target: TargetName, connections = c) => summary.get(`${scenario}|${target}|${connections}`)!;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const header = [
    'scenario',
    'server',
    'conns',
    'req/s',
    'p50 ms',
    'p99 ms',
    'non-2xx/err',
    'bytes/resp',
    'CPU ms/req',
    'PostgreSQL CPU ms/req',
    'SQL stmts/req',
    ...PEERS.map((peer) => `vs ${peer.name}`),
    'vs bare',
  ];
  const rows: string[][] = [];
  for (const m of summary.values()) {
    const vs = (peer: TargetName) => {
      if (m.scenario !== 'catalog' || m.target !== 'dermaplan') return '';
      const p = get('catalog', peer);
      return `req/s ${ratio(m.requestsPerSecond, p.requestsPerSecond)}, p99 ${ratio(m.p99, p.p99)}`;
    };
    rows.push([
      m.scenario,
      m.target,
      String(m.connections),
      m.requestsPerSecond.toFixed(0),
      m.p50.toFixed(2),
      m.p99.toFixed(2),
      `${m.non2xx}/${m.errors}`,
      String(bytes[`${m.scenario}/${m.target}`] ?? ''),
      m.cpuMsPerRequest.toFixed(2),
      Number.isNaN(m.postgresCpuMsPerRequest) ? 'n/a' : m.postgresCpuMsPerRequest.toFixed(2),
      counts[`${m.scenario}/${m.target}`] ?? '',
      ...PEERS.map((peer) => vs(peer.target)),
      vs('bare'),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;

  const ours = get('catalog', 'dermaplan');
  const vsTargetPeer = ours.requestsPerSecond / get('catalog', TARGET_PEER.target).requestsPerSecond;
  const statementsEqual = Object.entries(counts).every(([key, value]) => !key.endsWith('/dermaplan') || !value.includes('DIFFER'));
  const regimen = get('regimen', 'dermaplan', 1);
  const typename = get('typename', 'dermaplan', 1);
  const cachedCatalog = get('catalog', 'dermaplan-cached');
  return {
    method:
      `Median of ${settings.rounds} alternated rounds; ${settings.warmUpSeconds} s warm-up + ${settings.durationSeconds} s per measurement; ` +
      `autocannon, no pipelining; pool ${settings.poolSize}; ${pinned ? 'servers on CPU 1, PostgreSQL and load generator on CPU 0' : 'no CPU pinning'}; ` +
      `${os.cpus().length}× ${os.cpus()[0]?.model.trim()}, Node ${process.version}.`,
    table: [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)],
    targets: [
      {
        name: `catalog req/s ≥ ${CATALOG_VS_PEER_TARGET}× ${TARGET_PEER.name}`,
        value: `${vsTargetPeer.toFixed(2)}×`,
        met: vsTargetPeer >= CATALOG_VS_PEER_TARGET,
      },
      ...PEERS.slice(1).map((peer) => ({
        name: `catalog req/s against ${peer.name}`,
        value: ratio(ours.requestsPerSecond, get('catalog', peer.target).requestsPerSecond),
        met: null,
      })),
      { name: 'statements per request equal at 10,000 and 100 products', value: statementsEqual ? 'equal' : 'differ', met: statementsEqual },
      { name: 'catalog req/s against the bare handler', value: ratio(ours.requestsPerSecond, get('catalog', 'bare').requestsPerSecond), met: null },
      {
        name: 'regimen p99 against { __typename } p99, one connection (a retired target)',
        value: `${ratio(regimen.p99, typename.p99)} (${regimen.p99.toFixed(2)} against ${typename.p99.toFixed(2)} ms)`,
        met: null,
      },
    ],
    cache:
      `Response cache (anonymous catalog, every request a hit): ${ratio(cachedCatalog.requestsPerSecond, ours.requestsPerSecond)} the req/s ` +
      `and ${ratio(cachedCatalog.cpuMsPerRequest, ours.cpuMsPerRequest)} the CPU per request of the uncached server.`,
  };
}

function targetLine(target: Report['targets'][number]): string {
  return `${target.name}: ${target.value} — ${target.met === null ? 'for reference' : target.met ? 'met' : 'NOT met'}`;
}

function printReport(run: Report): void {
  console.log(`\n${run.method}\n`);
  for (const line of run.table) console.log(line);
  console.log('\nTargets:');
  for (const target of run.targets) console.log(`  ${targetLine(target)}`);
  console.log(run.cache);
}

/** Writes docs/benchmarks/<date>-<cpu>.md and returns its path. */
function writeResultsFile(run: Report, postgres: string, runtimeSeconds: number): string {
  return writeDatedResults('', (date, { model, cores }) => [
    `# Benchmark, ${date}: ${model}`,
    '',
    `- Machine: ${cores} CPUs, ${model}`,
    `- Node ${process.version}; PostgreSQL ${postgres}`,
    `- Commit: ${commit()}`,
    `- Command: \`${benchVariables()}npm run bench\` (${runtimeSeconds.toFixed(0)} s)`,
    `- Settings: ${run.method}`,
    '',
    '## Results',
    '',
    ...run.table,
    '',
    '## Targets',
    '',
    ...run.targets.map((target) => `- ${targetLine(target)}`),
    '',
    run.cache,
    '',
    '## Notes',
    '',
    '<!-- What limited what, and anything else running on the machine. -->',
    '',
  ]);
}

(process.argv.includes('--scale') ? runScaleBench() : main()).catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
