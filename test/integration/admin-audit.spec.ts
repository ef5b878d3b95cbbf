// The administration mutations (staff accounts, partner apps and keys, webhook endpoints and
// redeliveries) are audited like editorial ones: one entry per call, in the same transaction as the
// change, its outcome also when refused; the audit log filters by actor, action, subject and time.
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from '../support/auth';
import { onlyError } from '../support/errors';
import { startTestApp, TestApp } from '../support/test-app';

let app: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  app = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
  admin = await signInAs(app, Role.ADMIN);
});
afterAll(() => app.close());

async function asAdmin<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await app.graphql<T>(query, variables, admin.headers);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

interface Entry {
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  entityType: string | null;
  entityId: string | null;
  outcome: string;
  createdAt: string;
}

async function auditLog(filter: Record<string, unknown>): Promise<Entry[]> {
  const { auditLog } = await asAdmin(
    `query($filter: AuditLogFilter) { auditLog(first: 100, filter: $filter) { edges { node { action actorId actorEmail entityType entityId outcome createdAt } } } }`,
    { filter },
  );
  return (auditLog.edges as { node: Entry }[]).map((edge) => edge.node).reverse(); // oldest first
}

describe('administration in the audit log', () => {
  it('records staff account changes, and a refused one with its error code', async () => {
    const { createUser } = await asAdmin(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: 'new.reviewer@example.test', password: 'a long enough password', role: 'REVIEWER' },
    });
    await asAdmin(`mutation($id: ID!) { updateUser(id: $id, input: { role: EDITOR, disabled: true }) { id } }`, { id: createUser.id });
    // The last enabled ADMIN cannot demote themself: refused, and recorded as refused.
    const refused = await app.graphql(
      `mutation($id: ID!) { updateUser(id: $id, input: { role: EDITOR }) { id } }`,
      { id: admin.user.id },
      admin.headers,
    );
    expect(onlyError(refused).extensions!.code).toBe('BAD_USER_INPUT');

    expect(await auditLog({ entityType: 'USER', entityId: createUser.id })).toEqual([
      expect.objectContaining({
        action: 'createUser',
        actorId: admin.user.id,
        actorEmail: admin.user.email,
        entityId: createUser.id,
        outcome: 'SUCCESS',
      }),
      expect.objectContaining({ action: 'updateUser', entityId: createUser.id, outcome: 'SUCCESS' }),
    ]);
    expect(await auditLog({ entityType: 'USER', entityId: admin.user.id })).toEqual([
      expect.objectContaining({ action: 'updateUser', outcome: 'BAD_USER_INPUT' }),
    ]);
  });

  it('records partner apps and their keys: issued, changed, rotated, revoked', async () => {
    const { createPartnerApp } = await asAdmin(
      `mutation { createPartnerApp(input: { name: "Audited clinic", scopes: [CATALOG_READ] }) { app { id } key { id } } }`,
    );
    const appId = createPartnerApp.app.id;
    await asAdmin(`mutation($id: ID!) { updatePartnerApp(id: $id, input: { name: "Audited clinic, renamed" }) { id } }`, { id: appId });
    const { rotatePartnerKey } = await asAdmin(`mutation($appId: ID!) { rotatePartnerKey(appId: $appId, gracePeriodSeconds: 0) { key { id } } }`, {
      appId,
    });
    await asAdmin(`mutation($id: ID!) { revokePartnerKey(id: $id) { id } }`, { id: rotatePartnerKey.key.id });

    expect((await auditLog({ entityType: 'PARTNER_APP', entityId: appId })).map((entry) => entry.action)).toEqual([
      'createPartnerApp',
      'updatePartnerApp',
      'rotatePartnerKey',
    ]);
    expect(await auditLog({ action: 'revokePartnerKey' })).toEqual([
      expect.objectContaining({ entityType: 'PARTNER_KEY', entityId: rotatePartnerKey.key.id, outcome: 'SUCCESS' }),
    ]);
  });

  it('records webhook endpoints, their secrets and redeliveries; a refused one too', async () => {
    const { createWebhookEndpoint } = await asAdmin(
      `mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/audited", events: [ENTRY_PUBLISHED] }) { endpoint { id } } }`,
    );
    const id = createWebhookEndpoint.endpoint.id;
    await asAdmin(`mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { description: "audited" }) { id } }`, { id });
    await asAdmin(`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id });
    const [delivery] = await app.dataSource.query(
      `INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload, status) VALUES ($1, gen_random_uuid(), 'ENTRY_PUBLISHED', '{}', 'FAILED') RETURNING id`,
      [id],
    );
    const { redeliverWebhook } = await asAdmin(`mutation($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }`, {
      deliveryId: delivery.id,
    });
    // The copy is pending (retried on its own): redelivering it is refused, and recorded as refused.
    const refused = await app.graphql(
      `mutation($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }`,
      { deliveryId: redeliverWebhook.id },
      admin.headers,
    );
    expect(onlyError(refused).extensions!.code).toBe('BAD_USER_INPUT');
    await asAdmin(`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, { id });

    expect((await auditLog({ entityType: 'WEBHOOK_ENDPOINT', entityId: id })).map((entry) => `${entry.action} ${entry.outcome}`)).toEqual([
      'createWebhookEndpoint SUCCESS',
      'updateWebhookEndpoint SUCCESS',
      'rotateWebhookSecret SUCCESS',
      'deleteWebhookEndpoint SUCCESS',
    ]);
    expect(await auditLog({ entityType: 'WEBHOOK_DELIVERY', entityId: delivery.id })).toEqual([
      expect.objectContaining({ action: 'redeliverWebhook', outcome: 'SUCCESS' }),
    ]);
    expect(await auditLog({ entityType: 'WEBHOOK_DELIVERY', entityId: redeliverWebhook.id })).toEqual([
      expect.objectContaining({ action: 'redeliverWebhook', outcome: 'BAD_USER_INPUT' }),
    ]);
  });

  it('filters by actor and by time range', async () => {
    const other = await signInAs(app, Role.ADMIN);
    const before = new Date();
    await app.graphql(`mutation { createPartnerApp(input: { name: "Someone else's", scopes: [CATALOG_READ] }) { app { id } } }`, {}, other.headers);
    const after = new Date(Date.now() + 1000);

    expect((await auditLog({ actorId: other.user.id })).map((entry) => entry.action)).toEqual(['createPartnerApp']);
    expect((await auditLog({ since: before.toISOString(), until: after.toISOString() })).map((entry) => entry.actorEmail)).toEqual([
      other.user.email,
    ]);
    expect(await auditLog({ until: before.toISOString(), actorId: other.user.id })).toEqual([]);
  });
});
