// Cost budgets per partner app and per anonymous client address, measured in query cost, in
// memory or shared across instances through Redis; all through the real HTTP server.
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { bearer, createPartner } from '../support/partners';
import { deleteRedisKeys, describeWithRedis, REDIS_URL } from '../support/redis';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';
import { eventually } from '../support/waiting';

/** Costs 1 (a list of treatments: one object field, scalars are free). */
const CHEAP = `{ treatments { slug } }`;
/** Costs 21: 1 + 10 × (edges 1 + node 1). */
const MEDIUM = `{ products(first: 10) { edges { node { slug } } } }`;

/** A partner app's key (Authorization: Bearer), the app made by a fresh admin. */
async function partnerKey(app: TestApp, input: Record<string, unknown>): Promise<Record<string, string>> {
  return bearer((await createPartner(app, { name: 'Rate-limited partner', ...input })).apiKey);
}

function expectServed(response: GraphQLResponse) {
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
}

function expectRateLimited(response: GraphQLResponse, details: { cost: number; budget: number }) {
  expect(response.status).toBe(429);
  expect(response.body.data ?? null).toBeNull();
  const [error] = response.body.errors!;
  expect(error.extensions).toEqual({
    code: 'RATE_LIMITED',
    retryAfterSeconds: expect.any(Number),
    cost: details.cost,
    budget: details.budget,
    windowSeconds: 60,
  });
  expect(error.extensions!.retryAfterSeconds).toBeGreaterThan(0);
  expect(error.extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
  expect(error.message).toMatch(/try again in \d+ seconds/);
  expect(response.headers.get('retry-after')).toBe(String(error.extensions!.retryAfterSeconds));
}

describe('in memory (no REDIS_URL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ ANONYMOUS_COST_BUDGET: '30', TRUST_PROXY_HOPS: '1' });
  });
  afterAll(() => app.close());

  it('spends a partner app’s budget by query cost, not by requests, and says when to retry', async () => {
    const partner = await partnerKey(app, { costBudget: 30 });
    const first = await app.graphql(MEDIUM, {}, partner);
    expectServed(first);
    expect(first.headers.get('x-query-cost')).toBe('21');
    expect(first.headers.get('x-ratelimit-limit')).toBe('30');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('9');

    expectRateLimited(await app.graphql(MEDIUM, {}, partner), { cost: 21, budget: 30 });
    // A refused request costs nothing: cheaper ones that fit still run.
    for (let n = 0; n < 9; n += 1) expectServed(await app.graphql(CHEAP, {}, partner));
    expectRateLimited(await app.graphql(CHEAP, {}, partner), { cost: 1, budget: 30 });

    // Another app has its own budget.
    expectServed(await app.graphql(MEDIUM, {}, await partnerKey(app, { costBudget: 30 })));
  });

  it('applies an app’s own maximum per request', async () => {
    const partner = await partnerKey(app, { maxQueryCost: 20, costBudget: 1000 });
    const response = await app.graphql(MEDIUM, {}, partner);
    expect(response.status).toBe(400);
    expect(response.body.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 21, maxCost: 20 });
    expectServed(await app.graphql(CHEAP, {}, partner));
  });

  it('counts anonymous callers per client address, apart from partner keys', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    expectServed(await app.graphql(MEDIUM, {}, from('203.0.113.10')));
    expectRateLimited(await app.graphql(MEDIUM, {}, from('203.0.113.10')), { cost: 21, budget: 30 });
    expectServed(await app.graphql(MEDIUM, {}, from('203.0.113.11')));
    // One IPv6 subscriber (/64) is one client, whatever its interface identifier.
    expectServed(await app.graphql(MEDIUM, {}, from('2001:db8:1:2::1')));
    expectRateLimited(await app.graphql(MEDIUM, {}, from('2001:db8:1:2:ffff::9')), { cost: 21, budget: 30 });
    // A partner calling from the exhausted address spends its own budget.
    const partner = await partnerKey(app, {});
    expectServed(await app.graphql(MEDIUM, {}, { ...partner, ...from('203.0.113.10') }));
  });

  it('charges a point for requests refused before they are priced', async () => {
    const from = { 'x-forwarded-for': '198.51.100.77' };
    for (let n = 0; n < 30; n += 1) expect((await app.graphql(`{ nope }`, {}, from)).status).toBe(400);
    expectRateLimited(await app.graphql(CHEAP, {}, from), { cost: 1, budget: 30 });
  });

  it('gives a whole budget again when the window ends', async () => {
    const short = await startTestApp({ ANONYMOUS_COST_BUDGET: '30', RATE_LIMIT_WINDOW_SECONDS: '1' });
    try {
      expectServed(await short.graphql(MEDIUM));
      const refused = await short.graphql(MEDIUM);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      // Refused requests cost nothing: ask again until the window has ended (about a second).
      expectServed(
        await eventually(
          () => short.graphql(MEDIUM),
          (response) => response.status !== 429,
          { timeoutMs: 5000, intervalMs: 50, describe: (response) => JSON.stringify(response.body) },
        ),
      );
    } finally {
      await short.close();
    }
  });

  it('does not share budgets between instances without Redis (each counts its own)', async () => {
    const other = await startTestApp({ ANONYMOUS_COST_BUDGET: '30' }, { database: app.database });
    const fresh = await startTestApp({ ANONYMOUS_COST_BUDGET: '30' }, { database: app.database });
    try {
      expectServed(await other.graphql(MEDIUM));
      expectServed(await fresh.graphql(MEDIUM));
    } finally {
      await other.close();
      await fresh.close();
    }
  });

  it('keeps serving, with per-instance budgets, when Redis is unreachable', async () => {
    const unreachable = await startTestApp({ ANONYMOUS_COST_BUDGET: '30', REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'error' });
    try {
      expectServed(await unreachable.graphql(MEDIUM));
      expect((await unreachable.graphql(MEDIUM)).status).toBe(429);
    } finally {
      await unreachable.close();
    }
  });
});

describeWithRedis('the shared-budget tests need one')('shared across two instances through Redis (REDIS_URL)', () => {
  const prefix = `dermaplan-test-${randomBytes(4).toString('hex')}:`;
  const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix, ANONYMOUS_COST_BUDGET: '60' };
  let a: TestApp;
  let b: TestApp;
  let partner: Record<string, string>;
  beforeAll(async () => {
    a = await startTestApp(env);
    b = await startTestApp(env, { database: a.database });
    // Signing in is an anonymous request too: done before the anonymous budget is spent.
    partner = await partnerKey(a, { costBudget: 50 });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await deleteRedisKeys(prefix);
  });

  it('draws one anonymous budget from both instances', async () => {
    const [signIn] = [await a.graphql(CHEAP)]; // after the sign-in above: 2 (login) + 1 = 3 spent
    expectServed(signIn);
    expect(signIn.headers.get('x-ratelimit-remaining')).toBe('57');
    expectServed(await a.graphql(MEDIUM)); // 21
    expectServed(await b.graphql(MEDIUM)); // 42
    expectRateLimited(await a.graphql(MEDIUM), { cost: 21, budget: 60 }); // 63 > 60
    expectRateLimited(await b.graphql(MEDIUM), { cost: 21, budget: 60 });
    for (let n = 0; n < 15; n += 1) expectServed(await (n % 2 ? a : b).graphql(CHEAP)); // up to 60
    expectRateLimited(await b.graphql(CHEAP), { cost: 1, budget: 60 });
    expectRateLimited(await a.graphql(CHEAP), { cost: 1, budget: 60 });
  });

  it('draws one partner budget from both instances, and keeps its counter in Redis', async () => {
    expectServed(await a.graphql(MEDIUM, {}, partner));
    expectServed(await b.graphql(MEDIUM, {}, partner));
    expectRateLimited(await a.graphql(MEDIUM, {}, partner), { cost: 21, budget: 50 });
    expectRateLimited(await b.graphql(MEDIUM, {}, partner), { cost: 21, budget: 50 });

    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${prefix}*`);
      expect(keys.some((key) => key.includes('app:'))).toBe(true);
      expect(keys.some((key) => key.includes('addr:'))).toBe(true);
    } finally {
      await redis.quit();
    }
  });
});
