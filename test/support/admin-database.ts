// Statements on the test PostgreSQL's maintenance database (CREATE / DROP DATABASE), each on a
// connection of its own.
import { Client } from 'pg';
import { ADMIN_URL_VARIABLE } from './test-database';

/** The maintenance database's URL, set by the global setup. */
export function adminUrl(): string {
  const url = process.env[ADMIN_URL_VARIABLE];
  if (!url) throw new Error(`${ADMIN_URL_VARIABLE} is not set: integration tests run under the global setup`);
  return url;
}

/** Runs one statement on the maintenance database. */
export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
