// Signing in to the console in a real browser: a wrong password is told as such, the right one
// lands on the dashboard, a reload keeps the editor signed in, signing out ends the session.
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/core/roles';
import { createTestUser } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';
import { describeInBrowser, launchChromium } from './support/chromium';
import { consoleUrl, expectAccessible, openConsole, screenshot, submitSignIn, TABLET } from './support/console';

describeInBrowser('signing in to the console', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('refuses a wrong password, signs in, survives a reload and signs out', async () => {
    // A fixed address, so that the screenshots stay the same from run to run.
    const editor = await createTestUser(app, Role.EDITOR, { email: 'dana.editor@example.test' });
    const page = await openConsole(browser, app, '/');
    // Not signed in: the app sends the visitor to the sign-in page.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(page.url()).toBe(consoleUrl(app, '/sign-in'));
    await expectAccessible(page);
    await screenshot(page, 'sign-in');

    await submitSignIn(page, editor.email, 'not the password');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/invalid email or password/i);

    await submitSignIn(page, editor.email, editor.password);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await expect(page.getByText(`Signed in as ${editor.email}`).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'dashboard');

    await page.reload();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const stored = await page.evaluate(() => Object.keys(sessionStorage));
    expect(stored).toEqual(['dermaplan.console.session']);

    // At tablet width (768) the navigation stays beside the page.
    await page.setViewportSize(TABLET);
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Dashboard' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
    await page.context().close();
  });

  it('shows the login throttle message as the API words it', async () => {
    const reviewer = await createTestUser(app, Role.REVIEWER);
    const page = await openConsole(browser, app);
    for (let attempt = 0; attempt < 6; attempt++) {
      await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/graphql')),
        submitSignIn(page, reviewer.email, `wrong ${attempt}`),
      ]);
    }
    await page
      .getByRole('alert')
      .filter({ hasText: /Too many failed attempts; try again in \d+ seconds/ })
      .waitFor();
    await page.context().close();
  });
});

describeInBrowser('keeping the console session alive', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    // Access tokens that live 3 seconds: each is within the console's renewal margin from the start.
    [app, browser] = await Promise.all([startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '3' }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const storedSession = (page: Page) =>
    page.evaluate(
      () => JSON.parse(sessionStorage.getItem('dermaplan.console.session') ?? 'null') as { accessToken: string; refreshToken: string } | null,
    );

  it('renews the tokens with refreshSession before the access token expires, also after it has', async () => {
    const editor = await createTestUser(app, Role.EDITOR);
    const page = await openConsole(browser, app);
    await submitSignIn(page, editor.email, editor.password);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const first = await storedSession(page);

    // Its next request renews the session first (the refresh token rotates) and succeeds.
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Brands' }).click();
    await page.getByRole('table', { name: 'Brands' }).getByRole('link').first().waitFor();
    const renewed = await storedSession(page);
    expect(renewed?.refreshToken).not.toBe(first?.refreshToken);
    // (The access token may read the same: a JWT issued within the same second for the same session is.)

    // Long after the access token expired, a reload still works: the stored refresh token renews it.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await page.reload();
    await page.getByRole('table', { name: 'Brands' }).getByRole('link').first().waitFor();
    expect((await storedSession(page))?.refreshToken).not.toBe(renewed?.refreshToken);
    await page.context().close();
  });
});
