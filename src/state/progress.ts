import type { TestRecord } from './test-record.ts';

export interface Progress {
  visited: number;
  total: number;
  /** 0 to 1, for `cmi.progress_measure` and the progress bar. */
  measure: number;
  /** Every lesson opened and the final test submitted at least once. */
  complete: boolean;
  /** The best final-test score in whole percent, once there is one. */
  score?: number;
  /** Whether that score reaches the pass mark; undefined before the test is submitted. */
  passed?: boolean;
}

/**
 * The course's one completion and mastery rule, for the LMS and the progress bar alike:
 * complete when every required lesson (appendices are not) has been opened and the final test submitted; passed when the
 * best score reaches `passMark` (the number both manifests carry).
 */
export function progressOf(requiredIds: readonly string[], visited: readonly string[], test: TestRecord | undefined, passMark: number): Progress {
  const seen = requiredIds.filter((id) => visited.includes(id)).length;
  const total = requiredIds.length;
  const score = test?.best;
  const tested = score !== undefined;
  // The submitted test counts as one more step, so 100 % means complete.
  const measure = (seen + (tested ? 1 : 0)) / (total + 1);
  return {
    visited: seen,
    total,
    measure,
    complete: seen === total && tested,
    ...(tested ? { score, passed: score >= passMark } : {}),
  };
}

/** What an LMS already records for the learner, from an earlier session: never to be lowered. */
export interface RecordHeld {
  complete: boolean;
  /** Passed or failed, once the LMS records either. */
  passed?: boolean;
  score?: number;
}

/**
 * Progress that never falls below what the LMS already records: a learner who reopens a
 * finished course stays complete, a pass stays a pass, and the score is the best of both.
 */
export function keepHigher(progress: Progress, held: RecordHeld): Progress {
  const complete = progress.complete || held.complete;
  const passed = held.passed || progress.passed ? true : (progress.passed ?? held.passed);
  const scores = [progress.score, held.score].filter((s): s is number => s !== undefined);
  return {
    ...progress,
    complete,
    measure: complete ? 1 : progress.measure,
    ...(scores.length ? { score: Math.max(...scores) } : {}),
    ...(passed === undefined ? {} : { passed }),
  };
}

/** The lessons before and after `current`, for previous/next. */
export function neighbours(lessonIds: readonly string[], current: string | undefined) {
  const at = current === undefined ? -1 : lessonIds.indexOf(current);
  return {
    previous: at > 0 ? lessonIds[at - 1] : undefined,
    next: at >= 0 && at < lessonIds.length - 1 ? lessonIds[at + 1] : undefined,
  };
}
