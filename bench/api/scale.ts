// `npm run bench -- --scale`: how storefront search, catalog pages and the regimen grow with the catalog.
// Builds (or reuses) 10,000- and 100,000-product databases with the bench's generator, starts one
// Dermaplan on each (production, response cache off, statement counts in a header), sends every
// request one at a time, sizes alternated round by round, and prints p50/p95 at both sizes with the
// growth factor, the matches and the statements per request; then the regimen's figures
// (scale-regimen.ts). The same tables go to docs/benchmarks/<date>-<cpu>-scale.md (-scale-regimen.md
// when only the regimen is measured).
//
// Building 100,000 products takes minutes, so the databases are kept (dermaplan_scale_<products>) and
// reused while the generator and the sizes are unchanged: a reused one gets the pending migrations,
// as a deployment would. Settings: BENCH_DATABASE_URL (otherwise an embedded PostgreSQL with its data
// in .data/bench/scale-postgres, kept), BENCH_SCALE_REBUILD=1 (build again), BENCH_ROUNDS (3),
// BENCH_SCALE_REQUESTS (requests per round, 20), BENCH_POOL_SIZE (10), BENCH_SCALE_PARTS (search,regimen),
// BENCH_SCALE_SCENARIOS (words: only the search and catalog scenarios whose name contains one, e.g. `products`),
// BENCH_SCALE_DATABASE_PREFIX (dermaplan_scale_: another prefix measures private copies of the databases),
// and for the regimen BENCH_REGIMEN_STARTS (3), BENCH_REGIMEN_WARM_PLANS (1000), BENCH_REGIMEN_REQUESTS
// (200) and BENCH_REGIMEN_WRITER_SECONDS (120).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { createBenchDatabase, DatasetSize } from './dataset';
import { measureRegimen, RegimenFigures, RegimenSettings, regimenTable } from './scale-regimen';
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
} from './harness';

const SIZES: DatasetSize[] = [
  { products: 10_000, articles: 500 },
  { products: 100_000, articles: 5_000 },
];

const NODE = `__typename ... on Product { slug name priceCents currency } ... on Article { slug title }
  ... on Treatment { slug name } ... on Topical { slug name } ... on ScarType { slug name }`;
const FACETS = `facets { types { type count } topicalCategories { category count } topicals { slug name count } scarTypes { slug name count }
  brands { slug name count } priceBands { band minPriceCents maxPriceCents count } inStock { inStock count } }`;
const searchQuery = (facets: boolean) =>
  `query Search($query: String!) { search(query: $query, first: 20) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor score node { ${NODE} } } ${facets ? FACETS : ''} } }`;
const PRODUCTS_QUERY = `query Products($filter: ProductFilter, $orderBy: ProductOrder) { products(first: 50, filter: $filter, orderBy: $orderBy) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id slug name priceCents currency inStock } } } }`;

interface Scenario {
  name: string;
  /** The goal on 100,000 products, p95 in ms. */
  goalP95: number;
  query: string;
  variables: Record<string, unknown>;
  totalOf(data: any): number;
}

const search = (label: string, query: string, facets: boolean): Scenario => ({
  name: `\`search(query: "${query}", first: 20)\` ${label}${facets ? ' with all facets' : ''}`,
  goalP95: facets ? 150 : 50,
  query: searchQuery(facets),
  variables: { query },
  totalOf: (data) => data.search.totalCount,
});

const SCENARIOS: Scenario[] = [
  search('broad word', 'vitamin', false),
  search('broad word', 'vitamin', true),
  search('prefix', 'pro', false),
  search('prefix', 'pro', true),
  search('typo', 'vitamn', false),
  search('typo', 'vitamn', true),
  {
    name: '`products(first: 50, filter: { topicalCategory: VITAMIN_C, inStock: true }, orderBy: PRICE)` with totalCount',
    goalP95: 30,
    query: PRODUCTS_QUERY,
    variables: { filter: { topicalCategory: 'VITAMIN_C', inStock: true }, orderBy: { field: 'PRICE' } },
    totalOf: (data) => data.products.totalCount,
  },
  {
    name: '`products(first: 50)` with totalCount',
    goalP95: 30,
    query: PRODUCTS_QUERY,
    variables: {},
    totalOf: (data) => data.products.totalCount,
  },
];

interface ScaleSettings {
  databaseUrl: string | null;
  rebuild: boolean;
  rounds: number;
  requestsPerRound: number;
  poolSize: number;
  databasePrefix: string;
  scenarios: Scenario[];
  search: boolean;
  regimen: RegimenSettings | null;
}

function readScaleSettings(env = process.env): ScaleSettings {
  const int = (name: string, fallback: number) => positiveInteger(env, name, fallback);
  const parts = (env.BENCH_SCALE_PARTS ?? 'search,regimen').split(',').map((part) => part.trim());
  const unknown = parts.filter((part) => part !== 'search' && part !== 'regimen');
  if (unknown.length > 0) throw new Error(`BENCH_SCALE_PARTS names unknown parts: ${unknown.join(', ')} (known: search, regimen)`);
  const words = (env.BENCH_SCALE_SCENARIOS ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word !== '');
  const scenarios = SCENARIOS.filter((scenario) => words.length === 0 || words.some((word) => scenario.name.includes(word)));
  if (scenarios.length === 0) throw new Error(`BENCH_SCALE_SCENARIOS matches no scenario: ${words.join(', ')}`);
  return {
    databaseUrl: env.BENCH_DATABASE_URL?.trim() || null,
    rebuild: env.BENCH_SCALE_REBUILD === '1',
    rounds: int('BENCH_ROUNDS', 3),
    requestsPerRound: int('BENCH_SCALE_REQUESTS', 20),
    poolSize: int('BENCH_POOL_SIZE', 10),
    databasePrefix: env.BENCH_SCALE_DATABASE_PREFIX?.trim() || 'dermaplan_scale_',
    scenarios,
    search: parts.includes('search'),
    regimen: parts.includes('regimen')
      ? {
          starts: int('BENCH_REGIMEN_STARTS', 3),
          warmPlans: int('BENCH_REGIMEN_WARM_PLANS', 1000),
          requests: int('BENCH_REGIMEN_REQUESTS', 200),
          writerSeconds: int('BENCH_REGIMEN_WRITER_SECONDS', 120),
          poolSize: int('BENCH_POOL_SIZE', 10),
        }
      : null,
  };
}

/** What the rows of a database depend on: the generator's code and the sizes (the schema is migrated instead). */
function datasetFingerprint(size: DatasetSize): string {
  const generator = fs.readFileSync(path.join(__dirname, 'dataset.js'));
  return `dermaplan-bench ${createHash('sha256').update(generator).update(JSON.stringify(size)).digest('hex').slice(0, 16)}`;
}

/** The database for `size`: reused when its fingerprint matches (migrated to the current schema), built otherwise. */
async function scaleDatabase(admin: Client, adminUrl: string, prefix: string, size: DatasetSize, rebuild: boolean): Promise<string> {
  const name = `${prefix}${size.products}`;
  const fingerprint = datasetFingerprint(size);
  const { rows } = await admin.query<{ comment: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [name],
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let changed: boolean;
  if (!rebuild && rows[0]?.comment === fingerprint) {
    const dataSource = createDataSource({ url: url.toString(), poolSize: 1, connectTimeoutMs: 10_000, statementTimeoutMs: 3_600_000 });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      log(`${name}: reused${applied.length > 0 ? `, migrations applied: ${applied.map((m) => m.name).join(', ')}` : ''}`);
      changed = applied.length > 0;
    } finally {
      await dataSource.destroy();
    }
  } else {
    const started = Date.now();
    log(`${name}: building ${size.products} products, ${size.articles} articles`);
    await createBenchDatabase(adminUrl, name, size);
    await admin.query(`COMMENT ON DATABASE "${name}" IS '${fingerprint}'`);
    log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    changed = true;
  }
  if (changed) {
    // As autovacuum would have by the time a catalog serves traffic: statistics, and the visibility map index-only scans need.
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    await client.query('VACUUM ANALYZE').finally(() => client.end());
  }
  return url.toString();
}

interface Cell {
  latencies: number[];
  total: number;
  statements: number;
  /** Why a request failed (the cell is measured no further): e.g. the statement timeout. */
  failure?: string;
}

async function timed(server: Server, body: string, scenario: Scenario): Promise<{ ms: number; total: number; statements: number }> {
  const started = performance.now();
  const response = await post(server.url, body);
  const ms = performance.now() - started;
  const data = checkGraphQL(`${server.name}: ${scenario.name}`, response).data;
  return { ms, total: scenario.totalOf(data), statements: Number(response.headers.get('x-sql-statement-count')) };
}

/** Search and catalog pages at every size, both servers up, sizes alternated round by round; the lines for the results file. */
async function measureSearch(settings: ScaleSettings, urls: string[], mainScript: string, cleanups: (() => Promise<void>)[]): Promise<string[]> {
  const servers: Server[] = [];
  for (const [index, size] of SIZES.entries()) {
    const server = await startServer(
      `Dermaplan (${size.products} products)`,
      mainScript,
      dermaplanServerEnv(urls[index], settings.poolSize, true),
      false,
    );
    cleanups.push(() => stopServer(server));
    servers.push(server);
  }

  const cells = new Map<string, Cell>();
  const cell = (scenario: number, size: number) => cells.get(`${scenario}|${size}`)!;
  for (const [s, scenario] of settings.scenarios.entries()) {
    const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
    for (const [z, server] of servers.entries()) {
      // Warm-up: the operation gets compiled and PostgreSQL's caches filled.
      try {
        let last = await timed(server, body, scenario);
        for (let i = 0; i < 4; i++) last = await timed(server, body, scenario);
        cells.set(`${s}|${z}`, { latencies: [], total: last.total, statements: last.statements });
      } catch (error) {
        const failure = (error instanceof Error ? error.message : String(error)).slice(0, 240);
        log(`${server.name}: ${scenario.name} fails, not measured: ${failure.slice(0, 300)}`);
        cells.set(`${s}|${z}`, { latencies: [], total: NaN, statements: NaN, failure });
      }
    }
  }
  for (let round = 0; round < settings.rounds; round++) {
    for (const [s, scenario] of settings.scenarios.entries()) {
      const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
      for (const [z, server] of servers.entries()) {
        const measured = cell(s, z);
        if (measured.failure) continue;
        try {
          for (let i = 0; i < settings.requestsPerRound; i++) {
            const { ms, statements } = await timed(server, body, scenario);
            measured.latencies.push(ms);
            measured.statements = Math.max(measured.statements, statements);
          }
        } catch (error) {
          measured.failure = (error instanceof Error ? error.message : String(error)).slice(0, 240);
          log(`${server.name}: ${scenario.name} failed after ${measured.latencies.length} requests, no longer measured: ${measured.failure}`);
        }
      }
    }
    log(`round ${round + 1}/${settings.rounds} done`);
  }

  const size = (n: number) => `${n / 1000}k`;
  const header = [
    'request',
    ...SIZES.map((z) => `${size(z.products)} p50 / p95 ms`),
    'growth p95',
    'matches',
    'SQL stmts/req',
    `goal: ${size(SIZES[1].products)} p95 ≤`,
  ];
  const rows = settings.scenarios.map((scenario, s) => {
    const at = SIZES.map((_, z) => {
      const sorted = [...cell(s, z).latencies].sort((a, b) => a - b);
      return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
    });
    const large = at[at.length - 1];
    return [
      scenario.name,
      ...at.map((p, z) => (cell(s, z).failure ? 'fails (see notes)' : `${p.p50.toFixed(1)} / ${p.p95.toFixed(1)}`)),
      `${(large.p95 / at[0].p95).toFixed(2)}×`,
      SIZES.map((_, z) => cell(s, z).total).join(' / '),
      SIZES.map((_, z) => cell(s, z).statements).join(' / '),
      `${scenario.goalP95} ms: ${large.p95 <= scenario.goalP95 ? 'met' : 'NOT met'}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`;
  const table = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const statementsEqual = settings.scenarios.every((_, s) => new Set(SIZES.map((__, z) => cell(s, z).statements)).size === 1);
  const failures = settings.scenarios.flatMap((scenario, s) =>
    SIZES.flatMap((size, z) => (cell(s, z).failure ? [`- ${scenario.name} at ${size.products} products failed: ${cell(s, z).failure}`] : [])),
  );
  const samples = settings.rounds * settings.requestsPerRound;
  const method =
    `${samples} sequential requests per cell (${settings.rounds} rounds of ${settings.requestsPerRound}, sizes alternated, after 5 warm-up requests); ` +
    `response cache off; pool ${settings.poolSize}; Node ${process.version}.`;
  console.log(`\n${method}\n`);
  for (const text of table) console.log(text);
  console.log(`\nStatements per request ${statementsEqual ? 'equal' : 'DIFFER'} at both sizes.`);
  for (const failure of failures) console.log(failure);
  // The regimen is measured after, one server at a time.
  for (const server of servers) await stopServer(server);
  return [
    `- Search settings: ${method}`,
    '',
    ...table,
    '',
    `Statements per request ${statementsEqual ? 'equal' : 'differ'} at both sizes.`,
    ...failures,
  ];
}

export async function runScaleBench(): Promise<void> {
  const settings = readScaleSettings();
  const started = Date.now();
  const cleanups: (() => Promise<void>)[] = [];
  try {
    let adminUrl = settings.databaseUrl;
    if (!adminUrl) {
      const embedded = await startEmbeddedPostgres({
        dataDir: path.join(ROOT, '.data', 'bench', 'scale-postgres'),
        port: await freePort(),
        databaseName: 'postgres',
      });
      cleanups.push(() => embedded.stop());
      adminUrl = embedded.url;
    }
    const admin = new Client({ connectionString: adminUrl, application_name: 'bench-admin' });
    await admin.connect();
    cleanups.push(() => admin.end());
    const urls: string[] = [];
    for (const size of SIZES) urls.push(await scaleDatabase(admin, adminUrl, settings.databasePrefix, size, settings.rebuild));

    const mainScript = path.join(ROOT, 'dist', 'src', 'main.js');
    const searchLines = settings.search ? await measureSearch(settings, urls, mainScript, cleanups) : [];
    const regimenFigures: RegimenFigures[] = [];
    if (settings.regimen) {
      for (const [index, size] of SIZES.entries()) regimenFigures.push(await measureRegimen(mainScript, size, urls[index], settings.regimen));
    }
    const regimenLines = settings.regimen ? regimenTable(SIZES, regimenFigures) : [];
    for (const text of regimenLines) console.log(text);
    const regimenMethod = settings.regimen
      ? `${settings.regimen.starts} fresh starts timed for the first plan; RSS after ${settings.regimen.warmPlans} varied plans; ` +
        `${settings.regimen.requests} sequential varied plans timed without, then with, a writer flipping one product's stock every 100 ms ` +
        `(its run stops after ${settings.regimen.writerSeconds} s); one server at a time; response cache off; pool ${settings.poolSize}.`
      : '';

    const { rows: version } = await admin.query<{ server_version: string }>('SHOW server_version');
    const postgres = `${version[0].server_version} (${settings.databaseUrl ? `BENCH_DATABASE_URL on ${new URL(settings.databaseUrl).hostname}` : 'embedded'})`;
    const runtime = (Date.now() - started) / 1000;
    const file = writeDatedResults(settings.search ? '-scale' : '-scale-regimen', (date, { model, cores }) => [
      `# Scale benchmark, ${date}: ${model}`,
      '',
      `- Machine: ${cores} CPUs, ${model}`,
      `- Node ${process.version}; PostgreSQL ${postgres}`,
      `- Commit: ${commit()}`,
      `- Command: \`${benchVariables()}npm run bench -- --scale\` (${runtime.toFixed(0)} s)`,
      `- Data: the bench's generator at ${SIZES.map((z) => `${z.products} products and ${z.articles} articles`).join(', and at ')}`,
      '',
      ...(settings.search ? ['## Search and catalog pages', '', ...searchLines, ''] : []),
      ...(settings.regimen ? ['## Regimen', '', `- Regimen settings: ${regimenMethod}`, '', ...regimenLines, ''] : []),
      '## Notes',
      '',
      '<!-- What limited what, and anything else running on the machine. -->',
      '',
    ]);
    console.log(`Results written to ${path.relative(ROOT, file)}.`);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  }
}
