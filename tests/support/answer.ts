// Answers a question right with the keyboard alone, from its content file: the way a learner
// who cannot use a mouse would, one key at a time. Only the first focus is set directly.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { QuestionData } from '../../src/schemas/question.ts';

/** A question as written in `content/<folder>/<locale>/<id>.json`. */
export function questionData(folder: 'questions' | 'final-test', locale: string, id: string): QuestionData {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/${folder}/${locale}/${id}.json`), 'utf8')) as QuestionData;
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** In a radio group, Space picks the focused (first) radio and each → the next one. */
async function pickRadio(page: Page, first: Locator, index: number): Promise<void> {
  await first.focus();
  if (index === 0) await press(page, 'Space');
  else await press(page, 'ArrowRight', index);
}

/** A closed drop-down: each ↓ selects the next option. */
async function pickOption(page: Page, select: Locator, value: string): Promise<void> {
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  await select.focus();
  await press(page, 'ArrowDown', values.indexOf(value));
}

/** Enters the right answer of `q` into `frame` (the question's panel). `number` writes a number the page's way. */
export async function answerRight(page: Page, frame: Locator, q: QuestionData, number: (n: number) => string = String): Promise<void> {
  switch (q.type) {
    case 'single-choice':
      await pickRadio(page, frame.locator('input[type="radio"]').first(), q.options.findIndex((o) => o.correct));
      return;
    case 'multiple-choice':
      await frame.locator('input[type="checkbox"]').first().focus();
      for (const option of q.options) {
        if (option.correct) await press(page, 'Space');
        await press(page, 'Tab');
      }
      return;
    case 'true-false':
      await pickRadio(page, frame.locator('input[type="radio"]').first(), q.answer ? 0 : 1);
      return;
    case 'matching':
      for (const pair of q.pairs) await pickOption(page, frame.locator(`select[id="${q.id}-${pair.id}"]`), pair.id);
      return;
    case 'classification':
      for (const [i, card] of q.cards.entries()) {
        await pickRadio(page, frame.locator('fieldset.question-card').nth(i).locator('input').first(), q.groups.findIndex((g) => g.id === card.group));
      }
      return;
    case 'numeric':
      await frame.locator('input[type="text"]').focus();
      await page.keyboard.type(number(q.answer));
      return;
    case 'ordering': {
      // Bring each item up to its place with its own "move up" button, which keeps the focus.
      for (const [target, item] of q.items.entries()) {
        const texts = await frame.locator('.question-order-text').allTextContents();
        const at = texts.indexOf(item.text);
        if (at > target) {
          await frame.locator('.question-order li').nth(at).locator('button').first().focus();
          await press(page, 'Enter', at - target);
        }
      }
      return;
    }
    default:
      throw new Error(`answerRight: no keyboard recipe for ${q.type}`);
  }
}

/** The final test's question ids on screen, in order, in a page or a frame. */
export const drawnIds = (where: Page | FrameLocator): Promise<string[]> =>
  where.locator('.final-test .question .question-label').evaluateAll((labels) => labels.map((l) => l.id.replace(/-label$/, '')));
