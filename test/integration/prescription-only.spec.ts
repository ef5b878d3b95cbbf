// Product.prescriptionOnly: derived from the product's ingredients (Topical.prescriptionOnly), read in
// the product's own statement on lists and product pages, and shared per request elsewhere.
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  // Some tests change topicals in the database directly, which the response cache would not notice.
  app = await startTestApp({ RESPONSE_CACHE_ENABLED: 'false' });
});
afterAll(() => app.close());

interface ProductNode {
  slug: string;
  prescriptionOnly: boolean;
  ingredients: { topical: { slug: string; prescriptionOnly: boolean } }[];
}

const PRODUCT_FIELDS = 'slug prescriptionOnly ingredients { topical { slug prescriptionOnly } }';
const ALL_PRODUCTS = `{ products(first: 100) { edges { node { ${PRODUCT_FIELDS} } } } }`;

async function allProducts(): Promise<ProductNode[]> {
  const { products } = await app.data(ALL_PRODUCTS);
  return products.edges.map((edge: { node: ProductNode }) => edge.node);
}

const containsPrescriptionTopical = (product: ProductNode) => product.ingredients.some((ingredient) => ingredient.topical.prescriptionOnly);
const statements = (response: { headers: Headers }) => Number(response.headers.get('x-sql-statement-count'));

it('is true exactly for the products that contain a prescription-only topical', async () => {
  const products = await allProducts();
  expect(products.filter((product) => product.prescriptionOnly).length).toBeGreaterThan(0);
  expect(products.filter((product) => !product.prescriptionOnly).length).toBeGreaterThan(0);
  for (const product of products) {
    expect({ slug: product.slug, prescriptionOnly: product.prescriptionOnly }).toEqual({
      slug: product.slug,
      prescriptionOnly: containsPrescriptionTopical(product),
    });
  }
});

it('costs no statement of its own on a list or a product page', async () => {
  const page = (extra: string) => `{ products(first: 50) { edges { node { name ${extra} brand { name } ingredients { topical { name } } } } } }`;
  const without = await app.graphql(page(''));
  const withIt = await app.graphql(page('prescriptionOnly'));
  expect(withIt.body.errors).toBeUndefined();
  expect(statements(withIt)).toBe(statements(without));
  expect(statements(await app.graphql('{ products(first: 50) { edges { node { prescriptionOnly } } } }'))).toBe(1);

  const [prescribed] = (await allProducts()).filter((product) => product.prescriptionOnly);
  const single = await app.graphql(`query($slug: String!) { product(slug: $slug) { name prescriptionOnly } }`, { slug: prescribed.slug });
  expect(single.body.data!.product.prescriptionOnly).toBe(true);
  expect(statements(single)).toBe(1);
});

it('keeps storefront answers cacheable', async () => {
  const response = await app.graphql('{ products(first: 5) { edges { node { slug prescriptionOnly } } } }');
  expect(response.headers.get('cache-control')).toBe('max-age=60, public');
});

it('is answered for products found by search too, with one statement for all of them', async () => {
  const query = `{ search(query: "retinoid", first: 50, filter: { types: [PRODUCT] }) { edges { node { ... on Product { ${PRODUCT_FIELDS} } } } } }`;
  const withIt = await app.graphql(query);
  expect(withIt.body.errors).toBeUndefined();
  const found: ProductNode[] = withIt.body.data!.search.edges.map((edge: { node: ProductNode }) => edge.node);
  expect(found.length).toBeGreaterThan(1);
  expect(found.some((product) => product.prescriptionOnly)).toBe(true);
  for (const product of found) expect(product.prescriptionOnly).toBe(containsPrescriptionTopical(product));
  const without = await app.graphql(query.replace(' prescriptionOnly ingredients', ' ingredients'));
  expect(statements(withIt)).toBe(statements(without) + 1);
});

it('counts a prescription-only topical that is not published, but not one that is deleted', async () => {
  const before = await allProducts();
  const withTretinoin = before.filter((product) => product.ingredients.some((ingredient) => ingredient.topical.slug === 'tretinoin'));
  expect(withTretinoin.length).toBeGreaterThan(0);
  const onlyTretinoinPrescribed = withTretinoin.filter(
    (product) => !product.ingredients.some((ingredient) => ingredient.topical.slug !== 'tretinoin' && ingredient.topical.prescriptionOnly),
  );
  expect(onlyTretinoinPrescribed.length).toBeGreaterThan(0);
  const prescriptionOnlyOf = async () => new Map((await allProducts()).map((product) => [product.slug, product]));

  await app.dataSource.query(`UPDATE topical SET status = 'DRAFT' WHERE slug = 'tretinoin'`);
  const whileDraft = await prescriptionOnlyOf();
  for (const { slug } of onlyTretinoinPrescribed) {
    // A storefront no longer sees tretinoin among the ingredients, yet the product still needs a prescription.
    expect(whileDraft.get(slug)!.ingredients.map((ingredient) => ingredient.topical.slug)).not.toContain('tretinoin');
    expect(whileDraft.get(slug)!.prescriptionOnly).toBe(true);
  }

  await app.dataSource.query(`UPDATE topical SET deleted_at = now() WHERE slug = 'tretinoin'`);
  const whileDeleted = await prescriptionOnlyOf();
  for (const { slug } of onlyTretinoinPrescribed) expect(whileDeleted.get(slug)!.prescriptionOnly).toBe(false);
});
