// The API object the course finds: scorm-again behind a layer that records every call for the
// strict recorder and, when asked, plays a real LMS's ways: Moodle's stricter value patterns,
// a slow Commit, a refused Initialize, refusals, an API that throws.
import { moodleRuntime } from './moodle.ts';
import type { Edition, Held } from './record.ts';
import { strictRecorder, type Call } from './strict.ts';

export interface Faults {
  /** "fail": Initialize is refused (101 in 1.2, 102 in 2004). "already": the LMS initialized the session before the course. */
  initialize?: 'fail' | 'already';
  /** Refuse this many SetValue calls from now on (error 351 / 101). */
  refuseSetValue?: number;
  /** Refuse for good every SetValue of an element matching this pattern (406 / 405), as a stricter runtime would. */
  rejectElement?: string;
  /** Refuse this many Commit calls from now on. */
  refuseCommit?: number;
  /** Throw from this many Commit calls, as a broken LMS script would. */
  throwOnCommit?: number;
  /** Every call blocks this long, like an LMS that talks to its server synchronously. */
  delayMs?: number;
  /** Every Commit blocks this long: an LMS that stores each commit on a slow server. */
  commitDelayMs?: number;
  /** Check every value as Moodle's runtime does, and refuse what it would refuse. */
  moodle?: boolean;
  /**
   * The refusals and throws above start with the first SetValue of an element matching this
   * pattern, not at launch: trouble at a known moment, however fast the machine runs.
   */
  troubleFrom?: string;
}

type Runtime = Record<string, (...args: string[]) => unknown>;

const NAMES: Record<Edition, Record<'Initialize' | 'Terminate' | 'GetValue' | 'SetValue' | 'Commit' | 'GetLastError' | 'GetErrorString' | 'GetDiagnostic', string>> = {
  scorm12: { Initialize: 'LMSInitialize', Terminate: 'LMSFinish', GetValue: 'LMSGetValue', SetValue: 'LMSSetValue', Commit: 'LMSCommit', GetLastError: 'LMSGetLastError', GetErrorString: 'LMSGetErrorString', GetDiagnostic: 'LMSGetDiagnostic' },
  scorm2004: { Initialize: 'Initialize', Terminate: 'Terminate', GetValue: 'GetValue', SetValue: 'SetValue', Commit: 'Commit', GetLastError: 'GetLastError', GetErrorString: 'GetErrorString', GetDiagnostic: 'GetDiagnostic' },
};

/**
 * Holds the page as a synchronous LMS does while its server answers: a synchronous request to
 * the preview server, which answers after `ms`. The page waits without using the processor.
 */
function block(ms: number): void {
  if (ms <= 0) return;
  const request = new XMLHttpRequest();
  request.open('GET', `wait?ms=${Math.round(ms)}`, false);
  request.send();
}

/** What the preview hears of each call: the course made it (`onCall`, after the LMS answered), or it broke a rule. */
export interface Listeners {
  onCall(name: 'Initialize' | 'Terminate' | 'Commit' | 'SetValue' | 'GetValue'): void;
  onViolation(problem: string): void;
}

export function lmsApi(runtime: Runtime & { isInitialized(): boolean }, edition: Edition, faults: Faults, held: Held, { onCall, onViolation }: Listeners): Runtime {
  const names = NAMES[edition];
  const check = strictRecorder(edition, held);
  const moodle = faults.moodle ? moodleRuntime(edition) : undefined;
  const rejected = faults.rejectElement ? new RegExp(faults.rejectElement) : undefined;
  const left = { set: faults.refuseSetValue ?? 0, commit: faults.refuseCommit ?? 0, throws: faults.throwOnCommit ?? 0 };
  const troubleFrom = faults.troubleFrom ? new RegExp(faults.troubleFrom) : undefined;
  let trouble = !troubleFrom;
  let injectedError: string | undefined;
  const wait = () => block(faults.delayMs ?? 0);
  const refuse = (code: string) => {
    injectedError = code;
    return 'false';
  };
  const forward = (name: keyof typeof names, ...args: string[]) => {
    injectedError = undefined;
    return runtime[names[name]]!.call(runtime, ...args);
  };
  const record = (call: Call) => check(call).forEach(onViolation);
  /** Counts a call once the LMS has answered it. */
  const counted =
    <A extends string[]>(name: Parameters<Listeners['onCall']>[0], call: (...args: A) => unknown) =>
    (...args: A) => {
      try {
        return call(...args);
      } finally {
        onCall(name);
      }
    };

  if (faults.initialize === 'already') forward('Initialize', '');
  return {
    [names.Initialize]: counted('Initialize', (arg: string) => {
      wait();
      const answer = faults.initialize === 'fail' ? refuse(edition === 'scorm12' ? '101' : '102') : forward('Initialize', arg);
      record({ name: 'Initialize', running: runtime.isInitialized() });
      return answer;
    }),
    [names.Terminate]: counted('Terminate', (arg: string) => (wait(), record({ name: 'Terminate' }), forward('Terminate', arg))),
    [names.GetValue]: counted('GetValue', (element: string) => (wait(), record({ name: 'GetValue', element }), forward('GetValue', element))),
    [names.SetValue]: counted('SetValue', (element: string, value: string) => {
      wait();
      record({ name: 'SetValue', element, value: String(value) });
      trouble ||= troubleFrom!.test(element);
      if (trouble && left.set > 0) return (left.set -= 1), refuse(edition === 'scorm12' ? '101' : '351');
      if (rejected?.test(element)) return refuse(edition === 'scorm12' ? '405' : '406');
      const refusal = moodle?.(element, String(value));
      if (refusal) {
        onViolation(`Moodle refuses ${element}="${value}" (error ${refusal})`);
        return refuse(refusal);
      }
      return forward('SetValue', element, value);
    }),
    [names.Commit]: counted('Commit', (arg: string) => {
      wait();
      block(faults.commitDelayMs ?? 0);
      record({ name: 'Commit' });
      if (trouble && left.throws > 0) {
        left.throws -= 1;
        throw new Error('the LMS lost its connection to the server');
      }
      if (trouble && left.commit > 0) return (left.commit -= 1), refuse(edition === 'scorm12' ? '101' : '391');
      return forward('Commit', arg);
    }),
    [names.GetLastError]: () => injectedError ?? forward('GetLastError'),
    [names.GetErrorString]: (code: string) => forward('GetErrorString', code),
    [names.GetDiagnostic]: (code: string) => forward('GetDiagnostic', code),
  };
}
