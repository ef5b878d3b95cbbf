import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { createExpressHttpServer, onceClosed } from '../../src/http-server';

it('builds requests and responses with Express prototypes before Express sees them, and serves as Express does', async () => {
  const app = express();
  app.post('/echo', express.json(), (req, res) => {
    res.status(201).json({ body: req.body, header: req.get('x-test'), isNodeRequest: req instanceof http.IncomingMessage });
  });
  const server = createExpressHttpServer(app);
  const arrivals: { request: boolean; response: boolean }[] = [];
  // Runs before Express's own listener, so it sees the objects as Node built them.
  server.prependListener('request', (req, res) => {
    arrivals.push({ request: Object.getPrototypeOf(req) === app.request, response: Object.getPrototypeOf(res) === app.response });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`;
    for (let i = 0; i < 2; i++) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test': 'yes' }, body: JSON.stringify({ n: i }) });
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ body: { n: i }, header: 'yes', isNodeRequest: true });
    }
    expect(arrivals).toEqual([
      { request: true, response: true },
      { request: true, response: true },
    ]);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

it('runs callbacks once the response has closed, and at once after that', async () => {
  const calls: string[] = [];
  const server = http.createServer((_req, res) => {
    const afterClose = onceClosed(res);
    afterClose(() => calls.push('registered before'));
    res.once('close', () => afterClose(() => calls.push('registered after')));
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(await response.text()).toBe('ok');
    for (let i = 0; i < 50 && calls.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual(['registered before', 'registered after']);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

it('runs a callback at once when the response had closed before', async () => {
  const closed = new Promise<http.ServerResponse>((resolve) => {
    const server = http.createServer((_req, res) => {
      res.end('ok');
      res.once('close', () => {
        resolve(res);
        server.close();
      });
    });
    server.listen(0, '127.0.0.1', () => {
      void fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).then((response) => response.text());
    });
  });
  const res = await closed;
  const calls: string[] = [];
  onceClosed(res)(() => calls.push('ran'));
  expect(calls).toEqual(['ran']);
});
