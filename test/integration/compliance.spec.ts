// GraphQL-over-HTTP compliance (graphql-http's server audits) and production mode, against the
// real HTTP server. The audits' SHOULD warnings that remain are listed in the README.
import { auditServer } from 'graphql-http';
import { startTestApp, TestApp } from '../support/test-app';

const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a production-like secret of at least thirty-two bytes',
  PARTNER_KEY_PEPPER: 'a production-like pepper of at least thirty-two bytes',
  WEBHOOK_SECRET_KEY: 'a production-like webhook key of at least thirty-two bytes',
  LOG_LEVEL: 'error',
};

/** Apollo's CSRF prevention refuses a GET without it; a real client sends it (or a JSON content type). */
const withPreflightHeader = (input: string | URL | Request, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('apollo-require-preflight', 'true');
  return fetch(input, { ...init, headers });
};

// Two MUST audits (BF61, 28B9) query `__type`, so the production run turns introspection on;
// with it off they fail by design (README).
describe.each([
  ['development', {}],
  ['production, introspection on', { ...PRODUCTION_ENV, GRAPHQL_INTROSPECTION: 'true' }],
])('graphql-http server audits (%s)', (_mode, env) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(env);
  });
  afterAll(() => app.close());

  it('pass every MUST audit', async () => {
    const results = await auditServer({ url: app.url, fetchFn: withPreflightHeader });
    const counts = { ok: 0, warn: 0, error: 0, notice: 0 };
    for (const result of results) counts[result.status] += 1;
    const failed = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    const warnings = results.filter((r) => r.status === 'warn').map((r) => `${r.id} ${r.name}`);
    // Printed so a run shows what remains (README: "GraphQL over HTTP compliance").
    console.log(`graphql-http audits (${_mode}): ${JSON.stringify(counts)} of ${results.length}\nwarnings:\n${warnings.join('\n')}`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });
});

describe('production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(PRODUCTION_ENV);
  });
  afterAll(() => app.close());

  it('turns introspection off', async () => {
    for (const query of [`{ __schema { types { name } } }`, `{ __type(name: "Query") { fields { name } } }`]) {
      const response = await app.graphql(query);
      expect(response.status).toBe(400);
      expect(response.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.body.errors![0].message).toMatch(/introspection/i);
      expect(response.body.data).toBeUndefined();
    }
    // __typename is not introspection of the schema.
    expect((await app.graphql(`{ __typename }`)).body.data).toEqual({ __typename: 'Query' });
  });

  it('gives no field suggestions', async () => {
    const response = await app.graphql(`{ treatmentz { slug } }`);
    expect(response.status).toBe(400);
    const { message } = response.body.errors![0];
    expect(message).toMatch(/Cannot query field "treatmentz"/);
    expect(message).not.toMatch(/did you mean|treatments/i);
    const argument = await app.graphql(`{ products(frist: 2) { totalCount } }`);
    expect(argument.body.errors![0].message).not.toMatch(/did you mean|first/i);
  });

  it('never returns stack traces, and masks unexpected errors with an error id', async () => {
    // A statement that fails inside PostgreSQL: the knowledge snapshot's table is gone.
    await app.dataSource.query('ALTER TABLE knowledge_revision RENAME TO knowledge_revision_hidden');
    try {
      const response = await app.graphql(`{ recommendRegimen(input: { days: 1 }) { eligibility } }`);
      const [error] = response.body.errors!;
      expect(error.message).toBe('Internal server error');
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(JSON.stringify(response.body)).not.toMatch(/knowledge_revision|relation|stacktrace|at \w+ \(/);
    } finally {
      await app.dataSource.query('ALTER TABLE knowledge_revision_hidden RENAME TO knowledge_revision');
    }
    const bad = await app.graphql(`{ products(first: -1) { totalCount } }`);
    expect(bad.body.errors![0].extensions).not.toHaveProperty('stacktrace');
  });

  it('runs mutations only over POST and refuses simple (CSRF-able) requests', async () => {
    const get = await fetch(`${app.url}?query=${encodeURIComponent('mutation { logout(refreshToken: "x") }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(405);
    const simpleGet = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/);
  });

  it('can turn introspection and suggestions back on by configuration', async () => {
    const open = await startTestApp({ ...PRODUCTION_ENV, GRAPHQL_INTROSPECTION: 'true', GRAPHQL_FIELD_SUGGESTIONS: 'true' });
    try {
      expect((await open.graphql(`{ __schema { queryType { name } } }`)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await open.graphql(`{ treatmentz { slug } }`)).body.errors![0].message).toMatch(/Did you mean .*"treatments"/);
    } finally {
      await open.close();
    }
  });
});
