// Finds a Chromium or Chrome on this machine; playwright-core never downloads one.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/**
 * Chromium's headless shell renders with the same engine and does about half the work of the
 * whole browser per page: tests take it where it is installed.
 */
const SHELLS = ['chromium-headless-shell', 'chrome-headless-shell'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `CHROME_PATH` first, then a Chromium or Chrome on the PATH; for tests (`shell`), a headless
 * shell before them. Lighthouse measures in the whole browser, as learners have it.
 */
export function findBrowser({ env = process.env, shell = false }: { env?: NodeJS.ProcessEnv; shell?: boolean } = {}): string {
  if (env.CHROME_PATH) {
    if (executable(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable file.`);
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of shell ? [...SHELLS, ...BROWSERS] : BROWSERS) {
    for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  }
  throw new Error(
    'The browser tests need Chromium or Chrome, and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium chromium-headless-shell\n' +
      '  Elsewhere: install Chrome or Chromium, or set CHROME_PATH to its executable.',
  );
}

const options = (shell = true) => ({
  executablePath: findBrowser({ shell }),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

/** A browser of this process's own (a test worker, the bench, the screenshots); the whole browser without `shell`. */
export function launchBrowser({ shell = true } = {}): Promise<Browser> {
  return chromium.launch(options(shell));
}
