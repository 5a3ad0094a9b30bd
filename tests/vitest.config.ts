import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing built; `e2e` reads dist/ and drives Chromium, so
// `npm test` builds first.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
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
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
