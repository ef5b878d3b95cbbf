// What both bench modes share: starting and stopping servers, posting to them, percentiles, and the
// dated results file in docs/benchmarks/ with the machine and commit it was measured on.
import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TYPENAME_QUERY } from './queries';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The environment a server gets: nothing of ours leaks in (no APOLLO_KEY, no tracing). */
export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...extra };
}

export async function startServer(name: string, script: string, env: Record<string, string>, pin: boolean, nodeArgs: string[] = []): Promise<Server> {
  const port = await freePort();
  const command = [process.execPath, ...nodeArgs, script];
  // The servers get CPU 1; PostgreSQL and the load generator (this process) stay on CPU 0.
  const child = pin
    ? spawn('taskset', ['-c', '1', ...command], { env: serverEnv({ ...env, PORT: String(port) }), stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command[0], command.slice(1), { env: serverEnv({ ...env, PORT: String(port) }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await post(url, JSON.stringify({ query: TYPENAME_QUERY }));
      if (response.status === 200) return { name, url, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer within 30 s:\n${output}`);
}

export async function stopServer(server: Server): Promise<void> {
  if (server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGTERM');
  const timer = setTimeout(() => server.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function post(url: string, body: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, bytes: Buffer.byteLength(text) };
}

export function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export function checkGraphQL(name: string, response: { status: number; text: string }): any {
  const body = JSON.parse(response.text);
  if (response.status !== 200 || body.errors?.length) throw new Error(`${name} answered ${response.status}: ${response.text.slice(0, 500)}`);
  return body;
}

/** The CPU as /proc/cpuinfo names it (os.cpus() elsewhere), and how many the machine has. */
export function machine(): { model: string; cores: number } {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1].trim() || os.cpus()[0]?.model.trim() || os.arch();
  const cores = cpuinfo.match(/^processor\s*:/gm)?.length ?? os.cpus().length;
  return { model, cores };
}

/** The commit measured: HEAD, "+dirty" when tracked files differ from it. */
export function commit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+dirty' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export interface Server {
  name: string;
  url: string;
  process: ChildProcess;
}

/** The BENCH_* variables set for this run, as they would be typed before the command. */
export function benchVariables(): string {
  return Object.entries(process.env)
    .filter(([name]) => name.startsWith('BENCH_') && name !== 'BENCH_DATABASE_URL')
    .map(([name, value]) => `${name}=${value} `)
    .join('');
}

/** Writes `lines` to docs/benchmarks/<date>-<cpu><suffix>.md (then -2, -3, ... on the same day and CPU) and returns its path. */
export function writeDatedResults(suffix: string, lines: (date: string, machine: { model: string; cores: number }) => string[]): string {
  const found = machine();
  const date = new Date().toISOString().slice(0, 10);
  // "AMD EPYC 7B13" -> amd-epyc, "Intel(R) Xeon(R) Platinum 8375C CPU" -> intel-xeon.
  const cpu =
    found.model
      .replace(/\((R|TM)\)/gi, ' ')
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.slice(0, 2)
      .join('-') || os.arch();
  const folder = path.join(ROOT, 'docs', 'benchmarks');
  let file = path.join(folder, `${date}-${cpu}${suffix}.md`);
  for (let n = 2; fs.existsSync(file); n++) file = path.join(folder, `${date}-${cpu}${suffix}-${n}.md`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(file, lines(date, found).join('\n'));
  return file;
}

/** Dermaplan's environment in the bench: production, the response cache off, no background jobs. */
export function dermaplanServerEnv(databaseUrl: string, poolSize: number, countStatements: boolean): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    DB_POOL_SIZE: String(poolSize),
    JWT_SECRET: randomBytes(48).toString('base64'),
    PARTNER_KEY_PEPPER: randomBytes(48).toString('base64'),
    WEBHOOK_SECRET_KEY: randomBytes(48).toString('base64'),
    // The bench is one anonymous client sending thousands of requests a minute: no budget may stop it.
    ANONYMOUS_COST_BUDGET: '1000000000',
    // The peers compute every answer; so must Dermaplan here (a cached answer measures the cache).
    RESPONSE_CACHE_ENABLED: 'false',
    // Its background poll would add statements to the pg_stat_statements counts of every target.
    CACHE_REVISION_POLL_MS: '60000',
    LOAD_REFERENCE_DATA: 'false',
    EXPOSE_SQL_STATEMENT_COUNT: String(countStatements),
    WEBHOOK_DISPATCHER_ENABLED: 'false',
    PUBLICATION_SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'warn',
  };
}

/** A positive whole number from the environment variable `name`, or `fallback` when it is unset. */
export function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}
