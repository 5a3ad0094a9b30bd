// The API object the course finds: scorm-again behind a layer that records every call for the
// strict recorder and, when asked, plays a faulty LMS (refusals, an API that throws, slowness).
import type { Edition } from './record.ts';
import { strictRecorder, type Call } from './strict.ts';

export interface Faults {
  /** "fail": Initialize is refused. "already": the LMS initialized the session before the course. */
  initialize?: 'fail' | 'already';
  /** Refuse this many SetValue calls from now on (error 351 / 101). */
  refuseSetValue?: number;
  /** Refuse this many Commit calls from now on. */
  refuseCommit?: number;
  /** Throw from this many Commit calls, as a broken LMS script would. */
  throwOnCommit?: number;
  /** Every call blocks this long, like an LMS that talks to its server synchronously. */
  delayMs?: number;
}

type Runtime = Record<string, (...args: string[]) => unknown>;

const NAMES: Record<Edition, Record<'Initialize' | 'Terminate' | 'GetValue' | 'SetValue' | 'Commit' | 'GetLastError' | 'GetErrorString' | 'GetDiagnostic', string>> = {
  scorm12: { Initialize: 'LMSInitialize', Terminate: 'LMSFinish', GetValue: 'LMSGetValue', SetValue: 'LMSSetValue', Commit: 'LMSCommit', GetLastError: 'LMSGetLastError', GetErrorString: 'LMSGetErrorString', GetDiagnostic: 'LMSGetDiagnostic' },
  scorm2004: { Initialize: 'Initialize', Terminate: 'Terminate', GetValue: 'GetValue', SetValue: 'SetValue', Commit: 'Commit', GetLastError: 'GetLastError', GetErrorString: 'GetErrorString', GetDiagnostic: 'GetDiagnostic' },
};

export function lmsApi(runtime: Runtime, edition: Edition, faults: Faults, onViolation: (problem: string) => void): Runtime {
  const names = NAMES[edition];
  const check = strictRecorder(edition);
  const left = { set: faults.refuseSetValue ?? 0, commit: faults.refuseCommit ?? 0, throws: faults.throwOnCommit ?? 0 };
  let injectedError: string | undefined;
  const wait = () => {
    const until = performance.now() + (faults.delayMs ?? 0);
    while (performance.now() < until) {
      // A synchronous LMS blocks the page; so does this.
    }
  };
  const refuse = (code: string) => {
    injectedError = code;
    return 'false';
  };
  const forward = (name: keyof typeof names, ...args: string[]) => {
    injectedError = undefined;
    return runtime[names[name]]!.call(runtime, ...args);
  };
  const record = (call: Call) => check(call).forEach(onViolation);

  if (faults.initialize === 'already') forward('Initialize', '');
  return {
    [names.Initialize]: (arg: string) => {
      wait();
      record({ name: 'Initialize' });
      if (faults.initialize === 'fail') return refuse('102');
      return forward('Initialize', arg);
    },
    [names.Terminate]: (arg: string) => (wait(), record({ name: 'Terminate' }), forward('Terminate', arg)),
    [names.GetValue]: (element: string) => (wait(), record({ name: 'GetValue', element }), forward('GetValue', element)),
    [names.SetValue]: (element: string, value: string) => {
      wait();
      record({ name: 'SetValue', element, value: String(value) });
      if (left.set > 0) return (left.set -= 1), refuse(edition === 'scorm12' ? '101' : '351');
      return forward('SetValue', element, value);
    },
    [names.Commit]: (arg: string) => {
      wait();
      record({ name: 'Commit' });
      if (left.throws > 0) {
        left.throws -= 1;
        throw new Error('the LMS lost its connection to the server');
      }
      if (left.commit > 0) return (left.commit -= 1), refuse(edition === 'scorm12' ? '101' : '391');
      return forward('Commit', arg);
    },
    [names.GetLastError]: () => injectedError ?? forward('GetLastError'),
    [names.GetErrorString]: (code: string) => forward('GetErrorString', code),
    [names.GetDiagnostic]: (code: string) => forward('GetDiagnostic', code),
  };
}
