// Read replicas (DATABASE_REPLICA_URLS) route by what a read must see. The "replica" here is a
// second copy of the template database, deliberately not replicated, so each answer shows which
// server it came from: storefront reads go to the replica; writes, mutations, signed-in staff and
// the knowledge snapshot go to the primary.
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';
import { ADMIN_URL_VARIABLE, databaseUrl, TEMPLATE_DATABASE } from '../support/test-database';

jest.setTimeout(60_000);

async function onServer(connectionString: string, sql: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const adminUrl = () => process.env[ADMIN_URL_VARIABLE]!;
const replica = `dermaplan_replica_${randomBytes(6).toString('hex')}`;
const replicaUrl = () => databaseUrl(adminUrl(), replica);

let app: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  await onServer(adminUrl(), `CREATE DATABASE ${replica} TEMPLATE ${TEMPLATE_DATABASE}`);
  // Tell the copies apart: on the "replica" every brand name is marked and no rule is published.
  await onServer(replicaUrl(), `UPDATE brand SET name = 'Replica: ' || name; UPDATE compatibility_rule SET status = 'DRAFT'`);
  app = await startTestApp({ DATABASE_REPLICA_URLS: replicaUrl() });
  admin = await signInAs(app, Role.ADMIN);
});
afterAll(async () => {
  await app?.close();
  await onServer(adminUrl(), `DROP DATABASE IF EXISTS ${replica} WITH (FORCE)`);
});

const BRANDS = '{ brands { slug name } }';

it('sends anonymous storefront reads to the replica', async () => {
  const { brands } = await app.data<{ brands: { name: string }[] }>(BRANDS);
  expect(brands.length).toBeGreaterThan(0);
  expect(brands.every((brand) => brand.name.startsWith('Replica: '))).toBe(true);
});

it('sends writes, and the reads of signed-in staff, to the primary (they see their own writes at once)', async () => {
  const slug = `primary-only-${randomBytes(3).toString('hex')}`;
  const created = await app.graphql(
    'mutation($input: BrandInput!) { createBrand(input: $input) { id } }',
    { input: { slug, name: 'Written to the primary', description: 'x' } },
    admin.headers,
  );
  expect(created.body.errors).toBeUndefined();
  expect(await app.dataSource.query('SELECT name FROM brand WHERE slug = $1', [slug])).toEqual([{ name: 'Written to the primary' }]);

  const asStaff = await app.graphql(`{ brand(slug: "${slug}") { name } brands { name } }`, {}, admin.headers);
  expect(asStaff.body.data!.brand).toEqual({ name: 'Written to the primary' });
  expect(asStaff.body.data!.brands.some((brand: { name: string }) => brand.name.startsWith('Replica: '))).toBe(false);
  // A storefront reader asks the replica, which (in real replication: for the replication lag) lacks it.
  expect((await app.graphql(`{ brand(slug: "${slug}") { name } }`)).body.data!.brand).toBeNull();
});

it('builds the regimen engine’s knowledge from the primary, never from a replica that may lag', async () => {
  const input = {
    lastSession: { treatment: 'professional-microneedling', performedAt: DateTime.utc().minus({ days: 1 }).toISO(), needleDepthMm: 1.5 },
    currentTopicals: ['tretinoin'],
    days: 7,
    timeZone: 'UTC',
  };
  const { recommendRegimen } = await app.data<{ recommendRegimen: { holds: { rule: { code: string } }[] } }>(
    'query($input: RegimenInput!) { recommendRegimen(input: $input) { holds { rule { code } } } }',
    { input },
  );
  // The replica has no published rule, so holds can only come from the primary's rules.
  expect(recommendRegimen.holds.length).toBeGreaterThan(0);
});

it('reports each pool in the metrics and stays ready', async () => {
  const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
  expect(text).toContain('dermaplan_db_pool_connections{pool="primary",state="max"} 10');
  expect(text).toContain('dermaplan_db_pool_connections{pool="replica-0",state="max"} 10');
  expect((await fetch(`${app.baseUrl}/readyz`)).status).toBe(200);
});
