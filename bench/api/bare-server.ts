// The practical limit for the catalog scenario: node:http + pg, hand-written SQL, and the same JSON
// Dermaplan returns (same rows, order and shape), with no GraphQL layer. Every POST gets the catalog
// page; anything else gets 404. Run by bench/api.bench.ts with PORT, DATABASE_URL and DB_POOL_SIZE.
import http from 'node:http';
import { Pool } from 'pg';

const VISIBLE = (alias: string) => `${alias}.status = 'PUBLISHED' AND ${alias}.deleted_at IS NULL`;

const PRODUCTS = `
  SELECT p.id, p.slug, p.name, p.price_cents, p.currency, p.in_stock, b.slug AS brand_slug, b.name AS brand_name
  FROM product p JOIN brand b ON b.id = p.brand_id AND ${VISIBLE('b')}
  WHERE ${VISIBLE('p')} ORDER BY p.name, p.id LIMIT 50`;
const INGREDIENTS = `
  SELECT i.product_id, i.concentration_percent, t.slug, t.name, t.category
  FROM product_ingredient i JOIN topical t ON t.id = i.topical_id AND ${VISIBLE('t')}
  WHERE i.product_id = ANY($1) ORDER BY t.name`;
const ARTICLES = `
  SELECT a.id, a.slug, a.title, a.summary, a.published_at FROM article a WHERE ${VISIBLE('a')}
  ORDER BY date_trunc('milliseconds', COALESCE(a.published_at, a.created_at) AT TIME ZONE 'UTC') DESC, a.id DESC LIMIT 20`;
const TAGS = `
  SELECT * FROM (
    SELECT 1 AS kind, l.article_id, x.slug, x.name FROM article_treatment l JOIN treatment x ON x.id = l.treatment_id AND ${VISIBLE('x')} WHERE l.article_id = ANY($1)
    UNION ALL
    SELECT 2, l.article_id, x.slug, x.name FROM article_scar_type l JOIN scar_type x ON x.id = l.scar_type_id AND ${VISIBLE('x')} WHERE l.article_id = ANY($1)
    UNION ALL
    SELECT 3, l.article_id, x.slug, x.name FROM article_topical l JOIN topical x ON x.id = l.topical_id AND ${VISIBLE('x')} WHERE l.article_id = ANY($1)
  ) tags ORDER BY name`;

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

async function catalog(pool: Pool): Promise<string> {
  const [products, articles] = await Promise.all([pool.query(PRODUCTS), pool.query(ARTICLES)]);
  const [ingredients, tags] = await Promise.all([
    pool.query(INGREDIENTS, [products.rows.map((p) => p.id)]),
    pool.query(TAGS, [articles.rows.map((a) => a.id)]),
  ]);
  const ingredientsOf = groupBy(ingredients.rows, (i) => i.product_id);
  const tagsOf = groupBy(tags.rows, (t) => `${t.kind}:${t.article_id}`);
  const named = (kind: number, articleId: string) => (tagsOf.get(`${kind}:${articleId}`) ?? []).map((t) => ({ slug: t.slug, name: t.name }));
  return JSON.stringify({
    data: {
      products: {
        edges: products.rows.map((p) => ({
          node: {
            id: p.id,
            slug: p.slug,
            name: p.name,
            priceCents: p.price_cents,
            currency: p.currency,
            inStock: p.in_stock,
            brand: { slug: p.brand_slug, name: p.brand_name },
            ingredients: (ingredientsOf.get(p.id) ?? []).map((i) => ({
              concentrationPercent: i.concentration_percent,
              topical: { slug: i.slug, name: i.name, category: i.category },
            })),
          },
        })),
      },
      articles: {
        edges: articles.rows.map((a) => ({
          node: {
            slug: a.slug,
            title: a.title,
            summary: a.summary,
            publishedAt: (a.published_at as Date).toISOString(),
            treatments: named(1, a.id),
            scarTypes: named(2, a.id),
            topicals: named(3, a.id),
          },
        })),
      },
    },
  });
}

function main(): void {
  const pool = new Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DB_POOL_SIZE ?? 10),
    application_name: 'bench-bare',
  });
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    req.resume();
    req.on('end', () => {
      catalog(pool).then(
        (body) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body),
        (error: unknown) => {
          console.error(error);
          res.writeHead(500).end();
        },
      );
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`bare handler ready on ${process.env.PORT}`));
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

main();
