// Every lesson fits a phone's width in every locale: no sideways scrolling, whatever the
// length of the words (Czech and Portuguese run long).
import { describe, expect, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { lessonIdsOf } from '../support/course-run.ts';
import { newContext } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';

const browser = sharedBrowser();

describe.each(course.locales)('on a 360 px phone, in %s', (locale) => {
  it('no lesson is wider than the screen', async () => {
    const context = await newContext(browser(), { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const lesson of lessonIdsOf(locale)) {
      await page.goto(`${inject('baseUrl')}/course/${locale}/${lesson}.html`);
      await page.waitForFunction(() => !document.querySelector('[data-island]:not([data-hydrated])'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) tooWide.push(`${lesson}: ${overflow}px`);
    }
    expect(tooWide).toEqual([]);
    await context.close();
  });
});
