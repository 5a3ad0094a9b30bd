// The learner's state: one set of stores, shared by every island of a page.
// No DOM and no SCORM here; `src/lms` listens to these stores and saves them.
import { atom, map } from 'nanostores';
import type { Response } from './responses.ts';

/** Lesson ids the learner has opened, in the order first opened. */
export const $visited = atom<readonly string[]>([]);

/** The lesson on screen, by language-neutral id. */
export const $current = atom<string | undefined>(undefined);

/** Question id → the learner's last checked answer. */
export const $answers = map<Record<string, Response>>({});

/** Scenario id → the choice ids of the path the learner has taken. */
export const $paths = map<Record<string, string[]>>({});

/** The language the learner reads in. */
export const $locale = atom<string | undefined>(undefined);

export function openLesson(id: string): void {
  // Visited first: listeners of $current (which commit) then see the visit too.
  if (!$visited.get().includes(id)) $visited.set([...$visited.get(), id]);
  $current.set(id);
}

export function recordPath(scenarioId: string, choices: string[]): void {
  if (JSON.stringify($paths.get()[scenarioId]) !== JSON.stringify(choices)) $paths.setKey(scenarioId, choices);
}

export function recordAnswer(questionId: string, response: Response): void {
  if (JSON.stringify($answers.get()[questionId]) !== JSON.stringify(response)) $answers.setKey(questionId, response);
}
