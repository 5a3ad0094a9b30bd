// Serves the built course and packages, and starts one browser, once for every browser test file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scorm/preview/server.ts';
import { launchBrowserServer } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where test files connect to the shared browser. */
    browserWs: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(resolve(import.meta.dirname, '../../dist/packages/packages.json'))) {
    throw new Error('dist/ is not built: run `npm test` (which builds first) or `npm run build`.');
  }
  const [server, browser] = await Promise.all([startServer(), launchBrowserServer()]);
  project.provide('baseUrl', server.url);
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
