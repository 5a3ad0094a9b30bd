// The lesson gets the screen: the launch page, from a small phone to a 1080p screen and in
// the frames LMSs give a course, has one scroll area (the lesson), gives it most of the
// height, keeps progress and the way on in view, and does not move as it starts. Czech and
// Portuguese run long: they are measured, and so is the pseudo-locale, 35 % longer than English.
// (That every lesson fits a phone's width is checked with axe, in accessibility.test.ts, and in
// the pseudo-locale in pseudo-locale.test.ts.)
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { launchBrowser } from '../support/browser.ts';
import { newContext } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';

const browser = sharedBrowser();
/**
 * Layout shift hangs on when a browser paints: measured in the whole browser, as learners have
 * it. The headless shell that runs the other tests paints a framed page once before its styles
 * apply when the machine is busy, which a learner's browser does not.
 */
let wholeBrowser: Browser;
beforeAll(async () => {
  wholeBrowser = await launchBrowser({ shell: false });
});
afterAll(() => wholeBrowser?.close());

/** Phones, the frames LMSs give a course (Moodle's beside its own contents is 714 × 666), laptops, a 1080p screen. */
const SIZES = [
  [320, 568],
  [390, 844],
  [714, 666],
  [800, 600],
  [1024, 700],
  [1366, 768],
  [1920, 1080],
] as const;

/** The elements of a document that scroll: shown, set to scroll, and holding more than they show. */
const scrollers = (frame: Page | Frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.visibility !== 'visible' || (el as HTMLElement).offsetParent === null) return false;
        const y = /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        const x = /(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        return x || y;
      })
      .map((el) => el.id || el.className || el.tagName)
      .concat(document.scrollingElement!.scrollHeight > innerHeight + 1 || document.scrollingElement!.scrollWidth > innerWidth + 1 ? ['the page itself'] : []),
  );

/** The launch page a language opens with: the multi-language one, or the pseudo-locale's own (it is in no language menu). */
const launchPage = (locale: string) => (locale === course.pseudoLocale ? `start-${locale}.html` : 'index.html');

describe.concurrent.each(['en', 'cs', 'pt-BR', course.pseudoLocale!])('the launch page in %s', (locale) => {
  it('has one scroll area, the lesson, with most of the height and progress and the way on in view', async ({ expect }) => {
    const context = await newContext(browser(), { locale });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${launchPage(locale)}`);
    await page.frameLocator('#lesson-frame').locator('h1').waitFor();
    const lesson = page.frame({ name: 'lesson' })!;
    const found: string[] = [];
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      const size = `${width}×${height}`;
      const inShell = await scrollers(page);
      if (inShell.length) found.push(`${size}: the launch page scrolls (${inShell.join(', ')})`);
      const inLesson = await scrollers(lesson);
      if (inLesson.join() !== 'the page itself') found.push(`${size}: in the lesson, ${inLesson.join(', ') || 'nothing'} scrolls`);
      const share = (await page.locator('#lesson-frame').boundingBox())!.height / height;
      if (share < 0.8) found.push(`${size}: the lesson has ${Math.round(share * 100)} % of the height`);
      for (const what of ['#next', '#progress-percent']) {
        const box = (await page.locator(what).boundingBox())!;
        if (box.y < 0 || box.y + box.height > height || box.x < 0 || box.x + box.width > width) found.push(`${size}: ${what} is off the screen`);
      }
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('does not move as it starts: everything is in the page as built', async ({ expect }) => {
    const context = await newContext(wholeBrowser, { locale, viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      const shifts: Array<{ value: number; moved: string[] }> = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> }>) {
          const name = (node?: Node | null) => (node instanceof Element ? `${node.localName}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')}` : String(node?.nodeName));
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, moved: entry.sources.map((s) => `${name(s.node)} at ${Math.round(entry.startTime)} ms`) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      Object.assign(window, { layoutShifts: shifts });
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${launchPage(locale)}`);
    await page.frameLocator('#lesson-frame').locator('[data-hydrated]').first().waitFor();
    // Two frames drawn after the lesson is ready: any late move has been recorded.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    type Shift = { value: number; moved: string[] };
    const shifts = (frame: Page | Frame) => frame.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
    // The launch page and its lesson together, as a learner sees them.
    const all = [...(await shifts(page)), ...(await shifts(page.frame({ name: 'lesson' })!))];
    const total = all.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, all.flatMap((shift) => shift.moved).join(', ')).toBeLessThan(0.05);
    await context.close();
  });
});
