// Administration as an ADMIN does it in the console: staff users, partner apps and their keys (a new
// key shown once, with a copy button, then revoked), webhook endpoints with their delivery log and
// redelivery, and the audit log that records all of it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../src/core/roles';
import { startTestApp, TestApp } from '../support/test-app';
import { describeInBrowser, launchChromium } from './support/chromium';
import { expectAccessible, screenshot, signInAs, TABLET } from './support/console';

async function openSection(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
}

/** Mantine's Select: open it by its label, pick the option. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Answers the browser's confirm() with OK. */
function acceptNextConfirm(page: Page): void {
  page.once('dialog', (dialog) => void dialog.accept());
}

describeInBrowser('administration', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    // The webhook endpoint of the test listens on 127.0.0.1.
    [app, browser] = await Promise.all([startTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }), launchChromium()]);
    ({ context, page } = await signInAs(browser, app, Role.ADMIN, { email: 'ada.admin@example.test' }));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('adds a staff user, who can then sign in', async () => {
    await openSection(page, 'Staff users');
    const form = page.getByRole('region', { name: 'Add a staff user' });
    await form.getByLabel('Email').fill('rosa.reviewer@example.test');
    await form.getByLabel(/^Name shown/).fill('Dr Rosa Reyes');
    await form.getByLabel(/^Initial password/).fill('a long enough password');
    await choose(page, 'Role', 'Reviewer');
    await form.getByRole('button', { name: 'Add staff user' }).click();

    const row = page.getByRole('row', { name: /rosa\.reviewer@example\.test/ });
    await row.waitFor();
    await row.getByText('Dr Rosa Reyes').waitFor();
    await expect(row.getByRole('combobox', { name: 'Role of rosa.reviewer@example.test' }).inputValue()).resolves.toBe('Reviewer');
    const login = await app.graphql(
      `mutation { login(input: { email: "rosa.reviewer@example.test", password: "a long enough password" }) { user { role } } }`,
    );
    expect(login.body.data?.login.user.role).toBe('REVIEWER');

    // A refused change is told as the API put it: a password too short, beside its field.
    await form.getByLabel('Email').fill('too.short@example.test');
    await form.getByLabel(/^Initial password/).fill('short');
    await form.getByRole('button', { name: 'Add staff user' }).click();
    await form
      .getByText(/password/i)
      .filter({ hasText: /12|least|longer/ })
      .first()
      .waitFor();

    await expectAccessible(page);
    await screenshot(page, 'staff-users');
  });

  it('issues a partner key shown once with a copy button, then revokes it', async () => {
    await openSection(page, 'Partner apps');
    const form = page.getByRole('region', { name: 'Add a partner app' });
    await form.getByLabel('Name').fill('Lumen Clinic booking');
    await form.getByRole('button', { name: 'Add app and issue its key' }).click();

    const dialog = page.getByRole('dialog', { name: 'New key for Lumen Clinic booking' });
    await dialog.getByText('You will not see this again').waitFor();
    const apiKey = (await dialog.getByTestId('secret-once').innerText()).trim();
    expect(apiKey).toMatch(/^dpk_/);
    await expectAccessible(page);
    await screenshot(page, 'partner-key-once');
    await dialog.getByRole('button', { name: 'Copy API key' }).click();
    await dialog.getByRole('button', { name: 'Copied' }).waitFor();
    // Evaluated as text: the root tsconfig has no DOM types.
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(apiKey);

    // The key works, and once the modal is closed it is nowhere on the page.
    const withKey = () => app.graphql(`{ treatments { slug } }`, {}, { 'x-api-key': apiKey });
    expect((await withKey()).status).toBe(200);
    await dialog.getByRole('button', { name: 'I have stored it' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.content()).not.toContain(apiKey);

    // A new key, shown once the same way; the first keeps working for the grace period.
    const card = page.getByRole('region', { name: 'Lumen Clinic booking', exact: true });
    await card.getByRole('button', { name: 'Issue a new key for Lumen Clinic booking' }).click();
    await dialog.getByText('You will not see this again').waitFor();
    const newKey = (await dialog.getByTestId('secret-once').innerText()).trim();
    await dialog.getByRole('button', { name: 'I have stored it' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(newKey).not.toBe(apiKey);
    expect((await withKey()).status).toBe(200);

    // Revoking the first key (named by its public start, dpk_<key id>) refuses it at once; the new one still works.
    const firstPrefix = apiKey.split('_').slice(0, 2).join('_');
    acceptNextConfirm(page);
    await card.getByRole('button', { name: `Revoke ${firstPrefix}` }).click();
    await card.getByText('Revoked').waitFor();
    expect((await withKey()).status).toBe(401);
    expect((await app.graphql(`{ treatments { slug } }`, {}, { 'x-api-key': newKey })).status).toBe(200);

    await expectAccessible(page);
    await screenshot(page, 'partner-apps');
  });

  it('adds a webhook endpoint (secret shown once) and redelivers a failed delivery', async () => {
    await openSection(page, 'Webhooks');
    const form = page.getByRole('region', { name: 'Add an endpoint' });
    await form.getByLabel(/^URL/).fill('http://127.0.0.1:9/dermaplan-hook');
    await form.getByLabel('Description').fill('Lumen Clinic: content changes');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Signing secret' });
    await dialog.getByText('You will not see this again').waitFor();
    await dialog.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByRole('region', { name: 'http://127.0.0.1:9/dermaplan-hook' }).waitFor();

    // A delivery that failed (the dispatcher is off in tests): shown in the log, and sent again on demand.
    const [{ id: endpointId }] = await app.dataSource.query(`SELECT id FROM webhook_endpoint WHERE url = 'http://127.0.0.1:9/dermaplan-hook'`);
    const eventId = '0f8b6f0e-4c1e-4a57-9d0a-6a1f3c2b9e11';
    const payload = {
      id: eventId,
      type: 'ENTRY_PUBLISHED',
      occurredAt: '2026-12-01T09:00:00.000Z',
      data: { entityType: 'ARTICLE', entityId: '6f1f3a52-3f44-4a4e-9d5e-3f1f0b7a1c01', slugOrCode: 'aftercare-basics', version: 2, actorId: null },
    };
    await app.dataSource.query(
      `INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload, status, attempts, last_error)
       VALUES ($1, $2, 'ENTRY_PUBLISHED', $3, 'FAILED', 8, 'connect ECONNREFUSED 127.0.0.1:9')`,
      [endpointId, eventId, JSON.stringify(payload)],
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    const log = page.getByRole('table', { name: 'Webhook deliveries' });
    await log.getByText('connect ECONNREFUSED 127.0.0.1:9').waitFor();
    await log.getByRole('button', { name: /^Redeliver/ }).click();
    await log.getByText('Pending').waitFor();
    const copies = await app.dataSource.query(`SELECT status FROM webhook_delivery WHERE endpoint_id = $1 ORDER BY created_at`, [endpointId]);
    expect(copies.map((row: { status: string }) => row.status)).toEqual(['FAILED', 'PENDING']);

    await expectAccessible(page);
    await screenshot(page, 'webhooks');

    // The failed one in full: the body sent, and (none recorded here) its attempts.
    await log
      .getByRole('button', { name: /^Details/ })
      .last()
      .click();
    const details = page.getByRole('dialog', { name: 'Delivery' });
    await details.getByText('Body sent').waitFor();
    await details.getByText(/aftercare-basics/).waitFor();
    await expectAccessible(page);
    await details.getByRole('button', { name: 'Close' }).click();

    // Changed, its secret rotated (shown once), then deleted with its log.
    const card = page.getByRole('region', { name: 'http://127.0.0.1:9/dermaplan-hook', exact: true });
    await card.getByRole('button', { name: 'Change http://127.0.0.1:9/dermaplan-hook' }).click();
    const change = page.getByRole('dialog', { name: 'Change endpoint' });
    await change.getByLabel('Description').fill('Lumen Clinic: publications only');
    await change.getByRole('button', { name: 'Save' }).click();
    await card.getByText('Lumen Clinic: publications only').waitFor();
    acceptNextConfirm(page);
    await card.getByRole('button', { name: 'Rotate the secret of http://127.0.0.1:9/dermaplan-hook' }).click();
    await dialog.getByText('You will not see this again').waitFor();
    await dialog.getByRole('button', { name: 'I have stored it' }).click();
    acceptNextConfirm(page);
    await card.getByRole('button', { name: 'Delete http://127.0.0.1:9/dermaplan-hook' }).click();
    await card.waitFor({ state: 'detached' });
    expect(await app.dataSource.query(`SELECT id FROM webhook_endpoint`)).toEqual([]);
  });

  it('shows the audit log of all this, filtered and readable', async () => {
    await openSection(page, 'Audit log');
    const entries = page.getByRole('table', { name: 'Audit log entries' });
    await entries.getByText('Revoke partner key').waitFor();
    await entries.getByText('Create user').first().waitFor();

    await choose(page, 'Concerning', 'Partner key');
    await page.getByText('1 entry', { exact: true }).waitFor();
    await expect(entries.getByRole('row').count()).resolves.toBe(2); // the header and the one entry
    await entries.getByText('ada.admin@example.test').waitFor();

    await expectAccessible(page);
    await screenshot(page, 'audit-log');

    // At tablet width the table scrolls sideways inside the page; the filters wrap.
    await page.setViewportSize(TABLET);
    await entries.getByText('Revoke partner key').waitFor();
    await expectAccessible(page);
  });
});
