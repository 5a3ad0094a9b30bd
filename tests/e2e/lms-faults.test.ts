// An LMS that misbehaves, in both editions: the learner keeps working, hears about it quietly,
// and loses nothing; the strict recorder finds no call outside the standard.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { course } from '../../src/course/config.ts';
import { answerRight, questionData } from '../support/answer.ts';
import { launchBrowser } from '../support/browser.ts';
import { openPreview, savedInBrowser, suspended, type Cmi, type PreviewSession } from '../support/preview.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const QUESTION = 'first-thoughts';
const status = (lms: PreviewSession) => lms.shell.locator('#status');

/** Answers the first lesson's true/false question right and checks it. */
async function answer(lms: PreviewSession): Promise<void> {
  // Keys pressed before the island hydrates would be lost: wait for it.
  const frame = lms.lesson.locator(`[data-hydrated] .question:has(#${QUESTION}-label)`);
  await frame.waitFor();
  await answerRight(lms.page, frame, questionData('questions', 'en', QUESTION));
  await frame.locator('button[type="submit"]').click();
  await frame.locator('.question-feedback[data-result="right"]').waitFor();
}

const savedAnswer = (cmi: Cmi) => suspended(cmi).a?.[QUESTION];

describe.each(['scorm12', 'scorm2004'] as const)('%s', (edition) => {
  const pkg = `${course.id}-en-${edition}.zip`;
  const open = async () => {
    const lms = await openPreview(browser, inject('baseUrl'));
    await lms.page.evaluate((name) => (window as any).previewLms.forget(name), pkg);
    return lms;
  };

  it('works on in the browser when the LMS refuses to start', async () => {
    const lms = await open();
    await lms.launch(pkg, { faults: { initialize: 'fail' } });
    await expect.poll(() => status(lms).textContent()).toBe(ui['shell.lmsTrouble']);
    await answer(lms);
    expect((await savedInBrowser(lms.page, course.id)).a[QUESTION]).toBe(false);
    expect(lms.errors).toEqual([]);
    await lms.page.context().close();
  });

  it('carries on when the LMS had already initialized the session', async () => {
    const lms = await open();
    await lms.launch(pkg, { faults: { initialize: 'already' } });
    await answer(lms);
    await lms.exit();
    expect(savedAnswer(await lms.cmi())).toBe(false);
    expect(await lms.violations()).toEqual([]);
    await lms.page.context().close();
  });

  it('keeps the answer through refused writes and commits, says so, and saves it once the LMS answers again', async () => {
    const lms = await open();
    // The first writes are refused, one commit throws, and two more are refused: about 7 s of trouble.
    await lms.launch(pkg, { faults: { refuseSetValue: 3, throwOnCommit: 1, refuseCommit: 2 } });
    await answer(lms);
    await expect.poll(() => status(lms).textContent()).toBe(ui['shell.lmsTrouble']);
    await expect.poll(() => status(lms).textContent(), { timeout: 20_000 }).toBe(ui['shell.savedInLms']);
    expect(savedAnswer(await lms.cmi())).toBe(false);
    await lms.exit();
    expect(savedAnswer(await lms.cmi())).toBe(false);
    expect(await lms.calls()).toMatchObject({ Initialize: 1, Terminate: 1 });
    expect(lms.errors).toEqual([]);
    await lms.page.context().close();
  });

  it('stays usable with a slow LMS', async () => {
    const lms = await open();
    await lms.launch(pkg, { faults: { delayMs: 40 } });
    await answer(lms);
    await lms.exit();
    expect(savedAnswer(await lms.cmi())).toBe(false);
    expect(await lms.violations()).toEqual([]);
    await lms.page.context().close();
  });

  it('loses nothing when the tab is closed without an exit', async () => {
    const lms = await open();
    await lms.launch(pkg);
    await answer(lms);
    const context = lms.page.context();
    await lms.page.close({ runBeforeUnload: true });
    // The LMS kept what the course committed; the next launch resumes with the answer.
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/preview/`);
    await page.waitForFunction(() => 'previewLms' in window);
    await page.evaluate((name) => (window as any).previewLms.launch(name, { resume: true }), pkg);
    const question = page.frameLocator('#frame-holder iframe').frameLocator('#lesson-frame').locator(`.question:has(#${QUESTION}-label)`);
    await question.locator('.question-feedback[data-result="right"]').waitFor();
    await context.close();
  });
});
