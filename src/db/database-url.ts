import { AppConfig } from '../config';

export const EMBEDDED_DATABASE_NAME = 'dermaplan';
export const EMBEDDED_USER = 'postgres';
// Superuser of a local cluster bound to 127.0.0.1 only; not a secret.
export const EMBEDDED_PASSWORD = 'postgres';

export function localDatabaseUrl(port: number, databaseName: string): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${databaseName}`;
}

export function embeddedDatabaseUrl(config: Pick<AppConfig, 'embeddedPostgres'>): string {
  return localDatabaseUrl(config.embeddedPostgres.port, EMBEDDED_DATABASE_NAME);
}

/** The URL without its password, for start-up messages. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
