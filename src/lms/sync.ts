import type { Interaction } from '../state/interaction.ts';
import { $answers, $chain, $current, $locale, $paths, $test, $visited } from '../state/learner.ts';
import { progressOf } from '../state/progress.ts';
import { encodeSnapshot } from '../state/snapshot.ts';
import type { InteractionContext } from './interaction-fields.ts';
import type { LmsConnection, LmsRecord } from './types.ts';

export interface CourseRules {
  /** The lessons that count towards completion. */
  requiredIds: readonly string[];
  passMark: number;
}

function currentRecord({ requiredIds, passMark }: CourseRules, chosenLanguage: string | undefined): LmsRecord {
  const visited = [...$visited.get()];
  return {
    suspendData: encodeSnapshot({
      locale: $locale.get(),
      current: $current.get(),
      visited,
      answers: $answers.get(),
      paths: $paths.get(),
      test: $test.get(),
      chain: $chain.get(),
    }),
    location: $current.get() ?? '',
    progress: progressOf(requiredIds, visited, $test.get(), passMark),
    ...(chosenLanguage ? { chosenLanguage } : {}),
  };
}

/** Wait before the next try after `failures` refusals in a row: 1 s, 2 s, 4 s… at most 30 s. */
export const retryDelay = (failures: number) => Math.min(30_000, 1000 * 2 ** failures);

export interface Sync {
  /** Queues an interaction for the LMS and saves soon. */
  report(interaction: Interaction, context: InteractionContext): void;
}

/**
 * Saves and commits the learner's state soon after it changes (changes made together are
 * saved together), ends the session once when the page goes away, and, when the LMS
 * refuses, keeps everything and tries again with growing pauses until it accepts.
 */
export function keepInSync(connection: LmsConnection, rules: CourseRules, win: Window, onRecovered: () => void): Sync {
  let failures = 0;
  let retry: number | undefined;
  let queued = false;
  // The language at launch may be a guess from the browser; one switched to later is the learner's.
  let chosenLanguage: string | undefined;
  $locale.listen((code) => (chosenLanguage = code));
  const record = () => currentRecord(rules, chosenLanguage);

  const flush = () => {
    queued = false;
    win.clearTimeout(retry);
    retry = undefined;
    // Both run even if the save was refused: the LMS may keep what it did accept.
    const saved = connection.save(record());
    if (connection.commit() && saved) {
      if (failures > 0) onRecovered();
      failures = 0;
    } else {
      retry = win.setTimeout(flush, retryDelay(failures));
      failures += 1;
    }
  };
  const soon = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(flush);
  };

  for (const store of [$locale, $visited, $current, $answers, $paths, $test, $chain]) store.listen(soon);
  connection.save(record());

  win.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') flush();
  });
  win.addEventListener('pagehide', () => {
    win.clearTimeout(retry);
    connection.save(record());
    connection.finish();
  });

  return {
    report(interaction, context) {
      connection.report(interaction, context);
      soon();
    },
  };
}
