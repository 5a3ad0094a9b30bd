// The final test with the keyboard alone, in two languages: a draw from the bank, a submit
// that says what is missing, the score against the course's pass mark, the review, a retry.
import { describe, expect, inject, it } from 'vitest';
import course from '../../content/course.json' with { type: 'json' };
import { answerRight, drawnIds, questionData } from '../support/answer.ts';
import { axeViolations, islandsReady, newContext } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';

const browser = sharedBrowser();

describe.each(['cs', 'es'])('the final test, keyboard only, in %s', (locale) => {
  it('is drawn, answered, submitted, reviewed and retried', async () => {
    const context = await newContext(browser(), { axe: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/course/${locale}/final-test.html`);
    await islandsReady(page);
    await page.locator('.final-test form').waitFor();

    const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(course.passingScorePercent / 100);
    expect(await page.locator('.final-test').textContent()).toContain(percent);
    const ids = await drawnIds(page);
    expect(ids).toHaveLength(course.finalTest.questions);

    // Submitting too early says how many are open and takes the learner to the first one.
    const submit = page.locator('.final-test-submit button');
    await submit.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.final-test-submit [role="status"]').textContent()).toMatch(/\d/);
    expect(await page.evaluate(() => document.activeElement?.closest('.question')?.querySelector('.question-label')?.id)).toBe(`${ids[0]}-label`);

    for (const id of ids) {
      const frame = page.locator(`.final-test .question:has(#${id}-label)`);
      await answerRight(page, frame, questionData('final-test', locale, id), (n) => new Intl.NumberFormat(locale).format(n));
    }
    await submit.focus();
    await page.keyboard.press('Enter');

    const result = page.locator('.final-test-result[data-result="right"] h3');
    await result.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    expect(await result.textContent()).toContain(new Intl.NumberFormat(locale, { style: 'percent' }).format(1));
    expect(await page.locator('.final-test .question-feedback[data-result="right"]').count()).toBe(ids.length);
    expect(await page.locator('.final-test fieldset:disabled').count()).toBeGreaterThanOrEqual(ids.length);
    expect(await axeViolations(page)).toEqual([]);

    // Retry: a new attempt, new questions, nothing answered.
    await page.locator('.final-test-result button').focus();
    await page.keyboard.press('Enter');
    await page.locator('.final-test-result').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('final-test-attempt');
    expect(await page.locator('#final-test-attempt').textContent()).toContain('2');
    expect(await drawnIds(page)).toHaveLength(course.finalTest.questions);
    expect(await page.locator('.final-test input:checked').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
