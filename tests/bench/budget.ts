// The size budgets, shared by the bench report and the budget test.
import { kb, type PageWeight } from './measure.ts';

export const LIMITS = {
  /** gzip bytes of JS on a lesson page with its islands (one copy of Preact and the stores) */
  lessonWithIslands: 15 * 1024,
  /** JS bytes on a page without islands */
  lessonWithoutIslands: 0,
};

export function budget(withIslands: PageWeight, withoutIslands: PageWeight) {
  return [
    {
      name: 'JS on a lesson with its question islands (gzip)',
      ok: withIslands.js.gzip <= LIMITS.lessonWithIslands,
      actual: kb(withIslands.js.gzip),
      limit: kb(LIMITS.lessonWithIslands),
    },
    {
      name: 'JS on a lesson without islands',
      ok: withoutIslands.js.raw <= LIMITS.lessonWithoutIslands,
      actual: `${withoutIslands.js.raw} B`,
      limit: `${LIMITS.lessonWithoutIslands} B`,
    },
  ];
}
