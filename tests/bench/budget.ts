// The size budgets, shared by the bench report and the budget test.
import { kb, type PageWeight } from './measure.ts';

export const LIMITS = {
  /** gzip bytes of JS on any lesson page, with all its islands (one copy of Preact and the stores) */
  lessonWithIslands: 15 * 1024,
  /** JS bytes on a page without islands */
  pageWithoutIslands: 0,
};

export function budget(lessons: PageWeight[]) {
  const withIslands = lessons.filter((p) => p.islands > 0);
  const heaviest = withIslands.reduce<PageWeight | undefined>((a, b) => (a && a.js.gzip >= b.js.gzip ? a : b), undefined);
  const without = lessons.filter((p) => p.islands === 0);
  const heaviestWithout = Math.max(0, ...without.map((p) => p.js.raw));
  return [
    {
      name: 'JS on the heaviest lesson page, with its islands (gzip)',
      ok: (heaviest?.js.gzip ?? 0) <= LIMITS.lessonWithIslands,
      actual: heaviest ? `${kb(heaviest.js.gzip)} (${heaviest.page})` : 'no lesson has islands',
      limit: kb(LIMITS.lessonWithIslands),
    },
    {
      name: `JS on lesson pages without islands (${without.length})`,
      ok: heaviestWithout <= LIMITS.pageWithoutIslands,
      actual: `${heaviestWithout} B`,
      limit: `${LIMITS.pageWithoutIslands} B`,
    },
  ];
}
