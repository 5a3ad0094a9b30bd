import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { $answers, $current, $visited, openLesson, recordAnswer } from '../../src/state/learner.ts';
import type { ScenarioData } from '../../src/schemas/scenario.ts';
import { courseProgress, neighbours, type CourseRules, type DoneRule, type LearnerWork } from '../../src/state/progress.ts';
import { dayOf, minuteClock, NAME_LIMIT, tidyName } from '../../src/state/completion.ts';
import { decodeSnapshot, emptySnapshot, encodeSnapshot, type Snapshot } from '../../src/state/snapshot.ts';
import { worstCaseSnapshot } from '../support/worst-case.ts';

const lessons = ['one', 'two', 'three'];

describe('courseProgress', () => {
  const tested = (best: number) => ({ attempt: { number: 1, draw: [], answers: {}, score: best }, best });
  const scenario = {
    id: 'call',
    title: 't',
    intro: 'i',
    start: 'ring',
    scenes: [
      { id: 'ring', text: 'x', choices: [{ id: 'answer', text: 'a', next: 'end', score: 1, flags: [] }] },
      { id: 'end', text: 'y', choices: [], ending: { title: 'e', outcome: 'good', debrief: ['d'] } },
    ],
  } as ScenarioData;
  const rules = (lessonDone: DoneRule = 'activities'): CourseRules => ({
    lessons: [
      { id: 'read', questions: [], scenarios: [] },
      { id: 'quiz', questions: ['q1', 'q2'], scenarios: ['call'] },
      { id: 'chain', questions: [], scenarios: [], serviceChain: true },
      { id: 'test', questions: [], scenarios: [], finalTest: true },
      { id: 'glossary', questions: [], scenarios: [], appendix: true },
    ],
    lessonDone,
    passMark: 80,
    scenarios: { call: scenario },
  });
  const work = (over: Partial<LearnerWork> = {}): LearnerWork => ({ visited: [], answers: {}, paths: {}, test: undefined, chain: { suppliers: [], customers: [] }, ...over });
  const all = ['read', 'quiz', 'chain', 'test', 'glossary'];

  it('knows each lesson as not started, in progress or done: done once all it asks is answered', () => {
    const { states, progress } = courseProgress(rules(), work({ visited: ['read', 'quiz', 'chain'], answers: { q1: 'a' }, paths: { call: ['answer'] } }));
    expect(states).toEqual({ read: 'done', quiz: 'in-progress', chain: 'in-progress', test: 'not-started', glossary: 'not-started' });
    expect(progress).toEqual({ done: 1, total: 4, measure: 1 / 4, complete: false });
    const answered = work({ visited: ['read', 'quiz', 'chain'], answers: { q1: 'a', q2: 'b' }, paths: { call: ['answer'] }, chain: { suppliers: ['Payroll'], customers: ['Sales'] } });
    expect(courseProgress(rules(), answered).states).toMatchObject({ quiz: 'done', chain: 'done' });
    // A scenario half played is not done.
    expect(courseProgress(rules(), { ...answered, paths: { call: [] } }).states.quiz).toBe('in-progress');
  });

  it('completes when every required lesson is done, the final test submitted among them; passes at the pass mark', () => {
    const finished = work({ visited: all, answers: { q1: 'a', q2: 'b' }, paths: { call: ['answer'] }, chain: { suppliers: ['P'], customers: ['S'] } });
    expect(courseProgress(rules(), finished).progress).toEqual({ done: 3, total: 4, measure: 3 / 4, complete: false });
    expect(courseProgress(rules(), { ...finished, test: tested(80) }).progress).toEqual({ done: 4, total: 4, measure: 1, complete: true, score: 80, passed: true });
    expect(courseProgress(rules(), { ...finished, test: tested(53) }).progress).toMatchObject({ complete: true, score: 53, passed: false });
    const unsubmitted = { attempt: { number: 1, draw: ['q'], answers: {} } };
    expect(courseProgress(rules(), { ...finished, test: unsubmitted }).states.test).toBe('in-progress');
  });

  it('can count a lesson done once it is opened, as course.json may say; the final test still once submitted', () => {
    const { states, progress } = courseProgress(rules('opened'), work({ visited: all }));
    expect(states).toEqual({ read: 'done', quiz: 'done', chain: 'done', test: 'in-progress', glossary: 'done' });
    expect(progress).toMatchObject({ done: 3, complete: false });
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

describe('the completion record', () => {
  it('writes a day in the learner\'s time zone, tidies a typed name, and counts whole minutes over sessions', () => {
    expect(dayOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(tidyName('  Jana \n  Nováková ')).toBe('Jana Nováková');
    expect(tidyName('y'.repeat(80))).toHaveLength(NAME_LIMIT);
    let now = 1_000_000;
    const minutes = minuteClock(40, now, () => now);
    expect(minutes()).toBe(40);
    now += 2.5 * 60_000;
    expect(minutes()).toBe(42);
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
    completedOn: '2026-11-30',
    name: 'Jana Nováková',
    minutes: 74,
  };
  it('round-trips', () => {
    expect(decodeSnapshot(encodeSnapshot(full))).toEqual({ snapshot: full, problems: [] });
  });
  it('reads nothing as a fresh start', () => {
    expect(decodeSnapshot('')).toEqual({ snapshot: { visited: [], answers: {}, paths: {}, chain: { suppliers: [], customers: [] } }, problems: [] });
    expect(decodeSnapshot(null).problems).toEqual([]);
  });
  it('drops a completion record it cannot trust', () => {
    const { snapshot, problems } = decodeSnapshot(`{"v":1,"d":"30/11/2026","w":"${'x'.repeat(61)}","m":-5}`);
    expect(snapshot).toEqual(emptySnapshot());
    expect(problems).toEqual([
      'the day of completion was unreadable and is dropped',
      'the name for the certificate was unreadable and is dropped',
      'the time spent was unreadable and is dropped',
    ]);
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
