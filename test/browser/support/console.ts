// Driving the console as a person would: a real server (startTestApp) serving the built console,
// one browser context per signed-in person, signed in through the sign-in page.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../../src/core/roles';
import { createTestUser } from '../../support/auth';
import type { TestApp } from '../../support/test-app';

export const VIEWPORT = { width: 1280, height: 800 };
export const TABLET = { width: 768, height: 1024 };
export const SCREENSHOTS = path.resolve(__dirname, '../../../docs/console/screenshots');

export interface ConsoleUser {
  context: BrowserContext;
  page: Page;
  user: { id: string; email: string; role: Role; password: string };
}

export function consoleUrl(app: TestApp, route = '/'): string {
  return `${app.baseUrl}/admin${route}`;
}

/** A new browser context (its own storage, like another person's browser) on the sign-in page. */
export async function openConsole(browser: Browser, app: TestApp, route = '/sign-in'): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(consoleUrl(app, route));
  return page;
}

/** Fills the sign-in form and presses Sign in. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A fresh user of this role, signed in through the console in a context of its own, on the dashboard. */
export async function signInAs(browser: Browser, app: TestApp, role: Role, options: { email?: string } = {}): Promise<ConsoleUser> {
  const user = await createTestUser(app, role, options);
  const page = await openConsole(browser, app);
  await submitSignIn(page, user.email, user.password);
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  return { context: page.context(), page, user };
}

/**
 * Fails when axe finds a serious or critical accessibility violation on the page as it is now, once
 * its transitions have ended: colours measured half-way through a fade (a notification sliding in,
 * a button leaving its pressed state) are neither the before nor the after.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // Run in the page (the specs' tsconfig has no DOM types, hence the cast).
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
      .getAnimations()
      .every((animation) => animation.playState !== 'running'),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 200)}`).join(', ')}`,
    );
  expect(serious).toEqual([]);
}

/** Writes docs/console/screenshots/<name>.png (1280×800, the viewport), which the console's docs show. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  // The top of the page, as a reader arriving on it sees it.
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
