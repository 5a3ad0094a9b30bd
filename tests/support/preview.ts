// Drives the preview LMS page (scorm/preview/page) and the course inside it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import lz from 'lz-string';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import type { Faults } from '../../scorm/preview/page/api.ts';
import type { ProfileName } from '../../scorm/preview/page/profiles.ts';
import { newContext } from './page.ts';

export const dist = resolve(import.meta.dirname, '../../dist');

export interface PackageInfo {
  name: string;
  edition: 'scorm12' | 'scorm2004';
  locale: string;
  launch: string;
  bytes: number;
}

export const builtPackages = (): PackageInfo[] =>
  JSON.parse(readFileSync(resolve(dist, 'packages/packages.json'), 'utf8'));

export type Cmi = Record<string, any>;

/** Learner state as the course saves it (compressed), read back as JSON with its short keys. */
export const savedState = (saved: string | null | undefined): Record<string, any> => JSON.parse(lz.decompressFromEncodedURIComponent(saved ?? '') || '{}');

/** The learner state the course saved in `suspend_data`. */
export const suspended = (cmi: Cmi) => savedState(cmi.suspend_data);

/** The learner state the course saved in the browser when it runs with no LMS. */
export const savedInBrowser = async (page: Page, courseId: string) =>
  savedState(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), `course:${courseId}`)) ?? '{}').suspendData);

export interface PreviewSession {
  page: Page;
  /** The course's launch page (the shell). */
  shell: FrameLocator;
  /** The lesson inside the shell's frame. */
  lesson: FrameLocator;
  launch(name: string, options?: { resume?: boolean; profile?: ProfileName; learnerLanguage?: string; learnerName?: string; faults?: Faults }): Promise<void>;
  /** The lesson frame itself, for what a FrameLocator cannot do (axe). */
  lessonFrame(): Frame;
  exit(): Promise<void>;
  cmi(): Promise<Cmi>;
  calls(): Promise<Record<string, number>>;
  /** What the strict recorder found against the standard in this launch. */
  violations(): Promise<string[]>;
  /** Errors thrown in any frame of the page. */
  errors: string[];
}

export async function openPreview(browser: Browser, baseUrl: string, { axe = false } = {}): Promise<PreviewSession> {
  // Reduced motion: the LMS runs test tracking, not animation (the keyboard tests cover both).
  const context = await newContext(browser, { viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce', axe });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The course runs under a strict Content-Security-Policy; a break is logged, not thrown.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) errors.push(message.text());
  });
  await page.goto(`${baseUrl}/preview/`);
  await page.waitForFunction(() => 'previewLms' in window);
  const shell = page.frameLocator('#frame-holder iframe');
  const lesson = shell.frameLocator('#lesson-frame');
  return {
    page,
    shell,
    lesson,
    errors,
    async launch(name, { learnerLanguage = '', ...options } = {}) {
      await page.selectOption('#learner-language', learnerLanguage);
      await page.evaluate(([n, o]) => (window as any).previewLms.launch(n, o), [name, options] as const);
      await lesson.locator('h1').waitFor();
    },
    lessonFrame() {
      const frame = page.frame({ name: 'lesson' });
      if (!frame) throw new Error('no lesson frame in the preview');
      return frame;
    },
    exit: () => page.evaluate(() => (window as any).previewLms.exit()),
    cmi: () => page.evaluate(() => (window as any).previewLms.cmi()),
    calls: () => page.evaluate(() => (window as any).previewLms.calls()),
    violations: () => page.evaluate(() => (window as any).previewLms.violations()),
  };
}

/** The lesson id and language the shell's frame shows now. */
export async function shownLesson(lesson: FrameLocator): Promise<{ id: string | null; lang: string | null }> {
  const html = lesson.locator('html');
  return { id: await html.getAttribute('data-lesson-id'), lang: await html.getAttribute('lang') };
}

/**
 * Waits until the frame shows `id` (after a click on a link that targets it) and its activities
 * answer: what is chosen in an island before it hydrates is lost when it draws itself.
 */
export async function waitForLesson(lesson: FrameLocator, id: string): Promise<void> {
  await lesson.locator(`html[data-lesson-id="${id}"] h1`).waitFor();
  await lesson.locator(`html[data-lesson-id="${id}"] [data-island]:not([data-hydrated])`).first().waitFor({ state: 'detached' });
}

/** Waits until the launch page has taken its first lesson in (its contents mark it current): the frame alone can be ahead of it. */
export const firstLessonOpened = (shell: Page | FrameLocator) => shell.locator('#contents a[aria-current="page"]').waitFor({ state: 'attached' });

/** Waits until the shell has taken the lesson in (visited, current): the frame alone can be ahead of it. */
export async function lessonOpened(session: Pick<PreviewSession, 'shell' | 'lesson'>, id: string): Promise<void> {
  await waitForLesson(session.lesson, id);
  // Attached, not visible: where the contents are a drawer, they are closed.
  await session.shell.locator(`#contents a[aria-current="page"][href$="/${id}.html"]`).waitFor({ state: 'attached' });
}

/**
 * Follows a link of the launch page's contents (a lesson, a language), opening the contents
 * first where they are a drawer, as a learner would.
 */
export async function chooseInContents(shell: FrameLocator | Page, link: string): Promise<void> {
  const toggle = shell.locator('#contents-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await shell.locator(link).click();
}
