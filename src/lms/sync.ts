import type { Interaction } from '../state/interaction.ts';
import { $answers, $chain, $completedOn, $current, $locale, $paths, $test, $typedName, $visited } from '../state/learner.ts';
import type { InteractionContext } from './interaction-fields.ts';
import type { LmsConnection, LmsRecord } from './types.ts';

/** Wait before the next try after `failures` refusals in a row: 1 s, 2 s, 4 s… at most 30 s. */
export const retryDelay = (failures: number) => Math.min(30_000, 1000 * 2 ** failures);

/**
 * When the course commits. A Commit is where an LMS stores data on its server, often while
 * the page waits, so the course commits when the learner pauses (and so, typically, while
 * they read the lesson they just opened or the feedback they just got), not on their click.
 */
export const COMMIT = {
  /** A pause this long after the last change, or twice the LMS's last commit if that is longer. */
  pauseMs: 2000,
  /** At the latest this long after the first change not yet committed, pause or not… */
  latestMs: 10_000,
  /** …or this many times the LMS's last commit, so a slow LMS takes at most 5 % of the learner's time. */
  slowFactor: 20,
};

/** What the learner hears about saving: all is well, or the course is trying again. */
export type SaveState = 'saved' | 'trouble';

export interface Sync {
  /** Queues an interaction for the LMS, written with the next changes. */
  report(interaction: Interaction, context: InteractionContext): void;
}

/**
 * Writes the learner's state as it changes (changes made together are written together)
 * and commits it at the learner's next pause; at once when the page is hidden, and once more
 * as the session ends when the page goes away. When the LMS refuses, it keeps everything,
 * says so, and tries again with growing pauses; the moment saving works again, it says that.
 */
/**
 * `current` gives the record as the learner's state stands now (the shell composes it); the
 * language they chose is added here, once they choose one.
 */
export function keepInSync(connection: LmsConnection, current: () => Omit<LmsRecord, 'chosenLanguage'>, win: Window, onState: (state: SaveState) => void): Sync {
  let failures = 0;
  let retry: number | undefined;
  let pause: number | undefined;
  let latest: number | undefined;
  let lastCommitMs = 0;
  let queued = false;
  // The language at launch may be a guess from the browser; one switched to later is the learner's.
  let chosenLanguage: string | undefined;
  $locale.listen((code) => (chosenLanguage = code));
  const record = (): LmsRecord => ({ ...current(), ...(chosenLanguage ? { chosenLanguage } : {}) });
  const stopTimers = () => {
    for (const timer of [retry, pause, latest]) win.clearTimeout(timer);
    retry = pause = latest = undefined;
  };

  const settle = (ok: boolean) => {
    if (ok) {
      if (failures > 0) onState('saved');
      failures = 0;
      return;
    }
    if (failures === 0) onState('trouble');
    retry = win.setTimeout(flush, retryDelay(failures));
    failures += 1;
  };

  /** Writes and commits now. Both run even if the save was refused: the LMS may keep what it did accept. */
  function flush(): void {
    stopTimers();
    const saved = connection.save(record());
    const started = performance.now();
    const committed = connection.commit();
    lastCommitMs = performance.now() - started;
    settle(saved && committed);
  }

  /** After the learner's change, at their next pause; at launch, when the first lesson has had time to settle. */
  const commitSoon = (launching = false) => {
    win.clearTimeout(pause);
    if (!launching) pause = win.setTimeout(flush, Math.max(COMMIT.pauseMs, 2 * lastCommitMs));
    latest ??= win.setTimeout(flush, Math.max(COMMIT.latestMs, COMMIT.slowFactor * lastCommitMs));
  };

  const write = (launching = false) => {
    queued = false;
    // While in trouble, every change is a chance to find the LMS answering again.
    if (failures > 0) return flush();
    if (connection.save(record())) return commitSoon(launching);
    stopTimers();
    settle(false);
  };
  const soon = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => write());
  };

  for (const store of [$locale, $visited, $current, $answers, $paths, $test, $chain, $completedOn, $typedName]) store.listen(soon);
  write(true);

  win.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') flush();
  });
  win.addEventListener('pagehide', () => {
    stopTimers();
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
