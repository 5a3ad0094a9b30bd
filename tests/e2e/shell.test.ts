// The launch page itself: every word in the learner's language, whichever they switch to, a
// whole page (a main landmark, a heading) even while its lesson is still loading, its contents
// drawer, and what it prints.
import { expect, inject, it } from 'vitest';
import { course } from '../../src/course/config.ts';
import { axeViolations, islandsReady, newContext, WCAG } from '../support/page.ts';
import { DIALOG_MARGIN, readPdf, squash } from '../support/pdf.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { chooseInContents, firstLessonOpened, openPreview } from '../support/preview.ts';
import { uiStrings } from '../support/ui-strings.ts';

const browser = sharedBrowser();


it('speaks the language the learner switches to, every word of it', async () => {
  const lms = await openPreview(browser(), inject('baseUrl'));
  await lms.launch(`${course.id}-all-scorm2004.zip`, { learnerLanguage: 'en' });
  await chooseInContents(lms.shell, '#languages a[hreflang="cs"]');
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
  // The shell's script has run: its status line speaks.
  await page.locator('#status:not(:empty)').waitFor({ state: 'attached' });
  expect(await page.locator('main').count()).toBe(1);
  expect(await page.locator('h1').count()).toBe(1);
  const found = await axeViolations(page, [...WCAG, 'best-practice']);
  expect(found.filter((v) => !v.startsWith('frame-tested'))).toEqual([]);
  await context.close();
});

it('opens the contents as a drawer on a phone: keyboard in, focus kept inside, Escape out', async () => {
  const context = await newContext(browser(), { axe: true, viewport: { width: 390, height: 844 }, locale: 'pt-BR' });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/course/index.html`);
  await firstLessonOpened(page);
  const toggle = page.locator('#contents-toggle');
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href') || document.activeElement?.tagName);

  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('contents-toggle');
  await page.keyboard.press('Enter');
  await page.locator('#contents-panel[role="dialog"][aria-modal="true"]').waitFor();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  // Focus lands on the lesson the learner is in.
  expect(await focused()).toMatch(/introduction\.html$/);
  expect(await axeViolations(page, [...WCAG, 'best-practice'])).toEqual([]);

  // Round and round inside: back from the first control to the last, and on to the first again.
  await page.locator('#contents-close').focus();
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).not.toBe('contents-close');
  expect(await page.evaluate(() => !!document.activeElement?.closest('#contents-panel'))).toBe(true);
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('contents-close');
  // The rest of the page cannot be reached meanwhile.
  expect(await page.locator('#stage').evaluate((stage) => (stage as HTMLElement).inert)).toBe(true);

  await page.keyboard.press('Escape');
  await page.locator('#contents-panel:not([role])').waitFor({ state: 'attached' });
  expect(await focused()).toBe('contents-toggle');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await page.locator('#stage').evaluate((stage) => (stage as HTMLElement).inert)).toBe(false);

  // A lesson chosen in the drawer opens, and the drawer gets out of the way.
  await toggle.click();
  await page.locator('#contents a[href$="/summary.html"]').click();
  await page.frameLocator('#lesson-frame').locator('html[data-lesson-id="summary"] h1:focus').waitFor();
  expect(await page.locator('#contents-panel').getAttribute('role')).toBeNull();
  await context.close();
});

it('prints the lesson, not the page around it: Ctrl+P prints the lesson’s own page; the browser’s menu, the whole lesson without the course’s bar and buttons', async () => {
  const context = await newContext(browser(), { viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/course/start-en.html`);
  await firstLessonOpened(page);
  // A lesson opened later, as the learner goes on: the shell listens in every lesson it shows.
  await chooseInContents(page, '#contents a[href$="/inverted-pyramid.html"]');
  const lesson = page.frameLocator('#lesson-frame');
  await lesson.locator('html[data-lesson-id="inverted-pyramid"] h1:focus').waitFor();
  const lessonWindow = page.frame({ name: 'lesson' })!;
  await islandsReady(lessonWindow);

  // Which window's print() the shortcut calls, from the shell and from inside the lesson.
  const countPrints = () => {
    const counted = window as Window & { prints?: number };
    counted.print = () => void (counted.prints = (counted.prints ?? 0) + 1);
  };
  const prints = () => (window as Window & { prints?: number }).prints ?? 0;
  await page.evaluate(countPrints);
  await lessonWindow.evaluate(countPrints);
  await lesson.locator('h1').press('Control+p');
  await page.locator('#next').press('Control+p');
  expect(await lessonWindow.evaluate(prints)).toBe(2);
  expect(await page.evaluate(prints)).toBe(0);

  // The menu's Print prints the top page: the lesson to its last words, no blank sheet after
  // them, and none of the chrome.
  const lastWords = await lesson.locator('main p').last().textContent();
  const chrome = [await page.locator('#next .pager-title').textContent(), await page.locator('#progress-text').textContent()];
  const { pages, pageTexts, text } = await readPdf(new Uint8Array(await page.pdf({ format: 'A4', margin: DIALOG_MARGIN })));
  expect(pages).toBeGreaterThan(1);
  expect(pageTexts.filter((words) => !words)).toEqual([]);
  expect(text).toContain(squash(lastWords!));
  for (const words of chrome) expect(text).not.toContain(squash(words!));
  // And the screen is as it was: the frame's size, and the lesson's print rules for paper only.
  expect(await page.locator('#lesson-frame').evaluate((frame) => frame.style.cssText)).toBe('');
  expect(await lesson.locator('.question button[type="submit"]').first().isVisible()).toBe(true);

  // What Ctrl+P prints: the lesson's own page, on upright paper (only the certificate turns it).
  const alone = await context.newPage();
  await alone.goto(lessonWindow.url());
  const printed = await readPdf(new Uint8Array(await alone.pdf({ format: 'A4' })));
  expect(printed.sizes.every(({ width, height }) => width < height)).toBe(true);
  expect(printed.text).toContain(squash(lastWords!));
  await context.close();
});
