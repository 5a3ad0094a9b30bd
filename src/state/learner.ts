// The learner's state: one set of stores, shared by every island of a page.
// No DOM and no SCORM here; `src/lms` listens to these stores and saves them.
import { atom, map, type WritableAtom } from 'nanostores';
import type { TestRecord } from './test-record.ts';
import type { Response } from './responses.ts';
import type { ServiceChain } from './service-chain.ts';
import type { Standing } from './completion.ts';

/** Lesson ids the learner has opened, in the order first opened. */
export const $visited = atom<readonly string[]>([]);

/** The lesson on screen, by language-neutral id. */
export const $current = atom<string | undefined>(undefined);

/** Question id → the learner's last checked answer. */
export const $answers = map<Record<string, Response>>({});

/** Scenario id → the choice ids of the path the learner has taken. */
export const $paths = map<Record<string, string[]>>({});

/** The final test: the current attempt and the best score; undefined until the test is first opened. */
export const $test = atom<TestRecord | undefined>(undefined);

/** The internal customers and suppliers the learner has named. */
export const $chain = atom<ServiceChain>({ suppliers: [], customers: [] });

/** The day the course was first complete and passed (`YYYY-MM-DD`), for the certificate. */
export const $completedOn = atom<string | undefined>(undefined);

/** The name the learner typed for their certificate, where the LMS gives none. */
export const $typedName = atom('');

/** Where the learner stands in the course, as the shell last told this page; undefined outside the shell. */
export const $standing = atom<Standing | undefined>(undefined);

/**
 * True once the learner's saved work is on this page (from the shell, or at once where there
 * is none). Nothing that writes unasked, such as the final test's draw, may run before: it
 * would replace what was saved.
 */
export const $restored = atom(false);

/** The language the learner reads in. */
export const $locale = atom<string | undefined>(undefined);

/** Values are plain JSON: only a real change notifies listeners, and so the LMS. */
const changes = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

export function openLesson(id: string): void {
  // Visited first: listeners of $current (which commit) then see the visit too.
  if (!$visited.get().includes(id)) $visited.set([...$visited.get(), id]);
  $current.set(id);
}

export function recordPath(scenarioId: string, choices: string[]): void {
  if (changes($paths.get()[scenarioId], choices)) $paths.setKey(scenarioId, choices);
}

export function recordAnswer(questionId: string, response: Response): void {
  if (changes($answers.get()[questionId], response)) $answers.setKey(questionId, response);
}

/** Sets a whole-value store (the test, the chain) when the value really differs. */
export function record<T>(store: WritableAtom<T>, value: T): void {
  if (changes(store.get(), value)) store.set(value);
}
