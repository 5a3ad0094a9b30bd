// axe (WCAG 2.2 A and AA rules, and axe's best practices) on every page of the build, each in
// its own language. Pages are independent, so several are checked at once. Lessons are
// checked as a 360 px phone shows them, where they must also fit the screen's width (Czech
// and Portuguese run long): a learner's phone is where a lesson is most likely to break.
import { readdirSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { lessonIdsOf } from '../support/course-run.ts';
import { axeViolations, islandsReady, newContext, WCAG } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { dist } from '../support/preview.ts';

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();

const lessons = new Set(course.locales.flatMap((locale) => lessonIdsOf(locale).map((id) => `${locale}/${id}.html`)));

const browser = sharedBrowser();
let context: BrowserContext;
beforeAll(async () => {
  context = await newContext(browser(), { axe: true });
});
afterAll(() => context?.close());

describe.concurrent('accessibility', () => {
  it.for(pages)('%s has no axe violations and a language', async (file, { expect }) => {
    const page = await context.newPage();
    const lesson = lessons.has(file);
    if (lesson) await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${inject('baseUrl')}/course/${file}`);
    if (await page.locator('#lesson-frame').count()) {
      await page.frameLocator('#lesson-frame').locator('h1').waitFor();
    }
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
    if (lesson) {
      await islandsReady(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'wider than the phone').toBeLessThanOrEqual(0);
    }
    expect(await axeViolations(page, [...WCAG, 'best-practice'])).toEqual([]);
    await page.close();
  });
});
