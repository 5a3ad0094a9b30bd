// The final test as pure logic: draw questions from the bank, score an attempt, start the next.
import type { GradedQuestion } from './responses.ts';
import { scoreResponse } from './scoring.ts';
import { shuffled } from './shuffle.ts';
import type { TestAttempt, TestRecord } from './test-record.ts';

/** What the draw needs to know of a bank question. */
export interface BankItem {
  id: string;
  /** The course objective the question checks. */
  objective: number;
}

/**
 * `count` questions spread as evenly as the bank allows over the objectives, chosen at random
 * by `seed`, and shown in the order of the objectives, so every attempt covers the course.
 */
export function drawQuestions(bank: readonly BankItem[], count: number, seed: string): string[] {
  const objectives = [...new Set(bank.map((q) => q.objective))].sort((a, b) => a - b);
  const pools = objectives.map((objective) => shuffled(bank.filter((q) => q.objective === objective), `${seed}:${objective}`));
  const chosen: BankItem[] = [];
  for (let round = 0; chosen.length < Math.min(count, bank.length); round++) {
    for (const pool of pools) {
      const next = pool[round];
      if (next && chosen.length < count) chosen.push(next);
    }
  }
  return objectives.flatMap((objective) => chosen.filter((q) => q.objective === objective).map((q) => q.id));
}

/** A fresh attempt after `previous` (or the first one), with a new draw. */
export function nextAttempt(previous: TestRecord | undefined, bank: readonly BankItem[], count: number, seed: string): TestRecord {
  const number = (previous?.attempt.number ?? 0) + 1;
  return { best: previous?.best, attempt: { number, draw: drawQuestions(bank, count, `${seed}#${number}`), answers: {} } };
}

/** The attempt still fits the bank: every drawn question exists. Content may have changed since it was saved. */
export function fitsBank(attempt: TestAttempt, bank: readonly BankItem[], count: number): boolean {
  const ids = new Set(bank.map((q) => q.id));
  return attempt.draw.length === Math.min(count, bank.length) && attempt.draw.every((id) => ids.has(id));
}

/** Whole percent of the drawn questions got right, partly right answers counting in part. */
export function scoreAttempt(questions: readonly GradedQuestion[], answers: Record<string, unknown>): number {
  if (questions.length === 0) return 0;
  const total = questions.reduce((sum, q) => sum + (scoreResponse(q, answers[q.id])?.score ?? 0), 0);
  return Math.round((100 * total) / questions.length);
}

/** The record once the current attempt is submitted with `score`. */
export function submitAttempt(record: TestRecord, score: number): TestRecord {
  return { attempt: { ...record.attempt, score }, best: Math.max(score, record.best ?? 0) };
}
