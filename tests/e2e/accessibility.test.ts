// axe (WCAG 2.2 A and AA rules, and axe's best practices) on the pages of the build, each in
// its own language: every launch page, certificate, workshop index and guide in every
// language; every lesson in the source language and Czech, and in one of the other languages
// in turn, so each lesson is checked in three languages and each language on its share of the
// lessons. (A lesson has the same blocks in every language: a translation that did not could
// not be exported, see tests/unit/translations.test.ts; and at 320 px every lesson is checked
// in the pseudo-locale, longer than any language, in pseudo-locale.test.ts.) The rules that hang on colour run in the light theme and in the dark one, in the
// source language and the longest. A workshop room and its presenter view are one template
// filled with a card: every card in the source language, one card in each other language
// (workshop.test.ts checks the rooms with everything revealed). Pages are independent, so
// several are checked at once. Lessons are checked as a 360 px phone shows them, where they
// must also fit the screen's width (Czech and Portuguese run long): a learner's phone is
// where a lesson is most likely to break. A few tabs go from page to page: a tab per page
// would cost a browser process each.
import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { shellPath } from '../../src/course/paths.ts';
import { lessonIdsOf } from '../support/course-run.ts';
import { axeViolations, COLOUR_RULES, islandsReady, newContext, WCAG } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { dist } from '../support/preview.ts';

/**
 * Pages checked: all but the workshop rooms and presenter views of other cards than the payroll
 * case in other languages than the source, and the pseudo-locale's (pseudo-locale.test.ts).
 */
const WORKSHOP_CARD = /^([a-zA-Z-]+)\/workshop\/(?:presenter\/)?([a-z-]+)\.html$/;
const pseudo = course.pseudoLocale;
/** Every lesson in these; each other language has every third lesson. */
const EVERY_LESSON = new Set([course.sourceLocale, 'cs']);
const inTurn = course.locales.filter((l) => !EVERY_LESSON.has(l));
const lessonsInTurn = new Set(inTurn.flatMap((locale) => lessonIdsOf(locale).map((id) => `${locale}/${id}.html`)));
const lessonTurn = new Set(inTurn.flatMap((locale, i) => lessonIdsOf(locale).filter((_, n) => n % inTurn.length === i).map((id) => `${locale}/${id}.html`)));
const sampled = (file: string) => {
  if (pseudo && (file.startsWith(`${pseudo}/`) || file === shellPath(pseudo))) return false;
  if (lessonsInTurn.has(file)) return lessonTurn.has(file);
  const [, locale, card] = WORKSHOP_CARD.exec(file) ?? [];
  return !locale || card === 'guide' || locale === course.sourceLocale || card === 'payroll-cutoff';
};

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && sampled(f))
  .sort();

/**
 * Colours come from the theme, not the language: contrast is checked, in the light theme and
 * the dark, in the source language and in Czech, whose longer words wrap differently.
 */
const COLOURS_CHECKED = new Set([course.sourceLocale, 'cs']);
const localeOf = (file: string) => (course.locales.find((locale) => file.startsWith(`${locale}/`) || file === shellPath(locale)) ?? course.sourceLocale);

const lessons = new Set(course.locales.flatMap((locale) => lessonIdsOf(locale).map((id) => `${locale}/${id}.html`)));

const browser = sharedBrowser();
let context: BrowserContext;
/** Tabs that go from page to page: a new tab per page costs the browser a process each time. */
const idle: Page[] = [];
const waiting: Array<(page: Page) => void> = [];
/** As many as the tests that run at once (maxConcurrency in vitest.config.ts). */
const TABS = 2;
let opened = 0;
async function takeTab(): Promise<Page> {
  const page = idle.pop();
  if (page) return page;
  if (opened < TABS) {
    opened += 1;
    return context.newPage();
  }
  return new Promise((give) => waiting.push(give));
}
function returnTab(page: Page): void {
  const next = waiting.shift();
  if (next) next(page);
  else idle.push(page);
}
beforeAll(async () => {
  context = await newContext(browser(), { axe: true });
});
afterAll(() => context?.close());

describe.concurrent('accessibility', () => {
  it.for(pages)('%s has no axe violations and a language', async (file, { expect }) => {
    const page = await takeTab();
    try {
      const lesson = lessons.has(file);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(lesson ? { width: 360, height: 740 } : { width: 1280, height: 720 });
      await page.goto(`${inject('baseUrl')}/course/${file}`);
      if (await page.locator('#lesson-frame').count()) {
        await page.frameLocator('#lesson-frame').locator('h1').waitFor();
      }
      expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
      if (lesson) {
        await islandsReady(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'wider than the phone').toBeLessThanOrEqual(0);
      }
      const colours = COLOURS_CHECKED.has(localeOf(file));
      expect(await axeViolations(page, [...WCAG, 'best-practice'], { skip: colours ? [] : COLOUR_RULES.rules })).toEqual([]);
      if (colours) {
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, COLOUR_RULES), 'in the dark theme').toEqual([]);
      }
    } finally {
      returnTab(page);
    }
  });
});
