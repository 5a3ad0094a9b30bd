import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { $answers, $current, $visited, openLesson, recordAnswer } from '../../src/state/learner.ts';
import { neighbours, progressOf } from '../../src/state/progress.ts';
import { decodeSnapshot, emptySnapshot, encodeSnapshot, type Snapshot } from '../../src/state/snapshot.ts';
import { worstCaseSnapshot } from '../support/worst-case.ts';

const lessons = ['one', 'two', 'three'];

describe('progressOf', () => {
  const tested = (best: number) => ({ attempt: { number: 1, draw: [], answers: {}, score: best }, best });
  it('counts only lessons of the course, and the submitted final test as one more step', () => {
    expect(progressOf(lessons, ['two', 'gone'], undefined, 80)).toEqual({ visited: 1, total: 3, measure: 1 / 4, complete: false });
    expect(progressOf(lessons, ['three', 'one', 'two'], undefined, 80)).toMatchObject({ measure: 3 / 4, complete: false });
  });
  it('completes when every lesson is visited and the test submitted; passes at the pass mark', () => {
    expect(progressOf(lessons, lessons, tested(80), 80)).toEqual({ visited: 3, total: 3, measure: 1, complete: true, score: 80, passed: true });
    expect(progressOf(lessons, lessons, tested(79), 80)).toMatchObject({ complete: true, score: 79, passed: false });
    expect(progressOf(lessons, ['one'], tested(100), 80)).toMatchObject({ complete: false, passed: true });
  });
  it('knows no score before the first submit', () => {
    const unsubmitted = { attempt: { number: 1, draw: ['q'], answers: {} } };
    expect(progressOf(lessons, lessons, unsubmitted, 80)).toEqual({ visited: 3, total: 3, measure: 3 / 4, complete: false });
  });
});

describe('neighbours', () => {
  it('gives previous and next, none past the ends', () => {
    expect(neighbours(lessons, 'one')).toEqual({ previous: undefined, next: 'two' });
    expect(neighbours(lessons, 'two')).toEqual({ previous: 'one', next: 'three' });
    expect(neighbours(lessons, 'three')).toEqual({ previous: 'two', next: undefined });
    expect(neighbours(lessons, undefined)).toEqual({ previous: undefined, next: undefined });
  });
});

describe('learner stores', () => {
  afterEach(() => {
    $visited.set([]);
    $answers.set({});
    $current.set(undefined);
    cleanStores($visited, $answers, $current);
  });
  it('records a visit once and has it visible to listeners of the current lesson', () => {
    const seen: Array<readonly string[]> = [];
    $current.listen(() => seen.push($visited.get()));
    openLesson('one');
    openLesson('two');
    openLesson('one');
    expect($visited.get()).toEqual(['one', 'two']);
    expect(seen).toEqual([['one'], ['one', 'two'], ['one', 'two']]);
  });
  it('stores the checked option per question and ignores a repeat', () => {
    let changes = 0;
    $answers.listen(() => changes++);
    recordAnswer('q1', 'a');
    recordAnswer('q1', 'a');
    recordAnswer('q1', 'b');
    expect($answers.get()).toEqual({ q1: 'b' });
    expect(changes).toBe(2);
  });
});

describe('snapshot', () => {
  const full: Snapshot = {
    locale: 'cs',
    current: 'two',
    visited: ['one', 'two'],
    answers: { q1: 'packaging' },
    paths: { cutoff: ['later', 'ask-help'] },
    test: { attempt: { number: 2, draw: ['q7', 'q3'], answers: { q7: true }, score: 50 }, best: 75 },
    chain: { suppliers: ['Payroll'], customers: ['Sales', 'Marta (warehouse)'] },
  };
  it('round-trips', () => {
    expect(decodeSnapshot(encodeSnapshot(full))).toEqual({ snapshot: full, problems: [] });
  });
  it('reads nothing as a fresh start', () => {
    expect(decodeSnapshot('')).toEqual({ snapshot: { visited: [], answers: {}, paths: {}, chain: { suppliers: [], customers: [] } }, problems: [] });
    expect(decodeSnapshot(null).problems).toEqual([]);
  });
  it('never throws on damaged data, and says why it dropped what it dropped', () => {
    for (const bad of ['{', 'null', '[1,2]', '42', '"text"', 'v=1|x', '{"v":1,"s":"x","a":[]}']) {
      const { snapshot, problems } = decodeSnapshot(bad);
      expect(snapshot).toEqual(emptySnapshot());
      expect(problems.length).toBeGreaterThan(0);
    }
  });
  it('keeps what it can read from another version', () => {
    const { snapshot, problems } = decodeSnapshot(
      '{"v":0,"s":["one",3,"one"],"a":{"q1":"a","q2":{"x":true}},"l":"it","p":{"s1":["go"],"s2":"go"},"t":{"attempt":{"number":0}},"n":{"suppliers":["IT",7,""]}}',
    );
    expect(snapshot).toEqual({
      locale: 'it',
      visited: ['one'],
      answers: { q1: 'a' },
      paths: { s1: ['go'] },
      chain: { suppliers: ['IT'], customers: [] },
    });
    expect(problems).toEqual([
      'saved data has version 0, expected 1; reading what fits',
      'answer to "q2" was unreadable and is dropped',
      'path through "s2" was unreadable and is dropped',
      'the final test attempt was unreadable and is dropped',
    ]);
  });
});

describe('the saved form', () => {
  it('is plain ASCII that no LMS mangles, and reads back', () => {
    const state: Snapshot = { ...emptySnapshot(), visited: ['úvod'], chain: { suppliers: ['Žluťoučký kůň "ten"'], customers: [] } };
    const encoded = encodeSnapshot(state);
    expect(encoded).toMatch(/^[A-Za-z0-9+$-]*$/);
    expect(decodeSnapshot(encoded).snapshot).toEqual(state);
  });

  it('still reads the plain JSON that earlier versions saved', () => {
    expect(decodeSnapshot('{"v":1,"s":["one"]}')).toEqual({ snapshot: { ...emptySnapshot(), visited: ['one'] }, problems: [] });
  });

  it('starts afresh, saying so, when the compressed text is damaged', () => {
    expect(decodeSnapshot('N4Ig-damaged').problems).toEqual([expect.stringMatching(/not readable/)]);
  });
});

describe('the worst-case learner state', () => {
  it('fits the 4,096 characters of SCORM 1.2 suspend_data, and reads back whole', () => {
    const worst = worstCaseSnapshot();
    const encoded = encodeSnapshot(worst);
    expect(encoded.length).toBeLessThanOrEqual(4096);
    expect(decodeSnapshot(encoded)).toEqual({ snapshot: worst, problems: [] });
  });
});
