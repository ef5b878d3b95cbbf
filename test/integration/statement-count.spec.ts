import { ANONYMOUS_VIEWER } from '../../src/core/viewer';
import { createLoaders } from '../../src/loaders';
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
    // The page (its brands and ingredients with topicals come in the same statement) and the count.
    expect(small).toBe(2);
  });

  it('prefetch relations selected through fragments and aliases as well', async () => {
    const query = `query($first: Int!) { products(first: $first) { edges { ...Edge } } }
      fragment Edge on ProductEdge { node { slug ... on Product { maker: brand { name } } ...Ingredients } }
      fragment Ingredients on Product { ingredients { topical { slug } } }`;
    expect(await statementsFor(query, { first: 100 })).toBe(1);
  });

  it('are built when a request first reads them, then kept for the request', () => {
    const loaders = createLoaders(app.dataSource, ANONYMOUS_VIEWER);
    // Not built yet: a request that reads no relation (say { __typename }) builds none.
    expect(Object.getOwnPropertyDescriptor(loaders, 'citationsByRuleId')).toHaveProperty('get');
    const first = loaders.citationsByRuleId;
    expect(loaders.citationsByRuleId).toBe(first);
    expect(Object.getOwnPropertyDescriptor(loaders, 'citationsByRuleId')).toHaveProperty('value', first);
    expect(createLoaders(app.dataSource, ANONYMOUS_VIEWER).citationsByRuleId).not.toBe(first);
  });

  it('prefetch exactly what the loaders return', async () => {
    const query = `query($first: Int!) {
      products(first: $first) { edges { node { id brandId: brand { id name slug } ingredients { concentrationPercent topical { id slug name category } } } } }
    }`;
    const { products } = await app.data(query, { first: 100 });
    const loaders = createLoaders(app.dataSource, ANONYMOUS_VIEWER);
    for (const { node } of products.edges) {
      const brand = await loaders.brandById.load((await app.dataSource.query('SELECT brand_id FROM product WHERE id = $1', [node.id]))[0].brand_id);
      expect(node.brandId).toEqual({ id: brand!.id, name: brand!.name, slug: brand!.slug });
      const ingredients = await loaders.ingredientsByProductId.load(node.id);
      expect(node.ingredients).toEqual(
        ingredients.map((i) => ({
          concentrationPercent: i.concentrationPercent,
          topical: { id: i.topical!.id, slug: i.topical!.slug, name: i.topical!.name, category: i.topical!.category },
        })),
      );
    }
    expect(products.edges.some(({ node }: { node: { ingredients: unknown[] } }) => node.ingredients.length > 1)).toBe(true);
  });

  it('do not grow with the number of articles and their tags', async () => {
    const query = `query($first: Int!) {
      articles(first: $first) { edges { node { slug treatments { slug } scarTypes { slug } topicals { slug } citations { title } } } }
    }`;
    const all = await statementsFor(query, { first: 100 });
    expect(await statementsFor(query, { first: 1 })).toBe(all);
    // The page, its tags and citations in the same statement.
    expect(all).toBe(1);
  });
});
