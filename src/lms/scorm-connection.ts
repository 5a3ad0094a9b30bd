import type { Edition } from './editions.ts';
import type { LaunchData, LmsConnection, LmsRecord, ProblemListener } from './types.ts';

/**
 * One SCORM session: Initialize once, Terminate once, and nothing after Terminate, which the
 * standard forbids. Values are written only when they change; a value or interaction the LMS
 * refused stays pending and is written again at the next save.
 */
export function scormConnection(
  edition: Edition,
  onProblem: ProblemListener,
  now: () => number = Date.now,
): LmsConnection {
  const { calls, element, limit } = edition;
  const written = new Map<string, string>();
  /** Interactions not yet accepted, each as its fields in writing order. */
  const pending: Array<Record<string, string>> = [];
  let nextInteraction = 0;
  let startedAt = 0;
  let finished = false;
  let lastProgress: LmsRecord['progress'] | undefined;

  const set = (name: string, value: string): boolean => {
    if (written.get(name) === value) return true;
    if (calls.setValue(name, value)) {
      written.set(name, value);
      return true;
    }
    onProblem('refused', `SetValue(${name}) failed with error ${calls.lastError()}`);
    return false;
  };

  /**
   * Writes a value the course can do without, such as a preference some LMSs do not keep:
   * once per new value, and a refusal is neither retried nor a problem for the learner.
   */
  const offer = (name: string, value: string): void => {
    if (written.get(name) === value) return;
    written.set(name, value);
    if (!calls.setValue(name, value)) console.info(`[course] the LMS did not keep ${name} (error ${calls.lastError()})`);
  };

  /**
   * Writes one interaction's fields. A field the LMS rejects for good (a pattern it cannot
   * parse, say) is left out, so it cannot hold back every later answer; any other refusal
   * stops here, to be tried again.
   */
  const writeInteraction = (prefix: string, fields: Record<string, string>): boolean =>
    Object.entries(fields).every(([field, value]) => {
      if (set(prefix + field, value)) return true;
      if (field === 'id' || !edition.valueRejected.includes(calls.lastError())) return false;
      onProblem('refused', `left out ${prefix}${field}, which the LMS does not accept`);
      delete fields[field];
      return true;
    });

  /** Writes queued interactions in order; stops at the first refusal so numbering stays dense. */
  const writeInteractions = (): boolean => {
    while (pending[0]) {
      if (!writeInteraction(`cmi.interactions.${nextInteraction}.`, pending[0])) return false;
      pending.shift();
      nextInteraction += 1;
    }
    return true;
  };

  return {
    kind: edition.kind,

    start(): LaunchData {
      if (!calls.initialize() && calls.lastError() !== edition.alreadyInitialized) {
        throw new Error(`the LMS refused to start the session (error ${calls.lastError()})`);
      }
      startedAt = now();
      nextInteraction = Number.parseInt(calls.getValue('cmi.interactions._count'), 10) || 0;
      const suspendData = calls.getValue(element.suspendData);
      const learnerLanguage = calls.getValue(element.learnerLanguage);
      written.set(element.learnerLanguage, learnerLanguage);
      return {
        resumed: calls.getValue(element.entry) === 'resume' || suspendData !== '',
        suspendData,
        location: calls.getValue(element.location),
        learnerLanguage,
        learnerName: calls.getValue(element.learnerName),
      };
    },

    save(record) {
      if (finished) return false;
      lastProgress = record.progress;
      let saved = true;
      // Over the limit, the LMS would cut the data and resume would break: keep the last
      // data that fitted and say so.
      if (record.suspendData.length <= limit.suspendData) saved = set(element.suspendData, record.suspendData) && saved;
      else onProblem('too-large', `suspend data is ${record.suspendData.length} characters, over ${limit.suspendData}`);
      if (record.location && record.location.length <= limit.location) saved = set(element.location, record.location) && saved;
      for (const [name, value] of Object.entries(edition.status(record.progress))) saved = set(name, value) && saved;
      saved = set(element.exit, edition.exitValue(record.progress)) && saved;
      if (record.chosenLanguage) offer(element.learnerLanguage, record.chosenLanguage);
      return writeInteractions() && saved;
    },

    report(interaction, context) {
      if (!finished) pending.push(edition.interaction(interaction, context));
    },

    commit() {
      if (finished) return false;
      const stored = calls.commit();
      if (!stored) onProblem('refused', `Commit failed with error ${calls.lastError()}`);
      return stored;
    },

    finish() {
      if (finished) return;
      writeInteractions();
      set(element.sessionTime, edition.sessionTime(now() - startedAt));
      if (lastProgress) set(element.exit, edition.exitValue(lastProgress));
      calls.commit();
      finished = true;
      if (!calls.terminate()) onProblem('refused', `Terminate failed with error ${calls.lastError()}`);
    },
  };
}
