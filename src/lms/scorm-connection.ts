import { keepHigher, type RecordHeld } from '../state/progress.ts';
import type { Edition } from './editions.ts';
import { displayName } from './learner-name.ts';
import type { LaunchData, LmsConnection } from './types.ts';

/**
 * Every exit is a suspend, finished or not: the standard's way of asking the LMS to hand the
 * learner's data back at the next launch, so a learner who reopens a finished course finds
 * it as they left it. Completion and success are reported on elements of their own.
 */
const EXIT = 'suspend';

/** How a write went: kept, refused for now (try again), or refused for good (leave it out). */
type Written = 'kept' | 'retry' | 'rejected';

const log = (message: string) => console.warn(`[course] ${message}`);

/**
 * One SCORM session: Initialize once, Terminate once, and nothing after Terminate, which the
 * standard forbids. Values are written only when they change; a value or interaction the LMS
 * refused stays pending and is written again at the next save. In review or browse mode the
 * course writes nothing at all, and it never lowers the completion, success or score the LMS
 * already holds.
 */
export function scormConnection(edition: Edition, now: () => number = Date.now): LmsConnection {
  const { calls, element, limit } = edition;
  const written = new Map<string, string>();
  /** Interactions not yet accepted, each as its fields in writing order. */
  const pending: Array<Record<string, string>> = [];
  let nextInteraction = 0;
  let startedAt = 0;
  let finished = false;
  let recording = true;
  let held: RecordHeld = { complete: false };
  /** Something was written since the last commit. */
  let dirty = false;

  const write = (name: string, value: string): Written => {
    if (written.get(name) === value) return 'kept';
    if (calls.setValue(name, value)) {
      written.set(name, value);
      dirty = true;
      return 'kept';
    }
    const error = calls.lastError();
    if (!edition.valueRejected.includes(error)) {
      log(`the LMS refused ${name} for now (error ${error}); it is written again at the next save`);
      return 'retry';
    }
    // For the LMS's report, not the learner: trying again cannot help, and alarming them neither.
    log(`the LMS does not accept ${name}="${value}" (error ${error}): left out of the record`);
    written.set(name, value);
    return 'rejected';
  };
  const set = (name: string, value: string) => write(name, value) !== 'retry';

  /**
   * Writes a value the course can do without, such as a preference some LMSs do not keep:
   * once per new value, and a refusal is neither retried nor a problem for the learner.
   */
  const offer = (name: string, value: string): void => {
    if (written.get(name) === value) return;
    written.set(name, value);
    if (calls.setValue(name, value)) dirty = true;
    else console.info(`[course] the LMS did not keep ${name} (error ${calls.lastError()})`);
  };

  /**
   * Writes one interaction's fields: 'retry' stops here, to be tried again. A field the LMS
   * rejects for good is left out, and an interaction whose id it rejects is dropped, so
   * neither holds back every later answer.
   */
  const writeInteraction = (prefix: string, fields: Record<string, string>): Written => {
    for (const [field, value] of Object.entries(fields)) {
      const result = write(prefix + field, value);
      if (result === 'retry') return result;
      if (result === 'rejected' && field === 'id') {
        written.delete(prefix + field); // the next interaction takes this number
        return result;
      }
    }
    return 'kept';
  };

  /** Writes queued interactions in order; stops at the first refusal so numbering stays dense. */
  const writeInteractions = (): boolean => {
    while (pending[0]) {
      const result = writeInteraction(`cmi.interactions.${nextInteraction}.`, pending[0]);
      if (result === 'retry') return false;
      pending.shift();
      if (result === 'kept') nextInteraction += 1;
    }
    return true;
  };

  return {
    kind: edition.kind,

    start(): LaunchData {
      const started = calls.initialize() || (edition.alreadyInitialized !== undefined && calls.lastError() === edition.alreadyInitialized);
      if (!started) throw new Error(`the LMS refused to start the session (error ${calls.lastError()})`);
      startedAt = now();
      const mode = calls.getValue(element.mode);
      recording = mode !== 'review' && mode !== 'browse';
      held = edition.held(calls.getValue);
      nextInteraction = Number.parseInt(calls.getValue('cmi.interactions._count'), 10) || 0;
      const suspendData = calls.getValue(element.suspendData);
      const learnerLanguage = calls.getValue(element.learnerLanguage);
      written.set(element.learnerLanguage, learnerLanguage);
      return {
        resumed: calls.getValue(element.entry) === 'resume' || suspendData !== '',
        suspendData,
        location: calls.getValue(element.location),
        learnerLanguage,
        learnerName: displayName(calls.getValue(element.learnerName)),
        mode: recording ? 'normal' : (mode as 'review' | 'browse'),
        held,
      };
    },

    save(record) {
      if (finished) return false;
      if (!recording) return true;
      let saved = true;
      // Over the limit, the LMS would cut the data and resume would break: keep the last
      // data that fitted, and tell administrators.
      if (record.suspendData.length <= limit.suspendData) saved = set(element.suspendData, record.suspendData) && saved;
      else log(`suspend data is ${record.suspendData.length} characters, over ${limit.suspendData}: the last data that fitted stays`);
      if (record.location && record.location.length <= limit.location) saved = set(element.location, record.location) && saved;
      for (const [name, value] of Object.entries(edition.status(keepHigher(record.progress, held)))) saved = set(name, value) && saved;
      saved = set(element.exit, EXIT) && saved;
      if (record.chosenLanguage) offer(element.learnerLanguage, record.chosenLanguage);
      return writeInteractions() && saved;
    },

    report(interaction, context) {
      if (!finished && recording) pending.push(edition.interaction(interaction, context));
    },

    commit() {
      if (finished) return false;
      if (!dirty) return true;
      const stored = calls.commit();
      if (stored) dirty = false;
      else log(`the LMS refused to commit (error ${calls.lastError()}); the course tries again`);
      return stored;
    },

    finish() {
      if (finished) return;
      finished = true;
      if (recording) {
        writeInteractions();
        set(element.sessionTime, edition.sessionTime(now() - startedAt));
        set(element.exit, EXIT);
      }
      // Terminate stores what was written (an implicit commit in both editions): no Commit first,
      // which a slow LMS would make the closing page wait for twice.
      if (!calls.terminate()) log(`Terminate failed with error ${calls.lastError()}`);
    },
  };
}
