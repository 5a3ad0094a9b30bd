// Lighthouse, mobile (its default: a mid-range phone on a slow network, simulated), on every
// type of page: the launch page in the source language and in Czech (the longest), a lesson
// with activities, the final test in Czech (the lesson with the most script), and the trainers'
// workshop index, facilitator guide, room and presenter view. Offline: the course is served
// from this machine, and nothing it loads comes from anywhere else.
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { startServer } from '../../scorm/preview/server.ts';
import { course } from '../../src/course/config.ts';
import { lessonPath, shellPath, workshopPath } from '../../src/course/paths.ts';
import { findBrowser } from '../support/browser.ts';

export interface LighthouseFigures {
  page: string;
  performance: number;
  /** Each run's performance score, in run order: how steady the median is. */
  performanceRuns: number[];
  accessibility: number;
  /** Cumulative layout shift: how far the page moves as it loads. */
  cls: number;
  /** Lighthouse's measure of this machine's speed: scores fall on slower machines (desktops ≈ 1,000–2,500). */
  benchmarkIndex: number;
}

const source = course.sourceLocale;
/** Runs per page; the figure is their median run. */
const RUNS = 5;
const PAGES = [
  shellPath(),
  shellPath('cs'),
  lessonPath(source, 'who-are-your-customers'),
  lessonPath('cs', 'final-test'),
  workshopPath.index(source),
  workshopPath.guide(source),
  workshopPath.room(source, 'payroll-cutoff'),
  workshopPath.presenter(source, 'payroll-cutoff'),
];

const performanceScore = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

export async function lighthouseFigures(): Promise<LighthouseFigures[]> {
  const server = await startServer();
  const chrome = await launch({ chromePath: findBrowser(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const figures: LighthouseFigures[] = [];
  const run = async (page: string) => {
    const result = await lighthouse(`${server.url}/course/${page}`, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
    return result.lhr;
  };
  try {
    // A browser's first page is slow to start whatever it is: one run to warm it, not counted.
    await run(PAGES[0]!);
    // One page at a time: Lighthouse measures a page alone in its browser. Its simulated
    // timings vary from run to run: each page's figure is the median of five, as Lighthouse
    // advises for lower variance (computeMedianRun).
    for (const page of PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await run(page));
      const lhr = computeMedianRun(runs);
      const { categories, audits } = lhr;
      figures.push({
        page,
        performance: performanceScore(lhr),
        performanceRuns: runs.map(performanceScore),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return figures;
}
