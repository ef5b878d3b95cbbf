// Relay paging both ways on every keyset connection and on search: walking a whole list forwards (first/after)
// and backwards (last/before) gives the same items in the same order, with hasNextPage and
// hasPreviousPage telling where the ends are; after and before together bound a range.
import { EntityManager } from 'typeorm';
import { Role } from '../../src/core/roles';
import { WebhookEndpoint } from '../../src/entities';
import { enqueueWebhookEvent } from '../../src/modules/webhooks/webhook-outbox';
import { WebhookEvent } from '../../src/domain/webhook-event';
import { signInAs, SignedIn } from '../support/auth';
import { onlyError } from '../support/errors';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  app = await startTestApp();
  admin = await signInAs(app, Role.ADMIN);
});
afterAll(() => app.close());

interface Window {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}

interface Connection {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

type PageReader = (window: Window) => Promise<Connection>;

const PAGE_FIELDS = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const WINDOW_VARIABLES = '$first: Int, $after: String, $last: Int, $before: String';
const WINDOW_ARGUMENTS = 'first: $first, after: $after, last: $last, before: $before';

function reader(
  field: string,
  extraVariables = '',
  extraArguments = '',
  values: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): PageReader {
  const query = `query(${WINDOW_VARIABLES}${extraVariables}) { ${field}(${WINDOW_ARGUMENTS}${extraArguments}) { ${PAGE_FIELDS} } }`;
  return async (window) => {
    const response = await app.graphql(query, { ...values, ...window }, headers);
    expect(response.body.errors).toBeUndefined();
    return response.body.data![field] as Connection;
  };
}

const products = (orderBy: Record<string, string> | null, filter: Record<string, unknown> | null = null) =>
  reader('products', ', $orderBy: ProductOrder, $filter: ProductFilter', ', orderBy: $orderBy, filter: $filter', { orderBy, filter });
const articles = (orderBy: Record<string, string> | null) => reader('articles', ', $orderBy: ArticleOrder', ', orderBy: $orderBy', { orderBy });

/** Search results are a union: each kind of entry gives its id. */
const search = (query: string, filter: Record<string, unknown> | null = null): PageReader => {
  const node = ['Product', 'Article', 'Treatment', 'Topical', 'ScarType'].map((type) => `... on ${type} { id }`).join(' ');
  const document = `query(${WINDOW_VARIABLES}, $query: String!, $filter: SearchFilter) {
    search(${WINDOW_ARGUMENTS}, query: $query, filter: $filter) {
      totalCount edges { cursor node { ${node} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  return async (window) => {
    const response = await app.graphql(document, { query, filter, ...window });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.search as Connection;
  };
};

const ids = (connection: Connection) => connection.edges.map((edge) => edge.node.id);

/** Every item, a page of `size` at a time from the start; checks each page's pageInfo on the way. */
async function walkForwards(read: PageReader, size: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await read({ first: size, after });
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    seen.push(...ids(page));
    if (!page.pageInfo.hasNextPage) return seen;
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor;
  }
}

/** Every item, a page of `size` at a time from the end, in list order. */
async function walkBackwards(read: PageReader, size: number): Promise<string[]> {
  const seen: string[] = [];
  let before: string | null = null;
  for (;;) {
    const page = await read({ last: size, before });
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    seen.unshift(...ids(page));
    if (!page.pageInfo.hasPreviousPage) return seen;
    expect(page.edges).toHaveLength(size);
    before = page.pageInfo.startCursor;
  }
}

async function expectSameBothWays(read: PageReader, size: number): Promise<string[]> {
  const { totalCount } = await read({ first: 1 });
  const forwards = await walkForwards(read, size);
  expect(forwards).toHaveLength(totalCount);
  expect(new Set(forwards).size).toBe(totalCount);
  expect(await walkBackwards(read, size)).toEqual(forwards);
  return forwards;
}

describe('products', () => {
  it.each([
    ['by name (default)', null],
    ['by price, descending (prices repeat: ties broken by id)', { field: 'PRICE', direction: 'DESC' }],
    ['by price, ascending', { field: 'PRICE', direction: 'ASC' }],
    ['newest first', { field: 'NEWEST', direction: 'DESC' }],
    ['oldest first', { field: 'NEWEST', direction: 'ASC' }],
  ])('walk the same list forwards and backwards, %s', async (_order, orderBy) => {
    const all = await expectSameBothWays(products(orderBy), 7);
    expect(all.length).toBeGreaterThan(14);
  });

  it('walk a filtered list both ways, in pages of one and of everything', async () => {
    const read = products({ field: 'PRICE', direction: 'ASC' }, { inStock: true, topicalCategory: 'HUMECTANT' });
    const all = await expectSameBothWays(read, 1);
    expect(all.length).toBeGreaterThan(1);
    expect(await expectSameBothWays(read, all.length)).toEqual(all);
    const whole = await read({ last: all.length });
    expect(whole.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('takes the last items without a cursor, and an empty window yields no page', async () => {
    const read = products({ field: 'NAME', direction: 'ASC' });
    const all = await walkForwards(read, 50);
    const tail = await read({ last: 3 });
    expect(ids(tail)).toEqual(all.slice(-3));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const first = await read({ first: 1 });
    const nothingBefore = await read({ last: 5, before: first.pageInfo.startCursor });
    expect(nothingBefore.edges).toEqual([]);
    expect(nothingBefore.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('bounds a range by after and before, read from either end', async () => {
    const read = products({ field: 'PRICE', direction: 'DESC' });
    const page = await read({ first: 8 });
    const [, second, , , , , seventh] = page.edges;
    const range = { after: second.cursor, before: seventh.cursor };
    const middle = ids(page).slice(2, 6);

    const forwards = await read({ ...range, first: 10 });
    expect(ids(forwards)).toEqual(middle);
    expect(forwards.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(ids(await read({ ...range, first: 2 }))).toEqual(middle.slice(0, 2));
    expect(ids(await read({ ...range, last: 2 }))).toEqual(middle.slice(2));
    expect(ids(await read({ ...range, last: 10 }))).toEqual(middle);
  });

  it('costs the same statements backwards as forwards, with brands and ingredients', async () => {
    const query = `query($first: Int, $last: Int) {
      products(first: $first, last: $last) { edges { node { name brand { name } ingredients { topical { name } } } } }
    }`;
    const forwards = await app.graphql(query, { first: 20 });
    const backwards = await app.graphql(query, { last: 20 });
    expect(backwards.body.errors).toBeUndefined();
    expect(backwards.body.data!.products.edges).toHaveLength(20);
    expect(backwards.headers.get('x-sql-statement-count')).toBe(forwards.headers.get('x-sql-statement-count'));
    expect(backwards.headers.get('x-query-cost')).toBe(forwards.headers.get('x-query-cost'));
  });
});

describe('articles', () => {
  it.each([
    ['newest first (default)', null],
    ['by title', { field: 'TITLE', direction: 'ASC' }],
  ])('walk the same list forwards and backwards, %s', async (_order, orderBy) => {
    await expectSameBothWays(articles(orderBy), 2);
  });
});

describe('search', () => {
  it.each([
    ['a broad word', 'acid', null],
    ['a word, products in stock only', 'serum', { types: ['PRODUCT'], inStock: true }],
  ])('walk the same results forwards and backwards, %s', async (_case, query, filter) => {
    const read = search(query, filter);
    const all = await expectSameBothWays(read, 3);
    expect(all.length).toBeGreaterThan(6);
    expect(await expectSameBothWays(read, all.length)).toEqual(all);
    expect(await expectSameBothWays(read, 1)).toEqual(all);
  });

  it('bounds a range by after and before, and takes the last results without a cursor', async () => {
    const read = search('acid');
    const page = await read({ first: 8 });
    const [, second, , , , , seventh] = page.edges;
    const range = { after: second.cursor, before: seventh.cursor };
    const middle = ids(page).slice(2, 6);
    expect(ids(await read({ ...range, first: 10 }))).toEqual(middle);
    expect(ids(await read({ ...range, last: 2 }))).toEqual(middle.slice(2));
    const backwards = await read({ ...range, last: 10 });
    expect(ids(backwards)).toEqual(middle);
    expect(backwards.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const all = await walkForwards(read, 100);
    const tail = await read({ last: 3 });
    expect(ids(tail)).toEqual(all.slice(-3));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(tail.totalCount).toBe(all.length);
    const nothingBefore = await read({ last: 5, before: page.pageInfo.startCursor });
    expect(nothingBefore.edges).toEqual([]);
    expect(nothingBefore.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(nothingBefore.totalCount).toBe(all.length);
  });

  it.each([
    ['first and last together', { first: 2, last: 2 }, 'last', /cannot be combined with first/],
    ['last over the cap', { last: 101 }, 'last', /100/],
    [
      'a product list cursor as before',
      { last: 2, before: 'WyJBIiwiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIl0' },
      'before',
      /not a cursor returned by search/,
    ],
  ])('refuses %s', async (_case, window, field, message) => {
    const document = `query(${WINDOW_VARIABLES}) { search(query: "acid", ${WINDOW_ARGUMENTS}) { edges { cursor } } }`;
    const error = onlyError(await app.graphql(document, window));
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    const problem = (error.extensions!.fields as { field: string; message: string }[]).find((entry) => entry.field === field);
    expect(problem?.message).toMatch(message);
  });
});

describe('webhook deliveries (rows read through TypeORM)', () => {
  it('walk the same list forwards and backwards', async () => {
    const repository = app.dataSource.getRepository(WebhookEndpoint);
    const endpoint = await repository.save(
      repository.create({
        url: 'https://partner.example/hook',
        events: [WebhookEvent.ENTRY_PUBLISHED],
        secret: 'x'.repeat(32),
        active: true,
        description: null,
      }),
    );
    for (let n = 0; n < 9; n += 1) {
      await app.dataSource.transaction((manager: EntityManager) =>
        enqueueWebhookEvent(manager, {
          type: WebhookEvent.ENTRY_PUBLISHED,
          entityType: 'ARTICLE',
          entityId: '6f1f3a52-3f44-4a4e-9d5e-3f1f0b7a1c01',
          slugOrCode: 'aftercare-basics',
          version: n + 1,
          occurredAt: new Date(),
          actorId: null,
        }),
      );
    }
    const read = reader('webhookDeliveries', ', $endpointId: ID', ', endpointId: $endpointId', { endpointId: endpoint.id }, admin.headers);
    expect(await expectSameBothWays(read, 2)).toHaveLength(9);
  });
});

describe('audit log', () => {
  it('walks the same entries forwards and backwards, entries of one instant ordered by id', async () => {
    // Three entries share each instant: the id breaks the ties, both ways.
    await app.dataSource.query(
      `INSERT INTO audit_log (action, outcome, created_at)
       SELECT 'pagingProbe', 'SUCCESS', timestamptz '2026-01-01T00:00:00Z' + make_interval(secs => n / 3) FROM generate_series(0, 8) n`,
    );
    const read = reader('auditLog', ', $filter: AuditLogFilter', ', filter: $filter', { filter: { action: 'pagingProbe' } }, admin.headers);
    expect(await expectSameBothWays(read, 2)).toHaveLength(9);
  });
});

describe('arguments', () => {
  const QUERY = `query(${WINDOW_VARIABLES}) { products(${WINDOW_ARGUMENTS}) { edges { node { id } } } }`;

  it.each([
    ['first and last together', { first: 2, last: 2 }, 'last', /cannot be combined with first/],
    ['last over the cap', { last: 101 }, 'last', /100/],
    ['last below 1', { last: 0 }, 'last', /1/],
    ['a before that is not a cursor', { last: 2, before: 'bm90IGEgY3Vyc29y' }, 'before', /not a cursor returned by this API/],
  ])('refuses %s', async (_case, window, field, message) => {
    const error = onlyError(await app.graphql(QUERY, window));
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    const problem = (error.extensions!.fields as { field: string; message: string }[]).find((entry) => entry.field === field);
    expect(problem?.message).toMatch(message);
  });

  it('prices a page of last n as one of first n', async () => {
    const response = await app.graphql(`{ products(last: 100) { edges { node { brand { name } } } } }`);
    expect(response.body.errors).toBeUndefined();
    expect(Number(response.headers.get('x-query-cost'))).toBe(
      Number((await app.graphql(`{ products(first: 100) { edges { node { brand { name } } } } }`)).headers.get('x-query-cost')),
    );
  });
});
