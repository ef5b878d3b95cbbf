// The review queue in a real browser: an EDITOR's change to a rule waits there; the editor is told
// why they cannot sign it off; a REVIEWER sees the field-by-field diff and the impact preview with
// the changed plan highlighted, and signs it off from the queue, which publishes it.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { Role } from '../../src/core/roles';
import { fieldAs, login } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';
import { describeInBrowser, launchChromium } from './support/chromium';
import { expectAccessible, screenshot, SCREENSHOTS, signInAs, TABLET, VIEWPORT } from './support/console';

const RULE = 'wait-after/vitamin-c/t1';
const ENTRY = `query($id: ID!) { editorialEntry(type: COMPATIBILITY_RULE, id: $id) { version status hasPendingDraft draft } }`;
const UPDATE_RULE = `mutation($id: ID!, $v: Int!, $input: CompatibilityRuleInput!) {
  updateCompatibilityRule(id: $id, expectedVersion: $v, input: $input) { version }
}`;

describeInBrowser('the review queue', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('tells an editor why they cannot sign off their change, and lets a reviewer sign it off with its impact preview shown', async () => {
    const [{ id }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM compatibility_rule WHERE code = $1`, [RULE]);

    // The editor changes the rule (a longer wait), then opens the queue.
    const editor = await signInAs(browser, app, Role.EDITOR, { email: 'eda.editor@example.test' });
    const editorApi = await login(app, editor.user.email, editor.user.password);
    const { version, draft } = await fieldAs(app, editorApi, ENTRY, { id });
    await fieldAs(app, editorApi, UPDATE_RULE, { id, v: version, input: { ...draft, parameters: { ...draft.parameters, hours: 120 } } });

    const mine = editor.page;
    await mine.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Review queue' }).click();
    await mine.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    await mine.getByRole('button', { name: RULE }).click();
    await mine.getByText('You cannot sign this off').waitFor();
    await mine.getByRole('button', { name: 'Sign off and publish' }).click();
    const refusal = mine.getByRole('alert').filter({ hasText: 'Not signed off' });
    await expect(refusal.textContent()).resolves.toMatch(/Only a reviewer or an administrator can sign off clinical knowledge/);
    await editor.context.close();

    // A reviewer opens it: the diff, the impact preview, and the sign-off.
    const reviewer = await signInAs(browser, app, Role.REVIEWER, { email: 'rita.reviewer@example.test' });
    const page = reviewer.page;
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Review queue' }).click();
    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    await page.getByRole('button', { name: RULE }).click();
    const diff = page.getByRole('table', { name: 'Changed fields' });
    await expect(diff.getByRole('row', { name: /parameters\.hours/ }).textContent()).resolves.toMatch(/72.*120/);
    const impact = page.getByRole('table', { name: 'Impact preview' });
    const changed = impact.locator('tr[data-differs="true"]');
    await changed.first().waitFor();
    await expect(changed.first().textContent()).resolves.toMatch(/Home dermaroller at 0\.25 mm.*vitamin C.*Hold changes/);
    await expectAccessible(page);
    await screenshot(page, 'review-queue');
    // The impact preview alone, as the reviewer's docs show it.
    await impact.screenshot({ path: path.join(SCREENSHOTS, 'review-impact-preview.png') });

    // At tablet width the tables scroll sideways and stay accessible.
    await page.setViewportSize(TABLET);
    await expectAccessible(page);
    await page.setViewportSize(VIEWPORT);

    await page.getByRole('button', { name: 'Sign off and publish' }).click();
    await page.getByText(`${RULE} is published`).waitFor();
    await page.getByText('Nothing is waiting for sign-off.').waitFor();
    const published = await fieldAs(app, editorApi, ENTRY, { id });
    expect(published).toMatchObject({ status: 'PUBLISHED', hasPendingDraft: false });
    expect(published.draft.parameters.hours).toBe(120);
    await reviewer.context.close();
  });

  it('refuses an admin who made the change themselves, saying another reviewer must sign it off', async () => {
    const [{ id }] = await app.dataSource.query<{ id: string }[]>(`SELECT id FROM compatibility_rule WHERE code = $1`, [RULE]);
    const admin = await signInAs(browser, app, Role.ADMIN, { email: 'ada.admin@example.test' });
    const adminApi = await login(app, admin.user.email, admin.user.password);
    const { version, draft } = await fieldAs(app, adminApi, ENTRY, { id });
    await fieldAs(app, adminApi, UPDATE_RULE, { id, v: version, input: { ...draft, management: `${draft.management} Checked again.` } });

    const page = admin.page;
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Review queue' }).click();
    await page.getByRole('button', { name: RULE }).click();
    await expect(
      page.getByText('You made the last change to this compatibility rule, so another reviewer must sign it off.').isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: 'Sign off and publish' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not signed off' });
    await expect(refusal.textContent()).resolves.toMatch(
      /You made the last change to this entry, so you cannot sign it off yourself: another reviewer has to\./,
    );
    expect((await fieldAs(app, adminApi, ENTRY, { id })).hasPendingDraft).toBe(true);
    await admin.context.close();
  });
});
