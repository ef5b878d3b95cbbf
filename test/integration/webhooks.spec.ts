// Webhook delivery through the real dispatcher, to a real HTTP receiver on 127.0.0.1.
import net from 'node:net';
import { DataSource, EntityManager } from 'typeorm';
import { WebhookDeliveryStatus, WebhookEvent } from '../../src/domain/webhook-event';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from '../../src/entities';
import { WebhookDispatcher } from '../../src/modules/webhooks/webhook-dispatcher';
import { enqueueWebhookEvent, WebhookEventInput } from '../../src/modules/webhooks/webhook-outbox';
import { generateWebhookSecret } from '../../src/modules/webhooks/webhook-signature';
import { Role } from '../../src/core/roles';
import { signInAs } from '../support/auth';
import { CONTENT_INPUTS } from '../support/editorial-inputs';
import { authorizationCases, expectAuthorization, Who } from '../support/authorization';
import { onlyError } from '../support/errors';
import { startTestApp, TestApp } from '../support/test-app';
import { eventually, sleep } from '../support/waiting';
import { signedWith, startWebhookReceiver, WebhookReceiver } from '../support/webhook-receiver';

jest.setTimeout(30_000);

const BACKOFF_BASE_MS = 200;
const TIMEOUT_MS = 400;
/** Fast polling, short timeouts and backoff, three attempts at most. */
const DISPATCHER_ENV = {
  WEBHOOK_DISPATCHER_ENABLED: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '20',
  WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
  WEBHOOK_BACKOFF_BASE_MS: String(BACKOFF_BASE_MS),
  WEBHOOK_MAX_ATTEMPTS: '3',
};

let app: TestApp;
let receiver: WebhookReceiver;
beforeAll(async () => {
  [app, receiver] = await Promise.all([startTestApp(DISPATCHER_ENV), startWebhookReceiver()]);
});
afterAll(async () => {
  await app?.close();
  await receiver?.close();
});

let counter = 0;
/** A path of its own per test, so tests never see each other's requests. */
function uniquePath(name: string): string {
  counter += 1;
  return `/${name}-${counter}`;
}

async function addEndpoint(
  dataSource: DataSource,
  path: string,
  events: WebhookEvent[] = Object.values(WebhookEvent),
  active = true,
): Promise<WebhookEndpoint & { secret: string }> {
  const repository = dataSource.getRepository(WebhookEndpoint);
  const secret = generateWebhookSecret();
  const endpoint = await repository.save(repository.create({ url: receiver.url(path), events, secret, active, description: null }));
  return Object.assign(endpoint, { secret });
}

function entryEvent(overrides: Partial<WebhookEventInput> = {}): WebhookEventInput {
  return {
    type: WebhookEvent.ENTRY_PUBLISHED,
    entityType: 'ARTICLE',
    entityId: '6f1f3a52-3f44-4a4e-9d5e-3f1f0b7a1c01',
    slugOrCode: 'aftercare-basics',
    version: 3,
    occurredAt: new Date('2026-11-20T10:00:00.000Z'),
    actorId: null,
    ...overrides,
  };
}

/** Enqueues in a transaction that commits, as the editorial mutations do. */
function enqueueCommitted(dataSource: DataSource, event: WebhookEventInput = entryEvent()) {
  return dataSource.transaction((manager: EntityManager) => enqueueWebhookEvent(manager, event));
}

async function deliveriesOf(dataSource: DataSource, endpointId: string): Promise<WebhookDelivery[]> {
  return dataSource.getRepository(WebhookDelivery).find({ where: { endpointId }, order: { createdAt: 'ASC' } });
}

async function attemptsOf(dataSource: DataSource, deliveryId: string): Promise<WebhookAttempt[]> {
  return dataSource.getRepository(WebhookAttempt).find({ where: { deliveryId }, order: { attemptedAt: 'ASC', id: 'ASC' } });
}

describe('webhook delivery', () => {
  it('POSTs the event as JSON, signed with the endpoint secret over the timestamp and raw body', async () => {
    const path = uniquePath('signed');
    const endpoint = await addEndpoint(app.dataSource, path);
    const before = Math.floor(Date.now() / 1000);
    const { eventId, deliveries } = await enqueueCommitted(app.dataSource, entryEvent({ actorId: '0b8f2c1e-7a55-4f55-8d1c-2a6c1f1f5e10' }));
    expect(deliveries).toBeGreaterThanOrEqual(1);

    const [request] = await receiver.waitFor(path, 1);
    const [delivery] = await eventually(
      () => deliveriesOf(app.dataSource, endpoint.id),
      (rows) => rows[0]?.status === WebhookDeliveryStatus.DELIVERED,
    );
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-dermaplan-event']).toBe('ENTRY_PUBLISHED');
    expect(request.headers['x-dermaplan-event-id']).toBe(eventId);
    expect(request.headers['x-dermaplan-delivery']).toBe(delivery.id);
    const timestamp = Number(request.headers['x-dermaplan-timestamp']);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(request.headers['x-dermaplan-signature']).toMatch(/^v1=[0-9a-f]{64}$/);

    expect(JSON.parse(request.rawBody)).toEqual({
      id: eventId,
      type: 'ENTRY_PUBLISHED',
      occurredAt: '2026-11-20T10:00:00.000Z',
      data: {
        entityType: 'ARTICLE',
        entityId: '6f1f3a52-3f44-4a4e-9d5e-3f1f0b7a1c01',
        slugOrCode: 'aftercare-basics',
        version: 3,
        actorId: '0b8f2c1e-7a55-4f55-8d1c-2a6c1f1f5e10',
      },
    });

    expect(signedWith(endpoint.secret, request)).toBe(true);
    expect(signedWith(generateWebhookSecret(), request)).toBe(false);
    expect(signedWith(endpoint.secret, request, { rawBody: request.rawBody.replace('"version":3', '"version":4') })).toBe(false);
    expect(signedWith(endpoint.secret, request, { timestampHeader: String(timestamp + 1) })).toBe(false);
    // A replayed request is refused once its timestamp is older than the receiver's window.
    expect(signedWith(endpoint.secret, request, { timestampHeader: String(timestamp), nowSeconds: timestamp + 301 })).toBe(false);

    expect(delivery).toMatchObject({ eventId, attemptCount: 1, lastStatusCode: 200, lastError: null });
    expect(delivery.deliveredAt).toBeInstanceOf(Date);
    const attempts = await attemptsOf(app.dataSource, delivery.id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ statusCode: 200, error: null });
    expect(attempts[0].durationMs).toBeGreaterThanOrEqual(0);
  });

  it('gives every subscribed active endpoint its own delivery of one event id, and no one else', async () => {
    const [first, second, deletesOnly, inactive] = [uniquePath('fan-a'), uniquePath('fan-b'), uniquePath('deletes-only'), uniquePath('inactive')];
    const a = await addEndpoint(app.dataSource, first, [WebhookEvent.ENTRY_UNPUBLISHED]);
    const b = await addEndpoint(app.dataSource, second, [WebhookEvent.ENTRY_UNPUBLISHED, WebhookEvent.ENTRY_DELETED]);
    const c = await addEndpoint(app.dataSource, deletesOnly, [WebhookEvent.ENTRY_DELETED]);
    const d = await addEndpoint(app.dataSource, inactive, [WebhookEvent.ENTRY_UNPUBLISHED], false);

    const { eventId } = await enqueueCommitted(app.dataSource, entryEvent({ type: WebhookEvent.ENTRY_UNPUBLISHED }));
    const [toA] = await receiver.waitFor(first, 1);
    const [toB] = await receiver.waitFor(second, 1);
    expect(toA.headers['x-dermaplan-event-id']).toBe(eventId);
    expect(toB.headers['x-dermaplan-event-id']).toBe(eventId);
    expect(toA.headers['x-dermaplan-delivery']).not.toBe(toB.headers['x-dermaplan-delivery']);
    // Different secrets, different signatures over the same body.
    expect(toA.rawBody).toBe(toB.rawBody);
    expect(signedWith(a.secret, toA)).toBe(true);
    expect(signedWith(b.secret, toB)).toBe(true);
    expect(await deliveriesOf(app.dataSource, c.id)).toEqual([]);
    expect(await deliveriesOf(app.dataSource, d.id)).toEqual([]);
    expect(receiver.received(deletesOnly)).toEqual([]);
    expect(receiver.received(inactive)).toEqual([]);
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const path = uniquePath('rollback');
    const endpoint = await addEndpoint(app.dataSource, path);
    let rolledBackEventId = '';
    await expect(
      app.dataSource.transaction(async (manager) => {
        rolledBackEventId = (await enqueueWebhookEvent(manager, entryEvent({ slugOrCode: 'rolled-back' }))).eventId;
        throw new Error('the editor’s change failed');
      }),
    ).rejects.toThrow('the editor’s change failed');
    // A later committed event arrives; the rolled-back one never existed.
    const { eventId } = await enqueueCommitted(app.dataSource, entryEvent({ slugOrCode: 'committed' }));
    await receiver.waitFor(path, 1);
    // Once every delivery to the endpoint is done, nothing more can come.
    await eventually(
      () => deliveriesOf(app.dataSource, endpoint.id),
      (rows) => rows.length > 0 && rows.every((row) => row.status !== WebhookDeliveryStatus.PENDING),
    );
    const received = receiver.received(path);
    expect(received.map((request) => request.headers['x-dermaplan-event-id'])).toEqual([eventId]);
    expect(received.some((request) => request.rawBody.includes('rolled-back'))).toBe(false);
    const rows = await deliveriesOf(app.dataSource, endpoint.id);
    expect(rows.map((row) => row.eventId)).toEqual([eventId]);
    expect(rows.some((row) => row.eventId === rolledBackEventId)).toBe(false);
  });

  it('retries failures with growing delays and records every attempt', async () => {
    const path = uniquePath('flaky');
    let calls = 0;
    receiver.respond(path, (_request, res) => {
      calls += 1;
      res.writeHead(calls <= 2 ? 500 : 200).end();
    });
    const endpoint = await addEndpoint(app.dataSource, path);
    const { eventId } = await enqueueCommitted(app.dataSource);

    const requests = await receiver.waitFor(path, 3);
    const [delivery] = await eventually(
      () => deliveriesOf(app.dataSource, endpoint.id),
      (rows) => rows[0]?.status === WebhookDeliveryStatus.DELIVERED,
    );
    expect(new Set(requests.map((request) => request.headers['x-dermaplan-delivery']))).toEqual(new Set([delivery.id]));
    expect(new Set(requests.map((request) => request.headers['x-dermaplan-event-id']))).toEqual(new Set([eventId]));
    const firstGap = requests[1].receivedAt - requests[0].receivedAt;
    const secondGap = requests[2].receivedAt - requests[1].receivedAt;
    // Backoff: base × 2^(n−1) minus up to 20 % jitter, so ≥ 160 ms, then ≥ 320 ms (plus polling).
    expect(firstGap).toBeGreaterThanOrEqual(0.8 * BACKOFF_BASE_MS - 5);
    expect(secondGap).toBeGreaterThanOrEqual(1.6 * BACKOFF_BASE_MS - 5);
    expect(secondGap).toBeGreaterThan(firstGap);

    expect(delivery).toMatchObject({ attemptCount: 3, lastStatusCode: 200, lastError: null });
    const attempts = await attemptsOf(app.dataSource, delivery.id);
    expect(attempts.map((attempt) => [attempt.statusCode, attempt.error])).toEqual([
      [500, 'HTTP 500'],
      [500, 'HTTP 500'],
      [200, null],
    ]);
    expect(attempts[1].attemptedAt.getTime() - attempts[0].attemptedAt.getTime()).toBeGreaterThanOrEqual(0.8 * BACKOFF_BASE_MS - 5);
    await sleep(3 * BACKOFF_BASE_MS);
    expect(receiver.received(path)).toHaveLength(3);
  });

  it('gives up after the maximum number of attempts and marks the delivery FAILED', async () => {
    const path = uniquePath('down');
    receiver.respond(path, (_request, res) => res.writeHead(503).end());
    const endpoint = await addEndpoint(app.dataSource, path);
    await enqueueCommitted(app.dataSource);
    const [delivery] = await eventually(
      () => deliveriesOf(app.dataSource, endpoint.id),
      (rows) => rows[0]?.status === WebhookDeliveryStatus.FAILED,
    );
    expect(delivery).toMatchObject({ attemptCount: 3, lastStatusCode: 503, lastError: 'HTTP 503', deliveredAt: null });
    expect(await attemptsOf(app.dataSource, delivery.id)).toHaveLength(3);
    await sleep(4 * BACKOFF_BASE_MS);
    expect(receiver.received(path)).toHaveLength(3);
  });

  it('records a timeout when the receiver never answers', async () => {
    const path = uniquePath('silent');
    receiver.respond(path, () => undefined); // never answers
    const endpoint = await addEndpoint(app.dataSource, path);
    // The enqueuing transaction never waits for the receiver.
    const started = Date.now();
    await enqueueCommitted(app.dataSource);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
    const delivery = await eventually(
      async () => (await deliveriesOf(app.dataSource, endpoint.id))[0],
      (row) => (row?.attemptCount ?? 0) >= 1,
    );
    const [attempt] = await attemptsOf(app.dataSource, delivery.id);
    expect(attempt.statusCode).toBeNull();
    expect(attempt.error).toBe(`timed out after ${TIMEOUT_MS} ms`);
    expect(attempt.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(delivery.lastStatusCode).toBeNull();
    expect(delivery.lastError).toBe(`timed out after ${TIMEOUT_MS} ms`);
  });

  it('does not follow redirects', async () => {
    const path = uniquePath('moved');
    const target = uniquePath('moved-target');
    receiver.respond(path, (_request, res) => res.writeHead(307, { location: receiver.url(target) }).end());
    const endpoint = await addEndpoint(app.dataSource, path);
    await enqueueCommitted(app.dataSource);
    const delivery = await eventually(
      async () => (await deliveriesOf(app.dataSource, endpoint.id))[0],
      (row) => (row?.attemptCount ?? 0) >= 1,
    );
    expect(delivery.lastStatusCode).toBe(307);
    expect(delivery.lastError).toBe('HTTP 307: redirects are not followed');
    expect(receiver.received(target)).toEqual([]);
  });

  it('records a refused connection as a failed attempt', async () => {
    const repository = app.dataSource.getRepository(WebhookEndpoint);
    // A port that was just free: nothing listens there.
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const endpoint = await repository.save(
      repository.create({
        url: `http://127.0.0.1:${port}/hook`,
        events: [WebhookEvent.ENTRY_DELETED],
        secret: generateWebhookSecret(),
        active: true,
        description: null,
      }),
    );
    await enqueueCommitted(app.dataSource, entryEvent({ type: WebhookEvent.ENTRY_DELETED }));
    const delivery = await eventually(
      async () => (await deliveriesOf(app.dataSource, endpoint.id)).find((row) => row.attemptCount >= 1),
      (row) => row !== undefined,
    );
    const [attempt] = await attemptsOf(app.dataSource, delivery!.id);
    expect(attempt.statusCode).toBeNull();
    expect(attempt.error).toMatch(/ECONNREFUSED/);
    await repository.update(endpoint.id, { active: false });
  });
});

describe('webhook delivery across restarts and instances', () => {
  it('keeps the backlog through a restart: events enqueued while no dispatcher runs arrive after the next start', async () => {
    const holder = await startTestApp(); // owns the database; its dispatcher is off
    try {
      const path = uniquePath('restart');
      await addEndpoint(holder.dataSource, path);
      const before = await startTestApp({}, { database: holder.database });
      const { eventId } = await enqueueCommitted(before.dataSource);
      await before.close();
      await sleep(200);
      expect(receiver.received(path)).toEqual([]);

      // A long poll interval: the backlog goes out at start, the next event on the commit's wake-up.
      const after = await startTestApp({ ...DISPATCHER_ENV, WEBHOOK_POLL_INTERVAL_MS: '60000' }, { database: holder.database });
      try {
        const [backlog] = await receiver.waitFor(path, 1, 5000);
        expect(backlog.headers['x-dermaplan-event-id']).toBe(eventId);
        const next = await enqueueCommitted(after.dataSource);
        const requests = await receiver.waitFor(path, 2, 5000);
        expect(requests[1].headers['x-dermaplan-event-id']).toBe(next.eventId);
      } finally {
        await after.close();
      }
    } finally {
      await holder.close();
    }
  });

  it('sends each delivery exactly once with two instances on one database', async () => {
    const first = await startTestApp(DISPATCHER_ENV);
    const second = await startTestApp(DISPATCHER_ENV, { database: first.database });
    try {
      const path = uniquePath('two-instances');
      // A slow receiver keeps both instances busy at once.
      receiver.respond(path, (_request, res) => void setTimeout(() => res.writeHead(204).end(), 50));
      await addEndpoint(first.dataSource, path);
      const events = 40;
      await Promise.all(
        Array.from({ length: events }, (_, index) =>
          enqueueCommitted(index % 2 ? second.dataSource : first.dataSource, entryEvent({ version: index })),
        ),
      );
      await receiver.waitFor(path, events, 15_000);
      await sleep(300);
      const byDelivery = new Map<string, number>();
      for (const request of receiver.received(path)) {
        const id = request.headers['x-dermaplan-delivery'] as string;
        byDelivery.set(id, (byDelivery.get(id) ?? 0) + 1);
      }
      expect(byDelivery.size).toBe(events);
      expect([...byDelivery.values()].every((count) => count === 1)).toBe(true);
      expect(first.webhooks.stats.delivered + second.webhooks.stats.delivered).toBe(events);
      expect(first.webhooks.stats.delivered).toBeGreaterThan(0);
      expect(second.webhooks.stats.delivered).toBeGreaterThan(0);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('stops within its grace period, leaving an unanswered delivery PENDING and due, with no attempt recorded', async () => {
    const holder = await startTestApp();
    const path = uniquePath('hanging');
    receiver.respond(path, () => undefined);
    const endpoint = await addEndpoint(holder.dataSource, path);
    const dispatcher = new WebhookDispatcher(
      holder.dataSource,
      { pollIntervalMs: 20, timeoutMs: 30_000, maxAttempts: 3, backoffBaseMs: 100, shutdownGraceMs: 200, allowPrivateTargets: true, secretKey: null },
      { info: () => undefined, warn: () => undefined, error: () => undefined },
    );
    try {
      dispatcher.start();
      await enqueueCommitted(holder.dataSource);
      await receiver.waitFor(path, 1);
      const started = Date.now();
      await dispatcher.stop();
      expect(Date.now() - started).toBeLessThan(2000);
      const [delivery] = await deliveriesOf(holder.dataSource, endpoint.id);
      expect(delivery).toMatchObject({ status: WebhookDeliveryStatus.PENDING, attemptCount: 0 });
      expect(delivery.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      expect(await attemptsOf(holder.dataSource, delivery.id)).toEqual([]);
    } finally {
      await dispatcher.stop();
      await holder.close();
    }
  });
});

const ENDPOINT_FIELDS = 'id url description events active createdAt updatedAt';
const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT_FIELDS} } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { ${ENDPOINT_FIELDS} } }`;
const ROTATE = `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { id } } }`;
const DELETE = `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`;
const ENDPOINTS = `{ webhookEndpoints { ${ENDPOINT_FIELDS} } }`;
const DELIVERIES = `query($endpointId: ID, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id endpointId eventId eventType status attemptCount lastStatusCode lastError deliveredAt nextAttemptAt createdAt body
      attempts { attemptedAt statusCode error durationMs }
    } }
  }
}`;
const REDELIVER = `mutation($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id eventId status attemptCount attempts { statusCode } } }`;

describe('webhook administration API', () => {
  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = (await signInAs(app, Role.ADMIN)).headers;
  });

  async function asAdmin<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await app.graphql<T>(query, variables, admin);
    if (response.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors, null, 2)}`);
    return response.body.data as T;
  }

  async function createThroughApi(path: string, events = ['ENTRY_PUBLISHED', 'ENTRY_DELETED']) {
    const { createWebhookEndpoint } = await asAdmin(CREATE, { input: { url: receiver.url(path), events, description: 'partner storefront' } });
    return createWebhookEndpoint as { secret: string; endpoint: { id: string; url: string; events: string[]; active: boolean } };
  }

  it('registers an endpoint and shows its secret once, never in later queries', async () => {
    const path = uniquePath('api-create');
    const created = await createThroughApi(path);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.endpoint).toMatchObject({
      url: receiver.url(path),
      events: ['ENTRY_PUBLISHED', 'ENTRY_DELETED'],
      active: true,
      description: 'partner storefront',
    });

    const { webhookEndpoints } = await asAdmin(ENDPOINTS);
    const listed = webhookEndpoints.find((endpoint: any) => endpoint.id === created.endpoint.id);
    expect(listed).toEqual(created.endpoint);
    expect(JSON.stringify(webhookEndpoints)).not.toContain(created.secret);
    // There is no field to ask for it.
    const asked = await app.graphql(`{ webhookEndpoints { id secret } }`, {}, admin);
    expect(onlyError(asked).extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const updated = await asAdmin(UPDATE, { id: created.endpoint.id, input: { description: 'renamed' } });
    expect(JSON.stringify(updated)).not.toContain(created.secret);
    // Stored encrypted (every delivery is signed with it, so it cannot be hashed): the column alone reveals nothing.
    const stored = await app.dataSource
      .getRepository(WebhookEndpoint)
      .findOne({ where: { id: created.endpoint.id }, select: { id: true, secret: true } });
    expect(stored!.secret).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(stored!.secret).not.toContain(created.secret.slice('whsec_'.length, 20));
  });

  it('encrypts secrets stored in clear before (at start-up), and deliveries still carry their signature', async () => {
    const path = uniquePath('api-legacy');
    const legacy = await addEndpoint(app.dataSource, path, [WebhookEvent.ENTRY_UNPUBLISHED]);
    const read = async () =>
      (await app.dataSource.getRepository(WebhookEndpoint).findOne({ where: { id: legacy.id }, select: { id: true, secret: true } }))!.secret;
    expect(await read()).toBe(legacy.secret);
    expect(await app.services.webhooks.sealStoredSecrets()).toBeGreaterThanOrEqual(1);
    expect(await read()).toMatch(/^v1:/);
    expect(await app.services.webhooks.sealStoredSecrets()).toBe(0);

    await enqueueCommitted(app.dataSource, entryEvent({ type: WebhookEvent.ENTRY_UNPUBLISHED }));
    const [request] = await receiver.waitFor(path, 1);
    expect(signedWith(legacy.secret, request)).toBe(true);
    await app.dataSource.getRepository(WebhookEndpoint).update(legacy.id, { active: false });
  });

  it('signs deliveries with the secret it returned, and with the new one only after a rotation', async () => {
    const path = uniquePath('api-rotate');
    const created = await createThroughApi(path);

    await enqueueCommitted(app.dataSource);
    const [first] = await receiver.waitFor(path, 1);
    expect(signedWith(created.secret, first)).toBe(true);

    const { rotateWebhookSecret } = await asAdmin(ROTATE, { id: created.endpoint.id });
    expect(rotateWebhookSecret.endpoint.id).toBe(created.endpoint.id);
    expect(rotateWebhookSecret.secret).toMatch(/^whsec_/);
    expect(rotateWebhookSecret.secret).not.toBe(created.secret);
    await enqueueCommitted(app.dataSource);
    const [, second] = await receiver.waitFor(path, 2);
    expect(signedWith(rotateWebhookSecret.secret, second)).toBe(true);
    expect(signedWith(created.secret, second)).toBe(false);
  });

  it.each([
    ['ftp://example.com/hook'],
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['example.com/hook'],
    ['not a url'],
    ['http://user:password@example.com/hook'],
  ])('refuses the endpoint URL %s, naming input.url', async (url) => {
    const response = await app.graphql(CREATE, { input: { url, events: ['ENTRY_PUBLISHED'] } }, admin);
    const error = onlyError(response);
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.fields.map((field: any) => field.field)).toEqual(['input.url']);
  });

  it('refuses an empty or repeated event list and bad URLs on update too', async () => {
    const empty = onlyError(await app.graphql(CREATE, { input: { url: receiver.url('/x'), events: [] } }, admin));
    expect(empty.extensions!.fields).toEqual([{ field: 'input.events', message: 'events must name at least one event' }]);
    const repeated = onlyError(await app.graphql(CREATE, { input: { url: receiver.url('/x'), events: ['ENTRY_DELETED', 'ENTRY_DELETED'] } }, admin));
    expect(repeated.extensions!.fields.map((field: any) => field.field)).toEqual(['input.events']);

    const created = await createThroughApi(uniquePath('api-update'));
    const badUpdate = onlyError(await app.graphql(UPDATE, { id: created.endpoint.id, input: { url: 'gopher://example.com' } }, admin));
    expect(badUpdate.extensions!.code).toBe('BAD_USER_INPUT');
    expect(badUpdate.extensions!.fields.map((field: any) => field.field)).toEqual(['input.url']);
    const unknown = onlyError(await app.graphql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { active: false } }, admin));
    expect(unknown.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'no webhook endpoint has this id' }] });

    const { updateWebhookEndpoint } = await asAdmin(UPDATE, {
      id: created.endpoint.id,
      input: { events: ['ENTRY_UNPUBLISHED'], active: false, description: '' },
    });
    expect(updateWebhookEndpoint).toMatchObject({ events: ['ENTRY_UNPUBLISHED'], active: false, description: null });
  });

  it('lists deliveries newest first with every attempt, filtered by endpoint and status, a page at a time', async () => {
    const path = uniquePath('api-log');
    let calls = 0;
    receiver.respond(path, (_request, res) => {
      calls += 1;
      res.writeHead(calls === 1 ? 502 : 200).end();
    });
    const created = await createThroughApi(path);
    const first = await enqueueCommitted(app.dataSource, entryEvent({ slugOrCode: 'first' }));
    await receiver.waitFor(path, 2);
    const second = await enqueueCommitted(app.dataSource, entryEvent({ slugOrCode: 'second' }));
    await receiver.waitFor(path, 3);
    await eventually(
      () => deliveriesOf(app.dataSource, created.endpoint.id),
      (rows) => rows.every((row) => row.status === WebhookDeliveryStatus.DELIVERED),
    );

    const { webhookDeliveries: all } = await asAdmin(DELIVERIES, { endpointId: created.endpoint.id });
    expect(all.totalCount).toBe(2);
    expect(all.edges.map((edge: any) => edge.node.eventId)).toEqual([second.eventId, first.eventId]);
    const older = all.edges[1].node;
    expect(older).toMatchObject({
      endpointId: created.endpoint.id,
      eventType: 'ENTRY_PUBLISHED',
      status: 'DELIVERED',
      attemptCount: 2,
      lastStatusCode: 200,
      lastError: null,
    });
    expect(older.attempts.map((attempt: any) => [attempt.statusCode, attempt.error])).toEqual([
      [502, 'HTTP 502'],
      [200, null],
    ]);
    expect(JSON.parse(older.body)).toMatchObject({ id: first.eventId, type: 'ENTRY_PUBLISHED', data: { slugOrCode: 'first' } });
    expect(receiver.received(path)[0].rawBody).toBe(older.body);

    const { webhookDeliveries: page1 } = await asAdmin(DELIVERIES, { endpointId: created.endpoint.id, first: 1 });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const { webhookDeliveries: page2 } = await asAdmin(DELIVERIES, { endpointId: created.endpoint.id, first: 1, after: page1.pageInfo.endCursor });
    expect([...page1.edges, ...page2.edges].map((edge: any) => edge.node.eventId)).toEqual([second.eventId, first.eventId]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const { webhookDeliveries: failed } = await asAdmin(DELIVERIES, { endpointId: created.endpoint.id, status: 'FAILED' });
    expect(failed.totalCount).toBe(0);
  });

  it('redelivers a finished delivery as a new delivery of the same event, and refuses a pending one', async () => {
    const path = uniquePath('api-redeliver');
    const created = await createThroughApi(path);
    const { eventId } = await enqueueCommitted(app.dataSource);
    const [original] = await receiver.waitFor(path, 1);
    const [delivered] = await eventually(
      () => deliveriesOf(app.dataSource, created.endpoint.id),
      (rows) => rows[0]?.status === WebhookDeliveryStatus.DELIVERED,
    );

    const { redeliverWebhook } = await asAdmin(REDELIVER, { deliveryId: delivered.id });
    expect(redeliverWebhook).toMatchObject({ eventId, status: 'PENDING', attemptCount: 0, attempts: [] });
    expect(redeliverWebhook.id).not.toBe(delivered.id);
    const [, again] = await receiver.waitFor(path, 2);
    expect(again.headers['x-dermaplan-event-id']).toBe(eventId);
    expect(again.headers['x-dermaplan-delivery']).toBe(redeliverWebhook.id);
    expect(JSON.parse(again.rawBody)).toEqual(JSON.parse(original.rawBody));

    // A delivery that is still pending is retried by the dispatcher, not redelivered.
    const [pending] = await app.dataSource.query(
      `INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload, next_attempt_at)
       SELECT endpoint_id, event_id, event_type, payload, now() + interval '1 hour' FROM webhook_delivery WHERE id = $1 RETURNING id`,
      [delivered.id],
    );
    const refused = onlyError(await app.graphql(REDELIVER, { deliveryId: pending.id }, admin));
    expect(refused.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'deliveryId', message: 'is still pending: it is retried automatically' }],
    });
    const unknown = onlyError(await app.graphql(REDELIVER, { deliveryId: '00000000-0000-4000-8000-000000000000' }, admin));
    expect(unknown.extensions!.fields).toEqual([{ field: 'deliveryId', message: 'no webhook delivery has this id' }]);
  });

  it('deletes an endpoint with its delivery log', async () => {
    const path = uniquePath('api-delete');
    const created = await createThroughApi(path);
    await enqueueCommitted(app.dataSource);
    await receiver.waitFor(path, 1);
    await eventually(
      () => deliveriesOf(app.dataSource, created.endpoint.id),
      (rows) => rows[0]?.status === WebhookDeliveryStatus.DELIVERED,
    );

    expect(await asAdmin(DELETE, { id: created.endpoint.id })).toEqual({ deleteWebhookEndpoint: true });
    const { webhookEndpoints } = await asAdmin(ENDPOINTS);
    expect(webhookEndpoints.some((endpoint: any) => endpoint.id === created.endpoint.id)).toBe(false);
    expect(await deliveriesOf(app.dataSource, created.endpoint.id)).toEqual([]);
    const again = onlyError(await app.graphql(DELETE, { id: created.endpoint.id }, admin));
    expect(again.extensions!.fields).toEqual([{ field: 'id', message: 'no webhook endpoint has this id' }]);
  });

  it('delivers an editor’s publish made through the API, without the mutation waiting for the receiver', async () => {
    const path = uniquePath('api-publish');
    const held: { closed: boolean }[] = [];
    receiver.respond(path, (_request, res) => {
      if (held.length > 0) return void res.writeHead(200).end();
      const state = { closed: false };
      held.push(state);
      res.on('close', () => (state.closed = true)); // never answered: the dispatcher's timeout closes it
    });
    const created = await createThroughApi(path, ['ENTRY_PUBLISHED']);
    const editor = await signInAs(app, Role.EDITOR);
    const input = CONTENT_INPUTS.ARTICLE.input();
    const createdArticle = await app.graphql(
      `mutation($input: ArticleInput!) { createArticle(input: $input) { id version } }`,
      { input },
      editor.headers,
    );
    const article = createdArticle.body.data!.createArticle;

    const published = await app.graphql(
      `mutation($id: ID!, $v: Int!) { publishEntry(type: ARTICLE, id: $id, expectedVersion: $v) { entry { id version status } } }`,
      { id: article.id, v: article.version },
      editor.headers,
    );
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data!.publishEntry.entry).toMatchObject({ status: 'PUBLISHED', version: 2 });
    // Whatever the receiver was doing, the mutation had not waited for it to finish.
    expect(held.every((request) => !request.closed)).toBe(true);

    const [first, second] = await receiver.waitFor(path, 2);
    expect(first.rawBody).toBe(second.rawBody);
    expect(JSON.parse(second.rawBody)).toMatchObject({
      type: 'ENTRY_PUBLISHED',
      data: { entityType: 'ARTICLE', entityId: article.id, slugOrCode: input.slug, version: 2, actorId: editor.user.id },
    });
    expect(signedWith(created.secret, second)).toBe(true);
    const [delivery] = await eventually(
      () => deliveriesOf(app.dataSource, created.endpoint.id),
      (rows) => rows[0]?.status === WebhookDeliveryStatus.DELIVERED,
    );
    expect((await attemptsOf(app.dataSource, delivery.id)).map((attempt) => [attempt.statusCode, attempt.error])).toEqual([
      [null, `timed out after ${TIMEOUT_MS} ms`],
      [200, null],
    ]);
  });

  describe('authorization', () => {
    const sessions = new Map<string, Record<string, string> | undefined>();
    let endpointId: string;
    let deliveryId: string;
    beforeAll(async () => {
      sessions.set('anonymous', undefined);
      sessions.set('EDITOR', (await signInAs(app, Role.EDITOR)).headers);
      sessions.set('REVIEWER', (await signInAs(app, Role.REVIEWER)).headers);
      const endpoint = await addEndpoint(app.dataSource, uniquePath('authz'), [WebhookEvent.ENTRY_DELETED], false);
      endpointId = endpoint.id;
      const [delivery] = await app.dataSource.query(
        `INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload, status) VALUES ($1, gen_random_uuid(), 'ENTRY_DELETED', '{}', 'FAILED') RETURNING id`,
        [endpointId],
      );
      deliveryId = delivery.id;
    });

    const operations: [string, () => [string, Record<string, unknown>]][] = [
      ['query webhookEndpoints', () => [ENDPOINTS, {}]],
      ['query webhookDeliveries', () => [DELIVERIES, { endpointId }]],
      ['mutation createWebhookEndpoint', () => [CREATE, { input: { url: 'https://partner.example/hook', events: ['ENTRY_PUBLISHED'] } }]],
      ['mutation updateWebhookEndpoint', () => [UPDATE, { id: endpointId, input: { active: true } }]],
      ['mutation rotateWebhookSecret', () => [ROTATE, { id: endpointId }]],
      ['mutation deleteWebhookEndpoint', () => [DELETE, { id: endpointId }]],
      ['mutation redeliverWebhook', () => [REDELIVER, { deliveryId }]],
    ];
    const refused: Who[] = ['anonymous', Role.EDITOR, Role.REVIEWER];
    const cases = authorizationCases(
      operations.map(([name, prepare]) => [name, [] as Who[], prepare] as const),
      refused,
    );

    it.each(cases)('%s as %s: allowed %s', async (_name, who, allowed, prepare) => {
      const [query, variables] = prepare();
      expectAuthorization(await app.graphql(query, variables, sessions.get(who)), who, allowed);
    });

    it('changed nothing while refusing', async () => {
      const endpoint = await app.dataSource.getRepository(WebhookEndpoint).findOneByOrFail({ id: endpointId });
      expect(endpoint.active).toBe(false);
      expect(await app.dataSource.getRepository(WebhookDelivery).countBy({ endpointId })).toBe(1);
      expect(await app.dataSource.getRepository(WebhookEndpoint).countBy({ url: 'https://partner.example/hook' })).toBe(0);
    });
  });
});

describe('webhook targets on private networks (WEBHOOK_ALLOW_PRIVATE_TARGETS=false, the production default)', () => {
  let guarded: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    guarded = await startTestApp({ ...DISPATCHER_ENV, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' });
    admin = (await signInAs(guarded, Role.ADMIN)).headers;
  });
  afterAll(() => guarded?.close());

  it('refuses endpoint URLs on loopback, private or link-local addresses, naming the field', async () => {
    for (const url of [receiver.url('/private'), 'http://localhost:9000/hook', 'http://169.254.169.254/latest/meta-data/', 'https://[::1]/hook']) {
      const refused = onlyError(await guarded.graphql(CREATE, { input: { url, events: ['ENTRY_PUBLISHED'] } }, admin));
      expect(refused.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.url', message: expect.stringMatching(/must not point to/) }],
      });
    }
    const accepted = await guarded.graphql(
      CREATE,
      { input: { url: 'https://clinic.example/hooks', events: ['ENTRY_PUBLISHED'], active: false } },
      admin,
    );
    expect(accepted.body.errors).toBeUndefined();
  });

  it('does not send to an endpoint saved on a private address before, says why and does not retry', async () => {
    const path = uniquePath('private-saved');
    const endpoint = await addEndpoint(guarded.dataSource, path, [WebhookEvent.ENTRY_DELETED]);
    await enqueueCommitted(guarded.dataSource, entryEvent({ type: WebhookEvent.ENTRY_DELETED }));
    const delivery = await eventually(
      async () => (await deliveriesOf(guarded.dataSource, endpoint.id)).find((row) => row.attemptCount >= 1),
      (row) => row !== undefined,
    );
    const [attempt] = await attemptsOf(guarded.dataSource, delivery!.id);
    expect(attempt).toMatchObject({ statusCode: null, error: expect.stringMatching(/^not sent: the URL must not point to a private/) });
    // No retry could succeed: FAILED at once, not after every attempt.
    expect(delivery).toMatchObject({ status: WebhookDeliveryStatus.FAILED, attemptCount: 1 });
    expect(receiver.received(path)).toHaveLength(0);
    await guarded.dataSource.getRepository(WebhookEndpoint).update(endpoint.id, { active: false });
  });
});
