// Prices as Money (minor units and currency), and price filters, sorts and bands that compare
// prices in one currency only: the one they name, else the storefront currency (STOREFRONT_CURRENCY).
import { onlyError } from '../support/errors';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Priced {
  slug: string;
  price: { amountMinor: number; currency: string; minorUnitDigits: number };
}

const LIST = `query($filter: ProductFilter, $orderBy: ProductOrder, $after: String) {
  products(first: 100, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount edges { node { slug price { amountMinor currency minorUnitDigits } } } pageInfo { hasNextPage endCursor }
  }
}`;

interface PricedPage {
  totalCount: number;
  edges: { node: Priced }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function list(target: TestApp, filter: Record<string, unknown> | null, orderBy: Record<string, unknown> | null = null) {
  const nodes: Priced[] = [];
  let after: string | null = null;
  for (;;) {
    const products: PricedPage = (await target.data(LIST, { filter, orderBy, after })).products;
    nodes.push(...products.edges.map((edge) => edge.node));
    if (!products.pageInfo.hasNextPage) return { nodes, totalCount: products.totalCount };
    after = products.pageInfo.endCursor;
  }
}

const amounts = (nodes: Priced[]) => nodes.map((node) => node.price.amountMinor);
const currencies = (nodes: Priced[]) => new Set(nodes.map((node) => node.price.currency));

describe('Money', () => {
  it('gives every product its price in minor units with its currency, as the deprecated fields did', async () => {
    const { products } = await app.data(
      `{ products(first: 100) { edges { node { priceCents currency price { amountMinor currency minorUnitDigits } } } } }`,
    );
    expect(products.edges.length).toBeGreaterThan(40);
    for (const { node } of products.edges) {
      expect(node.price).toEqual({ amountMinor: node.priceCents, currency: node.currency, minorUnitDigits: 2 });
    }
    expect(new Set(products.edges.map((edge: any) => edge.node.price.currency))).toEqual(new Set(['EUR', 'USD']));
  });

  it('marks the old price fields deprecated in the schema', async () => {
    const { __type } = await app.data(`{ __type(name: "Product") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
    const field = (name: string) => __type.fields.find((entry: { name: string }) => entry.name === name);
    expect(field('priceCents')).toEqual(expect.objectContaining({ isDeprecated: true, deprecationReason: expect.stringContaining('price') }));
    expect(field('currency')).toEqual(expect.objectContaining({ isDeprecated: true }));
    expect(field('price')).toEqual(expect.objectContaining({ isDeprecated: false }));
  });
});

describe('sorting by price', () => {
  it('lists only the products priced in the storefront currency by default, in price order', async () => {
    const eur = await list(app, { currency: 'EUR' });
    const sorted = await list(app, null, { field: 'PRICE', direction: 'ASC' });
    expect(currencies(sorted.nodes)).toEqual(new Set(['EUR']));
    expect(sorted.totalCount).toBe(eur.totalCount);
    expect(sorted.nodes.map((node) => node.slug).sort()).toEqual(eur.nodes.map((node) => node.slug).sort());
    expect(amounts(sorted.nodes)).toEqual([...amounts(sorted.nodes)].sort((a, b) => a - b));
  });

  it('sorts the prices of the currency the order names, or the filter names', async () => {
    const usd = await list(app, { currency: 'USD' });
    expect(usd.totalCount).toBeGreaterThan(3);
    for (const [filter, orderBy] of [
      [null, { field: 'PRICE', direction: 'DESC', currency: 'USD' }],
      [{ currency: 'USD' }, { field: 'PRICE', direction: 'DESC' }],
      [{ price: { currency: 'USD' } }, { field: 'PRICE', direction: 'DESC' }],
    ] as const) {
      const sorted = await list(app, filter, orderBy);
      expect(currencies(sorted.nodes)).toEqual(new Set(['USD']));
      expect(sorted.totalCount).toBe(usd.totalCount);
      expect(amounts(sorted.nodes)).toEqual([...amounts(sorted.nodes)].sort((a, b) => b - a));
    }
  });

  it('lists a currency no product is priced in as empty', async () => {
    const { nodes, totalCount } = await list(app, null, { field: 'PRICE', currency: 'JPY' });
    expect(nodes).toEqual([]);
    expect(totalCount).toBe(0);
  });

  it('uses STOREFRONT_CURRENCY when the order names none', async () => {
    const dollars = await startTestApp({ STOREFRONT_CURRENCY: 'USD' });
    try {
      const sorted = await list(dollars, null, { field: 'PRICE' });
      expect(currencies(sorted.nodes)).toEqual(new Set(['USD']));
      const ranged = await list(dollars, { price: { maxAmountMinor: 3000 } });
      expect(currencies(ranged.nodes)).toEqual(new Set(['USD']));
    } finally {
      await dollars.close();
    }
  });
});

describe('filtering by price', () => {
  it('keeps the products of the range in its currency (default: the storefront currency), both ends included', async () => {
    const everything = await list(app, null);
    const within = (currency: string, min: number, max: number) =>
      everything.nodes
        .filter((node) => node.price.currency === currency && node.price.amountMinor >= min && node.price.amountMinor <= max)
        .map((node) => node.slug)
        .sort();
    const cases: [Record<string, unknown>, string, number, number][] = [
      [{ price: { minAmountMinor: 2000, maxAmountMinor: 4000 } }, 'EUR', 2000, 4000],
      [{ price: { currency: 'USD', minAmountMinor: 2000 } }, 'USD', 2000, Infinity],
      [{ price: { currency: 'EUR', maxAmountMinor: 2600 } }, 'EUR', 0, 2600],
      // The deprecated bounds, in `currency` or the storefront currency.
      [{ minPriceCents: 1000, maxPriceCents: 3000 }, 'EUR', 1000, 3000],
      [{ maxPriceCents: 3000, currency: 'USD' }, 'USD', 0, 3000],
    ];
    for (const [filter, currency, min, max] of cases) {
      const expected = within(currency, min, max);
      expect(expected.length).toBeGreaterThan(0);
      const { nodes } = await list(app, filter);
      expect({ filter, slugs: nodes.map((node) => node.slug).sort() }).toEqual({ filter, slugs: expected });
    }
  });

  it.each([
    ['a range whose end is below its start', { filter: { price: { minAmountMinor: 500, maxAmountMinor: 100 } } }, 'filter.price.maxAmountMinor'],
    ['a negative amount', { filter: { price: { minAmountMinor: -1 } } }, 'filter.price.minAmountMinor'],
    ['a range with the deprecated bounds', { filter: { price: { minAmountMinor: 1 }, maxPriceCents: 100 } }, 'filter.price'],
    ['a currency on an order that is not by price', { orderBy: { field: 'NAME', currency: 'EUR' } }, 'orderBy.currency'],
  ])('refuses %s, naming the field', async (_case, variables, field) => {
    const error = onlyError(
      await app.graphql(
        `query($filter: ProductFilter, $orderBy: ProductOrder) { products(filter: $filter, orderBy: $orderBy) { totalCount } }`,
        variables,
      ),
    );
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect((error.extensions!.fields as { field: string }[]).map((entry) => entry.field)).toContain(field);
  });

  it('refuses a currency code that is not ISO 4217', async () => {
    for (const currency of ['eur', 'EURO', 'ABC']) {
      const error = onlyError(
        await app.graphql(`query($c: CurrencyCode) { products(orderBy: { field: PRICE, currency: $c }) { totalCount } }`, { c: currency }),
      );
      expect(error.extensions!.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/ISO 4217/);
    }
  });
});

describe('search price bands', () => {
  const FACETS = `query($filter: SearchFilter) {
    search(query: "serum", first: 100, filter: $filter) {
      totalCount
      edges { node { ... on Product { slug price { amountMinor currency } } } }
      facets { priceBands { band currency min { amountMinor currency minorUnitDigits } max { amountMinor currency } minPriceCents count } }
    }
  }`;

  it('counts bands per currency, each count what selecting its band and currency returns', async () => {
    const { search } = await app.data(FACETS, {});
    const bands: { band: string; currency: string; count: number; min: { amountMinor: number; currency: string } }[] = search.facets.priceBands;
    expect(new Set(bands.map((band) => band.currency))).toEqual(new Set(['EUR', 'USD']));
    for (const band of bands) {
      const { search: selected } = await app.data(FACETS, { filter: { priceBand: band.band, currency: band.currency } });
      expect({ band, total: selected.totalCount }).toEqual({ band, total: band.count });
      const prices = selected.edges.map((edge: any) => edge.node.price);
      expect(
        prices.every(
          (price: { currency: string; amountMinor: number }) => price.currency === band.currency && price.amountMinor >= band.min.amountMinor,
        ),
      ).toBe(true);
    }
  });

  it('bands a currency without minor units in its own major units (JPY 3000 is 100 and more)', async () => {
    const { search } = await app.data(FACETS, {});
    const slug = search.edges.find((edge: any) => edge.node.slug)!.node.slug as string;
    await app.dataSource.query(`UPDATE product SET currency = 'JPY', price_cents = 3000 WHERE slug = $1`, [slug]);
    const { search: yen } = await app.data(FACETS, { filter: { currency: 'JPY' } });
    expect(yen.edges.map((edge: any) => edge.node.slug)).toEqual([slug]);
    // Bands are counted without the price criteria (band and currency), so every currency's are listed.
    expect(yen.facets.priceBands.filter((band: { currency: string }) => band.currency === 'JPY')).toEqual([
      expect.objectContaining({
        band: 'FROM_100',
        currency: 'JPY',
        min: { amountMinor: 100, currency: 'JPY', minorUnitDigits: 0 },
        max: null,
        count: 1,
      }),
    ]);
  });

  it('takes a band without a currency as one of the storefront currency', async () => {
    const { search: eur } = await app.data(FACETS, { filter: { priceBand: 'FROM_20_TO_50', currency: 'EUR' } });
    const { search: unnamed } = await app.data(FACETS, { filter: { priceBand: 'FROM_20_TO_50' } });
    expect(unnamed.totalCount).toBe(eur.totalCount);
    expect(unnamed.totalCount).toBeGreaterThan(0);
  });

  it('keeps only the products priced in a currency', async () => {
    const { search } = await app.data(FACETS, { filter: { currency: 'USD' } });
    expect(search.totalCount).toBeGreaterThan(0);
    expect(search.edges.every((edge: any) => edge.node.price?.currency === 'USD')).toBe(true);
  });
});
