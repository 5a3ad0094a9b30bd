import type { LaunchData, LmsConnection } from './types.ts';

/**
 * No LMS: progress lives in this browser's `localStorage`, under one key per course. Each save
 * stores at once (it is cheap), so commit has nothing left to do.
 */
export function standaloneConnection(storage: Storage | undefined, key: string): LmsConnection {
  let finished = false;

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
        mode: 'normal',
        held: { complete: false },
      };
    },
    save(record) {
      if (finished) return false;
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify({ suspendData: record.suspendData, location: record.location }));
        return true;
      } catch (error) {
        console.warn(`[course] this browser would not store progress: ${String(error)}`);
        return false;
      }
    },
    // Interactions are the LMS's report to HR; on its own the browser keeps only the state.
    report() {},
    commit: () => !finished,
    finish() {
      finished = true;
    },
  };
}
