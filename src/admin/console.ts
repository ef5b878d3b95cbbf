// Serves the built editor console (admin/, built by Vite into CONSOLE_DIR) at /admin.
// Hashed assets are immutable and cached for a year; index.html is revalidated on every load, so a
// new build is picked up at once. Every path under /admin that is not an asset is a client-side route
// and gets index.html. The page carries no token: the app signs in through /graphql itself.
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, Router } from 'express';

// Only the app's own scripts (no inline script, no eval) and only its own API. Mantine writes its CSS
// variables and some component styles into <style> tags and style attributes at run time, so styles
// need 'unsafe-inline'; styles cannot run code, and script-src stays strict.
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // GraphiQL's stylesheet (the API explorer) carries its fonts, the editor's icons among them, as data: URLs.
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const ONE_YEAR_SECONDS = 31_536_000;

export function adminConsole(consoleDir: string): Router {
  const router = Router();
  const indexFile = path.join(consoleDir, 'index.html');

  router.use((_req, res, next) => {
    res.setHeader('content-security-policy', CONSOLE_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  router.use(
    '/assets',
    express.static(path.join(consoleDir, 'assets'), {
      index: false,
      // Vite names every asset after a hash of its content: a changed file gets a new name.
      immutable: true,
      maxAge: ONE_YEAR_SECONDS * 1000,
    }),
    // A name no build has (or an old build's, once replaced): not index.html, which would be taken for a script.
    (_req: express.Request, res: express.Response) => {
      res.status(404).setHeader('cache-control', 'no-store').type('text/plain').send('No such console asset');
    },
  );
  const serveIndex: RequestHandler = (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD').status(405).type('text/plain').send('Method not allowed');
      return;
    }
    if (!fs.existsSync(indexFile)) {
      res
        .status(503)
        .setHeader('cache-control', 'no-store')
        .type('text/plain')
        .send(`The editor console is not built: run \`npm run build\` (it writes ${consoleDir}).`);
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  };
  router.use(serveIndex);
  return router;
}
