// When the course writes and commits: values as they change, Commit at the learner's pauses,
// at once when the page is hidden, and a notice that comes and goes with the LMS's answers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LmsConnection, LmsRecord } from '../../src/lms/types.ts';

/** A connection that counts, and refuses while `refusing` is set. */
function fakeConnection() {
  const log = { saves: 0, commits: 0, finished: false, refusing: false, commitMs: 0, last: undefined as LmsRecord | undefined };
  const connection: LmsConnection = {
    kind: 'scorm-2004',
    start: () => ({ resumed: false, suspendData: '', location: '', learnerLanguage: '', learnerName: '', mode: 'normal', held: { complete: false } }),
    save(record) {
      log.saves += 1;
      log.last = record;
      return !log.refusing;
    },
    report() {},
    commit() {
      log.commits += 1;
      vi.advanceTimersByTime(log.commitMs); // a slow LMS holds the page this long
      return !log.refusing;
    },
    finish() {
      log.finished = true;
    },
  };
  return { log, connection };
}

/** A window with the two events the course listens to. */
function fakeWindow() {
  const target = new EventTarget();
  const doc = { visibilityState: 'visible' };
  const win = Object.assign(target, {
    document: doc,
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  });
  return { win: win as unknown as Window, hide: () => ((doc.visibilityState = 'hidden'), target.dispatchEvent(new Event('visibilitychange'))), close: () => target.dispatchEvent(new Event('pagehide')) };
}

/** The record as the shell would compose it: the lesson on screen is what these tests follow. */
const current = (learner: typeof import('../../src/state/learner.ts')) => () => ({
  suspendData: '',
  location: learner.$current.get() ?? '',
  progress: { done: 0, total: 2, measure: 0, complete: false },
});

/** Fresh stores for each test: the sync listens to them for as long as its page lives. */
async function start() {
  vi.resetModules();
  const learner = await import('../../src/state/learner.ts');
  const { keepInSync, COMMIT } = await import('../../src/lms/sync.ts');
  const { log, connection } = fakeConnection();
  const { win, hide, close } = fakeWindow();
  const states: string[] = [];
  const sync = keepInSync(connection, current(learner), win, (state) => states.push(state));
  const settle = () => vi.advanceTimersByTimeAsync(0);
  return { learner, log, states, sync, hide, close, settle, COMMIT };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.useRealTimers());

describe('keepInSync', () => {
  it('writes every change at once and commits once when the learner pauses', async () => {
    const { learner, log, settle, COMMIT } = await start();
    await settle();
    for (const id of ['one', 'two']) {
      learner.openLesson(id);
      await settle();
      await vi.advanceTimersByTimeAsync(COMMIT.pauseMs / 2);
    }
    expect(log.last?.location).toBe('two');
    expect(log.commits).toBe(0);
    await vi.advanceTimersByTimeAsync(COMMIT.pauseMs);
    expect(log.commits).toBe(1);
    // Nothing new: nothing more to commit.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(log.commits).toBe(1);
  });

  it('commits at the latest a few seconds after a change, however busy the learner', async () => {
    const { learner, log, settle, COMMIT } = await start();
    for (let i = 0; i < 40; i++) {
      learner.recordAnswer('q', i);
      await settle();
      await vi.advanceTimersByTimeAsync(500);
    }
    // 20 s of changes every half second: one commit each 10 s.
    expect(COMMIT.latestMs).toBe(10_000);
    expect(log.commits).toBe(2);
  });

  it('does not commit at launch before the learner has done anything, only a few seconds on', async () => {
    const { log, COMMIT } = await start();
    await vi.advanceTimersByTimeAsync(COMMIT.latestMs - 1);
    expect(log.commits).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(log.commits).toBe(1);
  });

  it('waits longer between commits with an LMS whose Commit is slow, so clicks are not held up', async () => {
    const { learner, log, settle } = await start();
    log.commitMs = 1500;
    for (let i = 0; i < 120; i++) {
      learner.recordAnswer('q', i);
      await settle();
      await vi.advanceTimersByTimeAsync(500);
    }
    // About 70 s of changes: the first commit after 10 s, then one every 30 s (20 × 1.5 s).
    expect(log.commits).toBeLessThanOrEqual(3);
    // A learner who stops for 2 s is not yet reading for a slow LMS: it waits for 3 s (2 × 1.5 s).
    const before = log.commits;
    learner.recordAnswer('q', 'last');
    await settle();
    await vi.advanceTimersByTimeAsync(2500);
    expect(log.commits).toBe(before);
    await vi.advanceTimersByTimeAsync(500);
    expect(log.commits).toBe(before + 1);
  });

  it('commits at once when the page is hidden, and ends the session when it goes away', async () => {
    const { learner, log, settle, hide, close } = await start();
    learner.openLesson('one');
    await settle();
    hide();
    expect(log.commits).toBe(1);
    learner.openLesson('two');
    await settle();
    close();
    expect(log.finished).toBe(true);
    expect(log.last?.location).toBe('two');
  });

  it('says so when the LMS refuses from the very start, and clears the notice as soon as saving works', async () => {
    vi.resetModules();
    const learner = await import('../../src/state/learner.ts');
    const { keepInSync } = await import('../../src/lms/sync.ts');
    const { log, connection } = fakeConnection();
    const { win } = fakeWindow();
    const states: string[] = [];
    log.refusing = true;
    keepInSync(connection, current(learner), win, (state) => states.push(state));
    expect(states).toEqual(['trouble']);
    learner.openLesson('one');
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(states).toEqual(['trouble']);
    log.refusing = false;
    // The next change, or the next retry, finds the LMS answering again.
    learner.openLesson('two');
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual(['trouble', 'saved']);
    expect(log.last?.location).toBe('two');
  });

  it('retries on its own with growing pauses while the learner reads', async () => {
    const { learner, log, states, settle } = await start();
    log.refusing = true;
    learner.openLesson('one');
    await settle();
    expect(states).toEqual(['trouble']);
    const saves = log.saves;
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000);
    expect(log.saves - saves).toBe(3);
    log.refusing = false;
    await vi.advanceTimersByTimeAsync(8000);
    expect(states).toEqual(['trouble', 'saved']);
  });
});
