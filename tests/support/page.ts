// Helpers for browser tests: a context for each test, with axe when asked; islands; axe itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA; the static pass over every page adds axe's best practices. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** How long one step may wait for a page: long, so that a busy machine slows a test down without failing it. */
const STEP_TIMEOUT_MS = 120_000;

/**
 * A context for one test. With `axe`, every document it loads has axe-core ready, put there
 * by the browser itself: far cheaper than sending axe's 500 KB to each page to be checked.
 */
export async function newContext(browser: Browser, { axe = false, ...options }: BrowserContextOptions & { axe?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  if (axe) await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/** Resolves once every island on the page is hydrated (see src/components/islands/mount.ts). */
export async function islandsReady(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[data-island]:not([data-hydrated])').length === 0);
}

const framesUnder = (frame: Frame): Frame[] => [frame, ...frame.childFrames().flatMap(framesUnder)];

/** The rules whose outcome hangs on colour: all that changes between the light and the dark theme. */
export const COLOUR_RULES = { rules: ['color-contrast', 'link-in-text-block'] } as const;

/**
 * axe's findings in a page or a frame (its frames included), one line each, naming the
 * elements: for rules with the given tags, or for the given rules, less those to `skip`. A document loaded outside
 * an `axe` context gets axe sent in first.
 */
export async function axeViolations(
  target: Page | Frame,
  scope: readonly string[] | { readonly rules: readonly string[] } = WCAG,
  { skip = [] }: { skip?: readonly string[] } = {},
): Promise<string[]> {
  const top = 'mainFrame' in target ? target.mainFrame() : target;
  for (const frame of framesUnder(top)) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  }
  const runOnly = 'rules' in scope ? { type: 'rule' as const, values: [...scope.rules] } : { type: 'tag' as const, values: [...scope] };
  const off = Object.fromEntries(skip.map((rule) => [rule, { enabled: false }]));
  return top.evaluate(async ([only, rules]) => {
    // Contrast is judged on what stays on the screen, not on feedback still fading in.
    const fading = (a: Animation) => (a.effect as KeyframeEffect | null)?.getKeyframes().some((k) => 'opacity' in k || 'color' in k || 'backgroundColor' in k);
    const settling = document.getAnimations().filter((a) => fading(a) && a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(settling.map((a) => a.finished.catch(() => undefined)));
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: only, rules, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, [runOnly, off] as const);
}
