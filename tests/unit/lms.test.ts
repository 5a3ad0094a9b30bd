// The LMS layer against scorm-again, the same runtime the preview LMS uses.
import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { editionOf } from '../../src/lms/editions.ts';
import { findApi, type Api12, type Api2004 } from '../../src/lms/find-api.ts';
import { displayName } from '../../src/lms/learner-name.ts';
import { scormConnection } from '../../src/lms/scorm-connection.ts';
import { standaloneConnection } from '../../src/lms/standalone-connection.ts';
import { cmiTimespan, isoDuration } from '../../src/lms/time.ts';
import { retryDelay } from '../../src/lms/sync.ts';
import type { LmsRecord } from '../../src/lms/types.ts';
import { questionInteraction } from '../../src/state/interaction.ts';
import { courseProgress } from '../../src/state/progress.ts';
import type { TestRecord } from '../../src/state/test-record.ts';

const tested = (best: number): TestRecord => ({ attempt: { number: 1, draw: [], answers: {}, score: best }, best });
/** Two lessons, the second holding the final test; each done once opened. */
const rules = {
  lessons: [{ id: 'one', questions: [], scenarios: [] }, { id: 'two', questions: [], scenarios: [], finalTest: true as const }],
  lessonDone: 'opened' as const,
  passMark: 80,
  scenarios: {},
};
const record = (visited: string[], suspendData = '{"v":1}', test?: TestRecord): LmsRecord => ({
  suspendData,
  location: visited.at(-1) ?? '',
  progress: courseProgress(rules, { visited, answers: {}, paths: {}, test, chain: { suppliers: [], customers: [] } }).progress,
});
const trueFalse = { id: 'whose-job', type: 'true-false', prompt: '', attempts: 0, answer: false, feedback: { correct: '', incorrect: '' } } as const;

/** What the LMS holds, write-only elements included (its own API will not read those back). */
const stored = (api: Scorm12API | Scorm2004API) => (api.renderCMIToJSONObject() as { cmi: Record<string, any> }).cmi;

function countCalls(api: object, names: string[]) {
  const counts: Record<string, number> = {};
  for (const name of names) {
    const original = (api as Record<string, (...a: unknown[]) => unknown>)[name]!.bind(api);
    counts[name] = 0;
    (api as Record<string, unknown>)[name] = (...args: unknown[]) => {
      counts[name]! += 1;
      return original(...args);
    };
  }
  return counts;
}

describe('SCORM 1.2 session on scorm-again', () => {
  const open = (clock = () => 0) => {
    const api = new Scorm12API({ logLevel: 5 });
    const counts = countCalls(api, ['LMSInitialize', 'LMSFinish']);
    const connection = scormConnection(editionOf({ edition: '1.2', api: api as unknown as Api12 }), clock);
    return { api, counts, connection };
  };

  it('writes status, location, suspend data and exit in 1.2 vocabulary', () => {
    const { api, connection } = open();
    expect(connection.start()).toEqual({ resumed: false, suspendData: '', location: '', learnerLanguage: '', learnerName: '', mode: 'normal', held: { complete: false } });
    connection.save(record(['one']));
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(api.cmi.core.lesson_location).toBe('one');
    expect(stored(api).core.exit).toBe('suspend');
    connection.save(record(['one', 'two']));
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    connection.save(record(['one', 'two'], '{"v":1}', tested(70)));
    expect(api.cmi.core.lesson_status).toBe('failed');
    expect(api.cmi.core.score.raw).toBe('70');
    connection.save(record(['one', 'two'], '{"v":1}', tested(90)));
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect([api.cmi.core.score.raw, api.cmi.core.score.min, api.cmi.core.score.max]).toEqual(['90', '0', '100']);
    // Finished too: suspend, so the LMS hands the learner's course back at the next launch.
    expect(stored(api).core.exit).toBe('suspend');
    expect(api.cmi.suspend_data).toBe('{"v":1}');
  });

  it('writes the score before the status that depends on it', () => {
    const { api, connection } = open();
    const order: string[] = [];
    const set = api.LMSSetValue.bind(api);
    api.LMSSetValue = (element: string, value: string) => (order.push(element), set(element, value));
    connection.start();
    connection.save(record(['one', 'two'], '{"v":1}', tested(85)));
    expect(order.indexOf('cmi.core.score.raw')).toBeLessThan(order.indexOf('cmi.core.lesson_status'));
  });

  it('writes an interaction with time and latency, numbered after those the LMS holds', () => {
    const { api, connection } = open();
    connection.start();
    const at = new Date(2026, 10, 23, 9, 5, 7);
    connection.report(questionInteraction(trueFalse, true)!, { locale: 'cs', latencyMs: 12_340, at });
    connection.report(questionInteraction(trueFalse, false)!, { locale: 'cs', at });
    expect(connection.save(record(['one']))).toBe(true);
    const { 0: first, 1: second } = stored(api).interactions;
    expect(first).toMatchObject({ id: 'whose-job', type: 'true-false', student_response: 't', result: 'wrong', time: '09:05:07', latency: '00:00:12.34' });
    expect(second).toMatchObject({ student_response: 'f', result: 'correct' });
  });

  it('keeps a refused value and interaction, and writes them at the next save', () => {
    const { api, connection } = open();
    connection.start();
    const set = api.LMSSetValue.bind(api);
    let refuse = true;
    api.LMSSetValue = (element: string, value: string) => (refuse ? 'false' : set(element, value));
    connection.report(questionInteraction(trueFalse, false)!, { locale: 'en', at: new Date() });
    expect(connection.save(record(['one'], '{"v":1,"s":["one"]}'))).toBe(false);
    refuse = false;
    expect(connection.save(record(['one'], '{"v":1,"s":["one"]}'))).toBe(true);
    expect(api.cmi.suspend_data).toBe('{"v":1,"s":["one"]}');
    expect(Object.keys(stored(api).interactions)).toEqual(['0']);
  });

  it('does without a language preference the LMS will not keep: no retry, nothing for the learner', () => {
    const { api, connection } = open();
    const setValue = api.LMSSetValue.bind(api);
    const tried: string[] = [];
    api.LMSSetValue = (element: string, value: any) => {
      if (element !== 'cmi.student_preference.language') return setValue(element, value);
      tried.push(value);
      return 'false';
    };
    connection.start();
    expect(connection.save({ ...record(['one']), chosenLanguage: 'it' })).toBe(true);
    expect(connection.save({ ...record(['one']), chosenLanguage: 'it' })).toBe(true);
    expect(tried).toEqual(['it']);
    expect(api.cmi.core.lesson_location).toBe('one');
  });

  it('treats an API that throws as one that refuses', () => {
    const { api, connection } = open();
    connection.start();
    connection.save(record(['one']));
    api.LMSCommit = () => {
      throw new Error('network down');
    };
    expect(connection.commit()).toBe(false);
  });

  it('initializes once and terminates once, however often finish is called', () => {
    let now = 0;
    const { api, counts, connection } = open(() => now);
    connection.start();
    connection.save(record(['one']));
    now = 3_723_450;
    connection.finish();
    connection.finish();
    connection.save(record(['one', 'two']));
    expect(connection.commit()).toBe(false);
    expect(counts).toEqual({ LMSInitialize: 1, LMSFinish: 1 });
    expect(stored(api).core.session_time).toBe('01:02:03.45');
    expect(api.cmi.core.lesson_status).toBe('incomplete');
  });

  it('keeps suspend data within 4,096 characters, which scorm-again would let through', () => {
    const { api, connection } = open();
    connection.start();
    connection.save(record(['one'], 'a'.repeat(4096)));
    connection.save(record(['one'], 'b'.repeat(4097)));
    expect(api.cmi.suspend_data).toBe('a'.repeat(4096));
  });

  it('takes a refused LMSInitialize for a session that never started, and calls the API no more', () => {
    const { api, connection } = open();
    api.LMSInitialize(''); // 1.2's "already initialized" is error 101, which is also every other failure
    const calls = countCalls(api, ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']);
    expect(() => connection.start()).toThrow(/refused to start the session \(error 101\)/);
    expect(calls).toEqual({ LMSInitialize: 1, LMSGetValue: 0, LMSSetValue: 0, LMSCommit: 0, LMSFinish: 0 });
  });
});

describe('SCORM 2004 session on scorm-again', () => {
  it('writes completion, progress measure, location, exit and ISO session time', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const counts = countCalls(api, ['Initialize', 'Terminate']);
    let now = 0;
    const connection = scormConnection(editionOf({ edition: '2004', api: api as unknown as Api2004 }), () => now);
    connection.start();
    connection.save(record(['one']));
    expect(api.cmi.completion_status).toBe('incomplete');
    // One lesson of two done: the second holds the final test, not yet taken.
    expect(api.cmi.progress_measure).toBe('0.5');
    expect(stored(api).exit).toBe('suspend');
    connection.save(record(['one', 'two']));
    expect(api.cmi.completion_status).toBe('incomplete');
    expect(api.cmi.success_status).toBe('unknown');
    connection.save(record(['one', 'two'], '{"v":1}', tested(80)));
    now = 62_500;
    connection.finish();
    connection.finish();
    expect(api.cmi.completion_status).toBe('completed');
    expect(api.cmi.success_status).toBe('passed');
    expect([api.cmi.score.scaled, api.cmi.score.raw, api.cmi.score.min, api.cmi.score.max]).toEqual(['0.8', '80', '0', '100']);
    expect(api.cmi.progress_measure).toBe('1');
    expect(api.cmi.location).toBe('two');
    expect(stored(api).exit).toBe('suspend');
    expect(stored(api).session_time).toBe('PT1M2.5S');
    expect(counts).toEqual({ Initialize: 1, Terminate: 1 });
  });

  it('reads resume data the LMS hands back', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON({ entry: 'resume', suspend_data: '{"v":1,"s":["one"]}', location: 'one', learner_preference: { language: 'cs' } } as never);
    const connection = scormConnection(editionOf({ edition: '2004', api: api as unknown as Api2004 }));
    expect(connection.start()).toMatchObject({ resumed: true, suspendData: '{"v":1,"s":["one"]}', location: 'one', learnerLanguage: 'cs', learnerName: '', mode: 'normal' });
  });

  it('keeps the language the learner picked as their preference, once per change', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON({ learner_preference: { language: 'cs' } } as never);
    const counts = countCalls(api, ['SetValue']);
    const connection = scormConnection(editionOf({ edition: '2004', api: api as unknown as Api2004 }));
    connection.start();
    connection.save(record(['one']));
    expect(api.cmi.learner_preference.language, 'nothing picked yet: the LMS value stays').toBe('cs');
    const before = counts.SetValue ?? 0;
    connection.save({ ...record(['one']), chosenLanguage: 'cs' });
    expect(counts.SetValue, 'the LMS already holds it').toBe(before);
    connection.save({ ...record(['one']), chosenLanguage: 'pt-BR' });
    connection.save({ ...record(['one']), chosenLanguage: 'pt-BR' });
    expect(api.cmi.learner_preference.language).toBe('pt-BR');
    expect(counts.SetValue).toBe(before + 1);
  });

  it('writes interactions in 2004 formats, with a timestamp scorm-again accepts', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const connection = scormConnection(editionOf({ edition: '2004', api: api as unknown as Api2004 }));
    connection.start();
    connection.report(questionInteraction(trueFalse, true)!, { locale: 'pt-BR', description: 'Verdadeiro ou falso?', latencyMs: 4_000, at: new Date() });
    expect(connection.save(record(['one']))).toBe(true);
    expect(stored(api).interactions[0]).toMatchObject({
      id: 'whose-job',
      type: 'true-false',
      learner_response: 'true',
      result: 'incorrect',
      latency: 'PT4S',
      description: '{lang=pt-BR}Verdadeiro ou falso?',
    });
  });
});

describe('a session in a real LMS', () => {
  const open2004 = (data: object = {}) => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON(data as never);
    const counts = countCalls(api, ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate']);
    return { api, counts, connection: scormConnection(editionOf({ edition: '2004', api: api as unknown as Api2004 })) };
  };
  const open12 = (data: object = {}) => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON(data as never);
    const counts = countCalls(api, ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']);
    return { api, counts, connection: scormConnection(editionOf({ edition: '1.2', api: api as unknown as Api12 })) };
  };

  it('accepts a SCORM 2004 LMS that says the session is already initialized (103)', () => {
    const { api, connection } = open2004();
    api.Initialize('');
    expect(connection.start().mode).toBe('normal');
  });

  it.each([
    ['2004', () => open2004({ mode: 'review', completion_status: 'completed', success_status: 'passed', score: { raw: '90' } }), 'SetValue', 'Commit', 'Terminate'],
    ['1.2', () => open12({ core: { lesson_mode: 'browse', lesson_status: 'passed', score: { raw: '90' } } }), 'LMSSetValue', 'LMSCommit', 'LMSFinish'],
  ] as const)('writes nothing in review or browse mode, SCORM %s', (_edition, open, setValue, commit, terminate) => {
    const { counts, connection } = open();
    const launch = connection.start();
    expect(launch.mode).not.toBe('normal');
    expect(launch.held).toEqual({ complete: true, passed: true, score: 90 });
    connection.report(questionInteraction(trueFalse, true)!, { locale: 'en', at: new Date() });
    expect(connection.save(record(['one']))).toBe(true);
    expect(connection.commit()).toBe(true);
    connection.finish();
    expect([counts[setValue], counts[commit], counts[terminate]]).toEqual([0, 0, 1]);
  });

  it('never lowers the completion, success and score the LMS holds (2004)', () => {
    const { api, connection } = open2004({ completion_status: 'completed', success_status: 'passed', score: { scaled: '0.9', raw: '90' } });
    expect(connection.start().held).toEqual({ complete: true, passed: true, score: 90 });
    connection.save(record(['one']));
    expect([api.cmi.completion_status, api.cmi.success_status, api.cmi.score.raw, api.cmi.progress_measure]).toEqual(['completed', 'passed', '90', '1']);
    connection.save(record(['one', 'two'], '{"v":1}', tested(60)));
    expect([api.cmi.success_status, api.cmi.score.raw]).toEqual(['passed', '90']);
    connection.save(record(['one', 'two'], '{"v":1}', tested(100)));
    expect([api.cmi.success_status, api.cmi.score.raw, api.cmi.score.scaled]).toEqual(['passed', '100', '1']);
  });

  it('never lowers a finished SCORM 1.2 status: failed stays failed until a pass', () => {
    const { api, connection } = open12({ core: { lesson_status: 'failed', score: { raw: '50' } } });
    expect(connection.start().held).toEqual({ complete: true, passed: false, score: 50 });
    connection.save(record(['one']));
    expect([api.cmi.core.lesson_status, api.cmi.core.score.raw]).toEqual(['failed', '50']);
    connection.save(record(['one', 'two'], '{"v":1}', tested(85)));
    expect([api.cmi.core.lesson_status, api.cmi.core.score.raw]).toEqual(['passed', '85']);
  });

  it('leaves out a value the LMS will never accept, once, and goes on with the next answers', () => {
    const { api, counts, connection } = open2004();
    const set = api.SetValue.bind(api);
    const rejected: string[] = [];
    // A runtime stricter than scorm-again: no learner responses at all, as a type mismatch (406).
    (api as unknown as Record<string, unknown>).SetValue = (element: string, value: string) => {
      if (!element.endsWith('learner_response')) return set(element, value);
      rejected.push(element);
      (api as unknown as { lastErrorCode: string }).lastErrorCode = '406';
      return 'false';
    };
    api.GetLastError = () => (rejected.length ? '406' : '0') as never;
    connection.start();
    connection.report(questionInteraction(trueFalse, true)!, { locale: 'en', at: new Date() });
    connection.report(questionInteraction(trueFalse, false)!, { locale: 'en', at: new Date() });
    expect(connection.save(record(['one']))).toBe(true);
    expect(connection.save(record(['one']))).toBe(true);
    expect(rejected).toEqual(['cmi.interactions.0.learner_response', 'cmi.interactions.1.learner_response']);
    expect(stored(api).interactions[1]).toMatchObject({ id: 'whose-job', result: 'correct' });
    expect(counts.SetValue).toBeGreaterThan(0);
  });

  it('commits only what is new', () => {
    const { counts, connection } = open2004();
    connection.start();
    expect(connection.commit()).toBe(true);
    expect(counts.Commit).toBe(0);
    connection.save(record(['one']));
    connection.commit();
    connection.save(record(['one']));
    connection.commit();
    expect(counts.Commit).toBe(1);
  });
});

describe('displayName', () => {
  it('turns "Surname, Given" round, and leaves any other name as it is', () => {
    expect(displayName('Novák, Jana')).toBe('Jana Novák');
    expect(displayName(' da Silva ,  Maria Clara ')).toBe('Maria Clara da Silva');
    expect(displayName('Maria Rossi')).toBe('Maria Rossi');
    expect(displayName('Acme, Ltd., Sales')).toBe('Acme, Ltd., Sales');
    expect(displayName('')).toBe('');
  });
});

describe('retryDelay', () => {
  it('doubles from one second and stops at thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});

describe('findApi', () => {
  const frame = (props: object, parent?: object) => {
    const win: Record<string, unknown> = { ...props };
    win.parent = parent ?? win;
    return win as unknown as Window;
  };
  it('climbs the parents and prefers SCORM 2004', () => {
    const top = frame({ API: { name: '1.2' }, API_1484_11: { name: '2004' } });
    const found = findApi(frame({}, frame({}, top)));
    expect(found?.edition).toBe('2004');
  });
  it('finds SCORM 1.2 alone, and the opener of a pop-up', () => {
    const lms = frame({ API: { name: '1.2' } });
    const popup = frame({});
    (popup as unknown as { top: unknown }).top = { opener: lms };
    expect(findApi(popup)?.edition).toBe('1.2');
  });
  it('stops at a parent it may not read', () => {
    const blocked = frame({});
    Object.defineProperty(blocked, 'API', { get: () => { throw new Error('cross-origin'); } });
    expect(findApi(frame({}, blocked))).toBeUndefined();
  });
});

describe('standalone', () => {
  const memoryStorage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
      items,
    } as unknown as Storage & { items: Map<string, string> };
  };
  it('saves at once and resumes from localStorage', () => {
    const storage = memoryStorage();
    const first = standaloneConnection(storage, 'course:x');
    expect(first.start().resumed).toBe(false);
    first.save(record(['one'], '{"v":1,"s":["one"]}'));
    const second = standaloneConnection(storage, 'course:x');
    expect(second.start()).toMatchObject({ resumed: true, suspendData: '{"v":1,"s":["one"]}', location: 'one' });
  });
  it('starts afresh from a damaged entry and says when storage refuses', () => {
    const storage = memoryStorage();
    storage.items.set('course:x', '{not json');
    const connection = standaloneConnection({ ...storage, getItem: storage.getItem, setItem: () => { throw new Error('quota'); } } as Storage, 'course:x');
    expect(connection.start().resumed).toBe(false);
    expect(connection.save(record(['one']))).toBe(false);
    expect(standaloneConnection(undefined, 'course:x').save(record(['one'])), 'no storage at all').toBe(false);
  });
});

describe('session time formats', () => {
  it('writes CMITimespan for 1.2 and ISO 8601 for 2004', () => {
    expect(cmiTimespan(0)).toBe('00:00:00.00');
    expect(cmiTimespan(3_723_450)).toBe('01:02:03.45');
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
  });
});
