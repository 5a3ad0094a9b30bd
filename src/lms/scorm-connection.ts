import type { Edition } from './editions.ts';
import type { LaunchData, LmsConnection, LmsRecord, ProblemListener } from './types.ts';

/**
 * One SCORM session: Initialize once, Terminate once, and nothing after Terminate, which the
 * standard forbids. Values are written only when they change.
 */
export function scormConnection(
  edition: Edition,
  onProblem: ProblemListener,
  now: () => number = Date.now,
): LmsConnection {
  const { calls, element, limit } = edition;
  const written = new Map<string, string>();
  let startedAt = 0;
  let finished = false;
  let lastProgress: LmsRecord['progress'] | undefined;

  const set = (name: string, value: string) => {
    if (written.get(name) === value) return;
    if (calls.setValue(name, value)) written.set(name, value);
    else onProblem('refused', `SetValue(${name}) failed with error ${calls.lastError()}`);
  };

  return {
    kind: edition.kind,

    start(): LaunchData {
      if (!calls.initialize() && calls.lastError() !== edition.alreadyInitialized) {
        throw new Error(`the LMS refused to start the session (error ${calls.lastError()})`);
      }
      startedAt = now();
      const suspendData = calls.getValue(element.suspendData);
      return {
        resumed: calls.getValue(element.entry) === 'resume' || suspendData !== '',
        suspendData,
        location: calls.getValue(element.location),
        learnerLanguage: calls.getValue(element.learnerLanguage),
      };
    },

    save(record) {
      if (finished) return;
      lastProgress = record.progress;
      // Over the limit, the LMS would cut the data and resume would break: keep the last
      // data that fitted and say so.
      if (record.suspendData.length <= limit.suspendData) set(element.suspendData, record.suspendData);
      else onProblem('too-large', `suspend data is ${record.suspendData.length} characters, over ${limit.suspendData}`);
      if (record.location && record.location.length <= limit.location) set(element.location, record.location);
      for (const [name, value] of Object.entries(edition.status(record.progress))) set(name, value);
      set(element.exit, edition.exitValue(record.progress));
    },

    commit() {
      if (finished) return false;
      const stored = calls.commit();
      if (!stored) onProblem('refused', `Commit failed with error ${calls.lastError()}`);
      return stored;
    },

    finish() {
      if (finished) return;
      set(element.sessionTime, edition.sessionTime(now() - startedAt));
      if (lastProgress) set(element.exit, edition.exitValue(lastProgress));
      calls.commit();
      finished = true;
      if (!calls.terminate()) onProblem('refused', `Terminate failed with error ${calls.lastError()}`);
    },
  };
}
