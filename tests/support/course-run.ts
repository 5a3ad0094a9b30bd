// A learner who does everything a lesson offers, right, with the keyboard: every question,
// every scenario to its best ending, the service chain, the final test. Read from the
// content files, so it follows the course as it grows.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';

/** Where a lesson is shown: a page of its own, or the shell's frame. */
type Lesson = Page | FrameLocator;
import type { QuestionData } from '../../src/schemas/question.ts';
import type { ScenarioData } from '../../src/schemas/scenario.ts';
import type { Snapshot } from '../../src/state/snapshot.ts';
import { answerRight, drawnIds, questionData } from './answer.ts';
import { axeViolations } from './page.ts';
import { lessonOpened, type PreviewSession } from './preview.ts';

const content = (path: string) => readFileSync(resolve(import.meta.dirname, '../../content', path), 'utf8');

export type Activity =
  | { kind: 'question'; id: string }
  | { kind: 'scenario'; id: string }
  | { kind: 'service-chain' }
  | { kind: 'final-test' };

/** What a lesson body places, in order. */
export function activitiesOf(locale: string, lessonId: string): Activity[] {
  const body = content(`lessons/${locale}/${lessonId}.mdx`);
  return [...body.matchAll(/<(Question|Scenario|ServiceChain|FinalTest)\b(?:\s+id="([^"]+)")?/g)].map(([, tag, id = '']) =>
    tag === 'Question' ? { kind: 'question', id } : tag === 'Scenario' ? { kind: 'scenario', id } : tag === 'ServiceChain' ? { kind: 'service-chain' } : { kind: 'final-test' },
  );
}

/** The course's lessons in a locale, in order, from their frontmatter. */
export function lessonIdsOf(locale: string): string[] {
  const dir = resolve(import.meta.dirname, '../../content/lessons', locale);
  const order = (file: string) => Number(/^order: (\d+)$/m.exec(readFileSync(resolve(dir, file), 'utf8'))?.[1]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort((a, b) => order(a) - order(b))
    .map((f) => f.replace(/\.mdx$/, ''));
}

/**
 * The saved state of a learner who has done the whole course in `locale` (every lesson
 * opened, every activity answered, the final test taken with `best`), as the shell saves it:
 * for tests that start where a learner finishes.
 */
export function finishedState(locale: string, best: number, completedOn?: string): Snapshot {
  const lessons = lessonIdsOf(locale);
  const activities = lessons.flatMap((id) => activitiesOf(locale, id));
  return {
    locale,
    current: lessons.find((id) => activitiesOf(locale, id).some((a) => a.kind === 'final-test')),
    visited: lessons,
    // Any answer will do (done is answered, not answered right), but a plan is a list of actions.
    answers: Object.fromEntries(
      activities
        .filter((a) => a.kind === 'question')
        .map((a) => {
          const q = questionData('questions', locale, a.id);
          return [a.id, q.type === 'action-plan' ? q.actions.slice(0, q.pick).map((action) => action.id) : true];
        }),
    ),
    paths: Object.fromEntries(
      activities.filter((a) => a.kind === 'scenario').map((a) => [a.id, bestPath(JSON.parse(content(`scenarios/${locale}/${a.id}.json`)) as ScenarioData)]),
    ),
    test: { attempt: { number: 1, draw: [], answers: {}, score: best }, best },
    chain: { suppliers: ['Payroll'], customers: ['Sales'] },
    ...(completedOn ? { completedOn } : {}),
  };
}

/** Choice ids from the start to an ending, always taking the choice that scores most. */
export function bestPath(scenario: ScenarioData): string[] {
  const path: string[] = [];
  let scene = scenario.scenes.find((s) => s.id === scenario.start);
  // Read straight from JSON: an ending has no `choices`, and a choice may have no `score`.
  while (scene?.choices?.length) {
    const best = scene.choices.reduce((a, b) => ((b.score ?? 0) > (a.score ?? 0) ? b : a));
    path.push(best.id);
    scene = scenario.scenes.find((s) => s.id === best.next);
  }
  return path;
}

const press = async (page: Page, key: string, times = 1) => {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
};

/** Answers one lesson question right (or, when nothing is right or wrong, fully) and checks it. */
async function completeQuestion(page: Page, lesson: Lesson, q: QuestionData, locale: string): Promise<void> {
  const frame = lesson.locator(`form.question:has([id="${q.id}-label"])`);
  const check = async () => {
    await frame.locator('button[type="submit"]').focus();
    await press(page, 'Enter');
  };
  switch (q.type) {
    case 'likert':
      // The strongest answer each time: "always" for a good habit, "never" for a poor one.
      for (const [i, statement] of q.statements.entries()) {
        await frame.locator('fieldset.question-card').nth(i).locator('input').first().focus();
        await press(page, statement.reverse ? 'Space' : 'ArrowRight', statement.reverse ? 1 : q.scale.length - 1);
      }
      await check();
      await frame.locator('.question-feedback strong').waitFor();
      return;
    case 'action-plan':
      for (let i = 0; i < q.pick; i++) {
        await frame.locator('input[type="checkbox"]').nth(i).focus();
        await press(page, 'Space');
      }
      await check();
      await frame.locator('.action-plan-result').waitFor();
      return;
    case 'pyramid':
      for (const shape of ['traditional', 'inverted'] as const) {
        for (const slot of q[shape].slots) {
          const select = frame.locator(`select[id="${q.id}-${shape}-${slot.id}"]`);
          await select.focus();
          await press(page, 'ArrowDown', q.roles.findIndex((r) => r.id === slot.role) + 1);
        }
        await check();
        if (shape === 'traditional') {
          await frame.locator('.pyramid-turn').focus();
          await press(page, 'Enter');
          // The inverted pyramid takes the focus once drawn.
          await frame.locator('.pyramid[data-shape="inverted"] .pyramid-stage:focus').waitFor();
        }
      }
      break;
    default:
      await answerRight(page, frame, q, (n) => new Intl.NumberFormat(locale).format(n));
      await check();
  }
  await frame.locator('.question-feedback[data-result="right"]').waitFor();
}

/** Plays a scenario along its best path to its ending. */
async function completeScenario(page: Page, lesson: Lesson, scenario: ScenarioData): Promise<void> {
  let scene = scenario.start;
  for (const choice of bestPath(scenario)) {
    await lesson.locator(`button[data-choice="${choice}"]`).focus();
    await press(page, 'Enter');
    // The next scene takes the focus once drawn: choosing before then would lose the key.
    scene = scenario.scenes.find((s) => s.id === scene)!.choices.find((c) => c.id === choice)!.next;
    await lesson.locator(`.scenario-scene[data-scene="${scene}"]:focus`).waitFor();
  }
  await lesson.locator('.scenario-ending').waitFor();
}

/** Answers every drawn question right with the keyboard and submits. */
export async function takeFinalTest(page: Page, lesson: Lesson, locale: string): Promise<void> {
  await lesson.locator('.final-test form').waitFor();
  for (const id of await drawnIds(lesson)) {
    const frame = lesson.locator(`.final-test .question:has(#${id}-label)`);
    await answerRight(page, frame, questionData('final-test', locale, id), (n) => new Intl.NumberFormat(locale).format(n));
  }
  await lesson.locator('.final-test-submit button').click();
  await lesson.locator('.final-test-result[data-result="right"]').waitFor();
}

/** Does everything the lesson open in `lesson` offers. */
export async function completeLesson(page: Page, lesson: Lesson, locale: string, lessonId: string): Promise<void> {
  // Islands answer keys only once hydrated.
  await lesson.locator('body').evaluate(
    () => new Promise<void>((done) => {
      const ready = () => (document.querySelector('[data-island]:not([data-hydrated])') ? requestAnimationFrame(ready) : done());
      ready();
    }),
  );
  for (const activity of activitiesOf(locale, lessonId)) {
    if (activity.kind === 'question') await completeQuestion(page, lesson, questionData('questions', locale, activity.id), locale);
    else if (activity.kind === 'scenario') {
      await completeScenario(page, lesson, JSON.parse(content(`scenarios/${locale}/${activity.id}.json`)) as ScenarioData);
    } else if (activity.kind === 'final-test') await takeFinalTest(page, lesson, locale);
    else {
      for (const side of ['suppliers', 'customers']) {
        await lesson.locator(`#chain-${side}-name`).focus();
        await page.keyboard.type(side === 'suppliers' ? 'Payroll' : 'Sales');
        await press(page, 'Enter');
      }
    }
  }
}

/** Activities that show more than one main (filled) button: each should offer one next step. */
const crowdedActivities = (frame: Frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('.activity')].flatMap((activity, i) => {
      const main = [...activity.querySelectorAll<HTMLElement>('.button:not(.button-quiet)')].filter((b) => b.checkVisibility());
      return main.length > 1 ? [`activity ${i + 1} shows ${main.length} main buttons: ${main.map((b) => b.textContent?.trim()).join(', ')}`] : [];
    }),
  );

/**
 * Takes the whole course in the preview, lesson by lesson with Next, doing all each one offers.
 * Returns, per lesson once its activities are done, any activity that offers more than one
 * main button and, with `axe`, what axe finds. With
 * `readMs`, the learner reads each lesson that long before its activities, as people do (for
 * the bench; a test never waits on the clock).
 */
export async function completeCourse(lms: PreviewSession, locale: string, { axe = false, readMs = 0 } = {}): Promise<string[]> {
  const found: string[] = [];
  for (const [i, lesson] of lessonIdsOf(locale).entries()) {
    if (i > 0) {
      await lms.shell.locator('#next').click();
      await lessonOpened(lms, lesson);
      // Focus follows the learner into the new lesson.
      await lms.lesson.locator('h1:focus').waitFor();
    }
    if (readMs) await lms.page.waitForTimeout(readMs);
    await completeLesson(lms.page, lms.lesson, locale, lesson);
    found.push(...(await crowdedActivities(lms.lessonFrame())).map((problem) => `${lesson}: ${problem}`));
    if (axe) found.push(...(await axeViolations(lms.lessonFrame())).map((v) => `${lesson}: ${v}`));
  }
  return found;
}
