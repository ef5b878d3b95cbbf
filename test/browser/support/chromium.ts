// Debian's Chromium (package `chromium`), driven by playwright-core: no browser is ever downloaded.
// Where it is missing the browser specs are skipped and say so, except in CI, where they fail.
import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function chromiumInstalled(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** In CI the specs run (and fail without Chromium); elsewhere only where Chromium is installed. */
export function browserTestsRun(): boolean {
  return chromiumInstalled() || Boolean(process.env.CI);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * `describe` for specs that need the browser. Without Chromium: skipped with a message saying why,
 * or, in CI, one failing test, so that a CI run can never pass without having run them.
 */
export function describeInBrowser(name: string, specs: () => void): void {
  if (chromiumInstalled()) {
    // A page waits on the server, the database and a browser at once, on a machine shared with other specs.
    jest.setTimeout(60_000);
    return describe(name, specs);
  }
  const missing = `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium) to run the browser specs.`;
  if (process.env.CI) {
    describe(name, () =>
      it('needs Chromium in CI', () => {
        throw new Error(missing);
      }),
    );
    return;
  }
  console.warn(`Skipping the browser specs "${name}": ${missing}`);
  describe.skip(name, specs);
}
