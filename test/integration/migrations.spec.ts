// Schema safety: the entities and the migrations describe the same schema (no drift), and every
// migration runs up and down on an empty database, leaving nothing behind.
// The same drift check from the command line, against a database migrated from scratch:
//   DATABASE_URL=postgres://... npm run migration:run
//   DATABASE_URL=postgres://... npm run typeorm -- migration:generate --check migrations/Drift
import { randomBytes } from 'node:crypto';
import { createDataSource } from '../../src/db/data-source';
import { adminQuery, adminUrl } from '../support/admin-database';
import { databaseUrl } from '../support/test-database';
import { MIGRATIONS } from '../../migrations';

jest.setTimeout(120_000);

const database = `dermaplan_migrations_${randomBytes(6).toString('hex')}`;
const dataSource = createDataSource({ url: databaseUrl(adminUrl(), database), poolSize: 2, connectTimeoutMs: 5000, statementTimeoutMs: 30000 });

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE ${database}`);
  await dataSource.initialize();
});
afterAll(async () => {
  if (dataSource.isInitialized) await dataSource.destroy();
  await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

/** The DDL TypeORM would run to make the database match the entities; empty when in sync. */
async function pendingSchemaChanges(): Promise<string[]> {
  const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
  return upQueries.map((query) => query.query);
}

/** What the migrations created in the public schema, apart from TypeORM's own bookkeeping. */
async function schemaObjects(): Promise<string[]> {
  const rows: { kind: string; name: string }[] = await dataSource.query(`
    SELECT 'table' AS kind, table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')
    UNION ALL SELECT 'sequence', sequence_name FROM information_schema.sequences
      WHERE sequence_schema = 'public' AND sequence_name <> 'migrations_id_seq'
    UNION ALL SELECT 'type', t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
    UNION ALL SELECT 'function', p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      -- not those of extensions (TypeORM installs pgcrypto for gen_random_uuid on older servers)
      WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
    ORDER BY 1, 2`);
  return rows.map((row) => `${row.kind} ${row.name}`);
}

it('runs every migration up on an empty database, after which the entities need no schema change', async () => {
  expect(await schemaObjects()).toEqual([]);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  expect(applied.map((migration) => migration.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
  expect(await pendingSchemaChanges()).toEqual([]);
});

it('runs every migration down again, newest first, leaving an empty schema, and up again without drift', async () => {
  const before = await schemaObjects();
  expect(before.length).toBeGreaterThan(10);
  for (let index = MIGRATIONS.length; index > 0; index -= 1) {
    await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM migrations');
    expect(count).toBe(index - 1);
  }
  expect(await schemaObjects()).toEqual([]);

  await dataSource.runMigrations({ transaction: 'each' });
  expect(await schemaObjects()).toEqual(before);
  expect(await pendingSchemaChanges()).toEqual([]);
});
