// The example storefront client (examples/storefront-client), whose documents GraphQL Code Generator
// types from schema/schema.graphql, against the real server: what its types promise is what comes back.
import { createClient, Execute, GraphQLRequestError } from '../../examples/storefront-client/src/client';
import { productDetail, productPage, searchLines } from '../../examples/storefront-client/src/storefront';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let execute: Execute;
beforeAll(async () => {
  app = await startTestApp();
  execute = createClient(app.url);
});
afterAll(() => app.close());

describe('the example storefront client', () => {
  it('walks a filtered product list page by page', async () => {
    const slugs: string[] = [];
    let page = await productPage(execute, { topicalCategory: 'HUMECTANT', inStock: true }, null, 2);
    const totalCount = page.totalCount;
    slugs.push(...page.cards.map((card) => card.slug));
    while (page.nextCursor) {
      page = await productPage(execute, { topicalCategory: 'HUMECTANT', inStock: true }, page.nextCursor, 2);
      slugs.push(...page.cards.map((card) => card.slug));
    }
    expect(totalCount).toBeGreaterThan(2);
    expect(slugs).toHaveLength(totalCount);
    expect(new Set(slugs).size).toBe(totalCount);
    expect(page.cards.every((card) => card.available && /\d/.test(card.price))).toBe(true);
  });

  it('shows a product page with its ingredients, and null for an unknown slug', async () => {
    const [card] = (await productPage(execute, { topical: 'tretinoin' }, null, 1)).cards;
    const detail = await productDetail(execute, card.slug);
    expect(detail).toMatchObject({ title: card.title, price: card.price });
    expect(detail!.ingredients.some((line) => line.startsWith('Tretinoin'))).toBe(true);
    // Tretinoin needs a prescription.
    expect(detail!.needsPrescription).toBe(true);
    expect(await productDetail(execute, 'no-such-product')).toBeNull();
  });

  it('gives a product page its meta tags and images, and a redirect when asked by an old slug', async () => {
    const detail = await productDetail(execute, 'halden-labs-retinol-glycolic-night-serum');
    expect(detail).toMatchObject({ redirectTo: null, meta: { title: 'Retinol 0.5% + Glycolic 5% Night Serum' } });
    expect(detail!.images.map((image) => [image.width, image.height])).toEqual([
      [1200, 1200],
      [1200, 1200],
    ]);
    expect(detail!.images.every((image) => image.alt.length > 0)).toBe(true);

    // A product renamed (by a write the response cache does not hear of: a slug not asked for before) still answers by its old slug.
    await app.dataSource.query(`UPDATE product SET slug = 'tidewell-skin-healing-gel' WHERE slug = 'tidewell-skin-peptide-hyaluronic-healing-gel'`);
    const moved = await productDetail(execute, 'tidewell-skin-peptide-hyaluronic-healing-gel');
    expect(moved).toMatchObject({ redirectTo: 'tidewell-skin-healing-gel', title: 'Tidewell Skin Peptide + Hyaluronic Healing Gel' });
  });

  it('labels search results of every kind', async () => {
    const lines = await searchLines(execute, 'retinol', 20);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.map((line) => line.kind)).toEqual(expect.arrayContaining(['Product', 'Topical']));
    expect(lines.every((line) => line.label.length > 0 && line.slug.length > 0)).toBe(true);
  });

  it('reports refused requests with their error codes', async () => {
    const refused = productPage(execute, {}, null, 1000);
    await expect(refused).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(refused).rejects.toMatchObject({ codes: ['BAD_USER_INPUT'] });
  });
});
