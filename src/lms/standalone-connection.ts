import type { LaunchData, LmsConnection, LmsRecord, ProblemListener } from './types.ts';

/** No LMS: progress lives in this browser's `localStorage`, under one key per course. */
export function standaloneConnection(
  storage: Storage | undefined,
  key: string,
  onProblem: ProblemListener,
): LmsConnection {
  let pending: LmsRecord | undefined;
  let finished = false;

  const commit = () => {
    if (!pending || finished) return !finished;
    try {
      storage?.setItem(key, JSON.stringify({ suspendData: pending.suspendData, location: pending.location }));
      return true;
    } catch (error) {
      onProblem('refused', `this browser would not store progress: ${String(error)}`);
      return false;
    }
  };

  return {
    kind: 'standalone',
    start(): LaunchData {
      let saved: { suspendData?: unknown; location?: unknown } = {};
      try {
        saved = JSON.parse(storage?.getItem(key) ?? '{}') ?? {};
      } catch {
        saved = {}; // damaged entry: start afresh rather than fail
      }
      const suspendData = typeof saved.suspendData === 'string' ? saved.suspendData : '';
      return {
        resumed: suspendData !== '',
        suspendData,
        location: typeof saved.location === 'string' ? saved.location : '',
        learnerLanguage: '',
        learnerName: '',
      };
    },
    save(record) {
      if (!finished) pending = record;
      return !finished;
    },
    // Interactions are the LMS's report to HR; on its own the browser keeps only the state.
    report() {},
    commit,
    finish() {
      commit();
      finished = true;
    },
  };
}
