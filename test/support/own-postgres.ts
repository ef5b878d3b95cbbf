// A PostgreSQL that one test may stop and start (never the machine's, nor the suite's shared one).
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export const ROOT = path.resolve(__dirname, '../..');
/** `node` with this preloaded runs the TypeScript sources directly. */
export const TS_REGISTER = path.join(ROOT, 'test/support/ts-register.js');

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

/** A temporary folder PostgreSQL's own user can use when the tests run as root. */
export function temporaryDataFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(folder, 0o777);
  return folder;
}

export interface OwnPostgres {
  /** URL of `database` on this server. */
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its data. */
  close(): Promise<void>;
}

export async function startOwnPostgres(database = 'dermaplan'): Promise<OwnPostgres> {
  const folder = temporaryDataFolder('dermaplan-own-pg-');
  const port = await freePort();
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['-r', TS_REGISTER, path.join(ROOT, 'test/support/postgres-process.ts'), path.join(folder, 'data'), String(port), database],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const waiting: { event: string; resolve: (message: Record<string, string>) => void; reject: (error: Error) => void }[] = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    let message: Record<string, string>;
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    const next = waiting.shift();
    if (!next) return;
    if (message.event === next.event) next.resolve(message);
    else next.reject(new Error(`PostgreSQL helper: ${message.message ?? line}`));
  });
  child.on('exit', (code) => {
    for (const next of waiting.splice(0)) next.reject(new Error(`PostgreSQL helper exited (${code}): ${stderr}`));
  });
  const expect = (event: string) =>
    new Promise<Record<string, string>>((resolve, reject) => {
      waiting.push({ event, resolve, reject });
    });
  const send = (command: string, event: string) => {
    const answer = expect(event);
    child.stdin.write(`${command}\n`);
    return answer;
  };

  const { url } = await expect('started');
  return {
    url,
    port,
    stop: async () => {
      await send('stop', 'stopped');
    },
    start: async () => {
      await send('start', 'started');
    },
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.stdin.end('exit\n');
        await exited;
      }
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
