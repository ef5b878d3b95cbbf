import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // Enough products for a full page of 100 on top of the reference catalog.
  await app.dataSource.query(`
    INSERT INTO product (slug, name, brand_id, price_cents, currency, status, published_at)
    SELECT 'bulk-product-' || n, 'Bulk product ' || n, (SELECT id FROM brand ORDER BY slug LIMIT 1), 1000 + n, 'EUR', 'PUBLISHED', now()
    FROM generate_series(1, 120) AS n`);
  await app.dataSource.query(`
    INSERT INTO product_ingredient (product_id, topical_id, concentration_percent)
    SELECT p.id, t.id, 1.5 FROM product p
    CROSS JOIN LATERAL (SELECT id FROM topical ORDER BY md5(p.slug || slug) LIMIT 3) t
    WHERE p.slug LIKE 'bulk-product-%'`);
});
afterAll(() => app.close());

async function statementsFor(query: string, variables: Record<string, unknown>): Promise<number> {
  const response = await app.graphql(query, variables);
  expect(response.body.errors).toBeUndefined();
  return Number(response.headers.get('x-sql-statement-count'));
}

describe('SQL statements per request', () => {
  it('do not grow with the page size of products with ingredients, topicals and brands', async () => {
    const query = `query($first: Int!) {
      products(first: $first) { totalCount edges { node { slug brand { name } ingredients { concentrationPercent topical { slug name } } } } }
    }`;
    const small = await statementsFor(query, { first: 5 });
    const large = await statementsFor(query, { first: 100 });
    const { products } = await app.data(query, { first: 100 });
    expect(products.edges).toHaveLength(100);
    expect(large).toBe(small);
    // page + count + one per relation (brands, ingredients with topicals)
    expect(small).toBe(4);
  });

  it('do not grow with the number of articles and their tags', async () => {
    const query = `query($first: Int!) {
      articles(first: $first) { edges { node { slug treatments { slug } scarTypes { slug } topicals { slug } citations { title } } } }
    }`;
    expect(await statementsFor(query, { first: 1 })).toBe(await statementsFor(query, { first: 100 }));
  });
});
