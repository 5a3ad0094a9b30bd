// The launch page itself: every word in the learner's language, whichever they switch to, and
// a whole page (a main landmark, a heading) even while its lesson is still loading.
import { expect, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { axeViolations, newContext, WCAG } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { openPreview } from '../support/preview.ts';
import { uiStrings } from '../support/ui-strings.ts';

const browser = sharedBrowser();


it('speaks the language the learner switches to, every word of it', async () => {
  const lms = await openPreview(browser(), inject('baseUrl'));
  await lms.launch(`${course.id}-all-scorm2004.zip`, { learnerLanguage: 'en' });
  await lms.shell.locator('#languages a[hreflang="cs"]').click();
  await lms.lesson.locator('html[lang="cs"] h1').waitFor();
  await lms.shell.locator('html[lang="cs"]').waitFor();

  // The shell's English words, each part around a {{placeholder}}, where Czech says it otherwise.
  const en = uiStrings('en');
  const cs = uiStrings('cs');
  const english = Object.keys(en)
    .filter((key) => (key.startsWith('shell.') || key === 'course.title') && en[key] !== cs[key])
    .flatMap((key) => en[key]!.split(/\{\{\w+\}\}/))
    .map((part) => part.trim())
    .filter((part) => part.length > 3);
  const words = await lms.shell.locator('html').evaluate((html) => {
    const doc = html.ownerDocument;
    return [
      doc.title,
      // Each language's own name stays as it is.
      ...[...doc.querySelectorAll('body *:not(script):not(noscript):not(#languages *)')].flatMap((el) => [
        ...[...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? ''),
        el.getAttribute('aria-label') ?? '',
        el.getAttribute('title') ?? '',
      ]),
    ].map((w) => w.trim()).filter(Boolean);
  });
  expect(words.filter((word) => english.some((part) => word.includes(part)))).toEqual([]);
  expect(words).toEqual(expect.arrayContaining([cs['shell.skipToLesson'], cs['shell.lessonNavigation'], cs['shell.savedInLms']]));
  await lms.page.context().close();
});

it('is a whole page on its own while the lesson is still on its way', async () => {
  const context = await newContext(browser(), { axe: true });
  const page = await context.newPage();
  // Lessons never arrive: the launch page stands alone, as it does in front of a slow LMS.
  await page.route(/\/course\/[a-zA-Z-]+\/[^/]+\.html$/, () => {});
  await page.goto(`${inject('baseUrl')}/course/index.html`, { waitUntil: 'domcontentloaded' });
  await page.locator('#contents a').first().waitFor();
  expect(await page.locator('main').count()).toBe(1);
  expect(await page.locator('h1').count()).toBe(1);
  const found = await axeViolations(page, [...WCAG, 'best-practice']);
  expect(found.filter((v) => !v.startsWith('frame-tested'))).toEqual([]);
  await context.close();
});
