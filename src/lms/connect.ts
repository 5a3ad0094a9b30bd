import { editionOf } from './editions.ts';
import { findApi } from './find-api.ts';
import { scormConnection } from './scorm-connection.ts';
import { standaloneConnection } from './standalone-connection.ts';
import type { LaunchData, LmsConnection, ProblemListener } from './types.ts';

export interface Session {
  connection: LmsConnection;
  launch: LaunchData;
}

/**
 * Opens this launch's one session: with the LMS that launched the course, or, with none
 * (or one that refuses to start), in the browser so the learner can still work.
 */
export function openSession(win: Window, storageKey: string, onProblem: ProblemListener): Session {
  const found = findApi(win);
  if (found) {
    const connection = scormConnection(editionOf(found), onProblem);
    try {
      return { connection, launch: connection.start() };
    } catch (error) {
      onProblem('unreachable', String(error));
    }
  }
  let storage: Storage | undefined;
  try {
    storage = win.localStorage;
  } catch {
    storage = undefined; // storage blocked by the browser: progress lasts for this visit only
  }
  const connection = standaloneConnection(storage, storageKey, onProblem);
  return { connection, launch: connection.start() };
}
