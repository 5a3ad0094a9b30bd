// Every lesson on paper, as a learner prints it (Ctrl+P prints the lesson's own page, see
// src/shell/print-lesson.ts): upright, no blank page, none of the controls that only work on
// screen, and every key-term card holding its meaning. In English and Czech on A4, and in Portuguese on Letter.
import { describe, inject, it } from 'vitest';
import { lessonPath } from '../../src/course/paths.ts';
import { lessonIdsOf } from '../support/course-run.ts';
import { islandsReady, newContext } from '../support/page.ts';
import { DIALOG_MARGIN, readPdf, squash } from '../support/pdf.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { uiStrings } from '../support/ui-strings.ts';

const browser = sharedBrowser();

describe.concurrent.each([
  ['en', 'A4'],
  ['cs', 'A4'],
  ['pt-BR', 'Letter'],
])('in %s on %s', (locale, format) => {
  it('prints each lesson upright, without a blank page or a screen-only control', async ({ expect }) => {
    const context = await newContext(browser());
    const page = await context.newPage();
    // Laid out for paper from the start, as it is printed, so its layout can be read too.
    await page.emulateMedia({ media: 'print' });
    // Check answer, the hint to drag cards, and the arrows that move an item up or down.
    const screenOnly = [uiStrings(locale)['question.check']!, uiStrings(locale)['question.placeHint']!, '↑', '↓'].map(squash);
    for (const lesson of lessonIdsOf(locale)) {
      await page.goto(`${inject('baseUrl')}/course/${lessonPath(locale, lesson)}`);
      await islandsReady(page);
      const { sizes, pageTexts, text } = await readPdf(new Uint8Array(await page.pdf({ format, margin: DIALOG_MARGIN })));
      expect(sizes.filter(({ width, height }) => width >= height), `${lesson}: landscape pages`).toEqual([]);
      expect(pageTexts.flatMap((text, i) => (text ? [] : [i + 1])), `${lesson}: blank pages`).toEqual([]);
      expect(screenOnly.filter((words) => text.includes(words)), `${lesson}: screen-only controls`).toEqual([]);
      // A key-term card holds its meaning: none runs out over what follows.
      const spilt = await page.locator('.flip-card').evaluateAll((cards) =>
        cards.filter((card) => card.lastElementChild!.getBoundingClientRect().bottom > card.getBoundingClientRect().bottom + 1).map((card) => card.textContent),
      );
      expect(spilt, `${lesson}: key-term cards`).toEqual([]);
    }
    await context.close();
  });
});
