// What the learner's state keeps of the final test, and how it is read back from storage.
// Apart from the test logic (final-test.ts) so the shell and lesson pages need only this.
import { isResponse, type Response } from './responses.ts';

export interface TestAttempt {
  /** 1 for the first attempt. */
  number: number;
  /** Question ids drawn for this attempt, in the order shown; kept so a resumed attempt shows the same questions. */
  draw: string[];
  /** Question id → answer given in this attempt. */
  answers: Record<string, Response>;
  /** Whole percent, once the attempt is submitted. */
  score?: number;
}

export interface TestRecord {
  attempt: TestAttempt;
  /** Best submitted score so far, in whole percent. */
  best?: number;
}

const isPercent = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 100;

/** For data read back from storage: a record of the right shape, or undefined. */
export function readTestRecord(x: unknown): TestRecord | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const { attempt, best } = x as Partial<TestRecord>;
  if (typeof attempt !== 'object' || attempt === null) return undefined;
  const { number, draw, answers, score } = attempt;
  const valid =
    Number.isInteger(number) &&
    number > 0 &&
    Array.isArray(draw) &&
    draw.every((id) => typeof id === 'string') &&
    typeof answers === 'object' &&
    answers !== null &&
    Object.values(answers).every(isResponse) &&
    (score === undefined || isPercent(score)) &&
    (best === undefined || isPercent(best));
  return valid ? { attempt: { number, draw, answers, ...(score === undefined ? {} : { score }) }, ...(best === undefined ? {} : { best }) } : undefined;
}
