// `npm start` / `npm run serve`: the preview LMS and the course on localhost.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './server.ts';

if (!existsSync(resolve(import.meta.dirname, '../../dist/packages/packages.json'))) {
  console.error('Nothing is built yet: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ port });
console.log(`\n  Preview LMS:   ${url}/preview/`);
console.log(`  Static course: ${url}/course/index.html\n`);
console.log('  Press Ctrl+C to stop.');

// Open the preview for a person at a terminal; never in CI or a pipe.
if (process.stdout.isTTY && !process.env.CI) {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(opener, [`${url}/preview/`], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
}
