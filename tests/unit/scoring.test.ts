import { describe, expect, it } from 'vitest';
import { questionSchema, type QuestionData, type QuestionOf } from '../../src/schemas/question.ts';
import { parseLocaleNumber } from '../../src/state/locale-number.ts';
import { isResponse, isResponseFor } from '../../src/state/responses.ts';
import { likertProfile, scoreResponse } from '../../src/state/scoring.ts';

const q = <T extends QuestionData['type']>(data: Record<string, unknown> & { type: T }) =>
  questionSchema.parse({ id: 'q', prompt: 'P', ...data }) as QuestionOf<T>;
const opt = (id: string, correct = false) => ({ id, text: id, correct, feedback: 'f' });
const verdict = { correct: 'yes', incorrect: 'no' };

describe('scoreResponse', () => {
  it('single choice: right or wrong', () => {
    const single = q({ type: 'single-choice', options: [opt('a', true), opt('b')] });
    expect(scoreResponse(single, 'a')).toEqual({ correct: true, score: 1 });
    expect(scoreResponse(single, 'b')).toEqual({ correct: false, score: 0 });
    expect(scoreResponse(single, 'zz')).toBeUndefined();
  });

  it('multiple choice: every right option and no wrong one; a wrong pick cancels a right one', () => {
    const multiple = q({ type: 'multiple-choice', options: [opt('a', true), opt('b', true), opt('c'), opt('d')] });
    expect(scoreResponse(multiple, ['b', 'a'])).toEqual({ correct: true, score: 1 });
    expect(scoreResponse(multiple, ['a'])).toEqual({ correct: false, score: 0.5 });
    expect(scoreResponse(multiple, ['a', 'b', 'c'])).toEqual({ correct: false, score: 0.5 });
    expect(scoreResponse(multiple, ['a', 'b', 'c', 'd'])).toEqual({ correct: false, score: 0 });
  });

  it('true/false', () => {
    const tf = q({ type: 'true-false', answer: false, feedback: verdict });
    expect(scoreResponse(tf, false)?.correct).toBe(true);
    expect(scoreResponse(tf, true)?.correct).toBe(false);
    expect(scoreResponse(tf, 'false')).toBeUndefined();
  });

  it('matching: the share of pairs matched, complete answers only', () => {
    const matching = q({ type: 'matching', pairs: ['x', 'y', 'z', 'w'].map((id) => ({ id, item: id, match: id.toUpperCase() })), feedback: verdict });
    expect(scoreResponse(matching, { x: 'x', y: 'y', z: 'z', w: 'w' })).toEqual({ correct: true, score: 1 });
    expect(scoreResponse(matching, { x: 'y', y: 'x', z: 'z', w: 'w' })).toEqual({ correct: false, score: 0.5 });
    expect(scoreResponse(matching, { x: 'x' })).toBeUndefined();
  });

  it('ordering: the share of items in their place', () => {
    const ordering = q({ type: 'ordering', items: ['1', '2', '3', '4'].map((id) => ({ id: `s${id}`, text: id })), feedback: verdict });
    expect(scoreResponse(ordering, ['s1', 's2', 's3', 's4'])).toEqual({ correct: true, score: 1 });
    expect(scoreResponse(ordering, ['s1', 's2', 's4', 's3'])).toEqual({ correct: false, score: 0.5 });
    expect(scoreResponse(ordering, ['s1', 's2', 's3'])).toBeUndefined();
  });

  it('classification: the share of cards in the right group', () => {
    const classification = q({
      type: 'classification',
      groups: [{ id: 'internal', label: 'I' }, { id: 'external', label: 'E' }],
      cards: [
        { id: 'payroll', text: 'Payroll', group: 'internal' },
        { id: 'buyer', text: 'Buyer', group: 'external' },
        { id: 'distributor', text: 'Distributor', group: 'internal' },
      ],
      feedback: verdict,
    });
    expect(scoreResponse(classification, { payroll: 'internal', buyer: 'external', distributor: 'internal' })?.correct).toBe(true);
    expect(scoreResponse(classification, { payroll: 'internal', buyer: 'external', distributor: 'external' })?.score).toBeCloseTo(2 / 3);
    expect(scoreResponse(classification, { payroll: 'internal', buyer: 'nowhere', distributor: 'internal' })).toBeUndefined();
  });

  it('pyramid: the share of levels right across both pyramids', () => {
    const roles = ['ceo', 'management', 'front-line', 'customers'];
    const pyramid = q({
      type: 'pyramid',
      roles: roles.map((id) => ({ id, label: id })),
      traditional: { caption: 'T', slots: roles.map((role, i) => ({ id: `t${i}`, label: `t${i}`, role })) },
      inverted: { caption: 'I', slots: [...roles].reverse().map((role, i) => ({ id: `i${i}`, label: `i${i}`, role })) },
      feedback: verdict,
    });
    const traditional = roles;
    const inverted = [...roles].reverse();
    expect(scoreResponse(pyramid, { traditional, inverted })).toEqual({ correct: true, score: 1 });
    expect(scoreResponse(pyramid, { traditional, inverted: roles })).toEqual({ correct: false, score: 0.5 });
    expect(scoreResponse(pyramid, { traditional, inverted: ['ceo', 'ceo', 'ceo', 'ceo'] })).toBeUndefined();
    expect(
      questionSchema.safeParse({ ...pyramid, inverted: { caption: 'I', slots: [{ id: 'x', label: 'x', role: 'ceo' }, { id: 'y', label: 'y', role: 'ceo' }] } }).error
        ?.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ).toEqual(['inverted.slots: must place each role once (ceo, management, front-line, customers)']);
  });

  it('numeric: within the tolerance', () => {
    const numeric = q({ type: 'numeric', answer: 375000, tolerance: 0, unit: 'USD', feedback: verdict });
    expect(scoreResponse(numeric, 375000)?.correct).toBe(true);
    expect(scoreResponse(numeric, 374999)?.correct).toBe(false);
    const rate = q({ type: 'numeric', answer: 0.3, tolerance: 0.05, feedback: verdict });
    expect(scoreResponse(rate, 0.1 + 0.2)?.correct).toBe(true);
    expect(scoreResponse(rate, 0.36)?.correct).toBe(false);
  });
});

describe('likertProfile', () => {
  const likert = q({
    type: 'likert',
    scale: ['1', '2', '3', '4', '5'],
    statements: [{ id: 'enjoy', text: 'I enjoy it' }, { id: 'nuisance', text: 'It is a nuisance', reverse: true }],
    profiles: [
      { id: 'start', upTo: 2.5, title: 'Getting started', advice: 'a' },
      { id: 'way', upTo: 4, title: 'On the way', advice: 'b' },
      { id: 'model', upTo: 5, title: 'A model', advice: 'c' },
    ],
  });
  it('turns reverse statements round and picks the profile of the mean', () => {
    expect(likertProfile(likert, { enjoy: 5, nuisance: 1 })).toMatchObject({ id: 'model', mean: 5 });
    expect(likertProfile(likert, { enjoy: 1, nuisance: 5 })).toMatchObject({ id: 'start', mean: 1 });
    expect(likertProfile(likert, { enjoy: 4, nuisance: 3 })).toMatchObject({ id: 'way', mean: 3.5 });
    expect(likertProfile(likert, { enjoy: 6, nuisance: 1 })).toBeUndefined();
  });
  it('rejects profiles that do not rise or do not reach the top of the scale', () => {
    const result = questionSchema.safeParse({ ...likert, profiles: [{ id: 'a', upTo: 3, title: 't', advice: 'a' }, { id: 'b', upTo: 2, title: 't', advice: 'a' }] });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'upTo must rise from one profile to the next',
      'the last profile must reach the top of the scale (5)',
    ]);
  });
});

describe('schemas name what is wrong', () => {
  it('a card placed in a group that does not exist', () => {
    const result = questionSchema.safeParse({
      id: 'q', prompt: 'P', type: 'classification', feedback: verdict,
      groups: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
      cards: [{ id: 'x', text: 'X', group: 'a' }, { id: 'y', text: 'Y', group: 'c' }],
    });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['cards.1.group: "c" is not one of the groups (a, b)']);
  });
  it('an unknown question type', () => {
    expect(questionSchema.safeParse({ id: 'q', prompt: 'P', type: 'essay' }).error?.issues[0]?.path).toEqual(['type']);
  });
});

describe('responses', () => {
  it('accepts stored answers of every shape and nothing else', () => {
    for (const ok of ['a', true, 3.5, ['a'], { a: 'b' }, { a: 1 }, { a: ['x'] }]) expect(isResponse(ok)).toBe(true);
    for (const bad of [null, undefined, NaN, [1], { a: true }, { a: [1] }]) expect(isResponse(bad)).toBe(false);
  });
  it('checks a response against its question', () => {
    const single = q({ type: 'single-choice', options: [opt('a', true), opt('b')] });
    expect(isResponseFor(single, 'b')).toBe(true);
    expect(isResponseFor(single, ['b'])).toBe(false);
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['en', '375,000', 375000],
    ['en', '1,234.5', 1234.5],
    ['en', '-12.75', -12.75],
    ['es', '375.000', 375000],
    ['es', '1.234,5', 1234.5],
    ['es', '12,5', 12.5],
    ['es', '12.5', 12.5],
    ['it', '375.000', 375000],
    ['pt-BR', '375.000,00', 375000],
    ['cs', '375 000', 375000],
    ['cs', '375\u00a0000,5', 375000.5],
    ['cs', '12,5', 12.5],
    ['cs', '12.5', 12.5],
  ])('%s reads "%s" as %d', (locale, text, value) => {
    expect(parseLocaleNumber(text, locale)).toBe(value);
  });
  it.each([
    ['en', '1,5'],
    ['en', 'twelve'],
    ['es', '1.23.4'],
    ['cs', ''],
  ])('%s refuses "%s"', (locale, text) => {
    expect(parseLocaleNumber(text, locale)).toBeUndefined();
  });
});
