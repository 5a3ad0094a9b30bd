// axe (WCAG 2.2 A and AA rules, and axe's best practices) on every page of the build, each in
// its own language. Pages are independent, so several are checked at once.
import { readdirSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { axeViolations, newContext, WCAG } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { dist } from '../support/preview.ts';

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();

const browser = sharedBrowser();
let context: BrowserContext;
beforeAll(async () => {
  context = await newContext(browser(), { axe: true });
});
afterAll(() => context?.close());

describe.concurrent('accessibility', () => {
  it.for(pages)('%s has no axe violations and a language', async (file, { expect }) => {
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${file}`);
    if (await page.locator('#lesson-frame').count()) {
      await page.frameLocator('#lesson-frame').locator('h1').waitFor();
    }
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
    expect(await axeViolations(page, [...WCAG, 'best-practice'])).toEqual([]);
    await page.close();
  });
});
