// An LMS that misbehaves, in both editions: the learner keeps working, hears about it quietly,
// and loses nothing; the strict recorder finds no call outside the standard.
import { describe, inject, it } from 'vitest';
import ui from '../../locales/en/ui.json' with { type: 'json' };
import { course } from '../../src/course/config.ts';
import { answerRight, questionData } from '../support/answer.ts';
import { lessonOpened, openPreview, savedInBrowser, suspended, type Cmi, type PreviewSession } from '../support/preview.ts';
import { sharedBrowser } from '../support/shared-browser.ts';

const browser = sharedBrowser();

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

describe.concurrent.each(['scorm12', 'scorm2004'] as const)('%s', (edition) => {
  const pkg = `${course.id}-en-${edition}.zip`;
  const open = async () => {
    const lms = await openPreview(browser(), inject('baseUrl'));
    await lms.page.evaluate((name) => (window as any).previewLms.forget(name), pkg);
    return lms;
  };

  it('works on in the browser when the LMS refuses to start, says so truly, and calls it no more', async ({ expect }) => {
    const lms = await open();
    await lms.launch(pkg, { faults: { initialize: 'fail' } });
    expect(await status(lms).textContent()).toBe(ui['shell.lmsUnavailable']);
    await answer(lms);
    expect((await savedInBrowser(lms.page, course.id)).a[QUESTION]).toBe(false);
    await lms.exit();
    expect(await lms.calls()).toEqual({ Initialize: 1, Terminate: 0, Commit: 0, SetValue: 0, GetValue: 0 });
    expect(await lms.violations()).toEqual([]);
    expect(lms.errors).toEqual([]);
    await lms.page.context().close();
  });

  // SCORM 2004 says "already initialized" with its own code, 103: the session is there to use.
  // SCORM 1.2 has only 101, which is every failure: the course cannot tell, and keeps to the browser.
  it(edition === 'scorm2004' ? 'carries on when the LMS had already initialized the session' : 'keeps to the browser when LMSInitialize answers 101', async ({ expect }) => {
    const lms = await open();
    await lms.launch(pkg, { faults: { initialize: 'already' } });
    await answer(lms);
    if (edition === 'scorm12') expect(await status(lms).textContent()).toBe(ui['shell.lmsUnavailable']);
    await lms.exit();
    if (edition === 'scorm2004') expect(savedAnswer(await lms.cmi())).toBe(false);
    else expect(await lms.calls()).toMatchObject({ SetValue: 0, GetValue: 0, Commit: 0 });
    expect(await lms.violations()).toEqual([]);
    await lms.page.context().close();
  });

  it('clears the notice as soon as saving works again after refusals at launch', async ({ expect }) => {
    const lms = await open();
    await lms.launch(pkg, { faults: { refuseSetValue: 3 } });
    // The frame can show the lesson before the shell has counted the visit: wait for the shell.
    await lessonOpened(lms, 'introduction');
    await expect.poll(() => status(lms).textContent()).toBe(ui['shell.savedInLms']);
    await lms.exit();
    expect(suspended(await lms.cmi()).s).toEqual(['introduction']);
    await lms.page.context().close();
  });

  it('tells administrators, not the learner, about a value the LMS will never accept', async ({ expect }) => {
    const lms = await open();
    const logged: string[] = [];
    lms.page.on('console', (message) => message.type() === 'warning' && logged.push(message.text()));
    const response = edition === 'scorm12' ? 'student_response' : 'learner_response';
    await lms.launch(pkg, { faults: { rejectElement: `^cmi\\.interactions\\.\\d+\\.${response}$` } });
    await answer(lms);
    // The rest of the answer reached the LMS; only the refused value is missing.
    await expect.poll(async () => Object.values((await lms.cmi()).interactions ?? {}).map((i: any) => [i.id, i.result])).toEqual([[QUESTION, 'correct']]);
    expect(await status(lms).textContent()).toBe(ui['shell.savedInLms']);
    expect(logged.filter((line) => line.includes(response) && line.includes('does not accept'))).toHaveLength(1);
    await lms.exit();
    expect(savedAnswer(await lms.cmi())).toBe(false);
    await lms.page.context().close();
  });

  it('keeps the answer through refused writes and commits, says so, and saves it once the LMS answers again', async ({ expect }) => {
    const lms = await open();
    // From the answer on, the first writes are refused, one commit throws, and two more are
    // refused: about 7 s of trouble.
    await lms.launch(pkg, { faults: { refuseSetValue: 3, throwOnCommit: 1, refuseCommit: 2, troubleFrom: '^cmi\\.interactions\\.' } });
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

  it('stays usable with a slow LMS', async ({ expect }) => {
    const lms = await open();
    await lms.launch(pkg, { faults: { delayMs: 40 } });
    await answer(lms);
    await lms.exit();
    expect(savedAnswer(await lms.cmi())).toBe(false);
    expect(await lms.violations()).toEqual([]);
    await lms.page.context().close();
  });

  it('loses nothing when the tab is closed without an exit', async ({ expect }) => {
    const lms = await open();
    await lms.launch(pkg);
    await answer(lms);
    // Written to the LMS (a learner reads the feedback first; a test could close before the
    // lesson's message reached the shell), and not committed yet: that waits for a pause.
    await expect.poll(async () => savedAnswer(await lms.cmi())).toBeDefined();
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
