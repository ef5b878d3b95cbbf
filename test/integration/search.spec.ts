// Storefront search through the real server: relevance, INCI aliases (a product through its
// topicals), search as you type, typos, facet counts that equal what selecting them returns,
// paging, and drafts (editors only).
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from '../support/auth';
import { CONTENT_INPUTS, uniqueSlug } from '../support/editorial-inputs';
import { createPartner } from '../support/partners';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let editor: SignedIn;
beforeAll(async () => {
  app = await startTestApp();
  editor = await signInAs(app, Role.EDITOR);
});
afterAll(() => app.close());

const NODE = `__typename
  ... on Product { slug name } ... on Article { slug title } ... on Treatment { slug name }
  ... on Topical { slug name } ... on ScarType { slug name }`;

const SEARCH = `query($query: String!, $first: Int, $after: String, $filter: SearchFilter) {
  search(query: $query, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor score node { ${NODE} } }
  }
}`;

const FACETS = `query($query: String!, $filter: SearchFilter) {
  search(query: $query, first: 1, filter: $filter) {
    totalCount
    facets {
      types { type count }
      topicalCategories { category count }
      topicals { slug name count }
      scarTypes { slug name count }
      brands { slug name count }
      priceBands { band currency min { amountMinor currency } max { amountMinor currency } count }
      inStock { inStock count }
    }
  }
}`;

const TOTAL = `query($query: String!, $filter: SearchFilter) { search(query: $query, first: 1, filter: $filter) { totalCount } }`;

interface Hit {
  type: string;
  slug: string;
  label: string;
  score: number;
}

async function search(query: string, options: { filter?: Record<string, unknown>; first?: number; headers?: Record<string, string> } = {}) {
  const response = await app.graphql(SEARCH, { query, first: options.first ?? 100, filter: options.filter }, options.headers);
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  const result = response.body.data!.search;
  const hits: Hit[] = result.edges.map((edge: any) => ({
    type: edge.node.__typename,
    slug: edge.node.slug,
    label: edge.node.name ?? edge.node.title,
    score: edge.score,
  }));
  return { hits, totalCount: result.totalCount as number, hasNextPage: result.pageInfo.hasNextPage as boolean };
}

const slugsOf = (hits: Hit[], type: string) =>
  hits
    .filter((hit) => hit.type === type)
    .map((hit) => hit.slug)
    .sort();

async function productsContaining(topical: string): Promise<string[]> {
  const { products } = await app.data(
    `query($topical: String!) { products(first: 100, filter: { topical: $topical }) { edges { node { slug } } } }`,
    { topical },
  );
  return products.edges.map((edge: any) => edge.node.slug).sort();
}

describe('relevance', () => {
  it.each([
    ['Tretinoin', 'Topical', 'tretinoin'],
    ['retinol', 'Topical', 'retinol'],
    ['Retinol 1% Concentrate', 'Product', undefined],
    ['boxcar scar', 'ScarType', 'boxcar'],
  ])('ranks the entry named exactly "%s" first', async (query, type, slug) => {
    const { hits } = await search(query);
    expect(hits[0]).toMatchObject({ type, label: expect.stringMatching(new RegExp(`^${query.replace(/[%()]/g, '.')}$`, 'i')) });
    if (slug) expect(hits[0].slug).toBe(slug);
    // And strictly ahead of the next result.
    expect(hits[0].score).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it('ranks an exact article title first', async () => {
    const { articles } = await app.data(`{ articles(first: 1, orderBy: { field: TITLE, direction: ASC }) { edges { node { slug title } } } }`);
    const article = articles.edges[0].node;
    const { hits } = await search(article.title);
    expect(hits[0]).toMatchObject({ type: 'Article', slug: article.slug });
  });

  it('answers a page with its total and facets in a few statements, whatever its size', async () => {
    const query = `query($first: Int) { search(query: "acid", first: $first) { totalCount edges { node { ${NODE} } } facets { types { count } topicals { count } } } }`;
    for (const first of [5, 50]) {
      const response = await app.graphql(query, { first });
      expect(response.body.errors).toBeUndefined();
      const kinds = new Set(response.body.data!.search.edges.map((edge: any) => edge.node.__typename)).size;
      // The page (with its total), one per kind of entry on it, the facets.
      expect(Number(response.headers.get('x-sql-statement-count'))).toBe(1 + kinds + 1);
    }
  });

  it('returns results in decreasing relevance, each once, across pages', async () => {
    const all = await search('acid');
    expect(all.totalCount).toBeGreaterThan(10);
    const paged: Hit[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await app.graphql(SEARCH, { query: 'acid', first: 4, after });
      const result: any = response.body.data!.search;
      paged.push(...result.edges.map((edge: any) => ({ type: edge.node.__typename, slug: edge.node.slug, score: edge.score })));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(paged.map((hit) => `${hit.type}:${hit.slug}`)).toEqual(all.hits.map((hit) => `${hit.type}:${hit.slug}`));
    expect(paged).toHaveLength(all.totalCount);
    const scores = paged.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('names, INCI aliases and ingredients', () => {
  it('finds vitamin C, and every product that contains it, by "ascorbic"', async () => {
    const { hits } = await search('ascorbic');
    expect(slugsOf(hits, 'Topical')).toContain('vitamin-c');
    const vitaminC = await productsContaining('vitamin-c');
    expect(vitaminC.length).toBeGreaterThan(0);
    expect(slugsOf(hits, 'Product')).toEqual(expect.arrayContaining(vitaminC));
  });

  it('finds the same topical, and the same products, by "tretinoin" and by "retinoic acid"', async () => {
    const byName = await search('tretinoin');
    const byAlias = await search('retinoic acid');
    const tretinoinProducts = await productsContaining('tretinoin');
    for (const { hits } of [byName, byAlias]) {
      expect(slugsOf(hits, 'Topical')).toContain('tretinoin');
      expect(slugsOf(hits, 'Product')).toEqual(expect.arrayContaining(tretinoinProducts));
    }
    expect(slugsOf(byAlias.hits, 'Topical')).toEqual(['tretinoin']);
  });

  it('matches the word being typed as a prefix, and finished words whole', async () => {
    expect(slugsOf((await search('tret')).hits, 'Topical')).toContain('tretinoin');
    expect(slugsOf((await search('retinoic ac')).hits, 'Topical')).toEqual(['tretinoin']);
    expect(slugsOf((await search('hyaluro')).hits, 'Topical')).toContain('hyaluronic-acid');
  });

  it('tolerates a small typo in a name', async () => {
    expect(slugsOf((await search('tretinion')).hits, 'Topical')).toContain('tretinoin');
    expect(slugsOf((await search('asorbic')).hits, 'Topical')).toContain('vitamin-c');
    const hyaluronic = await productsContaining('hyaluronic-acid');
    expect(slugsOf((await search('hyaluronc')).hits, 'Product')).toEqual(expect.arrayContaining(hyaluronic));
  });

  it('finds nothing for words that match nothing, and refuses input without letters or digits', async () => {
    expect(await search('xylophonequartz')).toMatchObject({ hits: [], totalCount: 0 });
    for (const query of ['', '  %% ']) {
      const response = await app.graphql(SEARCH, { query });
      expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('facets', () => {
  const FACET_SELECTIONS: [facet: string, toFilter: (value: any) => Record<string, unknown>][] = [
    ['types', (v) => ({ types: [v.type] })],
    ['topicalCategories', (v) => ({ topicalCategory: v.category })],
    ['topicals', (v) => ({ topical: v.slug })],
    ['scarTypes', (v) => ({ scarType: v.slug })],
    ['brands', (v) => ({ brand: v.slug })],
    ['priceBands', (v) => ({ priceBand: v.band, currency: v.currency })],
    ['inStock', (v) => ({ inStock: v.inStock })],
  ];

  it.each([
    ['tretinoin', {}],
    ['acid', {}],
    ['serum', {}],
    ['scar', {}],
    ['acid', { types: ['PRODUCT'], inStock: true }],
    ['retinoid', { topicalCategory: 'RETINOID', scarType: 'boxcar' }],
  ])('each count of "%s" (filter %j) equals the total that selecting it returns', async (query, filter) => {
    const { search: result } = await app.data(FACETS, { query, filter });
    let checked = 0;
    for (const [facet, toFilter] of FACET_SELECTIONS) {
      for (const value of result.facets[facet]) {
        const selected = { ...filter, ...toFilter(value) };
        const { search: narrowed } = await app.data(TOTAL, { query, filter: selected });
        expect({ facet, value, totalCount: narrowed.totalCount }).toEqual({ facet, value, totalCount: value.count });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(3);
    // Without a type filter, the types add up to the total.
    if (!('types' in filter)) {
      expect(result.facets.types.reduce((sum: number, t: any) => sum + t.count, 0)).toBe(result.totalCount);
    }
  });

  it('lists facet values with results only, most first, price bands by currency in price order', async () => {
    const { search: result } = await app.data(FACETS, { query: 'serum' });
    for (const facet of ['types', 'topicals', 'brands']) {
      const counts = result.facets[facet].map((value: any) => value.count);
      expect(counts.every((count: number) => count > 0)).toBe(true);
      expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    }
    const bands: { currency: string; min: { amountMinor: number; currency: string }; max: { currency: string } | null }[] = result.facets.priceBands;
    expect(new Set(bands.map((band) => band.currency))).toEqual(new Set(['EUR', 'USD']));
    const inOrder = [...bands].sort((a, b) => a.currency.localeCompare(b.currency) || a.min.amountMinor - b.min.amountMinor);
    expect(bands).toEqual(inOrder);
    for (const band of bands) {
      expect(band.min.currency).toBe(band.currency);
      expect(band.max?.currency ?? band.currency).toBe(band.currency);
    }
    expect(bands[0]).toEqual(expect.objectContaining({ max: expect.objectContaining({ amountMinor: expect.any(Number) }) }));
  });

  it('limits products by brand, price band and stock, and the other kinds by their relations', async () => {
    const { hits } = await search('acid', { filter: { priceBand: 'FROM_20_TO_50', inStock: true } });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.type))).toEqual(new Set(['Product']));
    for (const hit of hits) {
      const { product } = await app.data(`query($slug: String!) { product(slug: $slug) { price { amountMinor currency } inStock } }`, {
        slug: hit.slug,
      });
      expect(product.inStock).toBe(true);
      // A band without a currency is one of the storefront currency (EUR by default).
      expect(product.price.currency).toBe('EUR');
      expect(product.price.amountMinor).toBeGreaterThanOrEqual(2000);
      expect(product.price.amountMinor).toBeLessThan(5000);
    }
    const boxcar = await search('scar', { filter: { scarType: 'boxcar' } });
    expect(slugsOf(boxcar.hits, 'ScarType')).toEqual(['boxcar']);
  });
});

describe('callers', () => {
  it('lets partners with CATALOG_READ search, published entries only', async () => {
    const partner = { 'x-api-key': (await createPartner(app, { name: 'Search partner' })).apiKey };
    const { hits } = await search('tretinoin', { headers: partner });
    expect(slugsOf(hits, 'Topical')).toContain('tretinoin');
    expect((await search('tretinoin')).hits).toEqual(hits);
  });
});

describe('drafts', () => {
  const CREATE_TOPICAL = `mutation($input: TopicalInput!) { createTopical(input: $input) { id version } }`;
  const CREATE_PRODUCT = `mutation($input: ProductInput!) { createProduct(input: $input) { id version } }`;
  const PUBLISH = `mutation($type: ContentType!, $id: ID!, $v: Int!) { publishEntry(type: $type, id: $id, expectedVersion: $v) { entry { version } } }`;
  const as = async (query: string, variables: Record<string, unknown>) => {
    const response = await app.graphql(query, variables, editor.headers);
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data!;
  };

  it('finds drafts for editors only, including products through a draft topical’s aliases', async () => {
    // A draft topical whose alias only it has, in a product that is published.
    const topicalSlug = uniqueSlug('quuxamide');
    await as(CREATE_TOPICAL, {
      input: { ...CONTENT_INPUTS.TOPICAL.input(), slug: topicalSlug, name: 'Quuxamide', inciAliases: ['zorbaxyl glucoside'] },
    });
    const productSlug = uniqueSlug('product');
    const { createProduct } = await as(CREATE_PRODUCT, {
      input: {
        ...CONTENT_INPUTS.PRODUCT.input(),
        slug: productSlug,
        name: 'Plain test serum',
        ingredients: [{ topical: topicalSlug, concentrationPercent: 2 }],
      },
    });
    await as(PUBLISH, { type: 'PRODUCT', id: createProduct.id, v: createProduct.version });

    const asEditor = await search('zorbaxyl', { headers: editor.headers });
    expect(asEditor.hits.map((hit) => hit.slug).sort()).toEqual([productSlug, topicalSlug].sort());
    const anonymous = await search('zorbaxyl');
    expect(anonymous.hits).toEqual([]);
    // The published product itself is found by its own name.
    expect(slugsOf((await search('plain test serum')).hits, 'Product')).toContain(productSlug);

    // A draft product is found by editors only.
    const draftSlug = uniqueSlug('product');
    await as(CREATE_PRODUCT, { input: { ...CONTENT_INPUTS.PRODUCT.input(), slug: draftSlug, name: 'Vellichor draft balm' } });
    expect(slugsOf((await search('vellichor', { headers: editor.headers })).hits, 'Product')).toEqual([draftSlug]);
    expect((await search('vellichor')).hits).toEqual([]);
  });
});
