// Search on what the database holds now: a product's name, ingredients and brand are searchable as soon as an edit is
// published (the search documents and name terms are kept by PostgreSQL, nothing to rebuild), and the scores the
// search computes for the few products whose terms can be non-zero equal the whole relevance formula of every product.
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from '../support/auth';
import { CONTENT_INPUTS, uniqueSlug } from '../support/editorial-inputs';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let editor: SignedIn;
beforeAll(async () => {
  app = await startTestApp();
  editor = await signInAs(app, Role.EDITOR);
});
afterAll(() => app.close());

const SEARCH = `query($query: String!, $filter: SearchFilter) {
  search(query: $query, first: 100, filter: $filter) {
    totalCount
    edges { score node { __typename ... on Product { slug } ... on Article { slug } ... on Treatment { slug } ... on Topical { slug } ... on ScarType { slug } } }
    facets { brands { slug count } topicals { slug count } }
  }
}`;

async function search(query: string, filter?: Record<string, unknown>) {
  const { search: result } = await app.data(SEARCH, { query, filter });
  const hits: { type: string; slug: string; score: number }[] = result.edges.map((edge: any) => ({
    type: edge.node.__typename,
    slug: edge.node.slug,
    score: edge.score,
  }));
  return {
    total: result.totalCount as number,
    hits,
    brands: result.facets.brands as { slug: string; count: number }[],
    topicals: result.facets.topicals as { slug: string; count: number }[],
  };
}

async function as(query: string, variables: Record<string, unknown>) {
  const response = await app.graphql(query, variables, editor.headers);
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data!;
}

const CREATE = (type: string) =>
  `mutation($input: ${CONTENT_INPUTS[type].inputType}!) { create${CONTENT_INPUTS[type].name}(input: $input) { id version } }`;
const PUBLISH = `mutation($type: ContentType!, $id: ID!, $v: Int!) { publishEntry(type: $type, id: $id, expectedVersion: $v) { entry { version } } }`;
const UNPUBLISH = `mutation($type: ContentType!, $id: ID!, $v: Int!) { unpublishEntry(type: $type, id: $id, expectedVersion: $v) { entry { version } } }`;
const UPDATE_PRODUCT = `mutation($id: ID!, $v: Int!, $input: ProductInput!) { updateProduct(id: $id, expectedVersion: $v, input: $input) { version } }`;

describe('after edits', () => {
  it('finds a product by its new name, new ingredients and brand at once, and no longer when its brand is unpublished', async () => {
    const brandSlug = uniqueSlug('brand');
    const { createBrand: brand } = await as(CREATE('BRAND'), { input: { ...CONTENT_INPUTS.BRAND.input(), slug: brandSlug, name: 'Ostrel Labs' } });
    const { publishEntry: brandPublished } = await as(PUBLISH, { type: 'BRAND', id: brand.id, v: brand.version });

    const slug = uniqueSlug('product');
    const input = {
      ...CONTENT_INPUTS.PRODUCT.input(),
      slug,
      brand: brandSlug,
      name: 'Zephyrine glow tonic',
      ingredients: [{ topical: 'hyaluronic-acid', concentrationPercent: 1 }],
    };
    const { createProduct: product } = await as(CREATE('PRODUCT'), { input });
    const published: number = (await as(PUBLISH, { type: 'PRODUCT', id: product.id, v: product.version })).publishEntry.entry.version;

    const byName = await search('zephyrine glow tonic');
    expect(byName.hits[0]).toMatchObject({ type: 'Product', slug });
    // The exact name's bonus (1) and the prefix bonus (0.2) are there.
    expect(byName.hits[0].score).toBeGreaterThan(1.2);
    expect(byName.brands).toEqual([{ slug: brandSlug, count: 1 }]);

    // Renamed, and vitamin C instead of hyaluronic acid.
    const renamed = { ...input, name: 'Quorvane night balm', ingredients: [{ topical: 'vitamin-c', concentrationPercent: 10 }] };
    const edited: number = (await as(UPDATE_PRODUCT, { id: product.id, v: published, input: renamed })).updateProduct.version;
    await as(PUBLISH, { type: 'PRODUCT', id: product.id, v: edited });

    expect((await search('zephyrine')).hits).toEqual([]);
    const renamedHits = await search('quorvane night balm');
    expect(renamedHits.hits[0]).toMatchObject({ type: 'Product', slug });
    expect(renamedHits.hits[0].score).toBeGreaterThan(1.2);
    // A typo of the new name, and the new ingredient's alias.
    expect((await search('quorvane nigt')).hits.map((hit) => hit.slug)).toContain(slug);
    expect((await search('ascorbic')).hits.map((hit) => hit.slug)).toContain(slug);
    const hyaluronic = await search('hyaluronic', { brand: brandSlug });
    expect(hyaluronic).toMatchObject({ total: 0, hits: [] });
    const vitaminC = await search('ascorbic', { brand: brandSlug });
    expect(vitaminC).toMatchObject({ total: 1, hits: [{ slug }] });
    expect(vitaminC.topicals).toEqual(expect.arrayContaining([{ slug: 'vitamin-c', count: 1 }]));

    // Its brand unpublished: gone from results, totals and facets.
    await as(UNPUBLISH, { type: 'BRAND', id: brand.id, v: brandPublished.entry.version });
    const hidden = await search('quorvane');
    expect(hidden.hits).toEqual([]);
    expect(hidden.total).toBe(0);
    expect(hidden.brands).toEqual([]);
  });

  it('stops finding a product through its ingredients, in results, total and facets, once it is unpublished', async () => {
    const brandSlug = uniqueSlug('brand');
    const { createBrand: brand } = await as(CREATE('BRAND'), { input: { ...CONTENT_INPUTS.BRAND.input(), slug: brandSlug } });
    await as(PUBLISH, { type: 'BRAND', id: brand.id, v: brand.version });
    const slug = uniqueSlug('product');
    const input = { ...CONTENT_INPUTS.PRODUCT.input(), slug, brand: brandSlug, ingredients: [{ topical: 'vitamin-c', concentrationPercent: 10 }] };
    const { createProduct: product } = await as(CREATE('PRODUCT'), { input });
    const published: number = (await as(PUBLISH, { type: 'PRODUCT', id: product.id, v: product.version })).publishEntry.entry.version;

    const vitaminCCount = (result: { topicals: { slug: string; count: number }[] }) => result.topicals.find((t) => t.slug === 'vitamin-c')?.count;
    const shown = await search('ascorbic');
    expect(shown.hits.map((hit) => hit.slug)).toContain(slug);

    await as(UNPUBLISH, { type: 'PRODUCT', id: product.id, v: published });
    const hidden = await search('ascorbic');
    expect(hidden.hits.map((hit) => hit.slug)).not.toContain(slug);
    expect(hidden.total).toBe(shown.total - 1);
    expect(vitaminCCount(hidden)).toBe(vitaminCCount(shown)! - 1);
  });
});

describe('relevance', () => {
  // The formula over every visible product, written out in full (see src/modules/search/search.service.ts): what the
  // search computes for the products whose costly terms can be non-zero must give the same score to every product.
  const FULL_PRODUCT_SCORES = `
    WITH q AS (SELECT to_tsquery('english', $1) AS prefix, to_tsquery('english', $2) AS words, $3::text AS exact, $4::text AS like_prefix,
                      $5::text AS trigram),
    linked AS (
      SELECT t.id, greatest(ts_rank(ts_filter(t.search_vector, '{a,b}'), q.prefix), ts_rank(ts_filter(t.search_vector, '{a,b}'), q.words))::float8
               + 0.3 * word_similarity(q.exact, t.name) AS rank
      FROM topical t, q
      WHERE (ts_filter(t.search_vector, '{a,b}') @@ q.prefix OR (q.trigram IS NOT NULL AND q.trigram <% t.name))
        AND t.status = 'PUBLISHED' AND t.deleted_at IS NULL)
    SELECT p.slug, round((greatest(ts_rank(p.search_vector, q.prefix), ts_rank(p.search_vector, q.words))::float8
        + 0.4 * COALESCE((SELECT max(l.rank) FROM product_ingredient pi JOIN linked l ON l.id = pi.topical_id WHERE pi.product_id = p.id), 0)
        + CASE WHEN lower(p.name) = q.exact THEN 1 ELSE 0 END
        + CASE WHEN lower(p.name) LIKE q.like_prefix THEN 0.2 ELSE 0 END
        + 0.3 * word_similarity(q.exact, p.name))::numeric, 6)::float8 AS score
    FROM product p, q
    WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM brand b WHERE b.id = p.brand_id AND b.status = 'PUBLISHED' AND b.deleted_at IS NULL)
      AND (p.search_vector @@ q.prefix OR (q.trigram IS NOT NULL AND q.trigram <% p.name)
           OR EXISTS (SELECT 1 FROM product_ingredient pi JOIN linked l ON l.id = pi.topical_id WHERE pi.product_id = p.id))`;

  it.each([
    // [input, prefix tsquery, words tsquery, trigram text]
    ['acid', 'acid:*', 'acid', 'acid'],
    ['retinoic ac', 'retinoic & ac:*', 'retinoic & ac', 'retinoic ac'],
    ['serum', 'serum:*', 'serum', 'serum'],
    ['tret', 'tret:*', 'tret', 'tret'],
    ['hyaluronc', 'hyaluronc:*', 'hyaluronc', 'hyaluronc'],
    ['vitamin c serum', 'vitamin & c & serum:*', 'vitamin & c & serum', 'vitamin c serum'],
    // Under 4 characters: no typo matching, and the name terms computed for every match.
    ['ret', 'ret:*', 'ret', null],
  ])('scores every product matching "%s" as the whole formula does', async (input, prefix, words, trigram) => {
    const expected: { slug: string; score: number }[] = await app.dataSource.query(FULL_PRODUCT_SCORES, [prefix, words, input, `${input}%`, trigram]);
    const { hits } = await search(input, { types: ['PRODUCT'] });
    expect(expected.length).toBeLessThanOrEqual(100);
    const bySlug = (list: { slug: string; score: number }[]) =>
      Object.fromEntries(list.map((hit) => [hit.slug, hit.score]).sort(([a], [b]) => String(a).localeCompare(String(b))));
    expect(bySlug(hits)).toEqual(bySlug(expected));
  });
});

describe('pages of a broad match', () => {
  // A page of a broad match reads, per rank of the linked topicals, only as many products as fit on it: paging through a
  // whole match a few entries at a time, either way, must give the one ranking that a page holding every match gives.
  const PAGE = `query($query: String!, $filter: SearchFilter, $first: Int, $after: String, $last: Int, $before: String) {
    search(query: $query, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { score node { __typename ... on Product { slug } ... on Article { slug } ... on Treatment { slug } ... on Topical { slug } ... on ScarType { slug } } }
    }
  }`;
  type Hit = { type: string; slug: string; score: number };
  const hitsOf = (search: any): Hit[] => search.edges.map((edge: any) => ({ type: edge.node.__typename, slug: edge.node.slug, score: edge.score }));

  async function pages(query: string, filter: Record<string, unknown> | undefined, backwards: boolean): Promise<{ hits: Hit[]; totals: number[] }> {
    const hits: Hit[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const window: Record<string, unknown> = backwards ? { last: 3, before: cursor } : { first: 3, after: cursor };
      const { search }: { search: any } = await app.data(PAGE, { query, filter, ...window });
      totals.push(search.totalCount);
      if (backwards) hits.unshift(...hitsOf(search));
      else hits.push(...hitsOf(search));
      if (!(backwards ? search.pageInfo.hasPreviousPage : search.pageInfo.hasNextPage)) return { hits, totals };
      cursor = backwards ? search.pageInfo.startCursor : search.pageInfo.endCursor;
    }
    throw new Error(`"${query}": more than 100 pages`);
  }

  it.each([
    ['acid', { types: ['PRODUCT'] }],
    ['acid', undefined],
    ['serum', undefined],
    ['vitamin', undefined],
    ['hyaluronc', undefined],
  ])('pages through "%s" (filter %j) three at a time, forwards and backwards, as one page ranks it', async (query, filter) => {
    const { search: whole } = await app.data(PAGE, { query, filter, first: 100 });
    const ranking = hitsOf(whole);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    // Enough products share a topical's rank for its pages to be cut short.
    expect(ranking.filter((hit) => hit.type === 'Product').length).toBeGreaterThan(6);
    for (const backwards of [false, true]) {
      const paged = await pages(query, filter, backwards);
      expect(paged.hits).toEqual(ranking);
      expect(new Set(paged.totals)).toEqual(new Set([whole.totalCount]));
    }
    expect(whole.totalCount).toBe(ranking.length);
  });
});
