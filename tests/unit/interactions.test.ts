// Answers and decisions as interactions, in both editions' formats, written into scorm-again to prove it takes them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { scorm12Fields as fields12, scorm2004Fields as fields2004, type InteractionContext } from '../../src/lms/interaction-fields.ts';
import { decisionInteraction, newDecisions, questionInteraction, type Interaction } from '../../src/state/interaction.ts';
import { moodleRuntime } from '../../scorm/preview/page/moodle.ts';
import { strictRecorder } from '../../scorm/preview/page/strict.ts';
import { questionSchema } from '../../src/schemas/question.ts';
import { scenarioSchema, type ScenarioData } from '../../src/schemas/scenario.ts';
import { reportsFor } from '../../src/shell/report.ts';
import { isGraded, type GradedQuestion } from '../../src/state/responses.ts';

const at = new Date(2026, 10, 23, 14, 3, 9);
const context = (locale: string, description = 'Which department is the internal customer here?'): InteractionContext => ({ locale, description, at });
/** The answer fields alone; time and latency are checked on their own. */
const answerOnly = ({ time, timestamp, latency, ...rest }: Record<string, string>) => rest;
const scorm12Fields = (i: Interaction) => answerOnly(fields12(i, context('en')));
const scorm2004Fields = (i: Interaction, locale: string, description?: string) => answerOnly(fields2004(i, context(locale, description)));

const feedback = { correct: 'y', incorrect: 'n' };
const base = { prompt: 'Which department is the internal customer here?', attempts: 0 };
const questions: [GradedQuestion, unknown][] = [
  [{ ...base, id: 'handover', type: 'single-choice', options: ['packaging', 'content', 'buyer'].map((id, i) => ({ id, text: id, correct: i === 0, feedback: 'f' })) }, 'packaging'],
  [{ ...base, id: 'who-affects', type: 'multiple-choice', options: ['a1', 'b2', 'c3'].map((id, i) => ({ id, text: id, correct: i < 2, feedback: 'f' })) }, ['b2', 'a1']],
  [{ ...base, id: 'whose-job', type: 'true-false', answer: false, feedback }, true],
  [{ ...base, id: 'pairs', type: 'matching', pairs: ['manual', 'credit'].map((id) => ({ id, item: id, match: id })), feedback }, { manual: 'credit', credit: 'manual' }],
  [{ ...base, id: 'domino', type: 'ordering', items: ['late', 'stuck', 'pay'].map((id) => ({ id, text: id })), feedback }, ['late', 'pay', 'stuck']],
  [
    { ...base, id: 'inside', type: 'classification', groups: [{ id: 'internal', label: 'I' }, { id: 'external', label: 'E' }], cards: [{ id: 'sales', text: 's', group: 'internal' }, { id: 'fridge', text: 'f', group: 'external' }], feedback },
    { sales: 'internal', fridge: 'internal' },
  ],
  [{ ...base, id: 'shipments', type: 'numeric', answer: 375000, tolerance: 0, feedback }, 375000],
];

describe('questionInteraction', () => {
  it('writes 1.2 responses with single characters, and 2004 responses with ids', () => {
    const [choice, multiple, trueFalse, matching, ordering, classification] = questions.map(([q, r]) => questionInteraction(q, r)!);
    expect(scorm12Fields(choice!)).toEqual({ id: 'handover', type: 'choice', student_response: 'a', 'correct_responses.0.pattern': 'a', result: 'correct' });
    expect(scorm12Fields(multiple!).student_response).toBe('a,b');
    expect(scorm12Fields(trueFalse!)).toMatchObject({ student_response: 't', 'correct_responses.0.pattern': 'f', result: 'wrong' });
    expect(scorm12Fields(matching!).student_response).toBe('a.b,b.a');
    expect(scorm12Fields(ordering!)).toMatchObject({ student_response: 'a,c,b', 'correct_responses.0.pattern': 'a,b,c' });
    expect(scorm12Fields(classification!)['correct_responses.0.pattern']).toBe('a.a,b.b');

    expect(scorm2004Fields(matching!, 'cs')).toMatchObject({ learner_response: 'manual[.]credit[,]credit[.]manual', result: 'incorrect' });
    expect(scorm2004Fields(ordering!, 'cs').learner_response).toBe('late[,]pay[,]stuck');
    expect(scorm2004Fields(choice!, 'pt-BR').description).toBe('{lang=pt-BR}Which department is the internal customer here?');
  });

  it('writes 2004 values that strict runtimes accept: short ids without hyphens, numbers that fit', () => {
    const q = (id: string, options: string[]) =>
      questionInteraction({ ...base, id, type: 'multiple-choice', options: options.map((o, i) => ({ id: o, text: o, correct: i === 0, feedback: 'f' })) }, [options[1]!])!;
    expect(scorm2004Fields(q('who-is-next', ['sales-rep', 'warehouse-team']), 'en')).toMatchObject({
      id: 'who-is-next',
      learner_response: 'warehouse_team',
      'correct_responses.0.pattern': 'sales_rep',
    });
    const numeric = (answer: number, tolerance: number, response: number) =>
      scorm2004Fields(questionInteraction({ ...base, id: 'cost', type: 'numeric', answer, tolerance, feedback }, response)!, 'en');
    // US$375,000 has six digits before the point, over the five strict runtimes take: fill-in.
    expect(numeric(375000, 0, 375000)).toMatchObject({ type: 'fill-in', learner_response: '375000', 'correct_responses.0.pattern': '375000', result: 'correct' });
    expect(numeric(375000, 5000, 1e21)).toMatchObject({ type: 'fill-in', learner_response: '1000000000000000000000' });
    expect(numeric(375000, 5000, 1)).not.toHaveProperty('correct_responses.0.pattern');
    expect(numeric(12.5, 0.25, 12.3)).toMatchObject({ type: 'numeric', learner_response: '12.3', 'correct_responses.0.pattern': '12.25[:]12.75', result: 'correct' });
    expect(numeric(0.1 + 0.2, 0, 0.3)).toMatchObject({ type: 'numeric', learner_response: '0.3', 'correct_responses.0.pattern': '0.3[:]0.3' });
  });

  it('gives nothing for an incomplete answer', () => {
    expect(questionInteraction(questions[3]![0], { manual: 'credit' })).toBeUndefined();
  });

  it('keeps a long description within the 250 characters SCORM 2004 allows', () => {
    const choice = questionInteraction(questions[0]![0], 'packaging')!;
    expect(scorm2004Fields(choice, 'es', 'word '.repeat(100)).description!.replace('{lang=es}', '')).toHaveLength(250);
  });

  it('stamps time of day for 1.2 and an ISO timestamp with hundredths for 2004', () => {
    const choice = questionInteraction(questions[0]![0], 'packaging')!;
    expect(fields12(choice, { locale: 'en', at, latencyMs: 61_000 })).toMatchObject({ time: '14:03:09', latency: '00:01:01.00' });
    expect(fields2004(choice, { locale: 'en', at, latencyMs: 61_000 }).timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/);
    expect(fields2004(choice, { locale: 'en', at, latencyMs: 61_000 }).latency).toBe('PT1M1S');
  });
});

const scenario = {
  id: 'payroll-cutoff',
  title: 't',
  intro: 'i',
  start: 'morning',
  scenes: [
    { id: 'morning', text: 'Cut-off is at noon.', choices: [{ id: 'send-first', text: 's', next: 'end', score: 0, flags: [] }, { id: 'later', text: 'l', next: 'end', score: 0, flags: [] }] },
    { id: 'end', text: 'Done.', choices: [], ending: { title: 'e', outcome: 'good', debrief: ['d'] } },
  ],
} as ScenarioData;

describe('decisionInteraction', () => {
  it('reports a scenario decision by scene, ungraded', () => {
    const decision = decisionInteraction(scenario, 'morning', 'later')!;
    expect(scorm12Fields(decision)).toEqual({ id: 'payroll-cutoff.morning', type: 'choice', student_response: 'b', result: 'neutral' });
    expect(scorm2004Fields(decision, 'it')).toMatchObject({ learner_response: 'later', result: 'neutral' });
    expect(decisionInteraction(scenario, 'morning', 'nowhere')).toBeUndefined();
  });

  it('finds the decisions a path adds, a restart included', () => {
    expect(newDecisions(scenario, [], ['later']).map((d) => d.id)).toEqual(['payroll-cutoff.morning']);
    expect(newDecisions(scenario, ['later'], ['later'])).toEqual([]);
    expect(newDecisions(scenario, ['later'], ['send-first']).map((d) => d.learner)).toEqual([{ kind: 'choice', ids: ['send-first'] }]);
  });
});

describe('scorm-again takes every interaction', () => {
  const all: Interaction[] = [...questions.map(([q, r]) => questionInteraction(q, r)!), decisionInteraction(scenario, 'morning', 'send-first')!];
  it.each([
    ['1.2', () => new Scorm12API({ logLevel: 5 }), 'LMSInitialize', 'LMSSetValue', 'LMSGetLastError', (i: Interaction) => fields12(i, { ...context('cs'), latencyMs: 5_250 })],
    ['2004', () => new Scorm2004API({ logLevel: 5 }), 'Initialize', 'SetValue', 'GetLastError', (i: Interaction) => fields2004(i, { ...context('cs'), latencyMs: 5_250 })],
  ] as const)('SCORM %s', (_edition, make, initialize, setValue, lastError, fields) => {
    const api = make() as unknown as Record<string, (...args: string[]) => string>;
    api[initialize]!('');
    const refused: string[] = [];
    all.forEach((interaction, n) => {
      for (const [field, value] of Object.entries(fields(interaction))) {
        const element = `cmi.interactions.${n}.${field}`;
        if (String(api[setValue]!(element, value)) !== 'true') refused.push(`${element}=${value} (${api[lastError]!()})`);
      }
    });
    expect(refused).toEqual([]);
  });
});

describe('reportsFor', () => {
  const grading = { questions: Object.fromEntries(questions.map(([q]) => [q.id, q])), scenarios: { [scenario.id]: scenario } };
  const before = { paths: {}, test: undefined };
  const lesson = { channel: 'course-lesson' } as const;

  it('reports a checked answer with its words and time, and nothing for unknown or ungraded ids', () => {
    const [report] = reportsFor({ ...lesson, type: 'answer', questionId: 'whose-job', response: false, description: 'True?', latencyMs: 900 }, before, grading);
    expect(report).toMatchObject({ interaction: { id: 'whose-job', result: 'correct' }, description: 'True?', latencyMs: 900 });
    expect(reportsFor({ ...lesson, type: 'answer', questionId: 'self-check', response: { a: 3 } }, before, grading)).toEqual([]);
  });

  it('reports each new scenario decision once', () => {
    const path = { ...lesson, type: 'path' as const, scenarioId: 'payroll-cutoff', choices: ['later'] };
    expect(reportsFor(path, before, grading).map((r) => r.interaction.id)).toEqual(['payroll-cutoff.morning']);
    expect(reportsFor(path, { ...before, paths: { 'payroll-cutoff': ['later'] } }, grading)).toEqual([]);
  });

  it('reports every question of a final-test attempt when it is submitted, and only then', () => {
    const attempt = { number: 1, draw: ['whose-job', 'shipments'], answers: { 'whose-job': false, shipments: 375000 } };
    const open = { attempt };
    const submitted = { attempt: { ...attempt, score: 100 }, best: 100 };
    expect(reportsFor({ ...lesson, type: 'test', test: open }, before, grading)).toEqual([]);
    const reports = reportsFor({ ...lesson, type: 'test', test: submitted, details: { shipments: { latencyMs: 5 } } }, { ...before, test: open }, grading);
    expect(reports.map((r) => [r.interaction.id, r.interaction.result, r.latencyMs])).toEqual([
      ['whose-job', 'correct', undefined],
      ['shipments', 'correct', 5],
    ]);
    expect(reportsFor({ ...lesson, type: 'test', test: submitted }, { ...before, test: submitted }, grading)).toEqual([]);
  });
});

describe('every answer and decision of the course, as the strictest runtimes read it', () => {
  const content = resolve(import.meta.dirname, '../../content');
  /** Content files read through their schema, defaults and all, as the build reads them. */
  const files = <T>(folder: string, schema: { parse(x: unknown): T }): T[] =>
    readdirSync(join(content, folder, 'en')).map((f) => schema.parse(JSON.parse(readFileSync(join(content, folder, 'en', f), 'utf8'))));
  /** The right answer to `q`, as the learner's response. */
  const right = (q: GradedQuestion): unknown => {
    switch (q.type) {
      case 'single-choice':
        return q.options.find((o) => o.correct)!.id;
      case 'multiple-choice':
        return q.options.filter((o) => o.correct).map((o) => o.id);
      case 'true-false':
        return q.answer;
      case 'matching':
        return Object.fromEntries(q.pairs.map((p) => [p.id, p.id]));
      case 'ordering':
        return q.items.map((i) => i.id);
      case 'classification':
        return Object.fromEntries(q.cards.map((c) => [c.id, c.group]));
      case 'numeric':
        return q.answer;
      case 'pyramid':
        return { traditional: q.traditional.slots.map((s) => s.role), inverted: q.inverted.slots.map((s) => s.role) };
    }
  };
  const interactions = [
    ...[...files('questions', questionSchema), ...files('final-test', questionSchema)].filter(isGraded).map((q) => questionInteraction(q, right(q))!),
    ...files('scenarios', scenarioSchema).flatMap((s) => s.scenes.flatMap((scene) => scene.choices.map((c) => decisionInteraction(s, scene.id, c.id)!))),
  ];

  it('holds enough of the course to mean something', () => {
    expect(interactions.length).toBeGreaterThan(60);
    expect(interactions.every(Boolean)).toBe(true);
  });

  it.each([
    ['scorm2004', fields2004],
    ['scorm12', fields12],
  ] as const)('%s: Moodle takes every value, and the strict recorder finds nothing', (edition, fields) => {
    const moodle = moodleRuntime(edition);
    const strict = strictRecorder(edition);
    strict({ name: 'Initialize', running: true });
    const found = interactions.flatMap((interaction, n) =>
      Object.entries(fields(interaction, { ...context('pt-BR'), latencyMs: 83_250 })).flatMap(([field, value]) => {
        const element = `cmi.interactions.${n}.${field}`;
        const refusal = moodle(element, value);
        return [...(refusal ? [`Moodle refuses ${element}="${value}" (${refusal})`] : []), ...strict({ name: 'SetValue', element, value })];
      }),
    );
    expect(found).toEqual([]);
  });
});
