// Caching through the real server: Cache-Control headers per caller, the anonymous response
// cache (hits, invalidation by any content commit, no leaks between callers), automatic
// persisted queries, in memory and shared through Redis by two instances.
import { createHash, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Role } from '../../src/core/roles';
import { dataAs, SignedIn, signInAs } from '../support/auth';
import { CONTENT_INPUTS, uniqueSlug } from '../support/editorial-inputs';
import { createPartner } from '../support/partners';
import { deleteRedisKeys, describeWithRedis, REDIS_URL } from '../support/redis';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';
import { eventually } from '../support/waiting';

const PRODUCT = `query($slug: String!) { product(slug: $slug) { slug name priceCents brand { name } ingredients { topical { slug } } } }`;
const PRODUCTS = `{ products(first: 100) { totalCount edges { node { slug name } } } }`;
const SEARCH = `query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { ... on Product { slug name } } } } }`;

const CREATE_PRODUCT = `mutation($input: ProductInput!) { createProduct(input: $input) { id version } }`;
const UPDATE_PRODUCT = `mutation($id: ID!, $v: Int!, $input: ProductInput!) { updateProduct(id: $id, expectedVersion: $v, input: $input) { version } }`;
const PUBLISH = `mutation($type: ContentType!, $id: ID!, $v: Int!) { publishEntry(type: $type, id: $id, expectedVersion: $v) { entry { version } } }`;
const UNPUBLISH = `mutation($type: ContentType!, $id: ID!, $v: Int!) { unpublishEntry(type: $type, id: $id, expectedVersion: $v) { entry { version } } }`;
const DELETE = `mutation($type: ContentType!, $id: ID!) { deleteEntry(type: $type, id: $id) { version } }`;

const statements = (response: GraphQLResponse) => Number(response.headers.get('x-sql-statement-count'));

function expectOk(response: GraphQLResponse) {
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
}

/** Served from the response cache: Apollo's `age` header and not one SQL statement. */
function expectCacheHit(response: GraphQLResponse) {
  expectOk(response);
  expect(response.headers.get('age')).toMatch(/^\d+$/);
  expect(statements(response)).toBe(0);
}

function expectCacheMiss(response: GraphQLResponse) {
  expectOk(response);
  expect(response.headers.get('age')).toBeNull();
  expect(statements(response)).toBeGreaterThan(0);
}

const as = dataAs;

/** A published product of the editor's, with its id and version. */
async function publishedProduct(app: TestApp, editor: SignedIn, name: string) {
  const input: Record<string, unknown> & { slug: string } = { ...CONTENT_INPUTS.PRODUCT.input(), name } as never;
  const { createProduct } = await as(app, editor, CREATE_PRODUCT, { input });
  const { publishEntry } = await as(app, editor, PUBLISH, { type: 'PRODUCT', id: createProduct.id, v: createProduct.version });
  return { id: createProduct.id as string, version: publishEntry.entry.version as number, input };
}

/** Polls `read` until `accept` holds; returns how long that took. */
async function msUntil(read: () => Promise<GraphQLResponse>, accept: (response: GraphQLResponse) => boolean, timeoutMs = 5000): Promise<number> {
  const started = Date.now();
  await eventually(read, accept, { timeoutMs, what: 'the expected answer', describe: (response) => JSON.stringify(response.body) });
  return Date.now() - started;
}

async function cacheLookups(app: TestApp, cache: string, result: 'hit' | 'miss'): Promise<number> {
  const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`dermaplan_cache_requests_total{cache="${cache}",result="${result}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function persisted(app: TestApp, hash: string, options: { query?: string; variables?: Record<string, unknown>; method?: 'GET' | 'POST' } = {}) {
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const response =
    options.method === 'GET'
      ? await fetch(
          `${app.url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}&variables=${encodeURIComponent(JSON.stringify(options.variables ?? {}))}`,
          // CSRF prevention asks GET requests for a header no browser form can send.
          { headers: { 'apollo-require-preflight': 'true' } },
        )
      : await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: options.query, variables: options.variables, extensions }),
        });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse['body'] };
}

describe('in memory', () => {
  let app: TestApp;
  let editor: SignedIn;
  let partner: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    editor = await signInAs(app, Role.EDITOR);
    partner = { 'x-api-key': (await createPartner(app, { name: 'Caching partner' })).apiKey };
  });
  afterAll(() => app.close());

  describe('Cache-Control', () => {
    it('lets shared caches keep anonymous storefront answers, varying on the caller’s credentials, Accept and Origin', async () => {
      for (const [query, variables] of [
        [PRODUCTS, {}],
        [PRODUCT, { slug: 'kestrel-dispensary-tretinoin-0-025-cream' }],
        [SEARCH, { q: 'retinol' }],
        [`{ treatments { slug scarTypes { slug } } compatibilityRules { code topicals { role topical { slug } } } }`, {}],
      ] as const) {
        const response = await app.graphql(query, variables);
        expectOk(response);
        expect(response.headers.get('cache-control')).toBe('max-age=60, public');
        expect(response.headers.get('vary')).toBe('accept, authorization, x-api-key, origin');
      }
    });

    it('keeps no-store for whatever depends on the caller or is not cacheable', async () => {
      const cases: [string, GraphQLResponse][] = [
        ['editor', await app.graphql(PRODUCTS, {}, editor.headers)],
        ['partner', await app.graphql(PRODUCTS, {}, partner)],
        ['regimen', await app.graphql(`{ checkRoutine(input: { topicals: ["retinol", "vitamin-c"] }) { severity } }`)],
        ['mixed with a regimen', await app.graphql(`{ topicals { slug } checkRoutine(input: { topicals: ["retinol"] }) { severity } }`)],
        ['mutation', await app.graphql(`mutation { logout(refreshToken: "not-a-token") }`)],
        ['error', await app.graphql(`{ product(slug: "Not A Slug") { slug } }`)],
        ['only __typename', await app.graphql(`{ __typename }`)],
        ['introspection', await app.graphql(`{ __schema { queryType { name } } }`)],
      ];
      for (const [what, response] of cases) {
        expect({ what, cacheControl: response.headers.get('cache-control') }).toEqual({ what, cacheControl: 'no-store' });
        expect(response.headers.get('age')).toBeNull();
      }
    });
  });

  describe('response cache', () => {
    it('answers a repeated anonymous query from the cache, without SQL, and counts hits and misses', async () => {
      const query = `{ products(first: 7, orderBy: { field: PRICE }) { edges { node { slug brand { name } ingredients { topical { name } } } } } }`;
      const [hitsBefore, missesBefore] = [await cacheLookups(app, 'response-cache', 'hit'), await cacheLookups(app, 'response-cache', 'miss')];
      const first = await app.graphql(query);
      expectCacheMiss(first);
      const second = await app.graphql(query);
      expectCacheHit(second);
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('cache-control')).toBe('max-age=60, public');
      // Variables are part of the key.
      expectCacheMiss(await app.graphql(`query($n: Int) { products(first: $n) { edges { node { slug } } } }`, { n: 3 }));
      expectCacheMiss(await app.graphql(`query($n: Int) { products(first: $n) { edges { node { slug } } } }`, { n: 4 }));
      expectCacheHit(await app.graphql(`query($n: Int) { products(first: $n) { edges { node { slug } } } }`, { n: 4 }));
      expect(await cacheLookups(app, 'response-cache', 'hit')).toBe(hitsBefore + 2);
      expect(await cacheLookups(app, 'response-cache', 'miss')).toBe(missesBefore + 3);
    });

    it('still charges the cost budget of a cached answer', async () => {
      await app.graphql(PRODUCTS);
      const cached = await app.graphql(PRODUCTS);
      expectCacheHit(cached);
      // 1 + 100 × (totalCount 1 + edges 1 + node 1).
      expect(cached.headers.get('x-query-cost')).toBe('301');
      expect(cached.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    });

    it('shows a published edit to storefronts at once, and unpublishing and deleting too', async () => {
      const name = `Cached serum ${randomBytes(3).toString('hex')}`;
      const product = await publishedProduct(app, editor, name);
      const read = () => app.graphql(PRODUCT, { slug: product.input.slug });
      expect((await read()).body.data!.product.name).toBe(name);
      expectCacheHit(await read());
      const listed = () => app.graphql(PRODUCTS);
      await listed();
      expectCacheHit(await listed());

      // An edit of a published product waits as a draft: still the cached answer.
      const renamed = `${name} (reformulated)`;
      const { updateProduct } = await as(app, editor, UPDATE_PRODUCT, {
        id: product.id,
        v: product.version,
        input: { ...product.input, name: renamed },
      });
      const afterDraft = await read();
      expect(afterDraft.body.data!.product.name).toBe(name);

      // Publishing it: the next anonymous read has it (well within a second; here: at once).
      const { publishEntry } = await as(app, editor, PUBLISH, { type: 'PRODUCT', id: product.id, v: updateProduct.version });
      const published = Date.now();
      const seenAfterMs = await msUntil(read, (response) => response.body.data?.product?.name === renamed);
      expect(seenAfterMs).toBeLessThan(1000);
      expect(Date.now() - published).toBeLessThan(1000);
      const list = await listed();
      expectCacheMiss(list);
      expect(list.body.data!.products.edges.map((edge: any) => edge.node.name)).toContain(renamed);

      const { unpublishEntry } = await as(app, editor, UNPUBLISH, { type: 'PRODUCT', id: product.id, v: publishEntry.entry.version });
      expect((await read()).body.data!.product).toBeNull();
      expect((await listed()).body.data!.products.edges.map((edge: any) => edge.node.name)).not.toContain(renamed);

      const { publishEntry: again } = await as(app, editor, PUBLISH, { type: 'PRODUCT', id: product.id, v: unpublishEntry.entry.version });
      expect((await read()).body.data!.product.name).toBe(renamed);
      expect(again.entry.version).toBeGreaterThan(unpublishEntry.entry.version);
      await as(app, editor, DELETE, { type: 'PRODUCT', id: product.id });
      expect((await read()).body.data!.product).toBeNull();
    });

    it('adds a newly published entry to cached lists and search results', async () => {
      const word = `zyxcached${randomBytes(3).toString('hex')}`;
      const search = () => app.graphql(SEARCH, { q: word });
      expect((await search()).body.data!.search.totalCount).toBe(0);
      expectCacheHit(await search());
      await publishedProduct(app, editor, `Serum ${word}`);
      const found = await search();
      expectCacheMiss(found);
      expect(found.body.data!.search.totalCount).toBe(1);
    });

    it('notices a change committed by any other writer within a second', async () => {
      const slug = 'kestrel-dispensary-tretinoin-0-05-cream';
      const read = () => app.graphql(PRODUCT, { slug });
      const before = (await read()).body.data!.product.priceCents as number;
      expectCacheHit(await read());
      // Another instance, the scheduler or psql: not this instance's editorial API.
      await app.dataSource.query('UPDATE product SET price_cents = price_cents + 1 WHERE slug = $1', [slug]);
      const ms = await msUntil(read, (response) => response.body.data?.product?.priceCents === before + 1);
      expect(ms).toBeLessThan(1000);
    });

    it('never serves one caller’s answer to another: drafts stay with editors, partners are not served the anonymous cache', async () => {
      const draftSlug = uniqueSlug('product');
      await as(app, editor, CREATE_PRODUCT, { input: { ...CONTENT_INPUTS.PRODUCT.input(), slug: draftSlug, name: 'Leak-check draft serum' } });
      const slugs = (response: GraphQLResponse) => response.body.data!.products.edges.map((edge: any) => edge.node.slug);

      // The editor asks first: the answer (with the draft) is neither cached nor served to others.
      const editorFirst = await app.graphql(PRODUCTS, {}, editor.headers);
      expect(slugs(editorFirst)).toContain(draftSlug);
      const anonymous = await app.graphql(PRODUCTS);
      expectCacheMiss(anonymous);
      expect(slugs(anonymous)).not.toContain(draftSlug);
      expectCacheHit(await app.graphql(PRODUCTS));

      // The anonymous answer is cached now; the editor and the partner still get their own.
      const editorAgain = await app.graphql(PRODUCTS, {}, editor.headers);
      expectCacheMiss(editorAgain);
      expect(slugs(editorAgain)).toContain(draftSlug);
      const asPartner = await app.graphql(PRODUCTS, {}, partner);
      expectCacheMiss(asPartner);
      expect(slugs(asPartner)).not.toContain(draftSlug);
      expect(asPartner.headers.get('x-ratelimit-limit')).toBe('1000000');

      // Search too.
      const editorSearch = await app.graphql(SEARCH, { q: 'leak-check draft' }, editor.headers);
      expect(editorSearch.body.data!.search.totalCount).toBe(1);
      expect((await app.graphql(SEARCH, { q: 'leak-check draft' })).body.data!.search.totalCount).toBe(0);
      const editorSearchAgain = await app.graphql(SEARCH, { q: 'leak-check draft' }, editor.headers);
      expectCacheMiss(editorSearchAgain);
      expect(editorSearchAgain.body.data!.search.totalCount).toBe(1);
    });

    it('does not cache answers with errors', async () => {
      const query = `{ topicals { slug } product(slug: "Not A Slug") { slug } }`;
      const first = await app.graphql(query);
      expect(first.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(first.body.data!.topicals.length).toBeGreaterThan(0);
      const second = await app.graphql(query);
      expect(second.headers.get('age')).toBeNull();
      expect(statements(second)).toBeGreaterThan(0);
    });
  });

  describe('automatic persisted queries', () => {
    const query = `query PersistedTopical($slug: String!) { topical(slug: $slug) { slug name } }`;
    const hash = sha256(query);

    it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, then runs the hash alone once registered', async () => {
      const unknown = await persisted(app, sha256(`${query} # ${randomBytes(4).toString('hex')}`));
      expect(unknown.body.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });

      const registered = await persisted(app, hash, { query, variables: { slug: 'retinol' } });
      expect(registered.body).toEqual({ data: { topical: { slug: 'retinol', name: 'Retinol' } } });
      const byHash = await persisted(app, hash, { variables: { slug: 'tretinoin' } });
      expect(byHash.body).toEqual({ data: { topical: { slug: 'tretinoin', name: 'Tretinoin' } } });
      expect(await cacheLookups(app, 'persisted-queries', 'hit')).toBeGreaterThan(0);
    });

    it('serves persisted queries over GET, cacheable by a CDN, and from the response cache', async () => {
      await persisted(app, hash, { query, variables: { slug: 'adapalene' } });
      const viaGet = await persisted(app, hash, { method: 'GET', variables: { slug: 'adapalene' } });
      expect(viaGet.status).toBe(200);
      expect(viaGet.body).toEqual({ data: { topical: { slug: 'adapalene', name: 'Adapalene' } } });
      expect(viaGet.headers.get('cache-control')).toBe('max-age=60, public');
      expect(viaGet.headers.get('age')).toMatch(/^\d+$/);
    });

    it('gives GET answers an ETag, and POST answers their whole body', async () => {
      await persisted(app, hash, { query, variables: { slug: 'adapalene' } });
      const url = `${app.url}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}&variables=${encodeURIComponent('{"slug":"adapalene"}')}`;
      const viaGet = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(viaGet.headers.get('etag')).toMatch(/^W\/"/);

      const viaPost = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { slug: 'adapalene' } }),
      });
      expect(viaPost.status).toBe(200);
      const body = await viaPost.text();
      expect(JSON.parse(body)).toEqual({ data: { topical: { slug: 'adapalene', name: 'Adapalene' } } });
      expect(Number(viaPost.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    });

    it('refuses a query whose hash does not match', async () => {
      const mismatch = await persisted(app, sha256('{ topicals { slug } }'), { query });
      expect(mismatch.status).toBe(400);
      expect(mismatch.body.errors?.[0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
    });
  });
});

describe('RESPONSE_CACHE_ENABLED=false', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RESPONSE_CACHE_ENABLED: 'false' });
  });
  afterAll(() => app.close());

  it('answers every request afresh, with the same Cache-Control headers', async () => {
    await app.graphql(PRODUCTS);
    const again = await app.graphql(PRODUCTS);
    expectCacheMiss(again);
    expect(again.headers.get('cache-control')).toBe('max-age=60, public');
  });
});

describeWithRedis('the shared-cache tests need one')('shared by two instances through Redis (REDIS_URL)', () => {
  const prefix = `dermaplan-cache-test-${randomBytes(4).toString('hex')}:`;
  const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix };
  let a: TestApp;
  let b: TestApp;
  let editor: SignedIn;
  beforeAll(async () => {
    a = await startTestApp(env);
    b = await startTestApp(env, { database: a.database });
    editor = await signInAs(a, Role.EDITOR);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await deleteRedisKeys(prefix);
  });

  it('serves one instance’s cached answer from the other, and keeps it in Redis', async () => {
    const query = `{ articles(first: 3) { edges { node { slug topicals { slug } } } } }`;
    expectCacheMiss(await a.graphql(query));
    expectCacheHit(await b.graphql(query));
    const redis = new Redis(REDIS_URL);
    try {
      expect((await redis.keys(`${prefix}response-cache:*`)).length).toBeGreaterThan(0);
    } finally {
      await redis.quit();
    }
  });

  it('shows an edit published through one instance on the other within a second', async () => {
    const name = `Shared serum ${randomBytes(3).toString('hex')}`;
    const product = await publishedProduct(a, editor, name);
    const readB = () => b.graphql(PRODUCT, { slug: product.input.slug });
    expect(await msUntil(readB, (response) => response.body.data?.product?.name === name)).toBeLessThan(1000);
    expectCacheHit(await readB());

    const renamed = `${name} v2`;
    const { updateProduct } = await as(a, editor, UPDATE_PRODUCT, { id: product.id, v: product.version, input: { ...product.input, name: renamed } });
    await as(a, editor, PUBLISH, { type: 'PRODUCT', id: product.id, v: updateProduct.version });
    const ms = await msUntil(readB, (response) => response.body.data?.product?.name === renamed);
    expect(ms).toBeLessThan(1000);
    // On the instance that published: at once.
    expect((await a.graphql(PRODUCT, { slug: product.input.slug })).body.data!.product.name).toBe(renamed);
  });

  it('knows a query persisted through one instance on the other', async () => {
    const query = `query SharedPersisted { brands { slug } }`;
    expect((await persisted(a, sha256(query), { query })).body.errors).toBeUndefined();
    const onB = await persisted(b, sha256(query));
    expect(onB.body.errors).toBeUndefined();
    expect(onB.body.data!.brands.length).toBeGreaterThan(0);
  });

  it('keeps answering, uncached, while Redis is unreachable', async () => {
    const unreachable = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'error' });
    try {
      expectCacheMiss(await unreachable.graphql(PRODUCTS));
      const again = await unreachable.graphql(PRODUCTS);
      expectCacheMiss(again);
      expect(again.headers.get('cache-control')).toBe('max-age=60, public');
    } finally {
      await unreachable.close();
    }
  });
});
