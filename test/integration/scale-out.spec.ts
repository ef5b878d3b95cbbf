// Two instances sharing one PostgreSQL: nothing that matters lives in one process. Sessions,
// the login throttle, scheduled publishing and webhook delivery all work across them, and
// scheduled work happens once, not once per instance. (The cost budgets that two instances share
// through Redis are tested in rate-limits.spec.ts, against the Redis on 127.0.0.1:6379.)
import { Role } from '../../src/core/roles';
import { WebhookEvent } from '../../src/domain/webhook-event';
import { WebhookEndpoint } from '../../src/entities';
import { generateWebhookSecret } from '../../src/modules/webhooks/webhook-signature';
import { createTestUser, login, LOGIN, signInAs, TEST_PASSWORD } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/waiting';
import { startWebhookReceiver, WebhookReceiver } from '../support/webhook-receiver';

jest.setTimeout(60_000);

const ENV = {
  // Both instances must verify each other's access tokens: one key, as in production.
  JWT_SECRET: 'scale-out test secret, at least 32 bytes long',
  LOGIN_MAX_FAILURES: '3',
  WEBHOOK_DISPATCHER_ENABLED: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '50',
  // Each instance runs its own scheduler, as every instance does in production.
  PUBLICATION_SCHEDULER_ENABLED: 'true',
  PUBLICATION_SCHEDULER_INTERVAL_MS: '100',
};

let a: TestApp;
let b: TestApp;
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  a = await startTestApp(ENV);
  b = await startTestApp(ENV, { database: a.database });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
  await receiver?.close();
});

const ME = '{ me { id role } }';
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;

describe('sessions', () => {
  it('a token from instance A works on B; B refreshes A’s session; logging out on B ends it on A', async () => {
    const user = await createTestUser(a, Role.EDITOR);
    const session = await login(a, user.email, TEST_PASSWORD);
    expect((await b.graphql(ME, {}, session.headers)).body.data!.me).toEqual({ id: user.id, role: 'EDITOR' });

    const refreshed = (await b.graphql(REFRESH, { t: session.refreshToken })).body.data!.refreshSession;
    const bearer = { authorization: `Bearer ${refreshed.accessToken}` };
    expect((await a.graphql(ME, {}, bearer)).body.data!.me.id).toBe(user.id);
    // The old refresh token was revoked on B, so A refuses it (and ends that session).
    expect((await a.graphql(REFRESH, { t: session.refreshToken })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const again = await login(b, user.email, TEST_PASSWORD);
    expect((await b.graphql(LOGOUT, { t: again.refreshToken }, again.headers)).body.data!.logout).toBe(true);
    expect((await a.graphql(ME, {}, again.headers)).status).toBe(401);
  });

  it('counts failed logins across instances', async () => {
    const user = await createTestUser(a, Role.EDITOR);
    const attempt = (app: TestApp, password: string) => app.graphql(LOGIN, { input: { email: user.email, password } });
    for (const app of [a, b, a]) expect((await attempt(app, 'not the right password')).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await attempt(b, TEST_PASSWORD)).body.errors![0].extensions!.code).toBe('TOO_MANY_REQUESTS');
    // The count is per client address too (127.0.0.1 here): let the other tests sign in.
    await a.dataSource.query('DELETE FROM login_failure');
  });
});

describe('background work', () => {
  it('carries out each scheduled publication once with both schedulers running, and its webhook is delivered once', async () => {
    const admin = await signInAs(a, Role.ADMIN);
    const path = '/scale-out';
    const repository = a.dataSource.getRepository(WebhookEndpoint);
    const endpoint = await repository.save(
      repository.create({
        url: receiver.url(path),
        events: [WebhookEvent.ENTRY_PUBLISHED],
        secret: generateWebhookSecret(),
        active: true,
        description: null,
      }),
    );

    const count = 8;
    const at = new Date(Date.now() + 1500).toISOString();
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const created = await (index % 2 ? b : a).graphql(
        'mutation($input: BrandInput!) { createBrand(input: $input) { id version } }',
        { input: { slug: `scaled-${index}-${Date.now()}`, name: `Scaled ${index}`, description: 'Scheduled.' } },
        admin.headers,
      );
      const { id, version } = created.body.data!.createBrand;
      const scheduled = await (index % 2 ? a : b).graphql(
        'mutation($id: ID!, $v: Int!, $at: DateTime) { publishEntry(type: BRAND, id: $id, expectedVersion: $v, at: $at) { scheduled { id } } }',
        { id, v: version, at },
        admin.headers,
      );
      expect(scheduled.body.data!.publishEntry.scheduled.id).toEqual(expect.any(String));
      ids.push(id);
    }

    const requests = await receiver.waitFor(path, count, 20_000);
    // A duplicate (there should be none) has shown up once all is done: a schedule is marked done in
    // the publish's own transaction, which enqueues its webhook, and every enqueued webhook has been sent.
    await waitFor(
      async () => {
        const [{ open }] = await a.dataSource.query(
          `SELECT (SELECT count(*) FROM publication_schedule WHERE entity_id = ANY($1) AND done_at IS NULL)
                + (SELECT count(*) FROM webhook_delivery WHERE endpoint_id = $2 AND status = 'PENDING') AS open`,
          [ids, endpoint.id],
        );
        return Number(open) === 0;
      },
      { timeoutMs: 20_000, what: 'every schedule carried out and its webhook sent' },
    );
    const published = await a.dataSource.query(
      `SELECT b.id, b.status, (SELECT count(*)::int FROM revision r WHERE r.entity_id = b.id AND r.action = 'PUBLISH') AS publishes
       FROM brand b WHERE b.id = ANY($1)`,
      [ids],
    );
    expect(published).toHaveLength(count);
    for (const row of published) expect(row).toMatchObject({ status: 'PUBLISHED', publishes: 1 });
    const schedules = await a.dataSource.query(
      'SELECT count(*)::int AS count FROM publication_schedule WHERE entity_id = ANY($1) AND done_at IS NOT NULL AND error IS NULL',
      [ids],
    );
    expect(schedules[0].count).toBe(count);

    const events = receiver.received(path).map((request) => JSON.parse(request.rawBody) as { id: string; data: { entityId: string } });
    expect(events).toHaveLength(count);
    expect(new Set(events.map((event) => event.id)).size).toBe(count);
    expect(new Set(events.map((event) => event.data.entityId))).toEqual(new Set(ids));
    expect(requests).toHaveLength(count);
  });
});
