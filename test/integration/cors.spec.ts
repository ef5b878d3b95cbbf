// A browser storefront on another origin, as its browser talks to the API: the preflight
// (OPTIONS with Origin and Access-Control-Request-*), then the request itself with its Origin.
// Allowed origins get CORS headers; others get none; CSRF prevention still refuses simple requests.
import { Role } from '../../src/core/roles';
import { signInAs } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const QUERY = `{ products(first: 2) { edges { node { slug } } } }`;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** What a browser sends before a cross-origin POST with a JSON body and the given extra headers. */
function preflight(url: string, origin: string, requestHeaders = 'content-type'): Promise<Answer> {
  return send(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': requestHeaders },
  });
}

function post(url: string, origin: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(url, { method: 'POST', headers: { origin, 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: QUERY }) });
}

function corsHeaders(answer: Answer): string[] {
  return [...answer.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

function listed(answer: Answer, header: string): string[] {
  return (answer.headers.get(header) ?? '').split(',').map((value) => value.trim().toLowerCase());
}

describe('an allowed origin (by default outside production: localhost on any port)', () => {
  it.each(['http://localhost:3000', 'http://127.0.0.1:5173', 'http://[::1]:8080'])(
    'answers the preflight from %s, then the request',
    async (origin) => {
      const answer = await preflight(app.url, origin, 'content-type, authorization, x-api-key, apollo-require-preflight, x-apollo-operation-name');
      expect(answer.status).toBe(204);
      expect(answer.text).toBe('');
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(listed(answer, 'access-control-allow-methods')).toEqual(['get', 'post', 'options']);
      expect(listed(answer, 'access-control-allow-headers')).toEqual(
        expect.arrayContaining(['content-type', 'authorization', 'x-api-key', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name']),
      );
      expect(Number(answer.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(listed(answer, 'vary')).toContain('origin');
      // Tokens travel in headers: credentials (cookies) are never allowed.
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();

      const request = await post(app.url, origin);
      expect(request.status).toBe(200);
      expect(JSON.parse(request.text).data.products.edges).toHaveLength(2);
      expect(request.headers.get('access-control-allow-origin')).toBe(origin);
      expect(listed(request, 'access-control-expose-headers')).toEqual(expect.arrayContaining(['x-request-id', 'x-query-cost', 'retry-after']));
      expect(listed(request, 'vary')).toContain('origin');
      expect(request.headers.get('access-control-allow-credentials')).toBeNull();
    },
  );

  it('lets a signed-in editor call from the browser: Authorization is allowed by the preflight', async () => {
    const editor = await signInAs(app, Role.EDITOR);
    const origin = 'http://localhost:3000';
    expect(listed(await preflight(app.url, origin, 'authorization, content-type'), 'access-control-allow-headers')).toContain('authorization');
    const answer = await send(app.url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', ...editor.headers },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.me.role).toBe('EDITOR');
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('varies cacheable answers on Origin as well', async () => {
    const answer = await post(app.url, 'http://localhost:3000');
    expect(answer.headers.get('cache-control')).toBe('max-age=60, public');
    expect(listed(answer, 'vary')).toEqual(expect.arrayContaining(['origin', 'authorization', 'x-api-key', 'accept']));
  });
});

describe('an origin not allowed', () => {
  it.each(['https://evil.example', 'http://localhost.evil.example:3000', 'null'])(
    'gets no CORS header from %s, on the preflight or the request',
    async (origin) => {
      const answer = await preflight(app.url, origin);
      expect(answer.status).toBe(403);
      expect(corsHeaders(answer)).toEqual([]);
      expect(listed(answer, 'vary')).toContain('origin');

      // Servers cannot stop a request a browser sends anyway; without the header its page cannot read the answer.
      const request = await post(app.url, origin);
      expect(corsHeaders(request)).toEqual([]);
      expect(listed(request, 'vary')).toContain('origin');
    },
  );

  it('leaves same-origin and server-side requests (no Origin) as they were', async () => {
    const answer = await send(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(answer.status).toBe(200);
    expect(corsHeaders(answer)).toEqual([]);
  });
});

describe('CSRF prevention still refuses simple requests (those a browser sends without a preflight)', () => {
  const MUTATION = JSON.stringify({ query: 'mutation { logout(refreshToken: "x") }' });

  it.each(['https://evil.example', 'http://localhost:3000'])('refuses a text/plain POST from %s', async (origin) => {
    const answer = await send(app.url, { method: 'POST', headers: { origin, 'content-type': 'text/plain' }, body: MUTATION });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/CSRF/);
  });

  it.each(['https://evil.example', 'http://localhost:3000'])('refuses a GET without a preflight header from %s', async (origin) => {
    const answer = await send(`${app.url}?query=${encodeURIComponent(QUERY)}`, { headers: { origin } });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/CSRF/);
  });

  it('answers a GET that carries apollo-require-preflight (which made the browser send a preflight)', async () => {
    const origin = 'http://localhost:3000';
    const check = await send(app.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'apollo-require-preflight' },
    });
    expect(check.status).toBe(204);
    const answer = await send(`${app.url}?query=${encodeURIComponent(QUERY)}`, { headers: { origin, 'apollo-require-preflight': 'true' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
  });
});

describe('CORS_ORIGINS', () => {
  let configured: TestApp;
  beforeAll(async () => {
    configured = await startTestApp({ CORS_ORIGINS: 'https://shop.example.com, https://admin.example.com:8443' }, { database: app.database });
  });
  afterAll(() => configured.close());

  it('allows exactly the origins it lists', async () => {
    for (const origin of ['https://shop.example.com', 'https://admin.example.com:8443']) {
      const answer = await preflight(configured.url, origin);
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect((await post(configured.url, origin)).headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('replaces the localhost default, and matches scheme and port exactly', async () => {
    for (const origin of ['http://localhost:3000', 'http://shop.example.com', 'https://shop.example.com:8443', 'https://admin.example.com']) {
      const answer = await preflight(configured.url, origin);
      expect(answer.status).toBe(403);
      expect(corsHeaders(answer)).toEqual([]);
      expect(corsHeaders(await post(configured.url, origin))).toEqual([]);
    }
  });
});
