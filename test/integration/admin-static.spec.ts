// The editor console as the server serves it at /admin: index.html for the app and each of its
// client-side routes (never cached, never carrying a token), hashed assets cached for a year, a CSP
// that allows only the app's own scripts, and a clear 503 while no build is there. The build is a
// small stand-in written here, so that this spec does not depend on `npm run build` having run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/admin/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("console");';

let consoleDir: string;
let app: TestApp;
let unbuilt: TestApp;
beforeAll(async () => {
  consoleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dermaplan-console-'));
  fs.mkdirSync(path.join(consoleDir, 'assets'));
  fs.writeFileSync(path.join(consoleDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(consoleDir, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
  app = await startTestApp({ CONSOLE_DIR: consoleDir });
  unbuilt = await startTestApp({ CONSOLE_DIR: path.join(consoleDir, 'missing') });
  // Two servers start here: on a busy machine that takes longer than Jest's default 5 s.
}, 60_000);
afterAll(async () => {
  await Promise.all([app.close(), unbuilt.close()]);
  fs.rmSync(consoleDir, { recursive: true, force: true });
});

function cspOf(response: Response): Map<string, string> {
  const policy = response.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
}

describe('/admin', () => {
  it.each(['/admin', '/admin/', '/admin/sign-in', '/admin/content/articles/42'])(
    'serves index.html for %s, revalidated on every load',
    async (route) => {
      const response = await fetch(app.baseUrl + route);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html).toBe(INDEX);
      expect(html).not.toMatch(/token/i);
    },
  );

  it('sends a CSP that allows only its own scripts and its own API, and no framing', async () => {
    const response = await fetch(`${app.baseUrl}/admin/`);
    const csp = cspOf(response);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('caches hashed assets for a year, immutable', async () => {
    const response = await fetch(`${app.baseUrl}/admin/assets/index-Ab12Cd34.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(SCRIPT);
  });

  it('answers 404 for an asset no build has, not index.html', async () => {
    const response = await fetch(`${app.baseUrl}/admin/assets/index-Old00000.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).not.toContain('<html');
  });

  it('refuses other methods than GET and HEAD on the app', async () => {
    const response = await fetch(`${app.baseUrl}/admin/sign-in`, { method: 'POST' });
    expect(response.status).toBe(405);
  });

  it('answers 503 with a clear text while the console is not built', async () => {
    const response = await fetch(`${unbuilt.baseUrl}/admin/`);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(/console is not built: run `npm run build`/);
  });

  it('leaves /graphql alone', async () => {
    const response = await app.graphql('{ __typename }');
    expect(response.body.data).toEqual({ __typename: 'Query' });
  });
});
