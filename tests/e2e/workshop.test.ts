// Workshop mode: a full run of one case with the keyboard alone, the presenter view kept in
// step in a second window, the room's choices downloaded as CSV, handouts and the guide
// printed to PDF, and axe on the pages with everything revealed.
import { readFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it, type ExpectStatic } from 'vitest';
import { course } from '../../src/course/config.ts';
import { workshopPath } from '../../src/course/paths.ts';
import type { WorkshopCase, WorkshopData } from '../../src/schemas/workshop.ts';
import { axeViolations, newContext } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { pageCount, readPdf, squash } from '../support/pdf.ts';
import { uiStrings } from '../support/ui-strings.ts';

const content = resolve(import.meta.dirname, '../../content');
const card = (locale: string, id: string): WorkshopData => JSON.parse(readFileSync(resolve(content, 'workshop', locale, `${id}.json`), 'utf8'));
const cardIds = ['payroll-cutoff', 'clarification-request', 'launch-approval', 'urgent-laptop', 'customer-for-a-day', 'map-your-service-chain'];
const url = (path: string) => `${inject('baseUrl')}/course/${path}`;
const ready = (page: Page) => page.locator('[data-island="workshop"][data-hydrated]').waitFor();
const kicker = (page: Page) => page.locator('.room-kicker').first().textContent();

const browser = sharedBrowser();

describe.concurrent.each(['en', 'cs'])('a workshop in %s', (locale) => {
  it('runs the payroll case with the keyboard, the presenter view in step, and the results as CSV', async ({ expect }) => {
    const w = card(locale, 'payroll-cutoff') as WorkshopCase;
    const words = uiStrings(locale);
    const context = await newContext(browser(), { acceptDownloads: true });
    const room = await context.newPage();
    const errors: string[] = [];
    room.on('pageerror', (e) => errors.push(e.message));
    await room.goto(url(workshopPath.room(locale, w.id)));
    await ready(room);
    expect(await room.locator('.room-heading').textContent()).toBe(w.title);

    // The trainer's laptop: a second window on the same session.
    const presenter = await context.newPage();
    await presenter.goto(url(workshopPath.presenter(locale, w.id)));
    await ready(presenter);

    await room.keyboard.press('ArrowRight');
    await room.keyboard.press('PageDown'); // a clicker's "next"
    const decision1 = words['workshop.decision']!.replace('{{number}}', '1').replace('{{total}}', String(w.steps.length));
    expect(await kicker(room)).toBe(decision1);
    await expect.poll(() => kicker(presenter)).toBe(decision1);
    await presenter.locator('.presenter-notes', { hasText: w.steps[0]!.notes }).waitFor();
    // The question first, the options only when the trainer reveals them.
    expect(await room.locator('.room-option').count()).toBe(0);
    // A vote now would be lost: the room is told why, and nothing is counted.
    await room.keyboard.press('1');
    await room.locator('.room-notice', { hasText: words['workshop.voteTooEarly'] }).waitFor();
    await room.keyboard.press('Space');
    await room.locator('.room-option').first().waitFor();

    // The room's show of hands: 3 for option 1, 1 for option 3, one taken back.
    for (const key of ['1', '1', '1', '1', '3', 'Shift+1']) await room.keyboard.press(key);
    const counts = () => room.locator('.room-count').allTextContents();
    expect(await counts()).toEqual(['3', '0', '1']);
    // Each change is said to a screen reader: the last, one vote taken back from option 1.
    const said = words[`workshop.votesFor_${new Intl.PluralRules(locale).select(3)}`]!.replace('{{number}}', '1').replace('{{count}}', '3');
    expect(await room.locator('[aria-live]', { hasText: said }).count()).toBe(1);
    expect(await room.locator('.room-notice').textContent()).toBe('');
    await expect.poll(() => presenter.locator('.room-count').allTextContents()).toEqual(['3', '0', '1']);

    await room.keyboard.press('ArrowRight');
    await room.locator('.room-option[data-recommended]').first().waitFor();
    expect(await room.locator('.room-consequence').count()).toBe(w.steps[0]!.options.length);
    await room.keyboard.press('ArrowRight');
    await room.locator('.room-discussion').waitFor();

    // The presenter's keys move the room too.
    await presenter.keyboard.press('ArrowLeft');
    await room.locator('.room-discussion').waitFor({ state: 'detached' });
    await presenter.keyboard.press('ArrowRight');
    await room.locator('.room-discussion').waitFor();

    // The other decisions: options, one vote for option 2 each, what happens, discussion, on.
    await room.keyboard.press('ArrowRight');
    for (let step = 1; step < w.steps.length; step++) {
      await room.keyboard.press('ArrowRight');
      await room.keyboard.press('2');
      for (let i = 0; i < 3; i++) await room.keyboard.press('ArrowRight');
    }
    expect(await kicker(room)).toBe(words['workshop.debrief']);
    await room.keyboard.press('ArrowRight');
    expect(await kicker(room)).toBe(words['workshop.results']);
    expect(await room.locator('.room-timer').count()).toBe(0);

    // Keyboard to the download button, and the CSV it gives.
    const download = room.waitForEvent('download');
    await room.getByRole('button', { name: words['workshop.download'] }).focus();
    await room.keyboard.press('Enter');
    // The browser runs apart from the test (shared by every file): the file comes over as a stream.
    const csv = await text(await (await download).createReadStream());
    const separator = locale === 'en' ? ',' : ';';
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe([words['workshop.csvDecision'], words['workshop.csvOption'], words['workshop.csvVotes']].join(separator));
    const votes = lines.slice(1).map((line) => Number(line.slice(line.lastIndexOf(separator) + 1)));
    expect(votes).toEqual([3, 0, 1, ...w.steps.slice(1).flatMap((s) => s.options.map((_, i) => (i === 1 ? 1 : 0)))]);

    // A reload keeps the session; nothing of it went into the learner's course state.
    await room.reload();
    await ready(room);
    expect(await kicker(room)).toBe(words['workshop.results']);
    expect(await room.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('course:')))).toEqual([]);

    // The next group: start again, and both windows are back on the title with no votes.
    await room.getByRole('button', { name: words['workshop.restart'] }).focus();
    await room.keyboard.press('Enter');
    await room.locator('.room-cover').waitFor();
    await presenter.locator('.room-cover').waitFor();
    await room.keyboard.press('f');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows every revealed part, the results and the presenter view without axe violations', async ({ expect }) => {
    const context = await newContext(browser(), { axe: true });
    const room = await context.newPage();
    await room.goto(url(workshopPath.room(locale, 'urgent-laptop')));
    await ready(room);
    for (let i = 0; i < 5; i++) await room.keyboard.press('ArrowRight');
    await room.locator('.room-discussion').waitFor();
    expect(await axeViolations(room)).toEqual([]);
    const presenter = await context.newPage();
    await presenter.goto(url(workshopPath.presenter(locale, 'urgent-laptop')));
    await presenter.locator('.room-discussion').waitFor();
    expect(await axeViolations(presenter)).toEqual([]);
    // The room's choices as bars, at the end.
    await room.keyboard.press('2');
    while (await room.locator('.room-controls .button:not(.button-quiet)').isEnabled()) await room.keyboard.press('ArrowRight');
    await room.locator('.room-results meter').first().waitFor();
    expect(await axeViolations(room)).toEqual([]);
    await context.close();
  });
});

/**
 * Projectors and the screens of meeting rooms: 720p, a laptop, 1080p. The room's type is a
 * share of the screen's width and its controls keep their size, so a larger 16:9 screen has
 * relatively more room for the slide: what fits at 1280 × 720 fits the others. Every locale is
 * walked at 1280 × 720; the longest, Czech, at the others too, to hold that reasoning to account.
 */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/**
 * The walks at 720p end each card by printing it, in the source language and the two longest:
 * the handout is the room's page on paper, whatever the room has revealed, so a walked room is
 * the strictest page to print.
 */
const PRINTED = ', and print each handout on one or two A4 pages, with room to write, no controls and no answers';
const PRINTED_IN = new Set([course.sourceLocale, 'cs', 'pt-BR']);
const WALKS = [
  ...course.locales.map((locale) => ({ locale, ...SCREENS[0]!, printed: PRINTED_IN.has(locale) ? PRINTED : '' })),
  ...SCREENS.slice(1).map((screen) => ({ locale: 'cs', ...screen, printed: '' })),
  // The pseudo-locale, a third longer than English: what fits there fits a new language.
  { locale: course.pseudoLocale!, ...SCREENS[0]!, printed: '' },
];

/**
 * Walks a card from its title to its end, as → does, and says what is wrong at each step: the
 * page or the slide scrolls, or Next is off the screen; with the smallest text shown. In the
 * page, in one go: a step is drawn and fitted as soon as the state has changed.
 */
const walkCard = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    const next = () => document.querySelector<HTMLButtonElement>('.room-controls .button:not(.button-quiet)')!;
    const found: string[] = [];
    let smallest = Infinity;
    for (let step = 0; ; step++) {
      const stage = document.querySelector<HTMLElement>('.room-stage')!;
      const button = next().getBoundingClientRect();
      const problems = [
        document.scrollingElement!.scrollHeight > innerHeight + 1 && 'the page scrolls',
        document.scrollingElement!.scrollWidth > innerWidth + 1 && 'the page scrolls sideways',
        stage.scrollHeight > stage.clientHeight + 1 && `the slide overflows by ${stage.scrollHeight - stage.clientHeight} px`,
        (button.bottom > innerHeight || button.right > innerWidth) && 'Next is off the screen',
      ];
      for (const problem of problems) if (problem) found.push(`step ${step}: ${problem}`);
      for (const el of stage.querySelectorAll('p, li, td, th, caption')) smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
      if (next().disabled) return { found, smallest };
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight' }));
      // The state changes, Preact draws it and fit.ts sizes it, all before a timer's turn.
      await new Promise((done) => setTimeout(done, 0));
    }
  });

/** The labels a PDF would show if controls were printed. One-word labels ("Next") could be words of the case itself; the print-media check covers those. */
const controls = (locale: string) => {
  const words = uiStrings(locale);
  return ['workshop.presenterView', 'workshop.handout', 'workshop.fullScreen', 'workshop.keys', 'workshop.download', 'workshop.showOptions', 'workshop.all']
    .map((k) => words[k]!)
    .filter((label) => label.includes(' '));
};

/** Prints the room's page as a trainer would and checks the handout it gives. */
async function checkHandout(page: Page, locale: string, id: string, expect: ExpectStatic): Promise<void> {
  const w = card(locale, id);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('button, a, input').filter({ visible: true }).count(), `${id}: controls shown in print`).toBe(0);
  // Lines to write on under each decision or step, and for notes.
  expect(await page.locator('.handout-lines').filter({ visible: true }).count(), id).toBe(w.steps.length + 1);
  // What the paper shows: the text the print style leaves visible.
  const text = squash(await page.evaluate(() => document.body.innerText));
  await page.emulateMedia({ media: null });
  const pages = pageCount(await page.pdf({ preferCSSPageSize: true }));
  expect(pages, id).toBeGreaterThanOrEqual(1);
  expect(pages, id).toBeLessThanOrEqual(2);
  expect(text).toContain(squash(w.title));
  expect(controls(locale).filter((label) => text.includes(squash(label))), id).toEqual([]);
  if (w.kind === 'case') expect(w.steps.flatMap((s) => s.options.map((o) => o.consequence)).filter((c) => text.includes(squash(c))), id).toEqual([]);
}

describe.concurrent('the slides', () => {
  it.for(WALKS)('in $locale fit a $width × $height screen at every step of every card, in type the room can read$printed', async ({ locale, width, height, printed }, { expect }) => {
    const context = await newContext(browser(), { viewport: { width, height } });
    const page = await context.newPage();
    const found: string[] = [];
    let smallest = Infinity;
    for (const id of cardIds) {
      await page.goto(url(workshopPath.room(locale, id)));
      await ready(page);
      const walked = await walkCard(page);
      found.push(...walked.found.map((problem) => `${id}, ${problem}`));
      smallest = Math.min(smallest, walked.smallest);
      if (printed) await checkHandout(page, locale, id, expect);
    }
    // About a fiftieth of the screen's height: 14 px at 720p, 21 px at 1080p (the results slide, the longest).
    expect(smallest).toBeGreaterThanOrEqual(height / 52);
    expect(found).toEqual([]);
    await context.close();
  });
});

it('on a phone held upright, puts each option\'s votes under its words, all at the same place', async () => {
  const context = await newContext(browser(), { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(url(workshopPath.room('cs', 'payroll-cutoff')));
  await ready(page);
  // To the consequences: the recommended option has its badge and its own border.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.locator('.room-option[data-recommended]').waitFor();
  const options = await page.locator('.room-option').evaluateAll((items) =>
    items.map((item) => {
      const box = item.getBoundingClientRect();
      const words = item.querySelector('.room-option-text')!.getBoundingClientRect();
      const votes = item.querySelector('.room-votes')!.getBoundingClientRect();
      return { wordsShare: words.width / box.width, votesRight: Math.round(box.right - votes.right), votesBelow: votes.top >= words.bottom };
    }),
  );
  expect(options.length).toBeGreaterThan(1);
  for (const option of options) {
    expect(option.wordsShare).toBeGreaterThan(0.8);
    expect(option.votesBelow).toBe(true);
    expect(option.votesRight).toBe(options[0]!.votesRight);
  }
  await context.close();
});

describe('printing', () => {
  it.concurrent.for(['en', 'it'])('prints the %s facilitator guide with the session at a glance first, then each card on pages of its own, answers included', async (locale, { expect }) => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(url(workshopPath.guide(locale)));
    const { pages, pageTexts, text } = await readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
    // The first page lists every card with its minutes; each card's own pages follow.
    for (const id of cardIds) expect(pageTexts[0]).toContain(squash(card(locale, id).title));
    expect(pageTexts[0]).toContain(squash(`${card(locale, 'payroll-cutoff').duration} min`));
    expect(pages).toBeGreaterThan(cardIds.length);
    expect(pages).toBeLessThanOrEqual(cardIds.length * 3);
    const payroll = card(locale, 'payroll-cutoff') as WorkshopCase;
    expect(text).toContain(squash(payroll.steps[0]!.options[0]!.consequence));
    expect(text).toContain(squash(uiStrings(locale)['workshop.recommended']!));
    // Links and advice for the screen stay on the screen.
    for (const key of ['workshop.all', 'workshop.guideIntro']) expect(text).not.toContain(squash(uiStrings(locale)[key]!));
    await context.close();
  });
});

it('is reachable from the course, in the learner’s language, and opens apart from it', async () => {
  const context = await newContext(browser(), { locale: 'es' });
  const page = await context.newPage();
  await page.goto(url('index.html'));
  const link = page.locator('#workshop-link');
  await expect.poll(() => link.textContent()).toBe(uiStrings('es')['shell.workshop']);
  expect(await link.getAttribute('href')).toBe(workshopPath.index('es'));
  expect(await link.getAttribute('target')).toBe('_blank');
  await page.goto(url(workshopPath.index('es')));
  expect(await page.locator('.workshop-card').count()).toBe(cardIds.length);
  await context.close();
});
