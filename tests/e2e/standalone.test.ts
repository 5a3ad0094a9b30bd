// The static course with no LMS: progress lives in the browser and survives a reload.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

/** The single-choice question of lesson 2, about the user manual's handover. */
const HANDOVER = 'form.question:has(input[value="packaging"])';
import { shownLesson, waitForLesson } from '../support/preview.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('runs without an LMS, picks the browser language, and resumes from localStorage', async () => {
  const context = await browser.newContext({ locale: 'pt-BR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const lesson = page.frameLocator('#lesson-frame');

  await page.goto(`${inject('baseUrl')}/course/index.html`);
  await lesson.locator('h1').waitFor();
  expect(await shownLesson(lesson)).toEqual({ id: 'service-is-everyones-job', lang: 'pt-BR' });
  expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
  expect(await page.locator('#status').textContent()).not.toBe('');

  await page.locator('#contents a').nth(1).click();
  await waitForLesson(lesson, 'who-are-your-customers');
  await lesson.locator('input[value="content-development"]').check();
  await lesson.locator(HANDOVER).locator('button[type="submit"]').click();
  await lesson.locator(`${HANDOVER} .question-feedback[data-result="wrong"]`).waitFor();

  await page.reload();
  await waitForLesson(lesson, 'who-are-your-customers');
  await lesson.locator(`${HANDOVER} .question-feedback[data-result="wrong"]`).waitFor();
  expect(await page.locator('#progress-bar').evaluate((p) => (p as HTMLProgressElement).value)).toBeCloseTo(2 / 5);
  expect(errors).toEqual([]);
  await context.close();
});
