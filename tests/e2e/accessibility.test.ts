// axe (WCAG 2.2 A and AA rules) on every page of the build, each in its own language.
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { dist } from '../support/preview.ts';

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(() => browser?.close());

describe('accessibility', () => {
  it.each(pages)('%s has no axe violations and a language', async (file) => {
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${file}`);
    if (await page.locator('#lesson-frame').count()) {
      await page.frameLocator('#lesson-frame').locator('h1').waitFor();
    }
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
