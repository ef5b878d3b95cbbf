// The regimen part of `npm run bench -- --scale` (issue 18): on each size's database, the first plan
// after a fresh start, the server's RSS after 1,000 varied plans, and plan latency (p50/p95/p99)
// without and with a writer flipping one product's stock every 100 ms. Each size gets its own
// server, started alone, so the sizes do not share the machine while measured. The load average
// is printed with each figure: other work on the machine moves them.
import os from 'node:os';
import fs from 'node:fs';
import { Client } from 'pg';
import { DatasetSize } from './dataset';
import { checkGraphQL, dermaplanServerEnv, log, percentile, post, Server, startServer, stopServer } from './harness';

const REGIMEN_QUERY = `query Regimen($input: RegimenInput!) { recommendRegimen(input: $input) {
  eligibility warnings { code severity message }
  holds { topical { slug } from until reason }
  days { date daysSinceSession am { topical { slug } products { slug name priceCents } why } pm { topical { slug } products { slug name priceCents } why }
    avoid { activity level reason } }
  conflicts { a { slug } b { slug } severity }
  provenance { knowledgeRevision rules { code version } } } }`;

const TREATMENTS = ['home-dermaroller', 'professional-microneedling', 'rf-microneedling', 'home-derma-pen'];
const TOPICAL_SETS = [
  [],
  ['tretinoin'],
  ['vitamin-c', 'niacinamide'],
  ['glycolic-acid', 'retinol'],
  ['hyaluronic-acid', 'mineral-sunscreen'],
  ['azelaic-acid'],
];
const SCAR_TYPES = [['rolling'], ['ice-pick', 'boxcar'], [], ['rolling', 'boxcar']];

export interface RegimenSettings {
  /** Fresh starts timed for the first plan. */
  starts: number;
  /** Varied plans before RSS is read. */
  warmPlans: number;
  /** Plans timed without, then with, the writer. */
  requests: number;
  /** The writer's run stops after this long even when fewer plans were timed (a plan that waits seconds for a rebuild). */
  writerSeconds: number;
  poolSize: number;
}

export interface RegimenFigures {
  firstPlanMs: number[];
  rssMb: number;
  quiet: Latencies;
  writer: Latencies;
  writes: number;
  statements: number;
  load: string[];
}

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

/** Varied plan requests over this database's products and brands: sessions, depths, devices, scar types, topicals and products in use, filters. */
async function variedRequests(databaseUrl: string): Promise<{ inputs: Record<string, unknown>[]; flippable: string[] }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const products = (
      await client.query<{ slug: string; id: string }>(`SELECT slug, id FROM product WHERE status = 'PUBLISHED' ORDER BY slug COLLATE "C"`)
    ).rows;
    const brands = (await client.query<{ slug: string }>(`SELECT slug FROM brand WHERE status = 'PUBLISHED' ORDER BY slug COLLATE "C"`)).rows.map(
      (b) => b.slug,
    );
    const product = (i: number) => products[(i * 7919) % products.length].slug;
    const inputs = Array.from({ length: 60 }, (_, i) => {
      const filters = [null, { inStockOnly: true }, { currency: 'USD' }, { maxPriceCents: 2500 }, { brands: [brands[i % brands.length]] }];
      const filter = filters[i % filters.length];
      return {
        lastSession: {
          treatment: TREATMENTS[i % TREATMENTS.length],
          performedAt: new Date(Date.now() - (1 + (i % 20)) * 86_400_000).toISOString(),
          needleDepthMm: [0.25, 0.5, 1.0, 1.5][i % 4],
        },
        scarTypes: SCAR_TYPES[i % SCAR_TYPES.length],
        fitzpatrickType: 1 + (i % 6),
        currentTopicals: TOPICAL_SETS[i % TOPICAL_SETS.length],
        currentProducts: i % 3 === 0 ? [product(i)] : [],
        days: [28, 14, 7][i % 3],
        timeZone: 'UTC',
        ...(filter ? { productFilter: filter } : {}),
      };
    });
    return { inputs, flippable: products.map((p) => p.id) };
  } finally {
    await client.end();
  }
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function rssMb(server: Server): number {
  const status = fs.readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) / 1024;
}

async function plan(server: Server, input: Record<string, unknown>): Promise<{ ms: number; statements: number }> {
  const started = performance.now();
  const response = await post(server.url, JSON.stringify({ query: REGIMEN_QUERY, variables: { input } }));
  const ms = performance.now() - started;
  checkGraphQL(`${server.name}: recommendRegimen`, response);
  return { ms, statements: Number(response.headers.get('x-sql-statement-count')) };
}

function latencies(ms: number[]): Latencies {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), samples: sorted.length };
}

/** Flips the stock of a product every 100 ms (a different one each time, as an inventory sync would) until stopped. */
function startWriter(databaseUrl: string, productIds: string[]): { stop(): Promise<number> } {
  const client = new Client({ connectionString: databaseUrl, application_name: 'bench-stock-writer' });
  let writes = 0;
  let running = true;
  const done = (async () => {
    await client.connect();
    while (running) {
      const id = productIds[(writes * 104_729) % productIds.length];
      await client.query('UPDATE product SET in_stock = NOT in_stock WHERE id = $1', [id]);
      writes++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await done;
      return writes;
    },
  };
}

export async function measureRegimen(mainScript: string, size: DatasetSize, databaseUrl: string, settings: RegimenSettings): Promise<RegimenFigures> {
  const name = `Dermaplan (${size.products} products)`;
  const { inputs, flippable } = await variedRequests(databaseUrl);
  const load: string[] = [];
  // A plan that waits for a whole-catalog rebuild under load may take longer than the default 10 s (and its reads than 5 s): measured, not cut off.
  const env = { ...dermaplanServerEnv(databaseUrl, settings.poolSize, true), REQUEST_TIMEOUT_MS: '120000', DB_STATEMENT_TIMEOUT_MS: '120000' };
  const start = () => startServer(name, mainScript, env, false);

  const firstPlanMs: number[] = [];
  for (let i = 0; i < settings.starts - 1; i++) {
    const server = await start();
    try {
      firstPlanMs.push((await plan(server, inputs[0])).ms);
    } finally {
      await stopServer(server);
    }
  }
  const server = await start();
  try {
    firstPlanMs.push((await plan(server, inputs[0])).ms);
    load.push(`first plan: load ${loadAverage()}`);
    log(`${name}: first plan after start ${firstPlanMs.map((ms) => ms.toFixed(0)).join(', ')} ms (load ${loadAverage()})`);

    let statements = 0;
    for (let i = 0; i < settings.warmPlans; i++) statements = Math.max(statements, (await plan(server, inputs[i % inputs.length])).statements);
    const rss = rssMb(server);
    load.push(`RSS: load ${loadAverage()}`);
    log(`${name}: RSS after ${settings.warmPlans} varied plans ${rss.toFixed(0)} MB (load ${loadAverage()})`);

    const quietMs: number[] = [];
    for (let i = 0; i < settings.requests; i++) quietMs.push((await plan(server, inputs[i % inputs.length])).ms);
    const quiet = latencies(quietMs);
    load.push(`without writer: load ${loadAverage()}`);
    log(`${name}: without writer p50/p95/p99 ${quiet.p50.toFixed(1)} / ${quiet.p95.toFixed(1)} / ${quiet.p99.toFixed(1)} ms (load ${loadAverage()})`);

    const writer = startWriter(databaseUrl, flippable);
    const writerMs: number[] = [];
    const deadline = Date.now() + settings.writerSeconds * 1000;
    let writes: number;
    try {
      for (let i = 0; i < settings.requests && Date.now() < deadline; i++) writerMs.push((await plan(server, inputs[i % inputs.length])).ms);
    } finally {
      writes = await writer.stop();
    }
    const withWriter = latencies(writerMs);
    load.push(`with writer: load ${loadAverage()}`);
    log(
      `${name}: with writer (${writes} writes) p50/p95/p99 ${withWriter.p50.toFixed(1)} / ${withWriter.p95.toFixed(1)} / ${withWriter.p99.toFixed(1)} ms over ${withWriter.samples} plans (load ${loadAverage()})`,
    );
    return { firstPlanMs, rssMb: rss, quiet, writer: withWriter, writes, statements, load };
  } finally {
    await stopServer(server);
  }
}

/** The regimen's table: one row per figure, one column per size. */
export function regimenTable(sizes: DatasetSize[], figures: RegimenFigures[]): string[] {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  const ms = (value: number) => value.toFixed(1);
  const triple = (l: Latencies) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} (${l.samples})`;
  const large = figures[figures.length - 1];
  const rows: string[][] = [
    [
      'first plan after start, ms (median of starts)',
      ...figures.map((f) => `${median(f.firstPlanMs).toFixed(0)} (${f.firstPlanMs.map((v) => v.toFixed(0)).join(', ')})`),
      `≤ 300 ms: ${median(large.firstPlanMs) <= 300 ? 'met' : 'NOT met'}`,
    ],
    ['server RSS after the varied plans, MB', ...figures.map((f) => f.rssMb.toFixed(0)), `≤ 300 MB: ${large.rssMb <= 300 ? 'met' : 'NOT met'}`],
    ['plan p50 / p95 / p99 ms (plans), no writer', ...figures.map((f) => triple(f.quiet)), ''],
    ['the same with a stock writer every 100 ms', ...figures.map((f) => `${triple(f.writer)}, ${f.writes} writes`), ''],
    [
      'p99 with writer / without',
      ...figures.map((f) => `${(f.writer.p99 / f.quiet.p99).toFixed(2)}×`),
      `≤ 1.20×: ${large.writer.p99 <= 1.2 * large.quiet.p99 ? 'met' : 'NOT met'}`,
    ],
    ['SQL statements per plan (most seen)', ...figures.map((f) => String(f.statements)), 'equal at both sizes'],
  ];
  const header = ['regimen', ...sizes.map((s) => `${s.products / 1000}k products`), `goal at ${sizes[sizes.length - 1].products / 1000}k`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...sizes.flatMap((s, z) => figures[z].load.map((l) => `- ${s.products / 1000}k, ${l}`)),
  ];
}
