// Editing content in the console as editors do: an article from draft to published (with its
// Markdown previewed safely), a conflict between two people editing one entry, a rule edited as an
// EDITOR (which waits for a reviewer's sign-off), field errors beside their fields, and the lists.
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/core/roles';
import { signInAs as apiSignIn } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';
import { describeInBrowser, launchChromium } from './support/chromium';
import { consoleUrl, expectAccessible, screenshot, signInAs, TABLET, VIEWPORT } from './support/console';

const RULE = 'wait-after/hyaluronic-acid-and-moisturiser/any';

async function openFromNavigation(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
}

/** Picks `option` in a searchable select, typing part of it first (the server searches). */
async function pick(page: Page, label: string, search: string, option: RegExp): Promise<void> {
  const input = page.getByRole('textbox', { name: label, exact: true }).or(page.getByRole('combobox', { name: label, exact: true }));
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

describeInBrowser('editing content in the console', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists every content type with its filters, accessibly', async () => {
    const { page, context } = await signInAs(browser, app, Role.REVIEWER, { email: 'rhea.reviewer@example.test' });
    for (const label of ['Articles', 'Brands', 'Products', 'Topicals', 'Treatments', 'Scar types', 'Citations', 'Compatibility rules']) {
      await openFromNavigation(page, label);
      await page.getByRole('table', { name: label }).getByRole('link').first().waitFor();
      await expectAccessible(page);
    }
    // Products of one brand: the list is filtered on the server and says how many.
    await openFromNavigation(page, 'Products');
    const count = page.getByText(/^\d+ products?$/);
    const all = Number((await count.textContent())!.split(' ')[0]);
    await pick(page, 'Brand', '', /.+/);
    // Any count but the unfiltered one (this spec's files run without DOM types: no page-side code).
    await page.getByText(new RegExp(`^(?!${all} )\\d+ products?$`)).waitFor();
    expect(Number((await count.textContent())!.split(' ')[0])).toBeLessThan(all);
    await screenshot(page, 'products');
    await context.close();
  });

  it('creates a draft article, previews its Markdown without running any HTML, and publishes it', async () => {
    const { page, context } = await signInAs(browser, app, Role.EDITOR, { email: 'erin.editor@example.test' });
    await openFromNavigation(page, 'Articles');
    await expectAccessible(page);
    await screenshot(page, 'articles');

    await page.getByRole('link', { name: 'New article' }).click();
    await page.getByRole('heading', { name: 'New article', level: 1 }).waitFor();
    // Saved empty: the server names every missing field, shown beside it.
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please correct the marked fields' }).waitFor();
    await expect(page.getByText(/slug/i).and(page.locator('.mantine-InputWrapper-error')).count()).resolves.toBeGreaterThan(0);

    await page.getByLabel('Title', { exact: true }).fill('Your first week after microneedling');
    await page.getByLabel('Slug', { exact: true }).fill('first-week-console');
    await page.getByLabel('Summary', { exact: true }).fill('What to do and avoid after a session.');
    await page
      .getByRole('textbox', { name: 'Body' })
      .fill('## Day 0\n\nKeep it **simple**.\n\n<img src="x" onerror="window.__xss = true">\n\n[a link](javascript:window.__xss=true)');
    await page.getByLabel('Author', { exact: true }).fill('Dermaplan editorial team');
    await pick(page, 'Topicals', 'hyaluronic', /hyaluronic-acid\)/);
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.getByTestId('markdown-preview');
    await preview.getByRole('heading', { name: 'Day 0' }).waitFor();
    await expect(preview.locator('img').count()).resolves.toBe(0);
    await expect(preview.locator('a[href^="javascript"]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (globalThis as { __xss?: boolean }).__xss)).resolves.toBeUndefined();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: 'Your first week after microneedling', level: 1 }).waitFor();
    await page.getByText('draft', { exact: true }).waitFor();
    await screenshot(page, 'article-edit');

    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByText('published', { exact: true }).waitFor();
    expect((await app.data(`{ article(slug: "first-week-console") { title status } }`)).article).toEqual({
      title: 'Your first week after microneedling',
      status: 'PUBLISHED',
    });

    // The history shows both changes, each with what it changed.
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: /v2\s*Published/ }).waitFor();
    await page.getByRole('button', { name: /v1\s*Created/ }).click();
    await page.getByRole('table', { name: 'Changes in version 1' }).getByText('first-week-console').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'history');
    await context.close();
  });

  it('schedules a publication and cancels it, trashes a draft and restores it', async () => {
    const { page, context } = await signInAs(browser, app, Role.EDITOR);
    await page.goto(consoleUrl(app, '/content/brands/new'));
    await page.getByLabel('Name', { exact: true }).fill('Quiet Clinic Care');
    await page.getByLabel('Slug', { exact: true }).fill('quiet-clinic-care');
    await page.getByLabel('Description', { exact: true }).fill('A brand for this test.');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/content\/brands\/[0-9a-f-]{36}$/);
    await page.getByText('version 1', { exact: true }).waitFor();

    await page.getByLabel('Publish at', { exact: true }).fill('2030-01-02T09:30');
    await page.getByRole('button', { name: 'Schedule publication' }).click();
    await page
      .getByText(/^Publication scheduled for /)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Cancel it' }).click();
    await expect(page.getByRole('button', { name: 'Cancel it' }).waitFor({ state: 'detached' })).resolves.toBeUndefined();

    await page.getByRole('button', { name: 'Move to the trash' }).click();
    await page.getByText('In the trash', { exact: true }).waitFor();
    await openFromNavigation(page, 'Brands');
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'In the trash' }).click();
    await page.getByRole('link', { name: 'Quiet Clinic Care' }).click();
    await page.getByRole('button', { name: 'Restore from the trash' }).click();
    await page.getByText('draft', { exact: true }).waitFor();
    await context.close();
  });

  it('tells the second of two editors saving one entry, and lets them compare and reload', async () => {
    const first = await signInAs(browser, app, Role.EDITOR, { email: 'fay.editor@example.test' });
    const second = await signInAs(browser, app, Role.EDITOR, { email: 'gus.editor@example.test' });
    const brand = (await app.data(`{ brands { id: slug name } }`)).brands[0];
    const { editorialEntries } = (
      await app.graphql(`{ editorialEntries(type: BRAND, filter: { search: "${brand.id}" }) { edges { node { id } } } }`, {}, await adminHeaders(app))
    ).body.data!;
    const url = consoleUrl(app, `/content/brands/${editorialEntries.edges[0].node.id}`);
    await Promise.all([first.page.goto(url), second.page.goto(url)]);
    for (const { page } of [first, second]) await page.getByLabel('Description', { exact: true }).waitFor();

    await first.page.getByLabel('Description', { exact: true }).fill('Saved first.');
    await first.page.getByRole('button', { name: 'Save as pending edits' }).click();
    await first.page.getByText('pending edits', { exact: true }).waitFor();

    await second.page.getByLabel('Description', { exact: true }).fill('Saved second.');
    await second.page.getByRole('button', { name: 'Save as pending edits' }).click();
    const conflict = second.page.getByRole('alert').filter({ hasText: 'Someone else saved this entry first' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Compare' }).click();
    const comparison = second.page.getByRole('table', { name: 'Their version compared with yours' });
    await comparison.getByText('Saved first.').waitFor();
    await comparison.getByText('Saved second.').waitFor();
    await expectAccessible(second.page);
    await screenshot(second.page, 'conflict');

    await conflict.getByRole('button', { name: 'Reload their version' }).click();
    await expect(second.page.getByLabel('Description', { exact: true }).inputValue()).resolves.toBe('Saved first.');
    await Promise.all([first.context.close(), second.context.close()]);
  });

  it('edits a compatibility rule as an EDITOR with the form of its kind; publishing it waits for a reviewer', async () => {
    const { page, context } = await signInAs(browser, app, Role.EDITOR, { email: 'hal.editor@example.test' });
    await openFromNavigation(page, 'Compatibility rules');
    await page.getByRole('combobox', { name: 'Rule kind' }).click();
    await page.getByRole('option', { name: 'Wait after needling' }).click();
    await page.getByLabel('Search', { exact: true }).fill('hyaluronic-acid-and');
    const row = page.getByRole('link', { name: /Hyaluronic acid and bland moisturiser/ });
    await row.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'rules');

    await row.click();
    await page.getByRole('group', { name: 'Wait after needling parameters' }).waitFor();
    // The engine's checks, before saving: an activity beside subject topicals, and no advice level for it.
    await page.getByRole('combobox', { name: 'Activity', exact: true }).click();
    await page.getByRole('option', { name: 'Sauna' }).click();
    await page.getByRole('button', { name: 'Check rule' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /adviceLevel must be set exactly when/ })
      .waitFor();
    await page
      .getByRole('alert')
      .filter({ hasText: /both subject topicals and an activity/ })
      .waitFor();
    await page.reload();
    await page.getByRole('group', { name: 'Wait after needling parameters' }).waitFor();
    await page.getByLabel('Hours', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Check rule' }).click();
    await page.getByText('The rule passes every check').waitFor();
    await page.getByRole('button', { name: 'Save as pending edits' }).click();
    await page.getByText('pending edits', { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'rule-edit');

    await page.getByRole('button', { name: 'Publish pending edits now' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /needs a reviewer/i })
      .waitFor();
    const { compatibilityRules } = await app.data(
      `{ compatibilityRules(filter: { kind: WAIT_AFTER_NEEDLING }) { code kindParameters { ... on WaitAfterNeedlingParameters { hours } } } }`,
    );
    expect(compatibilityRules.find((rule: any) => rule.code === RULE).kindParameters.hours).toBe(0);

    // At tablet width the form stays usable.
    await page.setViewportSize(TABLET);
    await expectAccessible(page);
    await page.setViewportSize(VIEWPORT);
    await context.close();
  });
});

async function adminHeaders(app: TestApp): Promise<Record<string, string>> {
  return (await apiSignIn(app, Role.ADMIN)).headers;
}
