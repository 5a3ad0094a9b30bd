// The one browser of a test run, started by global-setup.ts and shared by every test file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser } from './browser.ts';

/**
 * The browser that global-setup started, shared by every test file of a run: connected to
 * before the file's tests, let go after (closing a connection leaves the browser running).
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWs'));
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('sharedBrowser(): the browser is only there inside tests');
    return browser;
  };
}
