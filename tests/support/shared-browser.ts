// The browser of a test worker, shared by every test file the worker runs.
import type { Browser } from 'playwright-core';
import { beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';

/**
 * Started by the first file a worker runs and kept for the next (files share the worker's
 * modules: isolation is off), closed when the worker ends. In the worker's own process,
 * Playwright drives the browser without a socket between them.
 */
let launched: Promise<Browser> | undefined;

/** The worker's browser, for the tests of a file. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    launched ??= launchBrowser();
    browser = await launched;
  });
  return () => {
    if (!browser) throw new Error('sharedBrowser(): the browser is only there inside tests');
    return browser;
  };
}
