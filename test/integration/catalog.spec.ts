import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const PRODUCT_FIELDS = `
  slug name priceCents currency inStock
  brand { slug name }
  ingredients { concentrationPercent topical { slug category } }
`;

/** Every node of the connection `field`, page after page; `query` takes an `$after` cursor. */
async function allPages(server: TestApp, query: string, field: string, variables: Record<string, unknown> = {}) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = ((await server.data(query, { ...variables, after })) as any)[field];
    nodes.push(...page.edges.map((edge: any) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount: page.totalCount as number };
    after = page.pageInfo.endCursor;
  }
}

function allProducts(filter: Record<string, unknown> = {}, orderBy?: Record<string, unknown>) {
  const query = `query($filter: ProductFilter, $after: String, $orderBy: ProductOrder) {
    products(first: 7, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${PRODUCT_FIELDS} } }
    }
  }`;
  return allPages(app, query, 'products', { filter, orderBy });
}

describe('reference catalog', () => {
  it('serves the treatments partners rely on, with the scar types they suit', async () => {
    const { treatments } = await app.data(`{ treatments { slug device setting needleDepthMinMm needleDepthMaxMm scarTypes { slug } } }`);
    const bySlug = Object.fromEntries(treatments.map((t: any) => [t.slug, t]));
    expect(Object.keys(bySlug)).toEqual(expect.arrayContaining(['home-dermaroller', 'professional-microneedling', 'rf-microneedling']));
    expect(bySlug['home-dermaroller'].device).toBe('DERMAROLLER');
    expect(bySlug['professional-microneedling'].device).toBe('DERMAPEN');
    expect(bySlug['rf-microneedling'].device).toBe('RF_MICRONEEDLING');
    expect(bySlug['professional-microneedling'].scarTypes.map((s: any) => s.slug)).toEqual(expect.arrayContaining(['boxcar', 'rolling']));
  });

  it('serves every required scar type and topical', async () => {
    const { scarTypes, topicals } = await app.data(`{ scarTypes { slug category } topicals { slug allowedSlots inciAliases } }`);
    expect(scarTypes.map((s: any) => s.slug)).toEqual(expect.arrayContaining(['ice-pick', 'boxcar', 'rolling', 'hypertrophic', 'keloid']));
    expect(scarTypes.find((s: any) => s.slug === 'keloid').category).toBe('RAISED');
    const required = [
      'tretinoin',
      'adapalene',
      'retinol',
      'vitamin-c',
      'glycolic-acid',
      'lactic-acid',
      'salicylic-acid',
      'benzoyl-peroxide',
      'niacinamide',
      'hyaluronic-acid',
      'peptides',
      'copper-peptides',
      'mineral-sunscreen',
      'chemical-sunscreen',
      'azelaic-acid',
    ];
    expect(topicals.map((t: any) => t.slug)).toEqual(expect.arrayContaining(required));
    const bySlug = Object.fromEntries(topicals.map((t: any) => [t.slug, t]));
    expect(bySlug.tretinoin.allowedSlots).toEqual(['PM']);
    expect(bySlug['vitamin-c'].allowedSlots).toEqual(['AM']);
    expect(bySlug['mineral-sunscreen'].allowedSlots).toEqual(['AM']);
  });

  it('looks entries up by slug, with null for an unknown slug', async () => {
    const data = await app.data(`{
      topical(slug: "vitamin-c") { name inciAliases helpsScarTypes { slug } }
      scarType(slug: "ice-pick") { name otherTreatments }
      missing: product(slug: "no-such-product") { slug }
      treatment(slug: "rf-microneedling") { name }
    }`);
    expect(data.topical.inciAliases.join(' ').toLowerCase()).toContain('ascorbic');
    expect(data.scarType.otherTreatments.join(' ')).toMatch(/TCA CROSS/i);
    expect(data.missing).toBeNull();
    expect(data.treatment.name).toBeTruthy();
  });
});

describe('products', () => {
  it('pages through every product exactly once, with a consistent total', async () => {
    const { nodes, totalCount } = await allProducts();
    expect(totalCount).toBeGreaterThanOrEqual(40);
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((n) => n.slug)).size).toBe(totalCount);
    expect(nodes.map((n) => n.name)).toEqual([...nodes.map((n) => n.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('sorts by price in both directions across pages', async () => {
    const ascending = (await allProducts({}, { field: 'PRICE', direction: 'ASC' })).nodes.map((n) => n.priceCents);
    const descending = (await allProducts({}, { field: 'PRICE', direction: 'DESC' })).nodes.map((n) => n.priceCents);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(descending).toEqual([...ascending].reverse());
  });

  it('includes multi-active and out-of-stock products', async () => {
    const { nodes } = await allProducts();
    expect(nodes.some((n) => n.ingredients.length >= 2)).toBe(true);
    expect(nodes.some((n) => !n.inStock)).toBe(true);
    expect(new Set(nodes.map((n) => n.brand.slug)).size).toBeGreaterThanOrEqual(3);
  });

  it.each([
    [{ topical: 'retinol' }, (n: any) => n.ingredients.some((i: any) => i.topical.slug === 'retinol')],
    [{ topicalCategory: 'VITAMIN_C' }, (n: any) => n.ingredients.some((i: any) => i.topical.category === 'VITAMIN_C')],
    [{ inStock: false }, (n: any) => n.inStock === false],
    // The deprecated price bounds compare in the storefront currency (EUR by default).
    [{ minPriceCents: 2000, maxPriceCents: 3000 }, (n: any) => n.currency === 'EUR' && n.priceCents >= 2000 && n.priceCents <= 3000],
    [{ currency: 'USD' }, (n: any) => n.currency === 'USD'],
  ])('filters by %j', async (filter, holds) => {
    const { nodes: matching, totalCount } = await allProducts(filter);
    const { nodes: everything } = await allProducts();
    expect(totalCount).toBeGreaterThan(0);
    expect(matching.every(holds)).toBe(true);
    expect(matching.map((n) => n.slug).sort()).toEqual(
      everything
        .filter(holds)
        .map((n) => n.slug)
        .sort(),
    );
  });

  it('filters by brand and by scar type', async () => {
    const { nodes: everything } = await allProducts();
    const brand = everything[0].brand.slug;
    const byBrand = await allProducts({ brand });
    expect(byBrand.nodes.map((n) => n.slug).sort()).toEqual(
      everything
        .filter((n) => n.brand.slug === brand)
        .map((n) => n.slug)
        .sort(),
    );

    const { topicals } = await app.data(`{ topicals { slug helpsScarTypes { slug } } }`);
    const helpsRolling = new Set(topicals.filter((t: any) => t.helpsScarTypes.some((s: any) => s.slug === 'rolling')).map((t: any) => t.slug));
    const byScar = await allProducts({ scarType: 'rolling' });
    expect(byScar.totalCount).toBeGreaterThan(0);
    expect(byScar.nodes.map((n) => n.slug).sort()).toEqual(
      everything
        .filter((n) => n.ingredients.some((i: any) => helpsRolling.has(i.topical.slug)))
        .map((n) => n.slug)
        .sort(),
    );
  });

  it('returns a product with its ingredients, topicals and brand', async () => {
    const { nodes } = await allProducts();
    const multi = nodes.find((n) => n.ingredients.length >= 2);
    const { product } = await app.data(`query($slug: String!) { product(slug: $slug) { ${PRODUCT_FIELDS} } }`, { slug: multi.slug });
    expect(product).toEqual(multi);
  });
});

describe('articles', () => {
  it('lists only published articles, newest first, and hides drafts', async () => {
    const { articles } = await app.data(`{ articles(first: 100) { totalCount edges { node { slug status publishedAt } } } }`);
    expect(articles.totalCount).toBeGreaterThanOrEqual(6);
    const nodes = articles.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.status === 'PUBLISHED')).toBe(true);
    const dates = nodes.map((n: any) => n.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());

    const [{ slug: draftSlug }] = await app.dataSource.query(`SELECT slug FROM article WHERE status = 'DRAFT' LIMIT 1`);
    const { article } = await app.data(`query($slug: String!) { article(slug: $slug) { slug } }`, { slug: draftSlug });
    expect(article).toBeNull();
    expect(nodes.map((n: any) => n.slug)).not.toContain(draftSlug);
  });

  it('pages through published articles newest first, each once, ties within a millisecond broken by id', async () => {
    // Two articles published within the same millisecond (microseconds apart): cursors hold milliseconds.
    const [first, second] = await app.dataSource.query(`SELECT id FROM article WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 2`);
    await app.dataSource.query(`UPDATE article SET published_at = '2026-03-01 10:00:00.123456+00' WHERE id = $1`, [first.id]);
    await app.dataSource.query(`UPDATE article SET published_at = '2026-03-01 10:00:00.123999+00' WHERE id = $1`, [second.id]);

    const PAGE = `query($after: String) {
      articles(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id publishedAt } } }
    }`;
    const { nodes, totalCount } = await allPages(app, PAGE, 'articles');
    const paged = nodes as { id: string; publishedAt: string }[];

    expect(paged).toHaveLength(totalCount);
    expect(new Set(paged.map((node) => node.id)).size).toBe(totalCount);
    const newestFirst = [...paged].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || (a.id < b.id ? 1 : -1));
    expect(paged).toEqual(newestFirst);
    const tied = paged.filter((node) => node.publishedAt === '2026-03-01T10:00:00.123Z');
    expect(tied.map((node) => node.id).sort()).toEqual([first.id, second.id].sort());

    // The same pages from a server whose database sessions run in another time zone.
    const url = new URL(app.databaseUrl);
    url.searchParams.set('options', '-c TimeZone=America/New_York');
    const elsewhere = await startTestApp({ DATABASE_URL: url.toString() }, { database: url.pathname.slice(1) });
    try {
      const [{ TimeZone: zone }] = await elsewhere.dataSource.query('SHOW TimeZone');
      expect(zone).toBe('America/New_York');
      expect((await allPages(elsewhere, PAGE, 'articles')).nodes).toEqual(paged);
    } finally {
      await elsewhere.close();
    }
  });

  it('filters by tag and resolves tags and citations', async () => {
    const { articles } = await app.data(`{
      articles(first: 100, filter: { scarType: "ice-pick" }) {
        edges { node { slug scarTypes { slug } treatments { slug } topicals { slug } citations { title evidenceLevel } } }
      }
    }`);
    expect(articles.edges.length).toBeGreaterThan(0);
    for (const { node } of articles.edges) expect(node.scarTypes.map((s: any) => s.slug)).toContain('ice-pick');
  });
});

describe('compatibility rules', () => {
  it('exposes every rule with its topicals, parameters and citations', async () => {
    const { compatibilityRules } = await app.data(`{
      compatibilityRules { code kind severity rationale management citations { title } topicals { role topical { slug } }
        parameters { hours needlingScope { devices depthAboveMm depthUpToMm tier } conflictScope conflictManagement condition eligibility } }
    }`);
    expect(compatibilityRules.length).toBeGreaterThan(50);
    for (const rule of compatibilityRules) expect(rule.citations.length).toBeGreaterThan(0);
    const kinds = new Set(compatibilityRules.map((r: any) => r.kind));
    expect([...kinds].sort()).toEqual([
      'CONTRAINDICATION',
      'PAIR_CONFLICT',
      'REQUIREMENT',
      'SESSION_INTERVAL',
      'STOP_BEFORE_NEEDLING',
      'WAIT_AFTER_NEEDLING',
    ]);
  });

  it('filters rules by kind and topical', async () => {
    const { compatibilityRules } = await app.data(`{
      compatibilityRules(filter: { kind: PAIR_CONFLICT, topical: "tretinoin" }) { kind topicals { topical { slug } } }
    }`);
    expect(compatibilityRules.length).toBeGreaterThan(0);
    for (const rule of compatibilityRules) {
      expect(rule.kind).toBe('PAIR_CONFLICT');
      expect(rule.topicals.map((t: any) => t.topical.slug)).toContain('tretinoin');
    }
    const pairs = await app.data(`{ compatibilityRules(filter: { kind: PAIR_CONFLICT }) { pairA { slug } pairB { slug } } }`);
    const joined = (a: string, b: string) =>
      pairs.compatibilityRules.some(
        (r: any) =>
          (r.pairA.some((t: any) => t.slug === a) && r.pairB.some((t: any) => t.slug === b)) ||
          (r.pairA.some((t: any) => t.slug === b) && r.pairB.some((t: any) => t.slug === a)),
      );
    expect(joined('tretinoin', 'benzoyl-peroxide')).toBe(true);
    expect(joined('vitamin-c', 'niacinamide')).toBe(false);
    expect(joined('adapalene', 'benzoyl-peroxide')).toBe(false);
  });
});

describe('bad input', () => {
  it.each([
    ['{ products(first: 101) { totalCount } }', 'first'],
    ['{ products(first: 0) { totalCount } }', 'first'],
    ['{ products(after: "not-a-cursor") { totalCount } }', 'after'],
    ['{ products(filter: { minPriceCents: -1 }) { totalCount } }', 'filter.minPriceCents'],
    ['{ products(filter: { minPriceCents: 500, maxPriceCents: 100 }) { totalCount } }', 'filter.maxPriceCents'],
    ['{ products(filter: { currency: "euro" }) { totalCount } }', 'filter.currency'],
    ['{ topical(slug: "Not A Slug; DROP TABLE topical") { slug } }', 'slug'],
  ])('%s is rejected naming %s', async (query, field) => {
    const response = await app.graphql(query);
    const [error] = response.body.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.fields.map((f: any) => f.field)).toContain(field);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|SELECT|QueryFailedError/i);
  });

  it('masks unexpected failures: no SQL or stack trace, an error id instead', async () => {
    await app.dataSource.query('ALTER TABLE brand RENAME TO brand_gone');
    try {
      const response = await app.graphql('{ products(first: 5) { edges { node { slug } } } }');
      const [error] = response.body.errors!;
      expect(error.message).toBe('Internal server error');
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) });
      expect(JSON.stringify(response.body)).not.toMatch(/brand|relation|SELECT|at \w+ \(/i);
    } finally {
      await app.dataSource.query('ALTER TABLE brand_gone RENAME TO brand');
    }
  });
});
