// Question islands operated with the keyboard alone, in two languages, then checked by axe
// with their feedback showing.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const question = (page: Page, optionValue: string) => page.locator(`form.question:has(input[value="${optionValue}"])`);

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['cs', 'es'])('keyboard only, in %s', (locale) => {
  it('sorts the customers and answers the handover question', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/who-are-your-customers.html`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);

    // Classification: one radio group per card. Space picks the first group, → the second.
    const sorting = question(page, 'internal');
    await sorting.locator('input[type="radio"]').first().focus();
    for (const group of ['internal', 'external', 'internal', 'internal', 'external', 'internal']) {
      await page.keyboard.press(group === 'internal' ? 'Space' : 'ArrowRight');
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
    await page.keyboard.press('Enter');
    await sorting.locator('.question-feedback[data-result="right"]').waitFor();

    // Single choice: the right option is the first; then Tab to "Check" and press Enter.
    const handover = question(page, 'packaging');
    await handover.locator('input[value="packaging"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await handover.locator('.question-feedback[data-result="right"]').waitFor();

    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('plays the payroll scenario to its debrief and back to the start', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/payroll-case.html`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);

    await page.locator('button[data-choice="delegate"]').focus();
    await page.keyboard.press('Enter');
    // The next scene takes the focus; its first choice is one Tab away.
    await page.locator('.scenario-scene[data-scene="deputy-question"]:focus').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-choice'))).toBe('explain-now');
    await page.keyboard.press('Enter');
    await page.locator('.scenario-scene[data-scene="data-sent"]:focus').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.locator('.scenario-ending[data-outcome="good"]').waitFor();
    expect(await page.locator('.scenario-path li').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('.scenario-ending button').focus();
    await page.keyboard.press('Enter');
    await page.locator('.scenario-scene[data-scene="cutoff-morning"]:focus').waitFor();
    await context.close();
  });

  it('builds the traditional pyramid, turns it over and fills the inverted one', async () => {
    const context = await browser.newContext({ reducedMotion: locale === 'cs' ? 'reduce' : 'no-preference' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/inverted-pyramid.html`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    // Options: (choose), CEO, management, front line, customers. ↓ n times picks the n-th.
    const pick = async (steps: number) => {
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
    };

    await page.locator('.pyramid select').first().focus();
    for (const steps of [1, 2, 3, 4]) await pick(steps);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
    await page.keyboard.press('Enter');
    await page.locator('.pyramid-turn').waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');

    await page.locator('.pyramid[data-shape="inverted"] .pyramid-stage:focus').waitFor();
    await page.keyboard.press('Tab');
    for (const steps of [4, 3, 2, 1]) await pick(steps);
    await page.keyboard.press('Enter');
    await page.locator('form.question .question-feedback[data-result="right"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('answers the self-assessment and shows a profile, not a grade', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/self-assessment.html`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);

    // "Always" (5th point) for the positive statements, "Never" (1st) for the reverse ones.
    const reverse = [false, true, true, true, false, false, false, true];
    await page.locator('.question-likert input').first().focus();
    for (const isReverse of reverse) {
      if (isReverse) await page.keyboard.press('Space');
      else for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
    await page.keyboard.press('Enter');

    const feedback = page.locator('form.question .question-feedback');
    await feedback.locator('strong').waitFor();
    expect(await feedback.getAttribute('data-result')).toBeNull();
    expect(await feedback.locator('p').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('answers a true/false and a multiple-choice question, with partial credit shown', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/service-is-everyones-job.html`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);

    // True/false: "false" is the second radio; → moves there and selects it.
    const trueFalse = question(page, 'false');
    await trueFalse.locator('input[value="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await trueFalse.locator('.question-feedback[data-result="right"]').waitFor();

    // Multiple choice: tick two of the three right options, check, then tick the third.
    const multiple = question(page, 'sales-rep');
    await multiple.locator('input[value="sales-rep"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await multiple.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await multiple.locator('.question-feedback[data-result="wrong"] li').first().waitFor();
    expect(await multiple.locator('.question-feedback li').count()).toBe(2);

    await multiple.locator('input[value="purchasing"]').focus();
    await page.keyboard.press('Space');
    await multiple.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await multiple.locator('.question-feedback[data-result="right"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('says what is missing when the learner checks too early, and marks a wrong card', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/who-are-your-customers.html`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    const sorting = question(page, 'internal');
    await sorting.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    expect((await sorting.locator('.question-feedback').textContent())?.trim()).not.toBe('');
    expect(await sorting.locator('.question-feedback').getAttribute('data-result')).toBeNull();

    await sorting.locator('input[type="radio"]').first().focus();
    for (let card = 0; card < 6; card++) {
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await sorting.locator('.question-feedback[data-result="wrong"]').waitFor();
    expect(await sorting.locator('fieldset[data-result="wrong"]').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
