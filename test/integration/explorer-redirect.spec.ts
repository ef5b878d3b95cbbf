// Browsers opening /graphql are sent to the console's bundled explorer; GraphQL over GET and POST
// answers as before (no landing page from Apollo, which loaded its sandbox from a CDN).
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.close();
});

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('opening /graphql in a browser', () => {
  it('redirects to the API explorer, keeping a shared query', async () => {
    const plain = await fetch(app.url, { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' });
    expect(plain.status).toBe(302);
    expect(plain.headers.get('location')).toBe('/admin/explorer');

    const shared = `?query=${encodeURIComponent('{ me { email } }')}`;
    const withQuery = await fetch(app.url + shared, { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' });
    expect(withQuery.status).toBe(302);
    expect(withQuery.headers.get('location')).toBe(`/admin/explorer${shared}`);
  });

  it('redirects in production too, where no landing page is served either', async () => {
    const production = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a production-like secret of at least thirty-two bytes',
      PARTNER_KEY_PEPPER: 'a production-like pepper of at least thirty-two bytes',
      WEBHOOK_SECRET_KEY: 'a production-like webhook key of at least thirty-two bytes',
      LOG_LEVEL: 'error',
    });
    try {
      const answer = await fetch(production.url, { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' });
      expect(answer.status).toBe(302);
      expect(answer.headers.get('location')).toBe('/admin/explorer');
    } finally {
      await production.close();
    }
  });
});

describe('GraphQL clients', () => {
  const QUERY = `?query=${encodeURIComponent('{ treatment(slug: "professional-microneedling") { slug } }')}`;

  it('still run GET queries, whatever they accept', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*']) {
      const answer = await fetch(app.url + QUERY, { headers: { accept, 'apollo-require-preflight': 'true' }, redirect: 'manual' });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ data: { treatment: { slug: 'professional-microneedling' } } });
    }
  });

  it('still run POST queries sent with a browser-like Accept header', async () => {
    const answer = await app.graphql(`{ __typename }`, {}, { accept: BROWSER_ACCEPT });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('get no HTML landing page without an Accept header preferring it', async () => {
    const answer = await fetch(app.url, { headers: { accept: 'application/json' }, redirect: 'manual' });
    expect(answer.headers.get('content-type')).not.toMatch(/html/);
  });
});
