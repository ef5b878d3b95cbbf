// A list brings its items' relations in its own statement, with only the requested columns
// (src/db/row-reader.ts, Prefetch). Every field must come out as it does through the loaders,
// which read whole rows: this asks for every scalar field of every prefetched type both ways.
import { Role } from '../../src/core/roles';
import { signInAs } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Every field of `type` without arguments whose value is a scalar or enum (or a list of them). */
async function scalarFields(type: string): Promise<string> {
  const { __type } = await app.data(
    `query($type: String!) {
    __type(name: $type) { fields { name args { name } type { kind ofType { kind ofType { kind ofType { kind } } } } } }
  }`,
    { type },
  );
  const leafKind = (t: { kind: string; ofType?: unknown }): string => (t.ofType ? leafKind(t.ofType as typeof t) : t.kind);
  const fields = (__type.fields as { name: string; args: unknown[]; type: { kind: string } }[])
    .filter((field) => field.args.length === 0 && ['SCALAR', 'ENUM'].includes(leafKind(field.type)))
    .map((field) => field.name);
  expect(fields).toContain('id');
  return fields.join(' ');
}

/** Checks that every object in `prefetched` equals the one with its id in `reference`; returns how many were checked. */
function expectSameAsReference(prefetched: { id: string }[], reference: { id: string }[]): number {
  const byId = new Map(reference.map((entry) => [entry.id, entry]));
  let checked = 0;
  for (const entry of prefetched) {
    if (!byId.has(entry.id)) continue;
    expect(entry).toEqual(byId.get(entry.id));
    checked += 1;
  }
  return checked;
}

it('products bring their brands and ingredients with every field the loaders give', async () => {
  const [brand, topical] = [await scalarFields('Brand'), await scalarFields('Topical')];
  const { products, brands, topicals } = await app.data(`{
    products(first: 100) { edges { node { id brand { ${brand} } ingredients { concentrationPercent topical { ${topical} } } } } }
    brands { ${brand} }
    topicals { ${topical} }
  }`);
  const nodes = products.edges.map((edge: { node: unknown }) => edge.node);
  expect(
    expectSameAsReference(
      nodes.map((node: { brand: { id: string } }) => node.brand),
      brands,
    ),
  ).toBe(nodes.length);
  const ingredients = nodes.flatMap((node: { ingredients: { topical: { id: string } }[] }) => node.ingredients.map((i) => i.topical));
  expect(ingredients.length).toBeGreaterThan(nodes.length);
  expect(expectSameAsReference(ingredients, topicals)).toBe(ingredients.length);
});

it('articles bring their tags and citations with every field the loaders give', async () => {
  const [treatment, scarType, topical, citation] = await Promise.all(['Treatment', 'ScarType', 'Topical', 'Citation'].map(scalarFields));
  const { articles, treatments, scarTypes, topicals, compatibilityRules } = await app.data(`{
    articles(first: 100) { edges { node { id treatments { ${treatment} } scarTypes { ${scarType} } topicals { ${topical} } citations { ${citation} } } } }
    treatments { ${treatment} }
    scarTypes { ${scarType} }
    topicals { ${topical} }
    compatibilityRules { citations { ${citation} } }
  }`);
  const nodes = articles.edges.map((edge: { node: Record<string, { id: string }[]> }) => edge.node);
  const all = (field: string) => nodes.flatMap((node: Record<string, { id: string }[]>) => node[field]);
  expect(expectSameAsReference(all('treatments'), treatments)).toBe(all('treatments').length);
  expect(expectSameAsReference(all('scarTypes'), scarTypes)).toBe(all('scarTypes').length);
  expect(expectSameAsReference(all('topicals'), topicals)).toBe(all('topicals').length);
  // Rules' citations come through the loaders; articles cite some of the same sources.
  const ruleCitations = compatibilityRules.flatMap((rule: { citations: { id: string }[] }) => rule.citations);
  expect(expectSameAsReference(all('citations'), ruleCitations)).toBeGreaterThan(0);
});

it('a product or article read with only the selected columns shows the same as a whole row', async () => {
  const [product, article] = [await scalarFields('Product'), await scalarFields('Article')];
  // Search reads whole rows; product(slug:) and article(slug:) read what the query selects.
  const { search } = await app.data(`{
    search(query: "serum", first: 50) { edges { node { ... on Product { __typename ${product} } ... on Article { __typename ${article} } } } }
  }`);
  const hits = search.edges.map((edge: { node: { __typename: string; slug: string } }) => edge.node);
  expect(hits.some((hit: { __typename: string }) => hit.__typename === 'Product')).toBe(true);
  for (const hit of hits.filter((h: { __typename: string }) => h.__typename === 'Product' || h.__typename === 'Article')) {
    const field = hit.__typename === 'Product' ? 'product' : 'article';
    const fields = hit.__typename === 'Product' ? product : article;
    const single = await app.data(`query($slug: String!) { ${field}(slug: $slug) { __typename ${fields} } }`, { slug: hit.slug });
    expect(single[field]).toEqual(hit);
  }
});

it('a draft brand hides its products from storefronts; editors see them with the draft brand', async () => {
  const [{ slug, brand_id: brandId }] = await app.dataSource.query(
    `SELECT p.slug, p.brand_id FROM product p WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL ORDER BY p.name, p.id LIMIT 1`,
  );
  const QUERY = `query($slug: String!) { products(first: 100) { edges { node { slug brand { id status } } } } product(slug: $slug) { slug brand { id status } } }`;
  const editor = await signInAs(app, Role.EDITOR);
  await app.dataSource.query(`UPDATE brand SET status = 'DRAFT' WHERE id = $1`, [brandId]);
  try {
    const storefront = await app.data(QUERY, { slug });
    expect(storefront.product).toBeNull();
    expect(storefront.products.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).not.toContain(slug);
    expect(storefront.products.edges.every((edge: { node: { brand: { status: string } } }) => edge.node.brand.status === 'PUBLISHED')).toBe(true);

    const preview = await app.graphql(QUERY, { slug }, editor.headers);
    expect(preview.body.errors).toBeUndefined();
    const draftBrand = { id: brandId, status: 'DRAFT' };
    expect(preview.body.data!.product).toEqual({ slug, brand: draftBrand });
    expect(preview.body.data!.products.edges.find((edge: { node: { slug: string } }) => edge.node.slug === slug).node.brand).toEqual(draftBrand);
  } finally {
    await app.dataSource.query(`UPDATE brand SET status = 'PUBLISHED' WHERE id = $1`, [brandId]);
  }
});
