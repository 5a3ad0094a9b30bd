// The course's own typeface, from its own package: loaded on a lesson page in a language that
// needs the Latin Extended part (Czech), and used for the text.
import { expect, inject, it } from 'vitest';
import { newContext } from '../support/page.ts';
import { sharedBrowser } from '../support/shared-browser.ts';

const browser = sharedBrowser();

it('sets Czech lesson text in Source Sans 3, every letter from the course’s own files', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  const fonts: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${inject('baseUrl')}/course/cs/service-is-everyones-job.html`);
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.unicodeRange.split(',')[0]}`);
  });
  expect(faces).toEqual(expect.arrayContaining([expect.stringMatching(/^"?Source Sans 3"? U\+0-FF/i), expect.stringMatching(/^"?Source Sans 3"? U\+100-/i)]));
  expect(fonts.sort()).toEqual([expect.stringMatching(/\/course\/assets\/source-sans-3-latin-ext\.\w+\.woff2$/), expect.stringMatching(/\/course\/assets\/source-sans-3-latin\.\w+\.woff2$/)]);
  expect(await page.locator('.lesson p').first().evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/^"Source Sans 3"/);
  await context.close();
});
