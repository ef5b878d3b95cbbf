// Hostile and malformed requests through the real HTTP server: each gets a clear error, nothing is
// written (the audit log of refused staff mutations aside, which is its purpose), and the server
// keeps serving.
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from '../support/auth';
import { CONTENT_INPUTS } from '../support/editorial-inputs';
import { firstError } from '../support/errors';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/waiting';

let app: TestApp;
let editor: SignedIn;
beforeAll(async () => {
  app = await startTestApp();
  editor = await signInAs(app, Role.EDITOR);
});
afterAll(() => app.close());

const WRITTEN_TABLES = [
  'article',
  'product',
  'brand',
  'topical',
  'treatment',
  'scar_type',
  'citation',
  'compatibility_rule',
  'revision',
  'staff_user',
  'refresh_token',
  'login_failure',
  'partner_app',
  'partner_key',
  'webhook_delivery',
];

async function fingerprint(): Promise<Record<string, number>> {
  const [row] = await app.dataSource.query(`SELECT ${WRITTEN_TABLES.map((table) => `(SELECT count(*) FROM ${table})::int AS ${table}`).join(', ')}`);
  return row;
}

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; json: any }> {
  const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: left null
  }
  return { status: response.status, text, json };
}

/** Runs `attack`, then checks that nothing was written and that the server still answers. */
async function refusedWithoutHarm<T>(attack: () => Promise<T>): Promise<T> {
  const before = await fingerprint();
  const outcome = await attack();
  expect(await fingerprint()).toEqual(before);
  const healthy = await app.graphql(`{ treatments { slug } }`);
  expect(healthy.body.data!.treatments.length).toBeGreaterThan(0);
  return outcome;
}

const LOGIN_FIELD = (n: number) => `a${n}: login(input: { email: "admin@example.test", password: "guess number ${n}" }) { accessToken }`;

describe('brute force by aliases and batches', () => {
  it('refuses 16 aliased login attempts in one document before any runs', async () => {
    const response = await refusedWithoutHarm(() => app.graphql(`mutation { ${Array.from({ length: 16 }, (_, n) => LOGIN_FIELD(n)).join(' ')} }`));
    expect(response.status).toBe(400);
    expect(firstError(response).message).toMatch(/Aliases limit of 15 exceeded, found 16/);
    expect(response.body.data).toBeUndefined();
  });

  it('counts __typename aliases too (graphql-cop sends 101)', async () => {
    const response = await app.graphql(`{ ${Array.from({ length: 101 }, (_, n) => `t${n}: __typename`).join(' ')} }`);
    expect(response.status).toBe(400);
    expect(firstError(response).message).toMatch(/Aliases limit/);
  });

  it('refuses batched HTTP requests (a JSON array of operations)', async () => {
    const batch = JSON.stringify(Array.from({ length: 10 }, (_, n) => ({ query: `mutation { ${LOGIN_FIELD(n)} }` })));
    const response = await refusedWithoutHarm(() => post(batch));
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batch/i);
  });
});

describe('document shape', () => {
  it('refuses deep nesting', async () => {
    const nested = (depth: number) => `{ __type(name: "Query") { ${'ofType { '.repeat(depth)}name${' }'.repeat(depth)} } }`;
    expect((await app.graphql(nested(8))).body.errors).toBeUndefined(); // depth 10: the limit
    const response = await refusedWithoutHarm(() => app.graphql(nested(9)));
    expect(response.status).toBe(400);
    expect(firstError(response).message).toMatch(/Query depth limit of 10 exceeded, found 11/);
  });

  it('refuses a document of more than 1000 tokens', async () => {
    const response = await refusedWithoutHarm(() => app.graphql(`{ ${'treatments { slug } '.repeat(300)} }`));
    expect(response.status).toBe(400);
    expect(firstError(response).message).toMatch(/Document contains more th\w+ 1000 tokens/);
  });

  it('refuses a body over 100 kB with 413, in the GraphQL error shape', async () => {
    const response = await refusedWithoutHarm(() =>
      post(JSON.stringify({ query: `{ treatments { slug } }`, variables: { padding: 'x'.repeat(101 * 1024) } })),
    );
    expect(response.status).toBe(413);
    expect(response.json).toEqual({
      errors: [{ message: 'The request body is larger than 102400 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses more than 10 directives', async () => {
    const response = await app.graphql(`{ treatments { ${Array.from({ length: 11 }, () => 'slug @include(if: true)').join(' ')} } }`);
    expect(response.status).toBe(400);
    expect(firstError(response).message).toMatch(/Directives limit of 10 exceeded/);
  });

  it('answers malformed JSON and non-GraphQL bodies with 400', async () => {
    for (const body of ['{"query": "{ treatments { slug } }"', 'null', '"just a string"', '{"query": 42}', '{}']) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(response.text).not.toMatch(/<html|at \w+ \(/i);
    }
  });
});

describe('expensive queries', () => {
  const PRODUCTS = `query($n: Int) { products(first: $n) { edges { node { slug brand { name } ingredients { topical { slug } } } } } }`;

  it('prices `first` from variables: a million products is refused before running', async () => {
    const response = await refusedWithoutHarm(() => app.graphql(PRODUCTS, { n: 1_000_000 }));
    expect(response.status).toBe(400);
    const error = firstError(response);
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: expect.any(Number), maxCost: 25000 });
    expect(error.extensions!.cost).toBeGreaterThan(1_000_000);
  });

  it('refuses a page size above 100, a negative or an out-of-range one with BAD_USER_INPUT', async () => {
    for (const n of [101, 0, -5]) {
      const error = firstError(await app.graphql(PRODUCTS, { n }));
      expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    }
    for (const n of [2 ** 31, 1e300, 1.5]) {
      const response = await app.graphql(PRODUCTS, { n });
      expect(response.status).toBe(400);
      expect(firstError(response).extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('does not let a negative first make a query look cheaper', async () => {
    const response = await app.graphql(
      `query($n: Int) { a: products(first: $n) { totalCount } b: products(first: 100) { edges { node { slug } } } }`,
      { n: -1_000_000 },
    );
    expect(Number(response.headers.get('x-query-cost'))).toBeGreaterThan(100);
  });
});

describe('hostile values', () => {
  const PRODUCT = `query($slug: String!) { product(slug: $slug) { slug } }`;

  it.each([
    ["x' OR '1'='1"],
    ['tretinoin; DROP TABLE product; --'],
    ['"); DELETE FROM staff_user; --'],
    ['x'.repeat(10_000)],
    ['tre\u0000tinoin'],
    ['tret\u202Einoin'],
    ['tretino\u0131n'],
    ['\uD800'],
    ['🧴'],
    [''],
  ])('refuses the slug %j with BAD_USER_INPUT', async (slug) => {
    const response = await refusedWithoutHarm(() => app.graphql(PRODUCT, { slug }));
    const error = firstError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).not.toMatch(/syntax error at or near|relation|SELECT/);
  });

  it('treats SQL-looking text in filters and sign-in as data', async () => {
    const filtered = await refusedWithoutHarm(() =>
      app.graphql(`query($c: String) { products(filter: { currency: $c }) { totalCount } }`, { c: "EUR' OR 1=1 --" }),
    );
    expect(firstError(filtered).extensions!.code).toBe('BAD_USER_INPUT');
    const login = await app.graphql(`mutation($e: String!) { login(input: { email: $e, password: "' OR '1'='1" }) { accessToken } }`, {
      e: "' OR '1'='1' --",
    });
    expect(firstError(login)).toMatchObject({ message: 'Invalid email or password', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it.each([
    ['a NUL character', 'Title with \u0000 inside'],
    ['a lone surrogate', 'Title \uD800 here'],
    ['right-to-left overrides and zero-width joiners', 'Title \u202E\u200D\u2066 here'],
    ['250,000 characters', 'x'.repeat(250_000)],
  ])('refuses or safely stores a title with %s, never an internal error', async (_case, title) => {
    const { inputType, name, input } = CONTENT_INPUTS.ARTICLE;
    const body = JSON.stringify({
      query: `mutation($input: ${inputType}!) { create${name}(input: $input) { id } }`,
      variables: { input: { ...input(), title } },
    });
    const raw = await post(body, editor.headers);
    const response = { status: raw.status, body: raw.json } as GraphQLResponse;
    if (response.status === 413) {
      expect(response.body.errors![0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    } else if (response.body.errors) {
      expect(firstError(response).extensions!.code).toBe('BAD_USER_INPUT');
    } else {
      const [stored] = await app.dataSource.query('SELECT title FROM article WHERE id = $1', [response.body.data!.createArticle.id]);
      expect(stored.title.length).toBeGreaterThan(0);
    }
    expect((await app.graphql(`{ treatments { slug } }`)).body.data!.treatments.length).toBeGreaterThan(0);
  });

  it('refuses a NUL character in a string literal of the document, naming it', async () => {
    const response = await refusedWithoutHarm(() => app.graphql(`{ products(filter: { currency: "EU\\u0000R" }) { totalCount } }`));
    expect(response.status).toBe(400);
    expect(firstError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'query', message: expect.stringMatching(/NUL/) }] });
  });

  it.each([
    [{ days: -1 }],
    [{ days: 2 ** 31 }],
    [{ fitzpatrickType: 1e9 }],
    [{ lastSession: { treatment: 'professional-microneedling', performedAt: '2026-03-01T10:00:00Z', needleDepthMm: 1e308 } }],
    [{ lastSession: { treatment: 'professional-microneedling', performedAt: '2026-03-01T10:00:00Z', needleDepthMm: -0.5 } }],
    [{ productFilter: { maxPriceCents: -1 } }],
    [{ productFilter: { maxPriceCents: 2 ** 53 } }],
    [{ startDate: '99999-01-01' }],
    [{ lastSession: { treatment: 'professional-microneedling', performedAt: '+275760-09-13T00:00:00Z', needleDepthMm: 1 } }],
  ])('refuses the regimen input %j with BAD_USER_INPUT', async (input) => {
    const response = await refusedWithoutHarm(() =>
      app.graphql(`query($input: RegimenInput!) { recommendRegimen(input: $input) { eligibility } }`, { input }),
    );
    expect(firstError(response).extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('slow requests', () => {
  it('answers 503 REQUEST_TIMEOUT after REQUEST_TIMEOUT_MS, drops the late answer and keeps serving', async () => {
    const slow = await startTestApp({ REQUEST_TIMEOUT_MS: '1' });
    try {
      // The first plan builds the knowledge snapshot (several statements): far longer than 1 ms.
      const query = `{ recommendRegimen(input: { days: 1 }) { eligibility } }`;
      const response = await slow.graphql(query);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(response.body).toEqual({ errors: [{ message: 'The request did not finish within 1 ms', extensions: { code: 'REQUEST_TIMEOUT' } }] });
      // The late answer is computed (then dropped) once the operation counts as answered.
      const answered = async () =>
        Number(
          /^dermaplan_graphql_requests_total\{[^}]*type="query"[^}]*\} (\d+)/m.exec(await (await fetch(`${slow.baseUrl}/metrics`)).text())?.[1] ?? 0,
        );
      await waitFor(async () => (await answered()) >= 1, { what: 'the late answer' });
      const again = await slow.graphql(query);
      expect([200, 503]).toContain(again.status);
    } finally {
      await slow.close();
    }
  });
});
