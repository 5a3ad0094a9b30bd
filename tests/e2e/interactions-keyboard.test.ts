// Question islands operated with the keyboard alone, in two languages, then checked by axe
// with their feedback showing.
import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { answerRight, questionData } from '../support/answer.ts';
import { axeViolations, islandsReady, newContext } from '../support/page.ts';
import { pageCount } from '../support/pdf.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { uiStrings } from '../support/ui-strings.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { longDay } from '../../src/i18n/format.ts';
import { dayOf } from '../../src/state/completion.ts';
import { CHAIN_LIMITS } from '../../src/state/service-chain.ts';

const browser = sharedBrowser();

const question = (page: Page, optionValue: string) => page.locator(`form.question:has(input[value="${optionValue}"])`);


describe.concurrent.each(['cs', 'es'])('keyboard only, in %s', (locale) => {
  it('sorts the customers and matches suppliers with their internal customers', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/who-are-your-customers.html`);
    await islandsReady(page);

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

    // Matching: each supplier gets its customer from a drop-down, with ↓ alone.
    const matching = page.locator('form.question:has(select)');
    await answerRight(page, matching, questionData('questions', locale, 'who-serves-whom'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await matching.locator('.question-feedback[data-result="right"]').waitFor();

    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('plays the payroll scenario to its debrief and back to the start', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/payroll-case.html`);
    await islandsReady(page);

    await page.locator('button[data-choice="delegate"]').focus();
    await page.keyboard.press('Enter');
    // The next scene takes the focus; its first choice is one Tab away.
    await page.locator('.scenario-scene[data-scene="deputy-question"]:focus').waitFor();
    // The speaker's face (drawn from the course's one drawings file) and name from the cast, in this language.
    const cast = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/cast/${locale}.json`), 'utf8')) as { people: Array<{ id: string; name: string }> };
    const nameOf = (id: string) => cast.people.find((p) => p.id === id)?.name;
    const face = page.locator('.scenario-stage .avatar[data-person="tomas"][data-mood="neutral"]');
    expect((await face.boundingBox())?.width).toBeGreaterThan(40);
    // The body is drawn: the drawings file loaded, and holds this person.
    await expect.poll(() => face.locator('use').first().evaluate((use: SVGUseElement) => use.getBBox().height)).toBeGreaterThan(100);
    expect(await page.locator('.scenario-speaker .person-name').textContent()).toBe(nameOf('tomas'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-choice'))).toBe('explain-now');
    await page.keyboard.press('Enter');
    await page.locator('.scenario-scene[data-scene="data-sent"]:focus').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.locator('.scenario-ending[data-outcome="good"]').waitFor();
    // The ending: the last person the learner dealt with, smiling, and a badge that says how it went.
    expect(await page.locator('.scenario-stage .avatar[data-person="rita"]').getAttribute('data-mood')).toBe('good');
    expect(await page.locator('.outcome-badge[data-outcome="good"]').textContent()).toBe(uiStrings(locale)['scenario.outcome.good']);
    expect(await page.locator('.scenario-path li').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('.scenario-ending button').focus();
    await page.keyboard.press('Enter');
    await page.locator('.scenario-scene[data-scene="cutoff-morning"]:focus').waitFor();
    await context.close();
  });

  it('builds the traditional pyramid, turns it over and fills the inverted one', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true,  reducedMotion: locale === 'cs' ? 'reduce' : 'no-preference' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/inverted-pyramid.html`);
    await islandsReady(page);
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
    // One main button: the next step, turning it over; "Check" steps back.
    expect(await page.locator('form.question:has(.pyramid) .button:not(.button-quiet)').filter({ visible: true }).allTextContents()).toEqual([uiStrings(locale)['question.turn']]);
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

  it('answers the self-assessment and shows a profile, not a grade', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/self-assessment.html`);
    await islandsReady(page);

    // "Always" (5th point) for the positive statements, "Never" (1st) for the reverse ones.
    const reverse = [false, true, true, true, false, false, false, true];
    const answer = async (isReverse: boolean) => {
      if (isReverse) await page.keyboard.press('Space');
      else for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
    };
    await page.locator('.question-likert input').first().focus();
    for (const isReverse of reverse.slice(0, 2)) await answer(isReverse);

    // Two answered, then "Show my profile": each statement still open says so, and the
    // learner is taken to the first of them.
    await page.locator('form.question button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    const open = page.locator('.question-likert[data-open]');
    await open.first().waitFor();
    expect(await open.count()).toBe(reverse.length - 2);
    expect(await open.first().locator('legend .question-open').textContent()).toBe(uiStrings(locale)['question.notAnswered']);
    expect(await page.evaluate(() => document.activeElement?.closest('.question-likert')?.hasAttribute('data-open'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    for (const [i, isReverse] of reverse.slice(2).entries()) {
      await answer(isReverse);
      expect(await open.count()).toBe(reverse.length - 3 - i);
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
    await page.keyboard.press('Enter');

    const feedback = page.locator('form.question .question-feedback');
    await feedback.locator('strong').waitFor();
    expect(await feedback.getAttribute('data-result')).toBeNull();
    expect(await feedback.locator('p').count()).toBe(2);
    await context.close();
  });

  it('answers a true/false and a multiple-choice question, with partial credit shown', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/service-is-everyones-job.html`);
    await islandsReady(page);

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

  it('says what is missing when the learner checks too early, and marks a wrong card', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/who-are-your-customers.html`);
    await islandsReady(page);
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

  it('puts the payroll dominoes in order with the move buttons', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/payroll-case.html`);
    await islandsReady(page);
    const ordering = page.locator('form.question:has(.question-order)');
    const data = questionData('questions', locale, 'payroll-domino');
    await answerRight(page, ordering, data);
    // Each move is announced, and the moved item keeps the focus.
    expect(await ordering.locator('[aria-live="polite"]').textContent()).not.toBe('');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('question-move'))).toBe(true);
    await ordering.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await ordering.locator('.question-feedback[data-result="right"]').waitFor();
    expect(await ordering.locator('.question-order-text').allTextContents()).toEqual(data.type === 'ordering' ? data.items.map((i) => i.text) : []);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('reads a number typed the way the language writes it, and says when it is not one', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/engineering-case.html`);
    await islandsReady(page);
    const numeric = page.locator('form.question:has(input[inputmode="decimal"])');
    const input = numeric.locator('input[inputmode="decimal"]');
    await input.focus();
    await page.keyboard.type('lots');
    await page.keyboard.press('Tab');
    await numeric.locator('.question-error').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    // Checked as it stands: the same one message, and the learner is taken back to the field.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await page.keyboard.press('Enter');
    await numeric.locator('.question-error').waitFor();
    expect(await numeric.locator('.question-feedback').textContent()).toBe('');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);

    await input.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    // "375 000" in Czech, "375.000" in Spanish.
    await answerRight(page, numeric, questionData('questions', locale, 'three-wrong-shipments'), (n) => new Intl.NumberFormat(locale).format(n));
    await page.keyboard.press('Enter');
    await numeric.locator('.question-feedback[data-result="right"]').waitFor();
    expect(await numeric.locator('.question-error').count()).toBe(0);
    // The amount in the lesson is written the language's way too, and says which dollars.
    expect(await page.locator('.amount').first().textContent()).toMatch(new RegExp(`${new Intl.NumberFormat(locale).format(125000)}.*US|US.*${new Intl.NumberFormat(locale).format(125000)}`));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('maps the learner’s own service chain: add, refuse a repeat, remove', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/who-are-your-customers.html`);
    await islandsReady(page);
    const chain = page.locator('.chain');
    const add = async (side: 'suppliers' | 'customers', name: string) => {
      await chain.locator(`#chain-${side}-name`).focus();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    };
    await add('suppliers', 'Mzdová účtárna');
    // The limit on a name is said with the field, and counted as the learner types.
    const limit = uiStrings(locale)[`chain.limit_${new Intl.PluralRules(locale).select(CHAIN_LIMITS.characters)}`]!.replace('{{count}}', String(CHAIN_LIMITS.characters));
    const field = chain.locator('#chain-customers-name');
    expect(await page.locator(`#${(await field.getAttribute('aria-describedby'))!.split(' ').join(', #')}`).allTextContents()).toContainEqual(expect.stringContaining(limit));
    await field.fill('x'.repeat(CHAIN_LIMITS.characters + 5));
    expect(await chain.locator('#chain-customers-limit .chain-count').textContent()).toBe(`${CHAIN_LIMITS.characters}/${CHAIN_LIMITS.characters}`);
    await field.fill('');
    await add('customers', 'Ventas <b>zona</b> norte');
    await add('customers', 'Recepce');
    await add('customers', 'recepce');
    expect(await chain.locator('.chain-list:has(#chain-customers-name) li').count()).toBe(2);
    expect(await chain.locator('[aria-live="polite"]').textContent()).toContain('Recepce');

    // Learner text is text: the diagram shows the tags as typed, never as markup.
    expect(await chain.locator('svg text').allTextContents()).toEqual(expect.arrayContaining(['Mzdová účtárna', 'Ventas <b>zona</b> norte', 'Recepce']));
    expect(await chain.locator('b').count()).toBe(0);

    await chain.locator('.chain-list:has(#chain-customers-name) li').last().locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await chain.locator('.chain-list:has(#chain-customers-name) li').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chain-customers-name');
    expect(await axeViolations(page)).toEqual([]);

    // "Print my service chain" prints the map alone: one page, no lesson, no controls.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await chain.locator('.chain-print').focus();
    await page.keyboard.press('Enter');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await chain.locator('svg.chain-diagram-wide').isVisible()).toBe(true);
    expect(await chain.locator('button:visible, input:visible').count()).toBe(0);
    // On paper, the map says which course it comes from and the day it was printed.
    const printedFor = await chain.locator('.print-context').textContent();
    expect(printedFor).toContain(uiStrings(locale)['course.title']);
    expect(printedFor).toContain(longDay(locale, dayOf(new Date())));
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });
});

it('keeps a change made the moment after a check: the checked answer does not come back over it', async ({ expect }) => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/course/en/service-is-everyones-job.html`);
  await islandsReady(page);
  const multiple = question(page, 'sales-rep');
  await multiple.locator('input[value="sales-rep"]').check();
  // Checked, and at once (before the next paint, when effects run) one more tick.
  const kept = await multiple.evaluate(async (form) => {
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await Promise.resolve();
    form.querySelector<HTMLInputElement>('input[value="purchasing"]')!.click();
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    return form.querySelector<HTMLInputElement>('input[value="purchasing"]')!.checked;
  });
  expect(kept).toBe(true);
  await context.close();
});
