// The card activities done by pointer alone, in two languages: dragged with a mouse on a
// laptop in English, and tapped card-then-place on a phone's touch screen in Czech, whose
// long labels make the small screen the harder case. The answer each records is
// the one the keyboard records (interactions-keyboard.test.ts): the same native controls hold
// it, so the pages they end on are the ones axe checks there. What only a pointer shows, a
// card in hand, is checked by axe here.
import type { Locator, Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { questionData } from '../support/answer.ts';
import { axeViolations, islandsReady, newContext } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import type { QuestionOf } from '../../src/schemas/question.ts';

const browser = sharedBrowser();

type Way = 'mouse' | 'touch';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const LAPTOP = { viewport: { width: 1366, height: 768 } };

/** Text that is `text` and nothing more: one role's name may hold another's. */
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const centre = async (target: Locator) => {
  const box = (await target.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** Press on `card`, carry it onto `place` and let go. The place is found once the drag has begun: it may move into view then. */
async function drag(page: Page, card: Locator, place: () => Locator): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  const from = await centre(card);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 12, from.y + 12, { steps: 3 });
  const to = await centre(place());
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Tap the card, then the place: the touch screen's way, one finger, no drag. */
async function tapToPlace(card: Locator, place: () => Locator): Promise<void> {
  await card.tap();
  await place().tap();
}

const put = (page: Page, way: Way, card: Locator, place: () => Locator) => (way === 'mouse' ? drag(page, card, place) : tapToPlace(card, place));

async function open(locale: string, way: Way, lesson: string) {
  const context = await newContext(browser(), { axe: true, ...(way === 'mouse' ? LAPTOP : PHONE) });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/course/${locale}/${lesson}.html`);
  await islandsReady(page);
  return { context, page };
}

const check = async (way: Way, form: Locator) => {
  const button = form.locator('button[type="submit"]');
  await (way === 'mouse' ? button.click() : button.tap());
  const feedback = form.locator('.question-feedback[data-result="right"]');
  await feedback.waitFor();
  // What the check says is brought into view, on a phone too: it may glide there, for a few
  // hundred frames at most.
  const inView = await feedback.evaluate(
    (el) =>
      new Promise<boolean>((answer) => {
        let frames = 0;
        const look = () => {
          const box = el.getBoundingClientRect();
          if (box.top >= 0 && box.bottom <= innerHeight) answer(true);
          else if (++frames > 300) answer(false);
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
  if (!inView) throw new Error('the feedback was left out of view');
};

describe.concurrent.for([
  { locale: 'en', way: 'mouse' },
  { locale: 'cs', way: 'touch' },
] as const)('by $way, in $locale', ({ locale, way }) => {
  it('orders the payroll dominoes', async ({ expect }) => {
    const { context, page } = await open(locale, way, 'payroll-case');
    const data = questionData('questions', locale, 'payroll-domino') as QuestionOf<'ordering'>;
    const form = page.locator('form.question:has(.question-order)');
    const item = (text: string) => form.locator('.question-order li', { hasText: text }).locator('.question-order-text');
    let moved = '';
    for (const [target, wanted] of data.items.entries()) {
      const texts = await form.locator('.question-order-text').allTextContents();
      if (texts.indexOf(wanted.text) === target) continue;
      await put(page, way, item(wanted.text), () => item(texts[target]!));
      moved = wanted.text;
      await expect.poll(() => form.locator('.question-order-text').nth(target).textContent()).toBe(wanted.text);
    }
    // Each placing is heard, the item named without its own full stop, and nothing is left in hand.
    expect(await form.locator('[aria-live="polite"]').textContent()).toContain(`${moved.replace(/\.$/, '')}: `);
    expect(await form.locator('[data-held]').count()).toBe(0);
    await check(way, form);
    expect(await form.locator('.question-order-text').allTextContents()).toEqual(data.items.map((i) => i.text));
    await context.close();
  });

  it('sorts the customers into internal and external', async ({ expect }) => {
    const { context, page } = await open(locale, way, 'who-are-your-customers');
    const data = questionData('questions', locale, 'who-is-inside') as QuestionOf<'classification'>;
    const form = page.locator('form.question:has(.placing-bins)');
    const label = new Map(data.groups.map((g) => [g.id, g.label]));
    for (const card of data.cards) {
      await put(page, way, form.locator('.question-card legend', { hasText: card.text }), () => form.locator('.placing-bin', { hasText: label.get(card.group)! }));
      await form.locator(`input[name="${data.id}-${card.id}"][value="${card.group}"]:checked`).waitFor({ state: 'attached' });
      expect(await form.locator('[aria-live="polite"]').textContent()).toContain(card.text);
    }
    expect(await form.locator('.placing-count').allTextContents()).toEqual(data.groups.map((g) => String(data.cards.filter((c) => c.group === g.id).length)));
    await check(way, form);
    await context.close();
  });

  it('matches suppliers with their internal customers', async ({ expect }) => {
    const { context, page } = await open(locale, way, 'who-are-your-customers');
    const data = questionData('questions', locale, 'who-serves-whom') as QuestionOf<'matching'>;
    const form = page.locator('form.question:has(.placing-pool)');
    // The matches above, the items below: on a laptop both are on the screen at once.
    await form.evaluate((f) => f.scrollIntoView({ block: 'start', behavior: 'instant' }));
    for (const pair of data.pairs) {
      const chip = form.locator('.placing-chip').filter({ hasText: exactly(pair.match) });
      await put(page, way, chip, () => form.locator(`label[for="${data.id}-${pair.id}"]`));
      expect(await form.locator(`select[id="${data.id}-${pair.id}"]`).inputValue()).toBe(pair.id);
    }
    await check(way, form);
    await context.close();
  });

  it('builds the traditional pyramid, turns it over and fills the inverted one', async ({ expect }) => {
    const { context, page } = await open(locale, way, 'inverted-pyramid');
    const data = questionData('questions', locale, 'build-the-pyramid') as QuestionOf<'pyramid'>;
    const form = page.locator('form.question:has(.pyramid)');
    const label = new Map(data.roles.map((r) => [r.id, r.label]));
    for (const shape of ['traditional', 'inverted'] as const) {
      await form.locator(`.pyramid[data-shape="${shape}"]`).waitFor();
      await form.evaluate((f) => f.scrollIntoView({ block: 'start', behavior: 'instant' }));
      for (const [level, slot] of data[shape].slots.entries()) {
        const chip = form.locator('.placing-chip').filter({ hasText: exactly(label.get(slot.role)!) });
        // The mouse drops on the drawing, the finger taps the list: both are places.
        const place = way === 'mouse' ? form.locator(`.pyramid-figure g[data-place="${level}"]`) : form.locator(`label[for="${data.id}-${shape}-${slot.id}"]`);
        await put(page, way, chip, () => place);
        expect(await form.locator(`select[id="${data.id}-${shape}-${slot.id}"]`).inputValue()).toBe(slot.role);
      }
      if (shape === 'traditional') {
        const submit = form.locator('button[type="submit"]');
        await (way === 'mouse' ? submit.click() : submit.tap());
        const turn = form.locator('.pyramid-turn');
        await (way === 'mouse' ? turn.click() : turn.tap());
      }
    }
    // The drawing shows what was placed.
    // Each band's label, its lines read as one (the hidden probe that measures them has no lines).
    const labels = await form.locator('.pyramid-label:has(tspan)').evaluateAll((texts) => texts.map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')));
    expect(labels).toEqual(data.inverted.slots.map((s) => label.get(s.role)));
    await check(way, form);
    await context.close();
  });
});

describe('in hand', () => {
  it('stays in view on a phone, and goes back with Escape or "Put back"', async ({ expect }) => {
    const { context, page } = await open('en', 'touch', 'who-are-your-customers');
    const form = page.locator('form.question:has(.placing-bins)');
    const first = form.locator('.question-card legend').first();
    await first.tap();
    const hand = form.locator('.placing-hand');
    await hand.waitFor();
    // The card in hand and the groups sit at the bottom of the screen while the learner chooses.
    const box = (await form.locator('.placing-tray').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    expect(box.y).toBeGreaterThan(844 / 2);
    expect(await hand.textContent()).toContain(await first.textContent());
    expect(await axeViolations(page)).toEqual([]);
    await form.locator('.placing-put-back').tap();
    expect(await form.locator('[data-held]').count()).toBe(0);

    await first.tap();
    await hand.waitFor();
    await page.keyboard.press('Escape');
    expect(await form.locator('[data-held]').count()).toBe(0);
    expect(await form.locator('[aria-live="polite"]').textContent()).toContain(await first.textContent());
    expect(await form.locator('input:checked').count()).toBe(0);
    await context.close();
  });
});
