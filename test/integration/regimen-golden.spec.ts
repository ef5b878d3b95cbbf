// Plans must not change when the way products are found for them changes: a varied set of regimen
// requests and routine reviews, on the reference catalog and on a generated 5,000-product one,
// answered exactly as recorded in test/fixtures/regimen-golden/. The fixtures were recorded before
// products left the knowledge snapshot (issue 18). Re-record (REGIMEN_GOLDEN_RECORD=1) only for a
// change meant to alter plans, such as a knowledge or scheduling change, and say so in its commit.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Settings } from 'luxon';
import { seedBenchCatalog } from '../../bench/api/dataset';
import { startTestApp, TestApp } from '../support/test-app';

const FIXTURES = join(__dirname, '../fixtures/regimen-golden');
const RECORD = process.env.REGIMEN_GOLDEN_RECORD === '1';
/** Plans depend on the time they are made (a stop date in the future, a plan without a start date). */
const NOW = Date.parse('2026-12-01T12:00:00Z');
const GENERATED_PRODUCTS = 5000;

const REGIMEN = `query($input: RegimenInput!) {
  recommendRegimen(input: $input) {
    eligibility
    warnings { code severity message condition rule { code } }
    holds { topical { slug } from until reason rule { code } }
    days { date daysSinceSession
      am { topical { slug } products { slug } why }
      pm { topical { slug } products { slug } why }
      avoid { activity level reason rule { code } } }
    conflicts { a { slug } b { slug } severity management scope rule { code } product { slug } }
    relatedArticles { slug }
    provenance { rules { code version reviewedBy } }
  }
}`;

const ROUTINE = `query($input: RoutineInput!) {
  reviewRoutine(input: $input) {
    conflicts { a { slug } b { slug } severity management scope rule { code } product { slug } }
    misplaced { topical { slug } product { slug } slot allowedSlots reason }
  }
}`;

const TREATMENTS = ['home-dermaroller', 'professional-microneedling', 'rf-microneedling', 'home-derma-pen'];
const DEPTHS = [0.25, 0.5, 1.0, 1.5, 2.0, 0.75];
const DEVICES = [null, 'ROLLER', 'PEN', 'STAMP', 'RF'];
const SCAR_TYPES = [[], ['rolling'], ['ice-pick', 'boxcar'], ['hypertrophic'], ['keloid'], ['rolling', 'boxcar']];
const TOPICAL_SETS = [
  [],
  ['tretinoin'],
  ['vitamin-c', 'niacinamide'],
  ['glycolic-acid', 'retinol'],
  ['benzoyl-peroxide', 'adapalene'],
  ['hyaluronic-acid', 'mineral-sunscreen'],
  ['azelaic-acid', 'salicylic-acid', 'copper-peptides'],
  ['hydroquinone', 'vitamin-c-derivatives', 'ceramide-moisturiser'],
];
const CONDITION_SETS = [
  [],
  ['ACTIVE_ACNE'],
  ['MELASMA'],
  ['KELOID_TENDENCY'],
  ['PREGNANT'],
  ['SUNBURN'],
  ['COLD_SORE_HISTORY'],
  ['ACTIVE_INFECTION'],
];
const TIME_ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];

interface Catalog {
  products: string[];
  brands: string[];
}

/** Requests varied over treatments, depths, devices, scar types, topicals and products in use, conditions and product filters. */
function regimenRequests(catalog: Catalog): Record<string, unknown>[] {
  const requests: Record<string, unknown>[] = [];
  const product = (i: number) => catalog.products[(i * 7919) % catalog.products.length];
  for (let i = 0; i < 48; i++) {
    const session = {
      treatment: TREATMENTS[i % TREATMENTS.length],
      performedAt: `2026-11-${String(1 + ((i * 5) % 28)).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:30:00Z`,
      needleDepthMm: DEPTHS[i % DEPTHS.length],
      ...(DEVICES[(i * 3) % DEVICES.length] ? { device: DEVICES[(i * 3) % DEVICES.length] } : {}),
    };
    const filters = [
      null,
      { inStockOnly: true },
      { currency: 'USD' },
      { maxPriceCents: 2000 + (i % 5) * 700 },
      { brands: [catalog.brands[i % catalog.brands.length], catalog.brands[(i + 3) % catalog.brands.length]] },
      { excludeProducts: [product(i + 1), product(i + 2)], inStockOnly: true, currency: 'EUR' },
      { maxPriceCents: 900, brands: [catalog.brands[(i * 5) % catalog.brands.length]] },
    ];
    const filter = filters[i % filters.length];
    requests.push({
      ...(i % 6 !== 5 ? { lastSession: session } : {}),
      ...(i % 4 === 1 ? { nextSession: { ...session, performedAt: '2026-12-20T09:00:00Z' } } : {}),
      scarTypes: SCAR_TYPES[i % SCAR_TYPES.length],
      ...(i % 3 !== 2 ? { fitzpatrickType: 1 + (i % 6) } : {}),
      conditions: i % 3 === 0 ? CONDITION_SETS[(i / 3) % CONDITION_SETS.length] : [],
      currentTopicals: TOPICAL_SETS[i % TOPICAL_SETS.length],
      currentProducts: i % 2 === 0 ? [product(i)] : i % 5 === 1 ? [product(i), product(i * 3 + 11)] : [],
      ...(i % 7 === 3 ? { medications: [{ kind: 'ISOTRETINOIN', stoppedOn: '2026-09-01' }] } : {}),
      ...(i % 11 === 4 ? { age: 19, scarSeverity: 'SEVERE' } : {}),
      ...(i % 6 === 5 ? { startDate: '2026-12-03' } : {}),
      days: [7, 14, 28, 10, 3][i % 5],
      timeZone: TIME_ZONES[i % TIME_ZONES.length],
      ...(filter ? { productFilter: filter } : {}),
    });
  }
  return requests;
}

function routineRequests(catalog: Catalog): Record<string, unknown>[] {
  return Array.from({ length: 12 }, (_, i) => ({
    items: [
      { slot: 'AM', product: catalog.products[(i * 131) % catalog.products.length] },
      { slot: 'PM', product: catalog.products[(i * 173 + 5) % catalog.products.length] },
      { slot: i % 2 === 0 ? 'AM' : 'PM', topical: TOPICAL_SETS[1 + (i % 7)][0] },
      { slot: 'PM', product: catalog.products[(i * 29 + 2) % catalog.products.length] },
    ],
  }));
}

async function answers(app: TestApp, catalog: Catalog): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const input of regimenRequests(catalog)) results.push({ input, answer: (await app.graphql(REGIMEN, { input })).body });
  for (const input of routineRequests(catalog)) results.push({ input, answer: (await app.graphql(ROUTINE, { input })).body });
  return results;
}

async function catalogOf(app: TestApp, slugLike: string): Promise<Catalog> {
  const slugs = async (sql: string) => (await app.dataSource.query<{ slug: string }[]>(sql, [slugLike])).map((r) => r.slug);
  return {
    products: await slugs(
      `SELECT p.slug FROM product p JOIN brand b ON b.id = p.brand_id WHERE p.slug LIKE $1 AND p.status = 'PUBLISHED' ORDER BY p.slug COLLATE "C"`,
    ),
    brands: await slugs(
      `SELECT b.slug FROM brand b WHERE b.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM product p WHERE p.brand_id = b.id AND p.slug LIKE $1) ORDER BY b.slug COLLATE "C"`,
    ),
  };
}

function expectGolden(name: string, actual: unknown[]): void {
  const file = join(FIXTURES, `${name}.json`);
  const text = `${JSON.stringify(actual, null, 1)}\n`;
  if (RECORD) {
    mkdirSync(FIXTURES, { recursive: true });
    writeFileSync(file, text);
  }
  const expected = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  expect(actual).toHaveLength(expected.length);
  // One comparison per answer, so a failure names the request that changed.
  actual.forEach((answer, index) => expect(answer).toEqual(expected[index]));
  expect(text).toBe(readFileSync(file, 'utf8'));
}

let app: TestApp;
const realNow = Settings.now;
beforeAll(async () => {
  Settings.now = () => NOW;
  app = await startTestApp();
});
afterAll(async () => {
  Settings.now = realNow;
  await app.close();
});

describe('regimen plans stay as recorded', () => {
  it('on the reference catalog', async () => {
    expectGolden('reference-catalog', await answers(app, await catalogOf(app, '%')));
  });

  it(`on a generated catalog of ${GENERATED_PRODUCTS} products`, async () => {
    const reference = await catalogOf(app, '%');
    await seedBenchCatalog((sql, params) => app.dataSource.query(sql, params), { products: GENERATED_PRODUCTS, articles: 0 });
    const generated = await catalogOf(app, 'bench-product-%');
    // Requests name the generated products and brands first, and the reference ones too.
    const catalog = { products: [...generated.products, ...reference.products], brands: [...generated.brands, ...reference.brands] };
    expectGolden(`generated-${GENERATED_PRODUCTS}`, await answers(app, catalog));
  }, 120_000);
});
