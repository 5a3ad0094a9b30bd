// axe on every lesson in every locale once each activity is done: feedback, debriefs,
// the action plan and the final test's review are on screen. Apart from accessibility.test.ts
// so the two run side by side.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { launchBrowser } from '../support/browser.ts';
import { completeLesson, lessonIdsOf } from '../support/course-run.ts';
import { axeViolations } from '../support/page.ts';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(() => browser?.close());

describe.each(course.locales)('accessibility with every activity done, in %s', (locale) => {
  it('no lesson has axe violations once its questions show feedback and its scenarios their debrief', async () => {
    const page = await context.newPage();
    const found: string[] = [];
    for (const lesson of lessonIdsOf(locale)) {
      await page.goto(`${inject('baseUrl')}/course/${locale}/${lesson}.html`);
      await completeLesson(page, page, locale, lesson);
      found.push(...(await axeViolations(page)).map((v) => `${lesson}: ${v}`));
    }
    expect(found).toEqual([]);
    await page.close();
  });
});
