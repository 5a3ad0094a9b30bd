// The pseudo-locale (en-XA) runs a third longer than English, in brackets, every letter
// accented. On its pages at a small phone's width, nothing is cut or runs off the side, and no
// plain English shows: a word without accents is a string that bypassed translation.
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { islandsReady, newContext } from '../support/page.ts';
import { dist } from '../support/preview.ts';
import { sharedBrowser } from '../support/shared-browser.ts';

const pseudo = course.pseudoLocale!;
const browser = sharedBrowser();
/**
 * The launch page and every page of the pseudo-locale but the rooms and presenter views of other
 * cards than the payroll case: each card's room is walked at 720p in workshop.test.ts.
 */
const pages = [
  `start-${pseudo}.html`,
  ...readdirSync(`${dist}/${pseudo}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && (!/^workshop\/(presenter\/)?[a-z-]+\.html$/.test(f) || /(payroll-cutoff|guide)\.html$/.test(f)))
    .map((f) => `${pseudo}/${f}`)
    .sort(),
];

/**
 * What a page shows or says that is plain English (words with a vowel and no accent), and the
 * text that is cut or runs off the page. Text and labels: what a learner sees and hears.
 */
const inspect = (page: Page) =>
  page.evaluate(() => {
    const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest('script, style, template, [hidden], [aria-hidden="true"]') && shown(parent)) texts.push(node.nodeValue ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) texts.push(el.getAttribute(name) ?? '');
    }
    texts.push(document.title);
    // Intl's words: to Intl the pseudo-locale is English (US$125,000, 15 min).
    const intl = new Set(['US', 'min']);
    const english = [...new Set(texts.join(' ').match(/\b[A-Za-z]*[AEIOUYaeiouy][A-Za-z]*\b/g) ?? [])].filter((w) => w.length > 1 && !intl.has(w));
    const cut = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        // Shown, clipped on purpose (not an ellipsis, not text only for screen readers).
        if (!shown(el) || style.textOverflow === 'ellipsis' || el.clientWidth <= 1 || el.clientHeight <= 1 || !/(hidden|clip)/.test(style.overflowX + style.overflowY)) return false;
        const direct = [...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue!.trim());
        return direct && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
      })
      .map((el) => `${el.localName}.${[...el.classList].join('.')}: “${el.textContent!.trim().slice(0, 40)}”`);
    const wide = document.scrollingElement!.scrollWidth > innerWidth + 1;
    return { english, cut, wide };
  });

/** Two tabs that go from page to page, as many as the tests that run at once: a new tab costs a process. */
let context: Awaited<ReturnType<typeof newContext>>;
const tabs: Page[] = [];
beforeAll(async () => {
  context = await newContext(browser(), { viewport: { width: 320, height: 568 }, locale: pseudo });
  tabs.push(await context.newPage(), await context.newPage());
});
afterAll(() => context?.close());

describe.concurrent(`the pseudo-locale, ${pseudo}, at 320 px`, () => {
  it.for(pages)('%s shows no plain English, cuts no text and does not scroll sideways', async (path, { expect }) => {
    const page = tabs.pop()!;
    try {
      await page.goto(`${inject('baseUrl')}/course/${path}`);
      await islandsReady(page);
      if (path.startsWith('start-')) {
        await page.frameLocator('#lesson-frame').locator('h1').waitFor();
        expect(await page.frame({ name: 'lesson' })!.evaluate(() => document.documentElement.lang)).toBe(pseudo);
      }
      expect(await inspect(page)).toEqual({ english: [], cut: [], wide: false });
    } finally {
      tabs.push(page);
    }
  });
});
