// Partner apps: keys shown once and stored as peppered HMACs, scopes, rotation with a grace period,
// revocation and expiry, and who may manage them; all through the real HTTP server.
import { createHmac } from 'node:crypto';
import { Role } from '../../src/core/roles';
import { signInAs, SignedIn } from '../support/auth';
import { authorizationCases, expectAuthorization, Operation, Who } from '../support/authorization';
import { expectUnauthenticated, refusal } from '../support/errors';
import { bearer, CREATE_PARTNER_APP as CREATE, createPartner as createPartnerApp } from '../support/partners';
import { GraphQLResponse, startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/waiting';

const PEPPER = 'a test partner-key pepper of more than thirty-two bytes';
const KEY_FORMAT = /^dpk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/;

const ROTATE = `mutation($appId: ID!, $grace: Int, $expiresAt: DateTime) {
  rotatePartnerKey(appId: $appId, gracePeriodSeconds: $grace, expiresAt: $expiresAt) { apiKey key { id prefix status expiresAt } }
}`;
const REVOKE = `mutation($id: ID!) { revokePartnerKey(id: $id) { id status revokedAt } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePartnerAppInput!) { updatePartnerApp(id: $id, input: $input) { id name scopes disabled costBudget maxQueryCost } }`;
const APPS = `{ partnerApps { id name scopes keys { id prefix status createdAt expiresAt revokedAt lastUsedAt } } }`;
const REGIMEN = `query($input: RegimenInput!) { recommendRegimen(input: $input) { eligibility days { date am { topical { slug } } } } }`;
const REGIMEN_INPUT = { input: { days: 2, currentTopicals: ['vitamin-c'] } };
const CATALOG = `{ products(first: 2) { edges { node { slug } } } }`;

let app: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  app = await startTestApp({ PARTNER_KEY_PEPPER: PEPPER });
  admin = await signInAs(app, Role.ADMIN);
});
afterAll(() => app.close());

/** A partner app made by the admin, with both read scopes unless told otherwise. */
const createPartner = (scopes: string[] = ['CATALOG_READ', 'REGIMEN_READ'], extra: Record<string, unknown> = {}) =>
  createPartnerApp(app, { scopes, ...extra }, admin);

/** A partner key refused: HTTP 401, UNAUTHENTICATED with this message, no data. */
const expectKeyRefused = (response: GraphQLResponse, message: RegExp) => expectUnauthenticated(response, message, 401);

describe('onboarding a partner', () => {
  it('shows a prefixed key once, stores only its HMAC, and the key calls recommendRegimen in either header', async () => {
    const created = await createPartner();
    expect(created.apiKey).toMatch(KEY_FORMAT);
    expect(created.apiKey.startsWith(`${created.key.prefix}_`)).toBe(true);

    const rows = await app.dataSource.query('SELECT key_id, secret_hash FROM partner_key WHERE id = $1', [created.key.id]);
    expect(rows).toEqual([{ key_id: created.apiKey.slice(4, 20), secret_hash: createHmac('sha256', PEPPER).update(created.apiKey).digest('hex') }]);
    const [{ found }] = await app.dataSource.query(
      `SELECT count(*)::int AS found FROM partner_key k JOIN partner_app a ON a.id = k.app_id
        WHERE position($1 IN k.secret_hash || k.key_id || a.name) > 0`,
      [created.apiKey.slice(21)],
    );
    expect(found).toBe(0);

    for (const headers of [bearer(created.apiKey), { 'x-api-key': created.apiKey }]) {
      const response = await app.graphql(REGIMEN, REGIMEN_INPUT, headers);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.recommendRegimen.days).toHaveLength(2);
    }

    // The listing never shows the secret, and records the use.
    const listed = await app.graphql(APPS, {}, admin.headers);
    expect(JSON.stringify(listed.body)).not.toContain(created.apiKey.slice(21));
    const mine = listed.body.data!.partnerApps.find((a: any) => a.id === created.app.id);
    expect(mine.keys).toEqual([expect.objectContaining({ id: created.key.id, prefix: created.key.prefix, status: 'ACTIVE' })]);
    await waitFor(async () => (await lastUsedAt(created.key.id)) !== null, { timeoutMs: 3000, intervalMs: 50, what: 'the key’s last use recorded' });
  });

  it('keeps anonymous storefront access working without a key', async () => {
    const response = await app.graphql(CATALOG);
    expect(response.body.data!.products.edges).toHaveLength(2);
    expect((await app.graphql(REGIMEN, REGIMEN_INPUT)).body.errors).toBeUndefined();
  });
});

describe('scopes', () => {
  it('refuses a catalog-only key recommendRegimen with FORBIDDEN, and serves it the catalog', async () => {
    const { apiKey } = await createPartner(['CATALOG_READ']);
    const refused = await app.graphql(REGIMEN, REGIMEN_INPUT, bearer(apiKey));
    expect(refused.status).toBe(403);
    const error = refusal(refused);
    expect(error.extensions!.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/regimen:read/);
    expect((await app.graphql(CATALOG, {}, bearer(apiKey))).body.data!.products.edges).toHaveLength(2);
  });

  it('refuses a regimen-only key the catalog, even behind a fragment or next to an allowed field', async () => {
    const { apiKey } = await createPartner(['REGIMEN_READ']);
    for (const query of [
      CATALOG,
      `query($input: RegimenInput!) { recommendRegimen(input: $input) { eligibility } ...more } fragment more on Query { brands { slug } }`,
    ]) {
      const response = await app.graphql(query, REGIMEN_INPUT, bearer(apiKey));
      expect(refusal(response).extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('never lets a partner key run staff queries or mutations', async () => {
    const { apiKey } = await createPartner();
    for (const query of [`{ me { id } }`, `{ users { id } }`, `{ partnerApps { id } }`, `mutation { logout(refreshToken: "x") }`]) {
      const response = await app.graphql(query, {}, bearer(apiKey));
      expect(response.status).toBe(403);
      expect(refusal(response).extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('shows a partner published content only', async () => {
    const { apiKey } = await createPartner();
    const [{ slug }] = await app.dataSource.query(`SELECT slug FROM article WHERE status = 'DRAFT' AND deleted_at IS NULL LIMIT 1`);
    const query = `query($slug: String!) { article(slug: $slug) { slug } }`;
    expect((await app.graphql(query, { slug }, bearer(apiKey))).body.data!.article).toBeNull();
    expect((await app.graphql(query, { slug }, admin.headers)).body.data!.article).toEqual({ slug });
  });
});

describe('bad keys', () => {
  it('gives a wrong, unknown or malformed key a clear UNAUTHENTICATED (401), never anonymous access', async () => {
    const { apiKey } = await createPartner();
    const wrongSecret = `${apiKey.slice(0, -1)}${apiKey.endsWith('A') ? 'B' : 'A'}`;
    const unknownId = `dpk_${'0'.repeat(16)}${apiKey.slice(20)}`;
    for (const key of [wrongSecret, unknownId, 'dpk_short', `${apiKey}x`]) {
      expectKeyRefused(await app.graphql(CATALOG, {}, bearer(key)), /^Invalid API key$/);
      expectKeyRefused(await app.graphql(CATALOG, {}, { 'x-api-key': key }), /^Invalid API key$/);
    }
    expectKeyRefused(await app.graphql(CATALOG, {}, { 'x-api-key': 'not a key at all' }), /Invalid API key/);
  });

  it('refuses a request carrying both an Authorization header and an x-api-key', async () => {
    const { apiKey } = await createPartner();
    expectKeyRefused(await app.graphql(CATALOG, {}, { ...admin.headers, 'x-api-key': apiKey }), /not both/);
  });

  it('refuses a revoked key at once, and says so', async () => {
    const created = await createPartner();
    expect((await app.graphql(CATALOG, {}, bearer(created.apiKey))).body.errors).toBeUndefined();
    const revoked = await app.graphql(REVOKE, { id: created.key.id }, admin.headers);
    expect(revoked.body.data!.revokePartnerKey).toMatchObject({ id: created.key.id, status: 'REVOKED' });
    expectKeyRefused(await app.graphql(CATALOG, {}, bearer(created.apiKey)), /revoked/);
  });

  it('refuses an expired key and a disabled app', async () => {
    const soon = new Date(Date.now() + 60_000).toISOString();
    const expiring = await createPartner(['CATALOG_READ'], { keyExpiresAt: soon });
    expect((await app.graphql(CATALOG, {}, bearer(expiring.apiKey))).body.errors).toBeUndefined();
    await app.dataSource.query(`UPDATE partner_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.key.id]);
    expectKeyRefused(await app.graphql(CATALOG, {}, bearer(expiring.apiKey)), /expired/);

    const disabled = await createPartner();
    const update = await app.graphql(UPDATE, { id: disabled.app.id, input: { disabled: true } }, admin.headers);
    expect(update.body.data!.updatePartnerApp.disabled).toBe(true);
    expectKeyRefused(await app.graphql(CATALOG, {}, bearer(disabled.apiKey)), /disabled/);
    await app.graphql(UPDATE, { id: disabled.app.id, input: { disabled: false } }, admin.headers);
    expect((await app.graphql(CATALOG, {}, bearer(disabled.apiKey))).body.errors).toBeUndefined();
  });

  it('refuses an expiry in the past and limits that could never let a request through', async () => {
    const past = await app.graphql(
      CREATE,
      { input: { name: 'Late', scopes: ['CATALOG_READ'], keyExpiresAt: '2020-01-01T00:00:00Z' } },
      admin.headers,
    );
    expect(refusal(past).extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.keyExpiresAt', message: 'must be in the future' }] });
    const limits = await app.graphql(CREATE, { input: { name: 'Odd', scopes: ['CATALOG_READ'], costBudget: 10, maxQueryCost: 20 } }, admin.headers);
    expect(refusal(limits).extensions!.fields).toEqual([{ field: 'input.maxQueryCost', message: expect.stringMatching(/costBudget/) }]);
    const noScopes = await app.graphql(CREATE, { input: { name: 'None', scopes: [] } }, admin.headers);
    expect(refusal(noScopes).extensions!.fields.map((f: any) => f.field)).toEqual(['input.scopes']);
    const [{ apps }] = await app.dataSource.query(`SELECT count(*)::int AS apps FROM partner_app WHERE name IN ('Late', 'Odd', 'None')`);
    expect(apps).toBe(0);
  });
});

describe('rotation', () => {
  it('issues a new key while the old one keeps working for the grace period', async () => {
    const created = await createPartner();
    const rotated = await app.graphql(ROTATE, { appId: created.app.id, grace: 3600 }, admin.headers);
    const next = rotated.body.data!.rotatePartnerKey;
    expect(next.apiKey).toMatch(KEY_FORMAT);
    expect(next.apiKey).not.toBe(created.apiKey);
    expect(next.key.expiresAt).toBeNull();

    for (const key of [created.apiKey, next.apiKey]) {
      expect((await app.graphql(REGIMEN, REGIMEN_INPUT, bearer(key))).body.errors).toBeUndefined();
    }
    const [old] = await app.dataSource.query('SELECT expires_at FROM partner_key WHERE id = $1', [created.key.id]);
    const graceLeft = (old.expires_at.getTime() - Date.now()) / 1000;
    expect(graceLeft).toBeGreaterThan(3500);
    expect(graceLeft).toBeLessThanOrEqual(3600);

    // The grace period over (moved back in time here), only the new key works.
    await app.dataSource.query(`UPDATE partner_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [created.key.id]);
    expectKeyRefused(await app.graphql(CATALOG, {}, bearer(created.apiKey)), /expired/);
    expect((await app.graphql(CATALOG, {}, bearer(next.apiKey))).body.errors).toBeUndefined();
    const listed = await app.graphql(APPS, {}, admin.headers);
    const statuses = listed.body.data!.partnerApps.find((a: any) => a.id === created.app.id).keys.map((k: any) => k.status);
    expect(statuses).toEqual(['ACTIVE', 'EXPIRED']);
  });

  it('ends the old key at once with a grace period of 0', async () => {
    const created = await createPartner();
    const next = (await app.graphql(ROTATE, { appId: created.app.id, grace: 0 }, admin.headers)).body.data!.rotatePartnerKey;
    expectKeyRefused(await app.graphql(CATALOG, {}, bearer(created.apiKey)), /expired/);
    expect((await app.graphql(CATALOG, {}, bearer(next.apiKey))).body.errors).toBeUndefined();
  });

  it('names an unknown app', async () => {
    const response = await app.graphql(ROTATE, { appId: '00000000-0000-4000-8000-000000000000' }, admin.headers);
    expect(refusal(response).extensions!.fields).toEqual([{ field: 'appId', message: 'no partner app has this id' }]);
  });
});

describe('who may manage partner apps', () => {
  const EVERYONE: Who[] = ['anonymous', 'partner', Role.EDITOR, Role.REVIEWER, Role.ADMIN];
  const sessions = new Map<Who, Record<string, string>>();
  beforeAll(async () => {
    sessions.set('anonymous', {});
    sessions.set('partner', bearer((await createPartner()).apiKey));
    for (const role of [Role.EDITOR, Role.REVIEWER, Role.ADMIN]) sessions.set(role, (await signInAs(app, role)).headers);
  });

  const ADMIN_ONLY: Who[] = [Role.ADMIN];
  const operations: [string, Who[], () => Promise<Operation>][] = [
    ['query partnerApps', ADMIN_ONLY, async () => [`{ partnerApps { id } }`, {}]],
    ['mutation createPartnerApp', ADMIN_ONLY, async () => [CREATE, { input: { name: 'Table partner', scopes: ['CATALOG_READ'] } }]],
    ['mutation updatePartnerApp', ADMIN_ONLY, async () => [UPDATE, { id: (await createPartner()).app.id, input: { name: 'Renamed' } }]],
    ['mutation rotatePartnerKey', ADMIN_ONLY, async () => [ROTATE, { appId: (await createPartner()).app.id }]],
    ['mutation revokePartnerKey', ADMIN_ONLY, async () => [REVOKE, { id: (await createPartner()).key.id }]],
  ];
  it.each(authorizationCases(operations, EVERYONE))('%s as %s: allowed %s', async (_name, who, allowed, prepare) => {
    const [query, variables] = await prepare();
    const before = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM partner_app)::int AS apps, (SELECT count(*) FROM partner_key)::int AS keys`,
    );
    const response = await app.graphql(query, variables, sessions.get(who));
    expectAuthorization(response, who, allowed);
    if (!allowed) {
      const after = await app.dataSource.query(
        `SELECT (SELECT count(*) FROM partner_app)::int AS apps, (SELECT count(*) FROM partner_key)::int AS keys`,
      );
      expect(after).toEqual(before);
    }
  });
});

async function lastUsedAt(keyId: string): Promise<Date | null> {
  const [row] = await app.dataSource.query('SELECT last_used_at FROM partner_key WHERE id = $1', [keyId]);
  return row.last_used_at;
}
