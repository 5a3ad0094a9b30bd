// The static course with no LMS: progress lives in the browser and survives a reload.
import { course } from '../../src/course/config.ts';
import { expect, inject, it } from 'vitest';

import { answerRight, questionData } from '../support/answer.ts';
import { chooseInContents, savedInBrowser, shownLesson, waitForLesson } from '../support/preview.ts';
import { newContext } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';

/** The matching question of lesson 2: which internal customer depends on which supplier. */
const MATCHING = 'form.question:has(select)';

const browser = sharedBrowser();

it('runs without an LMS, picks the browser language, and resumes from localStorage', async () => {
  const context = await newContext(browser(), { locale: 'pt-BR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const lesson = page.frameLocator('#lesson-frame');

  await page.goto(`${inject('baseUrl')}/course/index.html`);
  await lesson.locator('h1').waitFor();
  expect(await shownLesson(lesson)).toEqual({ id: 'introduction', lang: 'pt-BR' });
  expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
  expect(await page.locator('#status').textContent()).not.toBe('');

  await chooseInContents(page, '#contents a[href$="/who-are-your-customers.html"]');
  await waitForLesson(lesson, 'who-are-your-customers');
  for (const select of await lesson.locator(`${MATCHING} select`).all()) await select.selectOption({ index: 1 });
  await lesson.locator(MATCHING).locator('button[type="submit"]').click();
  await lesson.locator(`${MATCHING} .question-feedback[data-result]`).waitFor();
  await lesson.locator('#chain-suppliers-name').fill('Folha de pagamento');
  await lesson.locator('#chain-suppliers-name').press('Enter');
  await lesson.locator('.chain-diagram-wide text', { hasText: 'Folha de pagamento' }).waitFor();
  // Opened is not done: the sorting question and the chain's customers are still open.
  const state = (id: string) => page.locator(`#contents li[data-lesson="${id}"]`).getAttribute('data-state');
  const bar = () => page.locator('#progress-bar').evaluate((p) => (p as HTMLProgressElement).value);
  expect([await state('introduction'), await state('who-are-your-customers')]).toEqual(['in-progress', 'in-progress']);
  expect(await bar()).toBe(0);

  const sorting = lesson.locator('form.question:has([id="who-is-inside-label"])');
  await answerRight(page, sorting, questionData('questions', 'pt-BR', 'who-is-inside'));
  await sorting.locator('button[type="submit"]').click();
  await sorting.locator('.question-feedback[data-result]').waitFor();
  await lesson.locator('#chain-customers-name').fill('Vendas');
  await lesson.locator('#chain-customers-name').press('Enter');
  await expect.poll(() => state('who-are-your-customers')).toBe('done');

  await page.reload();
  await waitForLesson(lesson, 'who-are-your-customers');
  await lesson.locator(`${MATCHING} .question-feedback[data-result]`).waitFor();
  await lesson.locator('.chain li', { hasText: 'Folha de pagamento' }).waitFor();
  // One lesson done of those that count: appendices do not.
  expect(await state('who-are-your-customers')).toBe('done');
  const lessons = await page.locator('#contents li:not(.is-appendix)').count();
  expect(await bar()).toBeCloseTo(1 / lessons);
  expect(await page.locator('#progress-percent').textContent()).toBe(new Intl.NumberFormat('pt-BR', { style: 'percent' }).format(1 / lessons));
  expect(errors).toEqual([]);
  await context.close();
});

it('keeps the final test’s draw and answers across a reload', async () => {
  const context = await newContext(browser(), { locale: 'it' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const lesson = page.frameLocator('#lesson-frame');
  const drawn = () => lesson.locator('.final-test .question-label').evaluateAll((labels) => labels.map((l) => l.id));

  await page.goto(`${inject('baseUrl')}/course/index.html`);
  await lesson.locator('h1').waitFor();
  await chooseInContents(page, '#contents a[href$="/final-test.html"]');
  await waitForLesson(lesson, 'final-test');
  await lesson.locator('.final-test form').waitFor();
  const first = await drawn();
  await lesson.locator('.final-test .question').first().locator('input').first().check();
  // The answer crosses from the lesson frame to the shell by message; reload once it is kept.
  const keptAnswers = async () => Object.keys((await savedInBrowser(page, course.id)).t?.attempt.answers ?? {}).length;
  await expect.poll(keptAnswers).toBe(1);

  await page.reload();
  await waitForLesson(lesson, 'final-test');
  await lesson.locator('.final-test form').waitFor();
  expect(await drawn()).toEqual(first);
  expect(await lesson.locator('.final-test .question').first().locator('input').first().isChecked()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
