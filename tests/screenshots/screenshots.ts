// `npm run screenshots`: every lesson in every locale, as a phone (in the light and the dark
// theme), a laptop and a typical LMS frame (1024×700) show it; the launch page at every size it serves, its contents drawer, the
// learner's result and certificate (on screen and printed); and the workshop mode as a
// trainer sees it on 720p, laptop and 1080p screens. For review. Builds first; writes
// screenshots/ with an index.html.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startServer } from '../../scorm/preview/server.ts';
import { course } from '../../src/course/config.ts';
import { workshopPath } from '../../src/course/paths.ts';
import { encodeSnapshot } from '../../src/state/snapshot.ts';
import { launchBrowser } from '../support/browser.ts';
import { finishedState, lessonIdsOf } from '../support/course-run.ts';
import { chooseInContents } from '../support/preview.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'screenshots');

/** Lesson pages alone, scrolled whole; the LMS frame shows the shell as a learner first sees it. */
const VIEWS = [
  { name: 'phone', width: 390, height: 844, fullPage: true, inShell: false, colorScheme: 'light' },
  { name: 'phone-dark', width: 390, height: 844, fullPage: true, inShell: false, colorScheme: 'dark' },
  { name: 'laptop', width: 1366, height: 768, fullPage: true, inShell: false, colorScheme: 'light' },
  { name: 'lms-frame', width: 1024, height: 700, fullPage: false, inShell: true, colorScheme: 'light' },
] as const;

const hydrated = (page: Page | Frame) => page.waitForFunction(() => !document.querySelector('[data-island]:not([data-hydrated])'));

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
rmSync(out, { recursive: true, force: true });
const server = await startServer();
const browser = await launchBrowser();
const shots: Array<{ locale: string; lesson: string; view: string; file: string }> = [];
const problems: string[] = [];

try {
  for (const locale of course.locales) {
    mkdirSync(join(out, locale), { recursive: true });
    for (const view of VIEWS) {
      const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, locale, reducedMotion: 'reduce', colorScheme: view.colorScheme });
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`${locale} ${view.name}: ${e.message}`));
      for (const [i, lesson] of lessonIdsOf(locale).entries()) {
        const file = `${locale}/${String(i + 1).padStart(2, '0')}-${lesson}-${view.name}.png`;
        if (view.inShell) {
          await page.goto(`${server.url}/course/index.html`);
          await chooseInContents(page, `#languages a[hreflang="${locale}"]`);
          await page.frameLocator('#lesson-frame').locator(`html[lang="${locale}"]`).waitFor();
          await chooseInContents(page, `#contents a[href$="/${lesson}.html"]`);
          await page.frameLocator('#lesson-frame').locator(`html[data-lesson-id="${lesson}"] h1:focus`).waitFor();
        } else {
          await page.goto(`${server.url}/course/${locale}/${lesson}.html`);
          await hydrated(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${file}: ${overflow}px wider than the screen`);
        }
        await page.screenshot({ path: join(out, file), fullPage: view.fullPage });
        shots.push({ locale, lesson, view: view.name, file });
      }
      await context.close();
    }
  }
  // The launch page itself at every size it must serve (phones, LMS frames, laptops, a 1080p
  // screen), and its contents drawer open where there is one.
  const SHELL_SIZES = [[390, 844], [714, 666], [800, 600], [1024, 700], [1366, 768], [1920, 1080]] as const;
  for (const locale of course.locales) {
    const context = await browser.newContext({ locale, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`${locale} launch page: ${e.message}`));
    await page.goto(`${server.url}/course/start-${locale}.html`);
    await page.frameLocator('#lesson-frame').locator('h1').waitFor();
    await hydrated(page.frame({ name: 'lesson' })!);
    for (const [width, height] of SHELL_SIZES) {
      await page.setViewportSize({ width, height });
      const shoot = async (name: string) => {
        const file = `${locale}/launch-${name}-${width}x${height}.png`;
        await page.screenshot({ path: join(out, file) });
        shots.push({ locale, lesson: 'launch page', view: `${name} ${width}×${height}`, file });
      };
      await shoot('page');
      const toggle = page.locator('#contents-toggle');
      if ((width === 390 || width === 714) && (await toggle.isVisible())) {
        await toggle.click();
        await page.locator('#contents-panel[role="dialog"]').waitFor();
        await shoot('contents');
        await page.keyboard.press('Escape');
      }
    }
    await context.close();
  }
  // The end of the course, for a learner who passed: their result on a phone and a laptop,
  // the certificate with the name they typed, and the certificate as it prints (A4 landscape).
  for (const locale of course.locales) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale, reducedMotion: 'reduce' });
    await context.addInitScript(
      ([key, saved]) => localStorage.getItem(key) ?? localStorage.setItem(key, JSON.stringify({ suspendData: saved })),
      [`course:${course.id}`, encodeSnapshot(finishedState(locale, 90, '2026-11-30'))] as const,
    );
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`${locale} result: ${e.message}`));
    const shoot = async (name: string) => {
      const file = `${locale}/end-${name}.png`;
      await page.screenshot({ path: join(out, file) });
      shots.push({ locale, lesson: 'result and certificate', view: name, file });
    };
    await page.goto(`${server.url}/course/start-${locale}.html`);
    const lesson = page.frameLocator('#lesson-frame');
    await lesson.locator('h1').waitFor();
    await page.locator('#next').click();
    await lesson.locator('.result[data-result="complete"]').waitFor();
    await shoot('result-390x844');
    await page.setViewportSize({ width: 1366, height: 768 });
    await shoot('result-1366x768');
    await lesson.locator('.result a.button').click();
    await lesson.locator('#certificate-name').fill(locale === 'cs' ? 'Jana Nováková' : 'Maria Oliveira Santos');
    await shoot('certificate-1366x768');
    await page.setViewportSize({ width: 1123, height: 794 });
    await page.emulateMedia({ media: 'print' });
    await shoot('certificate-printed');
    await context.close();
  }
  // Workshop mode, as a trainer sees it: the index, a decision on a 1280×720 projector with
  // everything revealed, the discussion on 1080p, the results on a laptop, the presenter
  // view, and the handout as it prints.
  for (const locale of course.locales) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`${locale} workshop: ${e.message}`));
    const shoot = async (name: string, fullPage = false) => {
      const file = `${locale}/workshop-${name}.png`;
      await page.screenshot({ path: join(out, file), fullPage });
      shots.push({ locale, lesson: 'workshop', view: name, file });
    };
    await page.goto(`${server.url}/course/${workshopPath.index(locale)}`);
    await shoot('index', true);
    await page.goto(`${server.url}/course/${workshopPath.room(locale, 'payroll-cutoff')}`);
    await hydrated(page);
    await shoot('title');
    // Too early: a vote before the options are up says why it does not count.
    for (const key of ['ArrowRight', 'ArrowRight', '1']) await page.keyboard.press(key);
    await page.locator('.room-notice:not(:empty)').waitFor();
    await shoot('vote-too-early');
    for (const key of ['ArrowRight', '1', '1', '3', 'ArrowRight']) await page.keyboard.press(key);
    await shoot('decision');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('ArrowRight');
    await shoot('discussion-1920x1080');
    await page.setViewportSize({ width: 1366, height: 768 });
    while (await page.locator('.room-controls .button:not(.button-quiet)').isEnabled()) await page.keyboard.press('ArrowRight');
    await shoot('results-1366x768');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${server.url}/course/${workshopPath.presenter(locale, 'payroll-cutoff')}`);
    await hydrated(page);
    await shoot('presenter');
    await page.goto(`${server.url}/course/${workshopPath.room(locale, 'payroll-cutoff')}`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await shoot('handout', true);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// One page to look through them all, a row per lesson.
const rows = course.locales.map((locale) => {
  const lessons = [...new Set(shots.filter((s) => s.locale === locale).map((s) => s.lesson))];
  const cells = lessons.map((lesson) => {
    const images = shots.filter((s) => s.locale === locale && s.lesson === lesson).map((s) => `<a href="${s.file}"><img src="${s.file}" alt="${s.view}" loading="lazy"></a>`);
    return `<tr><th>${lesson}</th><td>${images.join('')}</td></tr>`;
  });
  return `<h2 id="${locale}">${locale}</h2><table>${cells.join('')}</table>`;
});
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Screenshots</title><style>body{font-family:system-ui;margin:2rem}img{height:220px;margin:0 .5rem .5rem 0;border:1px solid #ccc;object-fit:cover;object-position:top}th{text-align:left;vertical-align:top;padding-right:1rem}</style><h1>Every lesson, every locale</h1><p>${course.locales.map((l) => `<a href="#${l}">${l}</a>`).join(' · ')}</p>${rows.join('')}</html>\n`,
);
console.log(`${shots.length} screenshots in ${out}/ (open index.html)`);
if (problems.length > 0) {
  console.log(`\nTo look at:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
