// The bundled API explorer (GraphiQL at /admin/explorer): runs a query as the signed-in user, with
// nothing loaded from outside the server; a browser opening /graphql lands there with its query.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/core/roles';
import { startTestApp, TestApp } from '../support/test-app';
import { describeInBrowser, launchChromium } from './support/chromium';
import { consoleUrl, screenshot, signInAs } from './support/console';

/** Requests that left the server's origin, and what the browser refused (CSP) or failed to run. */
function watchProblems(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
      problems.push(`request to ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/**
 * expectAccessible, less one violation inside GraphiQL's own markup that the console cannot change:
 * its query tabs are list items with role "tab" holding the tab's buttons (nested-interactive). The
 * buttons themselves are labelled and reachable by keyboard.
 */
async function expectAccessibleBesideGraphiQLTabs(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !(violation.id === 'nested-interactive' && node.html.includes('graphiql-tab')))
        .map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`),
    );
  expect(serious).toEqual([]);
}

/** GraphiQL's response pane, as text (Monaco draws it as lines of spans). */
async function responseText(page: Page): Promise<string> {
  const pane = page.locator('.graphiql-response');
  await pane.getByText('"data"').waitFor();
  return (await pane.innerText()).replace(/\s+/g, '');
}

describeInBrowser('API explorer', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('runs { me { email role } } with the signed-in token and shows the answer', async () => {
    const { page, context, user } = await signInAs(browser, app, Role.EDITOR, { email: 'erik.editor@example.test' });
    const problems = watchProblems(page, app.baseUrl);
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'API explorer' }).click();
    await page.getByRole('heading', { name: 'API explorer', level: 1 }).waitFor();
    await page.locator('.graphiql-query-editor').getByText('me').waitFor();

    await page.getByRole('button', { name: /Execute query/ }).click();
    expect(await responseText(page)).toBe(`{"data":{"me":{"email":"${user.email}","role":"EDITOR"}}}`);
    await expectAccessibleBesideGraphiQLTabs(page);
    await screenshot(page, 'api-explorer');
    // What was tried stays with the tab's session: nothing in localStorage for the next person.
    expect(await page.evaluate('Object.keys(localStorage)')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a /graphql link from the browser with its query, after signing in', async () => {
    const { page, context, user } = await signInAs(browser, app, Role.REVIEWER);
    const problems = watchProblems(page, app.baseUrl);
    await page.goto(`${app.url}?query=${encodeURIComponent('{ me { role email } }')}`);
    await page.getByRole('heading', { name: 'API explorer', level: 1 }).waitFor();
    expect(page.url()).toBe(consoleUrl(app, `/explorer?query=${encodeURIComponent('{ me { role email } }')}`));
    await page.locator('.graphiql-query-editor').getByText('role').waitFor();

    await page.getByRole('button', { name: /Execute query/ }).click();
    expect(await responseText(page)).toBe(`{"data":{"me":{"role":"REVIEWER","email":"${user.email}"}}}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
