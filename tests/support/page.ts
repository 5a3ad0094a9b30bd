// Helpers for a course page open in the browser.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Resolves once every island on the page is hydrated (see src/components/islands/mount.ts). */
export async function islandsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[data-island]:not([data-hydrated])').length === 0);
}

/** axe's WCAG 2.2 A and AA findings, one line each, naming the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
