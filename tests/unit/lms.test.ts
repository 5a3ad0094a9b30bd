// The LMS layer against scorm-again, the same runtime the preview LMS uses.
import { describe, expect, it, vi } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { editionOf } from '../../src/lms/editions.ts';
import { findApi, type Api12, type Api2004 } from '../../src/lms/find-api.ts';
import { scormConnection } from '../../src/lms/scorm-connection.ts';
import { standaloneConnection } from '../../src/lms/standalone-connection.ts';
import { cmiTimespan, isoDuration } from '../../src/lms/time.ts';
import { retryDelay } from '../../src/lms/sync.ts';
import type { LmsRecord } from '../../src/lms/types.ts';
import { questionInteraction } from '../../src/state/interaction.ts';
import { progressOf } from '../../src/state/progress.ts';
import type { TestRecord } from '../../src/state/test-record.ts';

const lessons = ['one', 'two'];
const tested = (best: number): TestRecord => ({ attempt: { number: 1, draw: [], answers: {}, score: best }, best });
const record = (visited: string[], suspendData = '{"v":1}', test?: TestRecord): LmsRecord => ({
  suspendData,
  location: visited.at(-1) ?? '',
  progress: progressOf(lessons, visited, test, 80),
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
    const problems: string[] = [];
    const connection = scormConnection(editionOf({ edition: '1.2', api: api as unknown as Api12 }), (p) => problems.push(p), clock);
    return { api, counts, problems, connection };
  };

  it('writes status, location, suspend data and exit in 1.2 vocabulary', () => {
    const { api, connection } = open();
    expect(connection.start()).toEqual({ resumed: false, suspendData: '', location: '', learnerLanguage: '', learnerName: '' });
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
    expect(stored(api).core.exit).toBe('');
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
    const { api, problems, connection } = open();
    connection.start();
    const set = api.LMSSetValue.bind(api);
    let refuse = true;
    api.LMSSetValue = (element: string, value: string) => (refuse ? 'false' : set(element, value));
    connection.report(questionInteraction(trueFalse, false)!, { locale: 'en', at: new Date() });
    expect(connection.save(record(['one'], '{"v":1,"s":["one"]}'))).toBe(false);
    expect(problems).toContain('refused');
    refuse = false;
    expect(connection.save(record(['one'], '{"v":1,"s":["one"]}'))).toBe(true);
    expect(api.cmi.suspend_data).toBe('{"v":1,"s":["one"]}');
    expect(Object.keys(stored(api).interactions)).toEqual(['0']);
  });

  it('does without a language preference the LMS will not keep: no retry, nothing for the learner', () => {
    const { api, problems, connection } = open();
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
    expect(problems).toEqual([]);
    expect(api.cmi.core.lesson_location).toBe('one');
  });

  it('treats an API that throws as one that refuses', () => {
    const { api, connection } = open();
    connection.start();
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
    const { api, problems, connection } = open();
    connection.start();
    connection.save(record(['one'], 'a'.repeat(4096)));
    connection.save(record(['one'], 'b'.repeat(4097)));
    expect(api.cmi.suspend_data).toBe('a'.repeat(4096));
    expect(problems).toEqual(['too-large']);
  });

  it('accepts an LMS that says the session is already initialized', () => {
    const { api, connection } = open();
    api.LMSInitialize('');
    expect(() => connection.start()).not.toThrow();
  });
});

describe('SCORM 2004 session on scorm-again', () => {
  it('writes completion, progress measure, location, exit and ISO session time', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const counts = countCalls(api, ['Initialize', 'Terminate']);
    let now = 0;
    const connection = scormConnection(editionOf({ edition: '2004', api: api as unknown as Api2004 }), () => {}, () => now);
    connection.start();
    connection.save(record(['one']));
    expect(api.cmi.completion_status).toBe('incomplete');
    expect(api.cmi.progress_measure).toBe('0.3333');
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
    expect(stored(api).exit).toBe('normal');
    expect(stored(api).session_time).toBe('PT1M2.5S');
    expect(counts).toEqual({ Initialize: 1, Terminate: 1 });
  });

  it('reads resume data the LMS hands back', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON({ entry: 'resume', suspend_data: '{"v":1,"s":["one"]}', location: 'one', learner_preference: { language: 'cs' } } as never);
    const connection = scormConnection(editionOf({ edition: '2004', api: api as unknown as Api2004 }), () => {});
    expect(connection.start()).toEqual({ resumed: true, suspendData: '{"v":1,"s":["one"]}', location: 'one', learnerLanguage: 'cs', learnerName: '' });
  });

  it('keeps the language the learner picked as their preference, once per change', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON({ learner_preference: { language: 'cs' } } as never);
    const counts = countCalls(api, ['SetValue']);
    const connection = scormConnection(editionOf({ edition: '2004', api: api as unknown as Api2004 }), () => {});
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
    const connection = scormConnection(editionOf({ edition: '2004', api: api as unknown as Api2004 }), () => {});
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
  it('saves on commit and resumes from localStorage', () => {
    const storage = memoryStorage();
    const first = standaloneConnection(storage, 'course:x', () => {});
    expect(first.start().resumed).toBe(false);
    first.save(record(['one'], '{"v":1,"s":["one"]}'));
    first.finish();
    const second = standaloneConnection(storage, 'course:x', () => {});
    expect(second.start()).toMatchObject({ resumed: true, suspendData: '{"v":1,"s":["one"]}', location: 'one' });
  });
  it('starts afresh from a damaged entry and reports a storage that refuses', () => {
    const storage = memoryStorage();
    storage.items.set('course:x', '{not json');
    const problem = vi.fn();
    const connection = standaloneConnection(
      { ...storage, getItem: storage.getItem, setItem: () => { throw new Error('quota'); } } as Storage,
      'course:x',
      problem,
    );
    expect(connection.start().resumed).toBe(false);
    connection.save(record(['one']));
    expect(connection.commit()).toBe(false);
    expect(problem).toHaveBeenCalledWith('refused', expect.stringContaining('quota'));
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
