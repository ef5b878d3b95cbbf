// Starts one PostgreSQL for the whole run (embedded, unless TEST_DATABASE_URL points at a server)
// and prepares a template database with every migration and the reference data; each test file
// then works on its own copy (CREATE DATABASE ... TEMPLATE), so files never see each other's writes.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { shippedKnowledgeDir } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { loadDemoCatalog } from '../../src/db/demo-catalog/loader';
import { importKnowledge } from '../../src/modules/knowledge';
import { freePort } from './own-postgres';
import { ADMIN_URL_VARIABLE, databaseUrl, TEMPLATE_DATABASE } from './test-database';

export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dermaplan-test-pg-'));
    fs.chmodSync(dataDir, 0o777);
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'data'),
      port: await freePort(),
      databaseName: 'postgres',
      persistent: false,
    });
    adminUrl = embedded.url;
    (globalThis as Record<string, unknown>).__DERMAPLAN_TEST_PG__ = { stop: embedded.stop, dataDir };
  }
  process.env[ADMIN_URL_VARIABLE] = adminUrl;

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();

  const dataSource = createDataSource({
    url: databaseUrl(adminUrl, TEMPLATE_DATABASE),
    poolSize: 2,
    connectTimeoutMs: 5000,
    statementTimeoutMs: 30000,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await importKnowledge(dataSource, shippedKnowledgeDir());
  await loadDemoCatalog(dataSource);
  await dataSource.destroy();
}
