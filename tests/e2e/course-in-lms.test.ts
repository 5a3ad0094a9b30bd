// The course taken inside the preview LMS (scorm-again), in every locale, for both editions.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { course } from '../../src/course/config.ts';
import { LMS_PREFIX } from '../../scorm/preview/server.ts';
import { drawnIds } from '../support/answer.ts';
import { launchBrowser } from '../support/browser.ts';
import { completeLesson, lessonIdsOf } from '../support/course-run.ts';
import { lessonOpened, openPreview, shownLesson, suspended, type Cmi, type PreviewSession } from '../support/preview.ts';

const FIRST = 'introduction';
const SECOND = 'who-are-your-customers';
const PYRAMID = 'inverted-pyramid';
const THIRD = 'payroll-case';
const ENGINEERING = 'engineering-case';
const SELF = 'self-assessment';
const FINAL = 'final-test';

/** The matching question of lesson 2: each supplier with the internal customer who depends on it. */
const MATCHING = 'form.question:has(select)';
const PAIRS = ['manual', 'credit', 'training', 'help'];
const RIGHT = Object.fromEntries(PAIRS.map((p) => [p, p]));

/** Matches every supplier (`right` or each with the next one's customer), checks, and waits for the verdict. */
async function match(lms: Pick<PreviewSession, 'lesson'>, right: boolean): Promise<void> {
  for (const [i, pair] of PAIRS.entries()) {
    await lms.lesson.locator(`${MATCHING} select#who-serves-whom-${pair}`).selectOption(right ? pair : PAIRS[(i + 1) % PAIRS.length]!);
  }
  await lms.lesson.locator(MATCHING).locator('button[type="submit"]').click();
  await lms.lesson.locator(`${MATCHING} .question-feedback[data-result="${right ? 'right' : 'wrong'}"]`).waitFor();
}
const pkg = (locale: string, edition: string) => `${course.id}-${locale}-${edition}.zip`;

const completion = (edition: string, cmi: Cmi) => (edition === 'scorm12' ? cmi.core.lesson_status : cmi.completion_status);
const languagePreference = (edition: string, cmi: Cmi) => (edition === 'scorm12' ? cmi.student_preference : cmi.learner_preference)?.language;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The whole course, every lesson and activity, once per locale; the editions take turns.
describe.each(course.locales.map((locale, i) => [locale, i % 2 === 0 ? 'scorm2004' : 'scorm12'] as const))('%s, %s', (locale, edition) => {
  it('completes the whole course and passes, with one Initialize, one Terminate and nothing outside the package', async () => {
    const lms = await openPreview(browser, inject('baseUrl'));
    const requests: string[] = [];
    lms.page.on('request', (request) => requests.push(request.url()));
    await lms.launch(pkg(locale, edition));
    const lessons = lessonIdsOf(locale);

    expect(await shownLesson(lms.lesson)).toEqual({ id: lessons[0], lang: locale });
    expect(await lms.shell.locator('html').getAttribute('lang')).toBe(locale);
    expect(await lms.shell.locator('#languages').locator('a').count()).toBe(1);
    expect(completion(edition, await lms.cmi())).toBe('incomplete');

    for (const [i, lesson] of lessons.entries()) {
      if (i > 0) {
        await lms.shell.locator('#next').click();
        await lessonOpened(lms, lesson);
        // Focus follows the learner into the new lesson.
        await lms.lesson.locator('h1:focus').waitFor();
      }
      await completeLesson(lms.page, lms.lesson, locale, lesson);
    }
    expect(await lms.shell.locator('#next').getAttribute('aria-disabled')).toBe('true');

    await lms.exit();
    const cmi = await lms.cmi();
    expect(await lms.calls()).toMatchObject({ Initialize: 1, Terminate: 1 });
    // SCORM 1.2 says "passed" for complete and passed; 2004 keeps the two apart.
    expect(completion(edition, cmi)).toBe(edition === 'scorm12' ? 'passed' : 'completed');
    if (edition === 'scorm12') expect(cmi.core).toMatchObject({ lesson_status: 'passed', score: { raw: '100', min: '0', max: '100' } });
    else expect(cmi).toMatchObject({ success_status: 'passed', score: { scaled: '1', raw: '100' }, progress_measure: '1' });
    // Every graded answer and every decision reported, by language-neutral ids.
    const reported = Object.values(cmi.interactions as Record<string, { id: string }>).map((i) => i.id);
    expect(reported).toEqual(
      expect.arrayContaining(['who-serves-whom', 'five-practices', 'payroll-cutoff.cutoff-morning', 'clarification-request.request-arrives', ...(await drawnIds(lms.lesson))]),
    );
    expect(suspended(cmi)).toMatchObject({ l: locale, c: lessons.at(-1), s: lessons, a: { 'who-serves-whom': RIGHT } });
    // The course asked for nothing outside its own package (about:blank is the preview's exit).
    const packageRoot = `${inject('baseUrl')}${LMS_PREFIX}/${pkg(locale, edition)}/`;
    expect(requests.filter((url) => !url.startsWith(packageRoot) && url !== 'about:blank')).toEqual([]);
    expect(lms.errors).toEqual([]);
    expect(await lms.violations()).toEqual([]);
    await lms.page.context().close();
  });
});

describe.each(['scorm12', 'scorm2004'])('%s', (edition) => {
  it('resumes where the learner left off, with answers and scenario paths kept across language switches and reloads', async () => {
    const lms = await openPreview(browser, inject('baseUrl'));
    const all = pkg('all', edition);
    await lms.page.evaluate((name) => (window as any).previewLms.forget(name), all);

    // First launch: the LMS says the learner reads Italian.
    await lms.launch(all, { learnerLanguage: 'it' });
    expect(await shownLesson(lms.lesson)).toEqual({ id: FIRST, lang: 'it' });
    await lms.exit();
    expect(completion(edition, await lms.cmi())).toBe('incomplete');
    expect(languagePreference(edition, await lms.cmi()), 'the LMS preference, left as it was').toBe('it');

    // Relaunch: the suspended attempt resumes on the same lesson, in the same language.
    await lms.launch(all, { resume: true });
    expect(await shownLesson(lms.lesson)).toEqual({ id: FIRST, lang: 'it' });
    expect(await lms.shell.locator('#contents li.is-visited').count()).toBe(1);

    await lms.shell.locator('#languages a[hreflang="cs"]').click();
    await lms.lesson.locator('html[lang="cs"] h1').waitFor();
    expect(await shownLesson(lms.lesson)).toEqual({ id: FIRST, lang: 'cs' });
    expect(await lms.shell.locator('html').getAttribute('lang')).toBe('cs');

    // Half a scenario, then leave (lesson 2 is still unvisited, so the attempt is suspended).
    await lms.shell.locator(`#contents a[href$="${THIRD}.html"]`).click();
    await lessonOpened(lms, THIRD);
    await lms.lesson.locator('button[data-choice="quote-first"]').click();
    await lms.lesson.locator('.scenario-scene[data-scene="payroll-calls"]').waitFor();
    await lms.exit();
    expect(completion(edition, await lms.cmi())).toBe('incomplete');

    await lms.launch(all, { resume: true });
    await lms.lesson.locator('html[lang="cs"] .scenario-scene[data-scene="payroll-calls"]').waitFor();

    await lms.shell.locator(`#contents a[href$="${PYRAMID}.html"]`).click();
    await lessonOpened(lms, PYRAMID);
    for (const lesson of [ENGINEERING, SELF, FINAL, SECOND]) {
      await lms.shell.locator(`#contents a[href$="${lesson}.html"]`).click();
      await lessonOpened(lms, lesson);
    }
    await match(lms, true);

    // Another language, then a reload of the lesson inside the shell: the answer stays.
    await lms.shell.locator('#languages a[hreflang="es"]').click();
    await lms.lesson.locator(`html[lang="es"] ${MATCHING} .question-feedback[data-result="right"]`).waitFor();
    expect(await lms.lesson.locator(`${MATCHING} select#who-serves-whom-credit`).inputValue()).toBe('credit');
    await lms.lesson.locator('body').evaluate(() => location.reload());
    await lms.lesson.locator(`html[lang="es"] ${MATCHING} .question-feedback[data-result="right"]`).waitFor();

    await lms.exit();
    const cmi = await lms.cmi();
    expect(await lms.calls()).toMatchObject({ Initialize: 1, Terminate: 1 });
    // Not complete: the final test has not been taken.
    expect(completion(edition, cmi)).toBe('incomplete');
    expect(languagePreference(edition, cmi), 'the language the learner picked, kept as their preference').toBe('es');
    expect(suspended(cmi)).toMatchObject({
      l: 'es',
      c: SECOND,
      s: [FIRST, THIRD, PYRAMID, ENGINEERING, SELF, FINAL, SECOND],
      a: { 'who-serves-whom': RIGHT },
      p: { 'payroll-cutoff': ['quote-first'] },
    });
    expect(lms.errors).toEqual([]);
    expect(await lms.violations()).toEqual([]);
    await lms.page.context().close();
  });
});
