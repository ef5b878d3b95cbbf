// A real HTTP receiver for webhook tests: node:http on 127.0.0.1, an ephemeral port, and a
// programmable answer per path. It records every request with its raw body.
import http, { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '../../src/modules/webhooks/webhook-signature';
import { eventually } from './waiting';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** Date.now() when the body had arrived. */
  receivedAt: number;
}

/** Whether `request` carries a valid signature by `secret`, checked as a receiver would (its own timestamp header unless given). */
export function signedWith(
  secret: string,
  request: ReceivedRequest,
  options: { rawBody?: string; timestampHeader?: string; nowSeconds?: number } = {},
): boolean {
  return verifyWebhookSignature({
    secret,
    rawBody: options.rawBody ?? request.rawBody,
    timestampHeader: options.timestampHeader ?? (request.headers['x-dermaplan-timestamp'] as string),
    signatureHeader: request.headers['x-dermaplan-signature'] as string,
    nowSeconds: options.nowSeconds,
  });
}

/** Answers one request; the default answers 200. Leaving `res` open makes the sender time out. */
export type Responder = (request: ReceivedRequest, res: ServerResponse) => void;

export interface WebhookReceiver {
  url(path: string): string;
  respond(path: string, responder: Responder): void;
  received(path?: string): ReceivedRequest[];
  /** Resolves with the requests to `path` once there are at least `count` (fails after `timeoutMs`). */
  waitFor(path: string, count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const responders = new Map<string, Responder>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '/', headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() };
      requests.push(request);
      const responder = responders.get(request.path) ?? ((_request, response) => response.writeHead(200).end('ok'));
      responder(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const received = (path?: string) => requests.filter((request) => path === undefined || request.path === path);

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    respond: (path, responder) => void responders.set(path, responder),
    received,
    async waitFor(path, count, timeoutMs = 10_000) {
      return eventually(
        () => received(path),
        (requests) => requests.length >= count,
        {
          timeoutMs,
          intervalMs: 10,
          what: `${count} requests to ${path}`,
          describe: (requests) => `${requests.length} received`,
        },
      );
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
