import { describe, expect, it } from 'vitest';
import {
  drawQuestions,
  fitsBank,
  nextAttempt,
  scoreAttempt,
  submitAttempt,
  type BankItem,
} from '../../src/state/final-test.ts';
import { readTestRecord } from '../../src/state/test-record.ts';
import type { GradedQuestion } from '../../src/state/responses.ts';

// Twelve questions, three per objective, like a small course.
const bank: BankItem[] = [1, 2, 3, 4].flatMap((objective) => ['a', 'b', 'c'].map((x) => ({ id: `o${objective}${x}`, objective })));
const objectiveOf = (id: string) => bank.find((q) => q.id === id)!.objective;

describe('drawQuestions', () => {
  it('is the same for the same seed, so a resumed attempt shows the same questions', () => {
    expect(drawQuestions(bank, 8, 'seed-1')).toEqual(drawQuestions(bank, 8, 'seed-1'));
  });
  it('spreads the draw evenly over the objectives, in course order', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const draw = drawQuestions(bank, 8, seed);
      expect(draw).toHaveLength(8);
      expect(new Set(draw).size).toBe(8);
      expect(draw.map(objectiveOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    }
  });
  it('gives the remainder to the first objectives when the count does not divide', () => {
    expect(drawQuestions(bank, 6, 'x').map(objectiveOf)).toEqual([1, 1, 2, 2, 3, 4]);
  });
  it('differs from seed to seed', () => {
    const draws = new Set(['1', '2', '3', '4', '5', '6'].map((seed) => drawQuestions(bank, 8, seed).join()));
    expect(draws.size).toBeGreaterThan(1);
  });
  it('takes the whole bank when it is smaller than the count, and copes with uneven objectives', () => {
    const uneven = [...bank.slice(0, 3), { id: 'lonely', objective: 9 }];
    expect(drawQuestions(uneven, 10, 's').sort()).toEqual(['lonely', 'o1a', 'o1b', 'o1c']);
    expect(drawQuestions(uneven, 2, 's').map((id) => uneven.find((q) => q.id === id)!.objective)).toEqual([1, 9]);
  });
});

describe('attempts', () => {
  it('numbers attempts, keeps the best score, and draws anew', () => {
    const first = nextAttempt(undefined, bank, 8, 'r');
    expect(first.attempt).toMatchObject({ number: 1, answers: {} });
    const done = submitAttempt(first, 62);
    expect(done).toMatchObject({ best: 62, attempt: { score: 62 } });
    const second = nextAttempt(done, bank, 8, 'r');
    expect(second).toMatchObject({ best: 62, attempt: { number: 2, answers: {} } });
    expect(second.attempt.score).toBeUndefined();
    expect(submitAttempt(second, 40).best).toBe(62);
  });
  it('notices a saved draw that the bank no longer holds', () => {
    const { attempt } = nextAttempt(undefined, bank, 8, 'r');
    expect(fitsBank(attempt, bank, 8)).toBe(true);
    expect(fitsBank(attempt, bank.filter((q) => q.id !== attempt.draw[0]), 8)).toBe(false);
    expect(fitsBank(attempt, bank, 6)).toBe(false);
  });
});

describe('scoreAttempt', () => {
  const tf = (id: string, answer: boolean): GradedQuestion => ({ id, type: 'true-false', prompt: '?', attempts: 0, answer, feedback: { correct: 'y', incorrect: 'n' } });
  const order: GradedQuestion = {
    id: 'o',
    type: 'ordering',
    prompt: '?',
    attempts: 0,
    items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
    feedback: { correct: 'y', incorrect: 'n' },
  };
  it('is the whole percent of questions right, partly right answers counting in part', () => {
    const questions = [tf('t1', true), tf('t2', false), order];
    expect(scoreAttempt(questions, { t1: true, t2: false, o: ['a', 'b', 'c', 'd'] })).toBe(100);
    expect(scoreAttempt(questions, { t1: true, t2: true, o: ['a', 'b', 'd', 'c'] })).toBe(50);
    expect(scoreAttempt(questions, { t1: false })).toBe(0);
    expect(scoreAttempt([], {})).toBe(0);
  });
});

describe('readTestRecord', () => {
  it('accepts a saved record and rejects damaged ones', () => {
    const record = { attempt: { number: 1, draw: ['a'], answers: { a: 'x' } } };
    expect(readTestRecord(record)).toEqual(record);
    expect(readTestRecord({ attempt: { number: 0, draw: [], answers: {} } })).toBeUndefined();
    expect(readTestRecord({ attempt: { number: 1, draw: ['a'], answers: {}, score: 140 } })).toBeUndefined();
    expect(readTestRecord({ attempt: { number: 1, draw: [3], answers: {} } })).toBeUndefined();
    expect(readTestRecord('attempt')).toBeUndefined();
  });
});
