// The regimen playground in a real browser: a clinic pen session with vitamin C in use gives a
// plan drawn as a calendar, AM and PM per day, with the vitamin C hold as a bar over its days and
// its reason and sources below.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { Role } from '../../src/core/roles';
import { startTestApp, TestApp } from '../support/test-app';
import { describeInBrowser, launchChromium } from './support/chromium';
import { expectAccessible, screenshot, SCREENSHOTS, signInAs, TABLET } from './support/console';

describeInBrowser('the regimen playground', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the plan of a session and a skin profile as a calendar with hold bars', async () => {
    const { page, context } = await signInAs(browser, app, Role.EDITOR, { email: 'eda.editor@example.test' });
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Regimen playground' }).click();
    await page.getByRole('heading', { name: 'Regimen playground', level: 1 }).waitFor();

    // A fixed session, so that the screenshot stays the same: the clinic pen at 1.0 mm.
    await page.getByLabel('Date and time (UTC)').fill('2026-12-07T09:00');
    await page.getByLabel('Needle depth (mm)').fill('1');
    const topicals = page.getByRole('combobox', { name: 'Topicals in use' });
    await topicals.click();
    await topicals.fill('Vitamin C');
    await page.getByRole('option', { name: 'Vitamin C (L-ascorbic acid)' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Show the plan' }).click();

    const calendar = page.getByRole('table', { name: 'Plan calendar' });
    await calendar.waitFor();
    // 14 days, each a column with its AM and PM steps.
    await expect(calendar.getByRole('columnheader').count()).resolves.toBe(15);
    await expect(calendar.getByRole('rowheader', { name: 'Morning (AM)' }).isVisible()).resolves.toBe(true);
    // Vitamin C stops before the session (a stop-before rule) and waits after it (wait-after): the latter spans the week.
    const hold = calendar.locator('[data-hold="vitamin-c"]').filter({ hasText: /: 7 Dec, 09:00 →/ });
    await expect(hold.textContent()).resolves.toMatch(/^No Vitamin C \(L-ascorbic acid\): 7 Dec, 09:00 → \d+ Dec, 09:00$/);
    // The bar spans several day columns.
    const [, start, end] = /grid-column: (\d+) \/ (\d+)/.exec((await hold.getAttribute('style')) ?? '') ?? [];
    expect(Number(end) - Number(start)).toBeGreaterThan(3);
    await page.getByRole('heading', { name: 'Why each hold' }).waitFor();
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: /^Vitamin C \(L-ascorbic acid\) until/ })
        .first()
        .textContent(),
    ).resolves.toMatch(/Sources:/);

    await expectAccessible(page);
    await screenshot(page, 'playground-form');
    await calendar.scrollIntoViewIfNeeded();
    await calendar.screenshot({ path: path.join(SCREENSHOTS, 'playground-calendar.png') });

    await page.setViewportSize(TABLET);
    await expectAccessible(page);
    await context.close();
  });
});
