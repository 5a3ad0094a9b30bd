// The size budgets, shared by the bench report and the budget test.
import { kb, type PageWeight } from './measure.ts';

/** What the launch page and the workshop room shipped before their layout was rebuilt (Dec. 2026), gzip bytes. */
const BEFORE = { launchPage: 11_346, workshopRoom: 12_215 };
/** What that rebuild may add to a page: the compact chrome, the drawer, progress, fitted slides. */
const REBUILD_ALLOWANCE = 3 * 1024;

export const LIMITS = {
  /**
   * gzip bytes of JS on any lesson page, with all its islands (one copy of Preact and the
   * stores); 18 KB since the card activities took tap-to-place and drag-and-drop (issue 15).
   */
  lessonWithIslands: 18 * 1024,
  /** JS bytes on a page without islands */
  pageWithoutIslands: 0,
  /** gzip bytes of JS on the launch page: the shell, its LMS link and its chrome */
  launchPage: BEFORE.launchPage + REBUILD_ALLOWANCE,
  /** gzip bytes of JS on a workshop room or presenter view */
  workshopRoom: BEFORE.workshopRoom + REBUILD_ALLOWANCE,
};

/** The pages outside the lessons that have a budget of their own. */
export interface OtherPages {
  launchPage: PageWeight;
  workshopRoom: PageWeight;
  certificate: PageWeight;
}

const heaviestOf = (pages: PageWeight[]) => pages.reduce<PageWeight | undefined>((a, b) => (a && a.js.gzip >= b.js.gzip ? a : b), undefined);

const within = (name: string, page: PageWeight, limit: number) => ({
  name,
  ok: page.js.gzip <= limit,
  actual: `${kb(page.js.gzip)} (${page.page})`,
  limit: kb(limit),
});

export function budget(lessons: PageWeight[], others: OtherPages) {
  const heaviest = heaviestOf(lessons.filter((p) => p.islands > 0));
  const without = lessons.filter((p) => p.islands === 0);
  const heaviestWithout = Math.max(0, ...without.map((p) => p.js.raw));
  return [
    heaviest
      ? within('JS on the heaviest lesson page, with its islands (gzip)', heaviest, LIMITS.lessonWithIslands)
      : { name: 'JS on the heaviest lesson page, with its islands (gzip)', ok: false, actual: 'no lesson has islands', limit: kb(LIMITS.lessonWithIslands) },
    {
      name: `JS on lesson pages without islands (${without.length})`,
      ok: heaviestWithout <= LIMITS.pageWithoutIslands,
      actual: `${heaviestWithout} B`,
      limit: `${LIMITS.pageWithoutIslands} B`,
    },
    within('JS on the certificate (gzip)', others.certificate, LIMITS.lessonWithIslands),
    within('JS on the launch page (gzip)', others.launchPage, LIMITS.launchPage),
    within('JS on a workshop room (gzip)', others.workshopRoom, LIMITS.workshopRoom),
  ];
}
