import { loadReferenceData } from '../../src/db/reference-data/loader';
import { REFERENCE_DATA } from '../../src/db/reference-data';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const count = async (table: string) => Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe('reference data loading', () => {
  it('loaded every shipped entry once', async () => {
    expect(await count('product')).toBe(REFERENCE_DATA.products.length);
    expect(await count('compatibility_rule')).toBe(REFERENCE_DATA.rules.length);
    expect(await count('topical')).toBe(REFERENCE_DATA.topicals.length);
    expect(await count('article')).toBe(REFERENCE_DATA.articles.length);
    const links = REFERENCE_DATA.products.reduce((sum, p) => sum + p.ingredients.length, 0);
    expect(await count('product_ingredient')).toBe(links);
  });

  it('is idempotent, keeps editors’ changes and does not resurrect deleted entries', async () => {
    await app.dataSource.query(`UPDATE topical SET name = 'Edited by an editor' WHERE slug = 'retinol'`);
    await app.dataSource.query(`DELETE FROM product WHERE slug = $1`, [REFERENCE_DATA.products[0].slug]);
    const tables = [
      'citation',
      'scar_type',
      'treatment',
      'topical',
      'brand',
      'product',
      'product_ingredient',
      'article',
      'compatibility_rule',
      'rule_topical',
      'rule_citation',
    ];
    const before = await Promise.all(tables.map(count));

    const { inserted } = await loadReferenceData(app.dataSource);

    expect(inserted).toBe(0);
    expect(await Promise.all(tables.map(count))).toEqual(before);
    const [{ name }] = await app.dataSource.query(`SELECT name FROM topical WHERE slug = 'retinol'`);
    expect(name).toBe('Edited by an editor');
  });
});
