// The end of the course: the learner's result, what to do after a failed test, and the
// certificate, on screen and on paper (A4 and Letter), in two languages.
import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { longDay } from '../../src/i18n/format.ts';
import { dayOf } from '../../src/state/completion.ts';
import { encodeSnapshot } from '../../src/state/snapshot.ts';
import { finishedState } from '../support/course-run.ts';
import { axeViolations, newContext } from '../support/page.ts';
import { readPdf, squash } from '../support/pdf.ts';
import { chooseInContents, firstLessonOpened } from '../support/preview.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { uiStrings } from '../support/ui-strings.ts';

const browser = sharedBrowser();

/** The launch page of `locale`, with a learner's saved work in the browser, as they left it. */
async function openCourse(locale: string, best: number) {
  const context = await newContext(browser(), { axe: true, locale, viewport: { width: 1024, height: 760 } });
  // Once: a reload finds what the learner has saved since.
  await context.addInitScript(
    ([key, saved]) => localStorage.getItem(key) ?? localStorage.setItem(key, JSON.stringify({ suspendData: saved })),
    [`course:${course.id}`, encodeSnapshot(finishedState(locale, best, '2026-11-30'))] as const,
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${inject('baseUrl')}/course/start-${locale}.html`);
  await page.frameLocator('#lesson-frame').locator('h1').waitFor();
  await firstLessonOpened(page);
  return { context, page, errors, lesson: page.frameLocator('#lesson-frame') };
}

const lessonFrame = (page: Page) => page.frame({ name: 'lesson' })!;

describe.concurrent.each(['en', 'cs'])('in %s', (locale) => {
  const words = uiStrings(locale);
  const percent = (n: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(n / 100);

  it('leads from a passed test to the result, and to a certificate that prints on one page of A4 or Letter', async ({ expect }) => {
    const { context, page, errors, lesson } = await openCourse(locale, 90);
    // Next after the final test is the result, not the glossary.
    expect(await page.locator('#next').getAttribute('href')).toMatch(/your-result\.html$/);
    await page.locator('#next').click();
    const result = lesson.locator('.result[data-result="complete"]');
    await result.waitFor();
    const shown = await result.textContent();
    expect(shown).toContain(percent(90));
    expect(shown).toContain(new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(2026, 10, 30)));
    expect(await lesson.locator('.result-plan li').count()).toBeGreaterThan(0);
    expect(await axeViolations(lessonFrame(page))).toEqual([]);

    await result.locator('a.button').click();
    const name = lesson.locator('#certificate-name');
    // No LMS here: the learner types their name, and the certificate shows it as they type.
    await name.fill('Jana Nováková');
    await lesson.locator('.certificate-name', { hasText: 'Jana Nováková' }).waitFor();
    expect(await axeViolations(lessonFrame(page))).toEqual([]);

    // What the frame prints: its own document and print style. Served again as it stands,
    // without scripts, so a page of its own can be printed the same way.
    const html = await lessonFrame(page).content();
    const url = lessonFrame(page).url();
    const printing = await newContext(browser(), { javaScriptEnabled: false });
    const print = await printing.newPage();
    await print.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await print.goto(url);
    for (const format of ['A4', 'Letter']) {
      const { pages, sizes, text } = await readPdf(new Uint8Array(await print.pdf({ format, preferCSSPageSize: true, printBackground: true })));
      expect(pages, format).toBe(1);
      expect(sizes[0]!.width, `${format} landscape`).toBeGreaterThan(sizes[0]!.height);
      for (const wanted of ['Jana Nováková', words['course.title']!, percent(90), longDay(locale, '2026-11-30')]) expect(text).toContain(squash(wanted));
      for (const control of [words['certificate.print']!, words['certificate.nameLabel']!, words['certificate.back']!]) expect(text).not.toContain(squash(control));
    }
    await printing.close();

    // The name is kept with the learner's work: back later, it is still there.
    await page.reload();
    await chooseInContents(page, '#contents a[href$="/your-result.html"]');
    await lesson.locator('.result[data-result="complete"] a.button').click();
    await lesson.locator('.certificate-name', { hasText: 'Jana Nováková' }).waitFor();

    // The plan, printed, says whose it is and when, and no longer says to print it.
    await chooseInContents(page, '#contents a[href$="/summary.html"]');
    const plan = lesson.locator('.action-plan-result');
    await plan.waitFor();
    await lessonFrame(page).evaluate(() => {
      document.documentElement.dataset.print = 'plan';
    });
    await page.emulateMedia({ media: 'print' });
    const heading = await plan.locator('.print-context').textContent();
    for (const wanted of [words['course.title']!, 'Jana Nováková', longDay(locale, dayOf(new Date()))]) expect(heading).toContain(wanted);
    expect(await plan.locator('.action-plan-advice').isVisible()).toBe(false);
    expect(await lesson.locator('h1').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after a failed test, says what to do and leads back to the test, with no certificate', async ({ expect }) => {
    const { context, page, errors, lesson } = await openCourse(locale, 53);
    await page.locator('#next').click();
    const result = lesson.locator('.result[data-result="not-passed"]');
    await result.waitFor();
    expect(await result.textContent()).toContain(percent(53));
    expect(await result.locator('a.button').getAttribute('href')).toMatch(/final-test\.html$/);
    expect(await axeViolations(lessonFrame(page))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
