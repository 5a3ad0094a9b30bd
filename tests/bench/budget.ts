// The size budgets, shared by the bench report and the budget test.
import { kb, type Bytes, type PageWeight } from './measure.ts';

/** What the launch page and the workshop room shipped before their layout was rebuilt (Dec. 2026), gzip bytes. */
const BEFORE = { launchPage: 11_346, workshopRoom: 12_215 };
/** What that rebuild may add to a page: the compact chrome, the drawer, progress, fitted slides. */
const REBUILD_ALLOWANCE = 3 * 1024;

export const LIMITS = {
  /** gzip bytes of JS on any lesson page, with all its islands (one copy of Preact and the stores), drag and drop included */
  lessonWithIslands: 18 * 1024,
  /** JS bytes on a page without islands */
  pageWithoutIslands: 0,
  /** gzip bytes of JS on the launch page: the shell, its LMS link and its chrome */
  launchPage: BEFORE.launchPage + REBUILD_ALLOWANCE,
  /** gzip bytes of JS on a workshop room or presenter view */
  workshopRoom: BEFORE.workshopRoom + REBUILD_ALLOWANCE,
  /** gzip bytes of CSS on any page */
  cssPerPage: 12 * 1024,
  /** bytes of every font file together (woff2: already compressed), fetched once and kept */
  fonts: 60 * 1024,
  /** bytes of a one-language package, and of the package with every language */
  localePackage: 300 * 1024,
  allLanguagesPackage: 800 * 1024,
};

/** A built package and its size. */
export interface PackageSize {
  name: string;
  bytes: number;
}

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

/** What a learner's browser loads: the JS and CSS of each kind of page, and the fonts. */
export function budget(lessons: PageWeight[], others: OtherPages, fonts: Bytes) {
  const heaviest = heaviestOf(lessons.filter((p) => p.islands > 0));
  const without = lessons.filter((p) => p.islands === 0);
  const heaviestWithout = Math.max(0, ...without.map((p) => p.js.raw));
  const mostCss = [...lessons, ...Object.values(others)].reduce((a, b) => (a.css.gzip >= b.css.gzip ? a : b));
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
    { name: 'CSS on the page with the most (gzip)', ok: mostCss.css.gzip <= LIMITS.cssPerPage, actual: `${kb(mostCss.css.gzip)} (${mostCss.page})`, limit: kb(LIMITS.cssPerPage) },
    { name: 'Fonts, all files (woff2)', ok: fonts.raw <= LIMITS.fonts, actual: kb(fonts.raw), limit: kb(LIMITS.fonts) },
  ];
}

/** What an LMS administrator uploads: the largest one-language package, and the one with every language. */
export function packageBudget(packages: PackageSize[]) {
  const largest = (all: boolean) =>
    packages.filter((p) => p.name.includes('-all-') === all).reduce((a, b) => (a.bytes >= b.bytes ? a : b), { name: 'none', bytes: 0 });
  const localePackage = largest(false);
  const allPackage = largest(true);
  return [
    { name: 'The largest one-language package', ok: localePackage.bytes <= LIMITS.localePackage, actual: `${kb(localePackage.bytes)} (${localePackage.name})`, limit: kb(LIMITS.localePackage) },
    { name: 'The all-languages package', ok: allPackage.bytes <= LIMITS.allLanguagesPackage, actual: `${kb(allPackage.bytes)} (${allPackage.name})`, limit: kb(LIMITS.allLanguagesPackage) },
  ];
}
