// Shared names between the global setup (one PostgreSQL per run) and the test files.
export const TEMPLATE_DATABASE = 'dermaplan_test_template';

/** Set by the global setup: a URL of the test server's maintenance database. */
export const ADMIN_URL_VARIABLE = 'DERMAPLAN_TEST_ADMIN_URL';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
