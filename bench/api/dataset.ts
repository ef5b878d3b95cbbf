// Builds a benchmark database: every migration, the reference data (rules, topicals, treatments,
// some products and articles), then synthetic published brands, products (1–6 ingredients each)
// and tagged articles up to the requested totals. Deterministic: the same sizes give the same rows.
import { Client } from 'pg';
import { shippedKnowledgeDir } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { loadDemoCatalog } from '../../src/db/demo-catalog/loader';
import { importKnowledge } from '../../src/modules/knowledge';

export interface DatasetSize {
  products: number;
  articles: number;
}

export async function createBenchDatabase(adminUrl: string, database: string, size: DatasetSize): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 2, connectTimeoutMs: 10_000, statementTimeoutMs: 600_000 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await importKnowledge(dataSource, shippedKnowledgeDir());
    await loadDemoCatalog(dataSource);
    await seedBenchCatalog((sql, params) => dataSource.query(sql, params), size);
  } finally {
    await dataSource.destroy();
  }
  return url.toString();
}

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

/** Adds the synthetic brands, products and articles to a database that has the reference data (also used by the regimen's golden plans). */
export async function seedBenchCatalog(query: Query, size: DatasetSize): Promise<void> {
  await query(`
    INSERT INTO brand (slug, name, description, status, published_at)
    SELECT 'bench-brand-' || n, 'Bench Brand ' || n, 'A synthetic brand for benchmarks.', 'PUBLISHED', now()
    FROM generate_series(1, 40) AS n`);
  // Names in an order unrelated to slugs, so sorting by name does real work.
  await query(
    `INSERT INTO product (slug, name, brand_id, description, price_cents, currency, in_stock, skin_types, status, published_at, created_at)
     SELECT 'bench-product-' || n,
            'Product ' || substr(md5(n::text), 1, 10),
            brands.ids[1 + n % 40],
            'Synthetic product ' || n || ' for benchmarks.',
            300 + (n * 37) % 9000,
            CASE WHEN n % 5 = 0 THEN 'USD' ELSE 'EUR' END,
            n % 7 <> 0,
            (CASE n % 3 WHEN 0 THEN '{NORMAL,DRY}' WHEN 1 THEN '{OILY}' ELSE '{SENSITIVE,COMBINATION}' END)::text[],
            'PUBLISHED', now() - n * interval '1 minute', now() - n * interval '1 minute'
     FROM generate_series(1, GREATEST(0, $1::int - (SELECT count(*) FROM product)::int)) AS n,
          (SELECT array_agg(id ORDER BY slug) AS ids FROM brand WHERE slug LIKE 'bench-brand-%') AS brands`,
    [size.products],
  );
  // 1 to 6 ingredients per product, picked by a hash of the product and topical slugs.
  await query(`
    INSERT INTO product_ingredient (product_id, topical_id, concentration_percent)
    SELECT p.id, t.id, CASE WHEN t.rank % 3 = 0 THEN NULL ELSE round((0.5 + t.rank * 1.5)::numeric, 1)::float8 END
    FROM product p
    CROSS JOIN LATERAL (
      SELECT id, row_number() OVER () AS rank FROM (
        SELECT id FROM topical WHERE status = 'PUBLISHED' ORDER BY md5(p.slug || slug)
        LIMIT 1 + (('x' || substr(md5(p.slug), 1, 4))::bit(16)::int % 6)) picked
    ) t
    WHERE p.slug LIKE 'bench-product-%'`);
  await query(
    `INSERT INTO article (slug, title, summary, body, author, status, published_at, created_at)
     SELECT 'bench-article-' || n, 'Bench article ' || n, 'Summary of synthetic article ' || n || '.',
            '## Synthetic\n\nBody of article ' || n || '.', 'Bench author', 'PUBLISHED',
            now() - n * interval '1 hour', now() - n * interval '1 hour'
     FROM generate_series(1, GREATEST(0, $1::int - (SELECT count(*) FROM article)::int)) AS n`,
    [size.articles],
  );
  const tag = (link: string, column: string, target: string, howMany: string) =>
    query(`
      INSERT INTO ${link} (article_id, ${column})
      SELECT a.id, x.id FROM article a
      CROSS JOIN LATERAL (SELECT id FROM ${target} WHERE status = 'PUBLISHED' ORDER BY md5(a.slug || slug) LIMIT ${howMany}) x
      WHERE a.slug LIKE 'bench-article-%'`);
  await tag('article_treatment', 'treatment_id', 'treatment', '1 + length(a.slug) % 2');
  await tag('article_scar_type', 'scar_type_id', 'scar_type', 'length(a.slug) % 3');
  await tag('article_topical', 'topical_id', 'topical', '1 + length(a.slug) % 3');
  await query('ANALYZE');
}
