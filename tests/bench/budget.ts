// The size budgets of issue #2, shared by the bench report and the budget test.
import { kb, type PageWeight } from './measure.ts';

export const LIMITS = {
  /** gzip bytes of JS on a lesson page with one island */
  lessonWithIsland: 15 * 1024,
  /** JS bytes on a page without islands */
  lessonWithoutIslands: 0,
};

export function budget(withIsland: PageWeight, withoutIslands: PageWeight) {
  return [
    {
      name: 'JS on a lesson with one island (gzip)',
      ok: withIsland.js.gzip <= LIMITS.lessonWithIsland,
      actual: kb(withIsland.js.gzip),
      limit: kb(LIMITS.lessonWithIsland),
    },
    {
      name: 'JS on a lesson without islands',
      ok: withoutIslands.js.raw <= LIMITS.lessonWithoutIslands,
      actual: `${withoutIslands.js.raw} B`,
      limit: `${LIMITS.lessonWithoutIslands} B`,
    },
  ];
}
