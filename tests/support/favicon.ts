// The tab icon is drawn in src/icon/favicon.svg and shipped as public/favicon.png. A browser
// decodes an SVG icon by building a page for it: about 20 ms of the launch page's main thread,
// measured in the trace of a load, against well under a millisecond for a PNG. The build needs
// no browser, so the PNG is rendered here and kept in the repo: run `npm run favicon` after
// changing the drawing (a test checks that the two still agree).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

const root = join(import.meta.dirname, '../..');
const FAVICON_SVG = join(root, 'src/icon/favicon.svg');
export const FAVICON_PNG = join(root, 'public/favicon.png');
/** Twice the 32 px of a tab on a standard screen: sharp on high-density ones. */
const FAVICON_SIZE = 64;

/** The drawing rendered as a PNG, on a transparent ground. */
export async function renderFavicon(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: FAVICON_SIZE, height: FAVICON_SIZE } });
  try {
    const svg = readFileSync(FAVICON_SVG, 'utf8');
    await page.setContent(`<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${FAVICON_SIZE}" height="${FAVICON_SIZE}" style="display:block">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    return await page.screenshot({ omitBackground: true });
  } finally {
    await page.close();
  }
}

if (import.meta.main) {
  const browser = await launchBrowser();
  try {
    writeFileSync(FAVICON_PNG, await renderFavicon(browser));
    console.log(`Wrote ${FAVICON_PNG}`);
  } finally {
    await browser.close();
  }
}
