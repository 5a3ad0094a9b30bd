// Serves the built course and packages, once for every browser test file (each worker starts
// its browser: shared-browser.ts).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scorm/preview/server.ts';
import { findBrowser } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(resolve(import.meta.dirname, '../../dist/packages/packages.json'))) {
    throw new Error('dist/ is not built: run `npm test` (which builds first) or `npm run build`.');
  }
  // Once, before any worker tries: no browser means one message that says what to install.
  findBrowser({ shell: true });
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
