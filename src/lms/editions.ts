// What differs between SCORM 1.2 and SCORM 2004: call names, element names, vocabularies, limits.
import type { Interaction } from '../state/interaction.ts';
import type { Progress, RecordHeld } from '../state/progress.ts';
import type { Api12, Api2004, FoundApi } from './find-api.ts';
import { scorm12Fields, scorm2004Fields, type InteractionContext } from './interaction-fields.ts';
import { cmiTimespan, isoDuration } from './time.ts';

/** The six calls of either edition, answering plain booleans and strings. */
export interface ScormCalls {
  initialize(): boolean;
  terminate(): boolean;
  getValue(element: string): string;
  setValue(element: string, value: string): boolean;
  commit(): boolean;
  lastError(): number;
}

export interface Edition {
  kind: 'scorm-1.2' | 'scorm-2004';
  calls: ScormCalls;
  element: {
    suspendData: string;
    location: string;
    entry: string;
    learnerLanguage: string;
    learnerName: string;
    exit: string;
    sessionTime: string;
    /** "normal", or "review" / "browse": the LMS shows the course without recording. */
    mode: string;
  };
  /** The real limits; scorm-again is more lenient than the standard and than many LMSs. */
  limit: { suspendData: number; location: number };
  /**
   * The error code meaning "already initialized": the session is usable. SCORM 1.2 has none:
   * its 101 is any failure, so a refused LMSInitialize is a session that never started.
   */
  alreadyInitialized?: number;
  /** Error codes that refuse a value for good (wrong type, out of range): trying again cannot help. */
  valueRejected: readonly number[];
  sessionTime(ms: number): string;
  /** What the LMS already records of completion, success and score, read through `get`. */
  held(get: (element: string) => string): RecordHeld;
  /** Element → value for score and status, in the edition's vocabulary; score first, as LMSs judge status by it. */
  status(progress: Progress): Record<string, string>;
  /** `cmi.interactions.n.` field → value, in the order they must be written. */
  interaction(i: Interaction, context: InteractionContext): Record<string, string>;
}

/** A score the LMS holds, if it holds one. */
const scoreOf = (raw: string) => (raw.trim() !== '' && Number.isFinite(Number(raw)) ? { score: Number(raw) } : {});
/** A pass or a fail the LMS holds, if it holds one. */
const passedOf = (status: string) => (status === 'passed' || status === 'failed' ? { passed: status === 'passed' } : {});

// LMSs answer "true", true, or "1"; anything else is a refusal.
const ok = (answer: unknown) => String(answer) === 'true' || String(answer) === '1';
const text = (answer: unknown) => (answer == null ? '' : String(answer));

/** An LMS's API may throw; to the course that is a refusal, never an exception in the page. */
function guarded(calls: ScormCalls): ScormCalls {
  const safe =
    <A extends unknown[], R>(call: (...args: A) => R, refused: R) =>
    (...args: A) => {
      try {
        return call(...args);
      } catch (error) {
        console.warn('[course] the LMS API threw:', error);
        return refused;
      }
    };
  return {
    initialize: safe(calls.initialize, false),
    terminate: safe(calls.terminate, false),
    getValue: safe(calls.getValue, ''),
    setValue: safe(calls.setValue, false),
    commit: safe(calls.commit, false),
    lastError: safe(calls.lastError, 0),
  };
}

function scorm12(api: Api12): Edition {
  return {
    kind: 'scorm-1.2',
    calls: guarded({
      initialize: () => ok(api.LMSInitialize('')),
      terminate: () => ok(api.LMSFinish('')),
      getValue: (e) => text(api.LMSGetValue(e)),
      setValue: (e, v) => ok(api.LMSSetValue(e, v)),
      commit: () => ok(api.LMSCommit('')),
      lastError: () => Number(api.LMSGetLastError()) || 0,
    }),
    element: {
      suspendData: 'cmi.suspend_data',
      location: 'cmi.core.lesson_location',
      entry: 'cmi.core.entry',
      learnerLanguage: 'cmi.student_preference.language',
      learnerName: 'cmi.core.student_name',
      exit: 'cmi.core.exit',
      sessionTime: 'cmi.core.session_time',
      mode: 'cmi.core.lesson_mode',
    },
    limit: { suspendData: 4096, location: 255 },
    // 402 invalid set value, 405 incorrect data type.
    valueRejected: [402, 405],
    sessionTime: cmiTimespan,
    held: (get) => {
      const status = get('cmi.core.lesson_status');
      return { complete: ['passed', 'failed', 'completed'].includes(status), ...passedOf(status), ...scoreOf(get('cmi.core.score.raw')) };
    },
    status: (p) => ({
      ...(p.score === undefined ? {} : { 'cmi.core.score.raw': String(p.score), 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' }),
      // 1.2 has one status for both questions: passed or failed once complete.
      'cmi.core.lesson_status': !p.complete ? 'incomplete' : p.passed === undefined ? 'completed' : p.passed ? 'passed' : 'failed',
    }),
    interaction: scorm12Fields,
  };
}

function scorm2004(api: Api2004): Edition {
  return {
    kind: 'scorm-2004',
    calls: guarded({
      initialize: () => ok(api.Initialize('')),
      terminate: () => ok(api.Terminate('')),
      getValue: (e) => text(api.GetValue(e)),
      setValue: (e, v) => ok(api.SetValue(e, v)),
      commit: () => ok(api.Commit('')),
      lastError: () => Number(api.GetLastError()) || 0,
    }),
    element: {
      suspendData: 'cmi.suspend_data',
      location: 'cmi.location',
      entry: 'cmi.entry',
      learnerLanguage: 'cmi.learner_preference.language',
      learnerName: 'cmi.learner_name',
      exit: 'cmi.exit',
      sessionTime: 'cmi.session_time',
      mode: 'cmi.mode',
    },
    limit: { suspendData: 64000, location: 1000 },
    alreadyInitialized: 103,
    // 406 type mismatch, 407 value out of range.
    valueRejected: [406, 407],
    sessionTime: isoDuration,
    held: (get) => {
      return { complete: get('cmi.completion_status') === 'completed', ...passedOf(get('cmi.success_status')), ...scoreOf(get('cmi.score.raw')) };
    },
    status: (p) => ({
      ...(p.score === undefined
        ? {}
        : { 'cmi.score.scaled': String(p.score / 100), 'cmi.score.raw': String(p.score), 'cmi.score.min': '0', 'cmi.score.max': '100' }),
      'cmi.progress_measure': String(Math.round(p.measure * 10000) / 10000),
      'cmi.completion_status': p.complete ? 'completed' : 'incomplete',
      'cmi.success_status': p.passed === undefined ? 'unknown' : p.passed ? 'passed' : 'failed',
    }),
    interaction: scorm2004Fields,
  };
}

export function editionOf(found: FoundApi): Edition {
  return found.edition === '2004' ? scorm2004(found.api) : scorm12(found.api);
}
