import { editionOf } from './editions.ts';
import { findApi } from './find-api.ts';
import { scormConnection } from './scorm-connection.ts';
import { standaloneConnection } from './standalone-connection.ts';
import type { LaunchData, LmsConnection } from './types.ts';

/**
 * Where this launch keeps the learner's progress, as the learner is told: in the LMS, in the
 * LMS that shows the course for review (nothing recorded), in the browser for want of an LMS,
 * or in the browser because the LMS refused to start a session.
 */
export type Keeper = 'lms' | 'review' | 'browser' | 'unavailable';

export interface Session {
  connection: LmsConnection;
  launch: LaunchData;
  keeper: Keeper;
}

function browserStorage(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined; // storage blocked by the browser: progress lasts for this visit only
  }
}

/**
 * Opens this launch's one session: with the LMS that launched the course, or, with none
 * (or one that refuses to start), in the browser so the learner can still work. An LMS that
 * refused to start is not called again.
 */
export function openSession(win: Window, storageKey: string): Session {
  const found = findApi(win);
  if (found) {
    const connection = scormConnection(editionOf(found));
    try {
      const launch = connection.start();
      return { connection, launch, keeper: launch.mode === 'normal' ? 'lms' : 'review' };
    } catch (error) {
      console.warn(`[course] ${String(error)}: progress is kept in this browser only`);
    }
  }
  const connection = standaloneConnection(browserStorage(win), storageKey);
  return { connection, launch: connection.start(), keeper: found ? 'unavailable' : 'browser' };
}
