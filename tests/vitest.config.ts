import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing built; `e2e` reads dist/ and drives Chromium, so
// `npm test` builds first.
//
// Browser tests wait on conditions, never on the clock: the timeouts below are a net for a
// test that hangs, set wide so that a busy machine (a laptop compiling beside the run) slows
// the run down without failing it.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // The browser does most of the work. Two files at a time, two tests each, keep both cores
    // of a small machine busy while tests wait on their pages; more pages at once only make
    // the cores trade places: measured on 2 cores, 3 × 3 took a fifth more CPU than 2 × 2.
    maxWorkers: 2,
    maxConcurrency: 2,
    expect: { poll: { timeout: 60_000 } },
    projects: [
      {
        test: {
          name: 'unit',
          root: 'tests',
          include: ['unit/**/*.test.ts', 'content/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'tests',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['support/global-setup.ts'],
          isolate: false,
          testTimeout: 900_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
