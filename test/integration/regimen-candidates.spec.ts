// Plans read their product candidates per request (issue 18): statements per plan do not grow with
// the catalog, a stock change is seen by the next plan without moving the knowledge revision, and
// the rank the candidates are read in follows ingredients and topicals' publication.
import { seedBenchCatalog } from '../../bench/api/dataset';
import { startTestApp, TestApp } from '../support/test-app';

const PLAN = `query($input: RegimenInput!) {
  recommendRegimen(input: $input) {
    eligibility
    days { am { topical { slug } products { slug } } pm { topical { slug } products { slug } } }
    provenance { knowledgeRevision }
  }
}`;

const session = { treatment: 'professional-microneedling', performedAt: '2026-11-20T09:00:00Z', needleDepthMm: 1.0 };
const INPUTS = [
  { lastSession: session, currentTopicals: ['vitamin-c', 'niacinamide'], startDate: '2026-11-20', days: 14 },
  { lastSession: session, scarTypes: ['rolling'], productFilter: { inStockOnly: true, currency: 'EUR' }, startDate: '2026-11-20', days: 14 },
  // Basic care only: every product picked is made of basic care alone.
  { lastSession: session, conditions: ['KELOID_TENDENCY'], startDate: '2026-11-20', days: 7 },
];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function plan(input: Record<string, unknown>) {
  const response = await app.graphql(PLAN, { input });
  expect(response.body.errors).toBeUndefined();
  return { plan: response.body.data!.recommendRegimen, statements: Number(response.headers.get('x-sql-statement-count')) };
}

const picked = (regimen: any): string[] =>
  regimen.days.flatMap((d: any) => [...d.am, ...d.pm].flatMap((s: any) => s.products.map((p: any) => p.slug)));

describe('product candidates', () => {
  it('cost the same statements per plan on the reference catalog and with 3,000 more products', async () => {
    // Each plan's second run: the first builds the knowledge snapshot or reads related articles at a new content revision.
    const statements = async () => {
      const counts = [];
      for (const input of INPUTS) {
        await plan(input);
        counts.push((await plan(input)).statements);
      }
      return counts;
    };
    const small = await statements();
    await seedBenchCatalog((sql, params) => app.dataSource.query(sql, params), { products: 3000, articles: 0 });
    const large = await statements();
    expect(large).toEqual(small);
  }, 60_000);

  it('are kept until the catalog moves: a repeated plan reads none, and the plan after a stock write reads them again', async () => {
    const input = { ...INPUTS[0], days: 7 };
    await plan(input);
    const repeated = await plan(input);
    // Straight in PostgreSQL, as an inventory sync or another instance would: the trigger moves the catalog revision.
    await app.dataSource.query(`UPDATE product SET in_stock = in_stock WHERE slug = (SELECT slug FROM product ORDER BY slug LIMIT 1)`);
    const afterWrite = await plan(input);
    expect(afterWrite.statements).toBe(repeated.statements + 1);
    expect(afterWrite.plan).toEqual(repeated.plan);
  });

  it('give the same plans when they start from the first candidates kept, indexed, by earlier plans of the same filter', async () => {
    // Plans of one filter that each add topicals the others lacked, one naming a product in use: each
    // kept list moves what the next plan of the filter starts from.
    const [{ slug: inUse }] = await app.dataSource.query<{ slug: string }[]>(
      `SELECT p.slug FROM product p WHERE p.status = 'PUBLISHED' ORDER BY p.slug LIMIT 1`,
    );
    const inputs = [
      ...INPUTS,
      { lastSession: session, currentTopicals: ['tretinoin'], startDate: '2026-11-20', days: 10 },
      { lastSession: session, scarTypes: ['boxcar'], currentTopicals: ['glycolic-acid'], startDate: '2026-11-20', days: 10 },
      { lastSession: session, currentProducts: [inUse], startDate: '2026-11-20', days: 10 },
    ];
    const first = [];
    for (const input of inputs) first.push((await plan(input)).plan);
    const again = [];
    for (const input of [...inputs].reverse()) again.unshift((await plan(input)).plan);
    expect(again).toEqual(first);
    // The first once more, from what every plan of its filter kept since.
    expect((await plan(inputs[0])).plan).toEqual(first[0]);
  });

  it('see a stock change on the next plan, without moving the knowledge revision', async () => {
    const input = { ...INPUTS[1] };
    const before = (await plan(input)).plan;
    const [first] = picked(before);
    expect(first).toBeDefined();
    await app.dataSource.query(`UPDATE product SET in_stock = false WHERE slug = $1`, [first]);
    try {
      const after = (await plan(input)).plan;
      expect(picked(after)).not.toContain(first);
      expect(after.provenance.knowledgeRevision).toBe(before.provenance.knowledgeRevision);
    } finally {
      await app.dataSource.query(`UPDATE product SET in_stock = true WHERE slug = $1`, [first]);
    }
  });

  it('keep the rank of products current as ingredients and topicals change', async () => {
    const rank = async (slug: string) =>
      app.dataSource.query<{ topical: string; active_count: number; in_stock: boolean }[]>(
        `SELECT t.slug AS topical, r.active_count, r.in_stock FROM product_rank r JOIN product p ON p.id = r.product_id JOIN topical t ON t.id = r.topical_id
         WHERE p.slug = $1 ORDER BY t.slug`,
        [slug],
      );
    const [{ slug }] = await app.dataSource.query<{ slug: string }[]>(
      `SELECT p.slug FROM product p WHERE (SELECT count(*) FROM product_ingredient pi WHERE pi.product_id = p.id) = 2 ORDER BY p.slug LIMIT 1`,
    );
    const initial = await rank(slug);
    expect(initial.map((r) => r.active_count)).toEqual([2, 2]);

    const [{ id: niacinamide }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM topical WHERE slug = 'niacinamide'`);
    const [{ id: productId }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM product WHERE slug = $1`, [slug]);
    const added = !initial.some((r) => r.topical === 'niacinamide');
    if (added) await app.dataSource.query(`INSERT INTO product_ingredient (product_id, topical_id) VALUES ($1, $2)`, [productId, niacinamide]);
    const withThree = await rank(slug);
    expect(withThree.map((r) => r.active_count)).toEqual(added ? [3, 3, 3] : [2, 2]);

    // An unpublished topical is not the engine's: it no longer counts.
    await app.dataSource.query(`UPDATE topical SET status = 'DRAFT' WHERE slug = 'niacinamide'`);
    expect((await rank(slug)).map((r) => r.active_count)).toEqual(withThree.map(() => withThree.length - 1));
    await app.dataSource.query(`UPDATE topical SET status = 'PUBLISHED' WHERE slug = 'niacinamide'`);

    await app.dataSource.query(`UPDATE product SET in_stock = NOT in_stock WHERE slug = $1`, [slug]);
    expect((await rank(slug)).map((r) => r.in_stock)).toEqual(withThree.map((r) => !r.in_stock));
    await app.dataSource.query(`DELETE FROM product_ingredient WHERE product_id = $1 AND topical_id = $2`, [productId, niacinamide]);
    expect((await rank(slug)).map((r) => r.active_count)).toEqual(
      withThree.filter((r) => r.topical !== 'niacinamide').map(() => withThree.length - 1),
    );
  });
});
