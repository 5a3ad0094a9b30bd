// A complete run of the course in the preview LMS with the keyboard recipes of the browser
// tests: once with a plain LMS, once with one whose every Commit holds the page for 1.5 s.
// How many Commits, and how much slower. Two learners: one who never pauses (machine speed),
// and one who reads each lesson for a few seconds first, as people do (far more briefly).
import type { Browser } from 'playwright-core';
import type { ProfileName } from '../../scorm/preview/page/profiles.ts';
import { startServer } from '../../scorm/preview/server.ts';
import { course } from '../../src/course/config.ts';
import { launchBrowser } from '../support/browser.ts';
import { completeCourse } from '../support/course-run.ts';
import { openPreview } from '../support/preview.ts';

export interface CommitRun {
  edition: 'scorm12' | 'scorm2004';
  profile: ProfileName;
  /** How long the learner reads each lesson before its activities. */
  readMs: number;
  /** From launch to the last lesson done: the learner's time. */
  seconds: number;
  commits: number;
}

async function run(browser: Browser, baseUrl: string, edition: CommitRun['edition'], profile: ProfileName, readMs: number): Promise<CommitRun> {
  const lms = await openPreview(browser, baseUrl);
  const started = performance.now();
  await lms.launch(`${course.id}-${course.sourceLocale}-${edition}.zip`, { profile });
  await completeCourse(lms, course.sourceLocale, { readMs });
  const done = performance.now();
  await lms.exit();
  const { Commit: commits = 0 } = await lms.calls();
  const violations = await lms.violations();
  await lms.page.context().close();
  if (violations.length) throw new Error(`the ${profile} run broke the standard: ${violations.join('; ')}`);
  return { edition, profile, readMs, seconds: (done - started) / 1000, commits };
}

/** The runs, plain and slow LMS taking turns so that both meet the machine in the same state. */
async function commitRuns(): Promise<CommitRun[]> {
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const plan: Array<[CommitRun['edition'], number]> = [
    ['scorm2004', 0],
    ['scorm12', 0],
    ['scorm2004', 0],
    ['scorm12', 0],
    ['scorm2004', 5000],
  ];
  const runs: CommitRun[] = [];
  try {
    await run(browser, server.url, 'scorm2004', 'standard', 0); // warms the browser and the server's unzipped packages
    for (const [edition, readMs] of plan) {
      for (const profile of ['standard', 'slow-commit'] as const) runs.push(await run(browser, server.url, edition, profile, readMs));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return runs;
}

/** One learner and edition: a plain LMS and a slow one side by side. */
export interface CommitFigures {
  edition: CommitRun['edition'];
  learner: string;
  plain: { seconds: number; commits: number };
  slow: { seconds: number; commits: number };
  /** How much longer the learner's run takes when each Commit holds the page 1.5 s. */
  slowdown: number;
}

/** The runs, summed up: time is the quickest repeat (the machine's hiccups taken out), Commits the most any repeat made. */
export async function commitFigures(): Promise<CommitFigures[]> {
  const runs = await commitRuns();
  const groups = Map.groupBy(runs, (r) => `${r.edition} ${r.readMs}`);
  return [...groups.values()].map((group) => {
    const { edition, readMs } = group[0]!;
    const figures = (profile: ProfileName) => {
      const of = group.filter((r) => r.profile === profile);
      return { seconds: Number(Math.min(...of.map((r) => r.seconds)).toFixed(2)), commits: Math.max(...of.map((r) => r.commits)) };
    };
    const plain = figures('standard');
    const slow = figures('slow-commit');
    return { edition, learner: readMs ? `reads each lesson ${readMs / 1000} s` : 'never pauses', plain, slow, slowdown: Number((slow.seconds / plain.seconds).toFixed(2)) };
  });
}
