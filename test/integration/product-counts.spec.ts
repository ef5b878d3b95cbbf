// Catalog totals come from counters kept by triggers (decision record 013): they must equal the
// products a caller can list, for storefront and staff, right after any write that changes them.
import { seedBenchCatalog } from '../../bench/api/dataset';
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';

const PAGE = `query($filter: ProductFilter, $orderBy: ProductOrder, $after: String) {
  products(first: 100, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { slug } }
  }
}`;

/** Filters the counters answer, and two that are counted row by row (a price range, two topical criteria). */
const FILTERS: Record<string, unknown>[] = [
  {},
  { inStock: true },
  { inStock: false, currency: 'USD' },
  { topicalCategory: 'VITAMIN_C' },
  { topicalCategory: 'VITAMIN_C', inStock: true },
  { topicalCategory: 'RETINOID', currency: 'EUR' },
  { topical: 'niacinamide' },
  { topical: 'niacinamide', inStock: true, brand: 'bench-brand-3' },
  { scarType: 'rolling' },
  { scarType: 'boxcar', inStock: false },
  { brand: 'bench-brand-7' },
  { price: { currency: 'USD' } },
  { price: { minAmountMinor: 1000, maxAmountMinor: 4000 } },
  { topical: 'niacinamide', topicalCategory: 'VITAMIN_C' },
];
const PRICE_ORDER = { field: 'PRICE' };

let app: TestApp;
let staff: SignedIn;
jest.setTimeout(60_000);
beforeAll(async () => {
  // Without the response cache, so every total read is a fresh one.
  app = await startTestApp({ RESPONSE_CACHE_ENABLED: 'false' });
  await seedBenchCatalog((sql, params) => app.dataSource.query(sql, params), { products: 400, articles: 0 });
  staff = await signInAs(app, Role.EDITOR);
});
afterAll(() => app.close());

/** The total the API gives and the products it lists, page after page. */
async function totalAndListed(filter: Record<string, unknown>, who: SignedIn | null, orderBy?: Record<string, unknown>) {
  let listed = 0;
  let after: string | null = null;
  for (;;) {
    const response = await app.graphql(PAGE, { filter, orderBy, after }, who?.headers);
    expect(response.body.errors).toBeUndefined();
    const page: any = response.body.data!.products;
    listed += page.edges.length;
    if (!page.pageInfo.hasNextPage) return { total: page.totalCount as number, listed };
    after = page.pageInfo.endCursor;
  }
}

async function expectTotalsToMatchListings(): Promise<void> {
  for (const who of [null, staff]) {
    for (const filter of FILTERS) {
      for (const orderBy of [undefined, PRICE_ORDER]) {
        const { total, listed } = await totalAndListed(filter, who, orderBy);
        expect({ filter, orderBy, staff: who != null, total }).toEqual({ filter, orderBy, staff: who != null, total: listed });
      }
    }
  }
}

/** Counter rows and stored product states that differ from counting every product again from scratch. */
async function countersAgainstRecount(): Promise<{ counters: unknown[]; states: unknown[] }> {
  const counters = await app.dataSource.query(`
    WITH recount AS (
      SELECT unnest(facets) AS facet, brand_id, currency, in_stock, published, count(*)::int AS products
      FROM product_count_state(ARRAY(SELECT id FROM product)) GROUP BY 1, 2, 3, 4, 5)
    SELECT * FROM recount r FULL JOIN (SELECT * FROM product_count WHERE products <> 0) c USING (facet, brand_id, currency, in_stock, published)
    WHERE r.products IS DISTINCT FROM c.products`);
  const states = await app.dataSource.query(`
    SELECT * FROM product_count_state(ARRAY(SELECT id FROM product)) now FULL JOIN product_counted stored USING (product_id)
    WHERE (now.brand_id, now.currency, now.in_stock, now.published, now.facets)
          IS DISTINCT FROM (stored.brand_id, stored.currency, stored.in_stock, stored.published, stored.facets)`);
  return { counters, states };
}

async function waitUntilAStatementWaitsForALock(): Promise<void> {
  const waiting = async () =>
    (
      await app.dataSource.query<{ waiting: number }[]>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )
    )[0].waiting;
  for (let attempt = 0; attempt < 100 && (await waiting()) === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
}

const productId = async (slug: string) => (await app.dataSource.query<{ id: string }[]>(`SELECT id FROM product WHERE slug = $1`, [slug]))[0].id;
const topicalId = async (slug: string) => (await app.dataSource.query<{ id: string }[]>(`SELECT id FROM topical WHERE slug = $1`, [slug]))[0].id;

const total = async (filter: Record<string, unknown>, who: SignedIn | null = null) => (await totalAndListed(filter, who)).total;

describe('catalog totals', () => {
  it('equal the products listed for every filter, for storefront and staff', async () => {
    await expectTotalsToMatchListings();
    expect(await countersAgainstRecount()).toEqual({ counters: [], states: [] });
  });

  it('follow stock, publication, trashing, deletion and new products at once', async () => {
    const inStock = await total({ inStock: true });
    await app.dataSource.query(`UPDATE product SET in_stock = false WHERE slug = 'bench-product-1'`);
    expect(await total({ inStock: true })).toBe(inStock - 1);

    const [all, allForStaff] = [await total({}), await total({}, staff)];
    await app.dataSource.query(`UPDATE product SET status = 'DRAFT' WHERE slug = 'bench-product-2'`);
    expect(await total({})).toBe(all - 1);
    expect(await total({}, staff)).toBe(allForStaff);

    await app.dataSource.query(`UPDATE product SET deleted_at = now() WHERE slug = 'bench-product-3'`);
    expect(await total({})).toBe(all - 2);
    expect(await total({}, staff)).toBe(allForStaff - 1);

    await app.dataSource.query(`DELETE FROM product WHERE slug = 'bench-product-4'`);
    expect(await total({}, staff)).toBe(allForStaff - 2);

    await app.dataSource.query(`UPDATE product SET currency = 'USD' WHERE slug = 'bench-product-6'`);
    await app.dataSource.query(`UPDATE product SET brand_id = (SELECT id FROM brand WHERE slug = 'bench-brand-7') WHERE slug = 'bench-product-8'`);
    // New products, published and draft, then their ingredients (as an import writes them).
    await app.dataSource.query(
      `INSERT INTO product (slug, name, brand_id, price_cents, currency, in_stock, status)
       SELECT 'counted-product-' || n, 'Counted product ' || n, (SELECT id FROM brand WHERE slug = 'bench-brand-5'), 1000 + n, 'EUR', n % 3 <> 0,
              CASE WHEN n % 2 = 0 THEN 'PUBLISHED' ELSE 'DRAFT' END
       FROM generate_series(1, 6) AS n`,
    );
    await app.dataSource.query(
      `INSERT INTO product_ingredient (product_id, topical_id)
       SELECT p.id, t.id FROM product p, topical t WHERE p.slug LIKE 'counted-product-%' AND t.slug IN ('vitamin-c', 'niacinamide', 'retinol')`,
    );
    await expectTotalsToMatchListings();
    expect(await countersAgainstRecount()).toEqual({ counters: [], states: [] });
  });

  it('follow ingredients, topicals and the scar types topicals help', async () => {
    const niacinamide = await topicalId('niacinamide');
    const product = await productId('bench-product-10');
    await app.dataSource.query(`DELETE FROM product_ingredient WHERE product_id = $1`, [product]);
    await app.dataSource.query(`INSERT INTO product_ingredient (product_id, topical_id) VALUES ($1, $2)`, [product, niacinamide]);
    await expectTotalsToMatchListings();

    // A draft topical's products are found through it by staff only.
    await app.dataSource.query(`UPDATE topical SET status = 'DRAFT' WHERE slug = 'vitamin-c'`);
    expect(await total({ topical: 'vitamin-c' })).toBe(0);
    expect(await total({ topical: 'vitamin-c' }, staff)).toBeGreaterThan(0);
    await expectTotalsToMatchListings();
    await app.dataSource.query(`UPDATE topical SET status = 'PUBLISHED' WHERE slug = 'vitamin-c'`);

    await app.dataSource.query(`UPDATE topical SET category = 'VITAMIN_C' WHERE slug = 'niacinamide'`);
    await app.dataSource.query(
      `INSERT INTO topical_scar_type (topical_id, scar_type_id) SELECT $1, id FROM scar_type WHERE slug = 'keloid' ON CONFLICT DO NOTHING`,
      [niacinamide],
    );
    await app.dataSource.query(`DELETE FROM topical_scar_type WHERE topical_id = (SELECT id FROM topical WHERE slug = 'retinol')`);
    await expectTotalsToMatchListings();
    expect(await countersAgainstRecount()).toEqual({ counters: [], states: [] });
  });

  it('stay exact when two transactions write the same product at once', async () => {
    const product = await productId('bench-product-20');
    const ingredientWriter = app.dataSource.createQueryRunner();
    const stockWriter = app.dataSource.createQueryRunner();
    try {
      await ingredientWriter.startTransaction();
      await ingredientWriter.query(
        `INSERT INTO product_ingredient (product_id, topical_id)
         SELECT $1, id FROM topical WHERE slug IN ('vitamin-c', 'retinol', 'niacinamide') ON CONFLICT DO NOTHING`,
        [product],
      );
      await stockWriter.startTransaction();
      // Waits for the ingredient writer's lock on the product, then counts from the state it stored.
      const stockFlip = stockWriter.query(`UPDATE product SET in_stock = NOT in_stock WHERE id = $1`, [product]);
      await waitUntilAStatementWaitsForALock();
      await ingredientWriter.commitTransaction();
      await stockFlip;
      await stockWriter.commitTransaction();
    } finally {
      await ingredientWriter.release();
      await stockWriter.release();
    }
    expect(await countersAgainstRecount()).toEqual({ counters: [], states: [] });
    // The regimen's rank rows, rebuilt by the ingredient writer, carry the stock the flip left: the
    // product's lock, taken by the counters, makes the flip update the rebuilt rows.
    const ranks = await app.dataSource.query<{ stale: number }[]>(
      `SELECT count(*)::int AS stale FROM product_rank r JOIN product p ON p.id = r.product_id WHERE p.id = $1 AND r.in_stock <> p.in_stock`,
      [product],
    );
    expect(ranks).toEqual([{ stale: 0 }]);
  });

  it('leave out brands and scar types the caller may not see, when they are read', async () => {
    const all = await total({});
    const hidden = await total({ brand: 'bench-brand-7' });
    await app.dataSource.query(`UPDATE brand SET status = 'DRAFT' WHERE slug = 'bench-brand-7'`);
    expect(await total({})).toBe(all - hidden);
    expect(await total({ brand: 'bench-brand-7' })).toBe(0);
    expect(await total({}, staff)).toBeGreaterThanOrEqual(all);

    await app.dataSource.query(`UPDATE scar_type SET status = 'DRAFT' WHERE slug = 'rolling'`);
    expect(await total({ scarType: 'rolling' })).toBe(0);
    await expectTotalsToMatchListings();
  });
});
