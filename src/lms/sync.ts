import { $answers, $chain, $current, $locale, $paths, $test, $visited } from '../state/learner.ts';
import { progressOf } from '../state/progress.ts';
import { encodeSnapshot } from '../state/snapshot.ts';
import type { LmsConnection, LmsRecord } from './types.ts';

function currentRecord(lessonIds: readonly string[]): LmsRecord {
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
    progress: progressOf(lessonIds, visited),
  };
}

/**
 * Saves the learner's state whenever it changes, commits when a lesson opens or an answer is
 * given, and ends the session once when the page goes away.
 */
export function keepInSync(connection: LmsConnection, lessonIds: readonly string[], win: Window): void {
  const save = () => connection.save(currentRecord(lessonIds));
  const saveAndCommit = () => {
    save();
    connection.commit();
  };
  $locale.listen(saveAndCommit);
  $visited.listen(save);
  $current.listen(saveAndCommit);
  $answers.listen(saveAndCommit);
  $paths.listen(saveAndCommit);
  $test.listen(saveAndCommit);
  $chain.listen(saveAndCommit);
  save();

  win.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') saveAndCommit();
  });
  win.addEventListener('pagehide', () => {
    save();
    connection.finish();
  });
}
