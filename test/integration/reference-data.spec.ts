import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { loadReferenceData } from '../../src/db/reference-data/loader';
import { REFERENCE_DATA, referenceData } from '../../src/db/reference-data';
import { adminQuery, adminUrl } from '../support/admin-database';
import { databaseUrl } from '../support/test-database';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const count = async (table: string) => Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe('reference data loading', () => {
  it('loaded every shipped entry once', async () => {
    expect(await count('product')).toBe(REFERENCE_DATA.products.length);
    expect(await count('compatibility_rule')).toBe(REFERENCE_DATA.rules.length);
    expect(await count('topical')).toBe(REFERENCE_DATA.topicals.length);
    expect(await count('article')).toBe(REFERENCE_DATA.articles.length);
    const links = REFERENCE_DATA.products.reduce((sum, p) => sum + p.ingredients.length, 0);
    expect(await count('product_ingredient')).toBe(links);
  });

  it('is idempotent, keeps editors’ changes and does not resurrect deleted entries', async () => {
    await app.dataSource.query(`UPDATE topical SET name = 'Edited by an editor' WHERE slug = 'retinol'`);
    await app.dataSource.query(`DELETE FROM product WHERE slug = $1`, [REFERENCE_DATA.products[0].slug]);
    const tables = [
      'citation',
      'scar_type',
      'treatment',
      'topical',
      'brand',
      'product',
      'product_ingredient',
      'article',
      'compatibility_rule',
      'rule_topical',
      'rule_citation',
    ];
    const before = await Promise.all(tables.map(count));

    const { inserted } = await loadReferenceData(app.dataSource);

    expect(inserted).toBe(0);
    expect(await Promise.all(tables.map(count))).toEqual(before);
    const [{ name }] = await app.dataSource.query(`SELECT name FROM topical WHERE slug = 'retinol'`);
    expect(name).toBe('Edited by an editor');
  });
});

describe('the demo catalog', () => {
  const PRODUCTION = {
    NODE_ENV: 'production',
    JWT_SECRET: 'a production-like secret of at least thirty-two bytes',
    PARTNER_KEY_PEPPER: 'a production-like pepper of at least thirty-two bytes',
    WEBHOOK_SECRET_KEY: 'a production-like webhook key of at least thirty-two bytes',
  };

  it('loads by default outside production, and in production only when LOAD_DEMO_CATALOG says so', () => {
    expect(loadConfig({}).loadDemoCatalog).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).loadDemoCatalog).toBe(true);
    expect(loadConfig(PRODUCTION).loadDemoCatalog).toBe(false);
    expect(loadConfig({ ...PRODUCTION, LOAD_DEMO_CATALOG: 'true' }).loadDemoCatalog).toBe(true);
    expect(loadConfig({ LOAD_DEMO_CATALOG: 'false' }).loadDemoCatalog).toBe(false);
  });

  it('is left out of a new database without it: the clinical knowledge alone is loaded', async () => {
    const database = `dermaplan_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${database}`);
    const dataSource = createDataSource({ url: databaseUrl(adminUrl(), database), poolSize: 2, connectTimeoutMs: 5000, statementTimeoutMs: 30000 });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await loadReferenceData(dataSource, referenceData({ demoCatalog: false }));
      const counts = async (tables: string[]) =>
        Promise.all(tables.map(async (table) => Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n)));
      expect(await counts(['brand', 'product', 'article'])).toEqual([0, 0, 0]);
      expect(await counts(['compatibility_rule', 'topical', 'treatment', 'scar_type', 'citation'])).toEqual(
        [REFERENCE_DATA.rules, REFERENCE_DATA.topicals, REFERENCE_DATA.treatments, REFERENCE_DATA.scarTypes, REFERENCE_DATA.citations].map(
          (entries) => entries.length,
        ),
      );
    } finally {
      await dataSource.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  });
});
