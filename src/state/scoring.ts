// Pure scoring: one rule per question type. `score` is the share of the question got right,
// 0 to 1; `correct` is all of it.
import type { QuestionOf } from '../schemas/question.ts';
import { isResponseFor, type GradedQuestion } from './responses.ts';

export interface Result {
  correct: boolean;
  score: number;
}

const share = (right: number, total: number): Result => ({ correct: right === total, score: total === 0 ? 0 : right / total });

/** The result of an answer, or undefined when the answer is incomplete or not for this question. */
export function scoreResponse(question: GradedQuestion, response: unknown): Result | undefined {
  if (!isResponseFor(question, response)) return undefined;
  // After the guard, `response` fits the question; TypeScript cannot follow that across the union.
  const r = response as never;
  switch (question.type) {
    case 'single-choice': {
      const right = question.options.find((o) => o.id === (r as string))?.correct === true;
      return { correct: right, score: right ? 1 : 0 };
    }
    case 'multiple-choice': {
      // Each wrong pick cancels a right one, so ticking everything earns nothing.
      const picked = new Set(r as string[]);
      const wanted = question.options.filter((o) => o.correct);
      const hits = wanted.filter((o) => picked.has(o.id)).length;
      const misses = question.options.filter((o) => !o.correct && picked.has(o.id)).length;
      return { correct: hits === wanted.length && misses === 0, score: Math.max(0, hits - misses) / wanted.length };
    }
    case 'true-false': {
      const right = (r as boolean) === question.answer;
      return { correct: right, score: right ? 1 : 0 };
    }
    case 'matching': {
      const chosen = r as Record<string, string>;
      return share(question.pairs.filter((p) => chosen[p.id] === p.id).length, question.pairs.length);
    }
    case 'ordering': {
      const order = r as string[];
      return share(question.items.filter((item, i) => order[i] === item.id).length, question.items.length);
    }
    case 'classification': {
      const placed = r as Record<string, string>;
      return share(question.cards.filter((c) => placed[c.id] === c.group).length, question.cards.length);
    }
    case 'pyramid': {
      const { traditional, inverted } = r as { traditional: string[]; inverted: string[] };
      const right =
        question.traditional.slots.filter((slot, i) => traditional[i] === slot.role).length +
        question.inverted.slots.filter((slot, i) => inverted[i] === slot.role).length;
      return share(right, question.traditional.slots.length + question.inverted.slots.length);
    }
    case 'numeric': {
      const right = Math.abs((r as number) - question.answer) <= question.tolerance + Number.EPSILON * Math.abs(question.answer);
      return { correct: right, score: right ? 1 : 0 };
    }
  }
}

export interface Profile {
  id: string;
  title: string;
  advice: string;
  /** Mean point on the scale, reverse statements turned round. */
  mean: number;
}

/** The self-assessment's profile: never a pass or fail, only where the learner stands. */
export function likertProfile(question: QuestionOf<'likert'>, response: unknown): Profile | undefined {
  if (!isResponseFor(question, response)) return undefined;
  const points = question.scale.length;
  const values = question.statements.map((s) => (s.reverse ? points + 1 - response[s.id]! : response[s.id]!));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const profile = question.profiles.find((p) => mean <= p.upTo) ?? question.profiles.at(-1)!;
  return { id: profile.id, title: profile.title, advice: profile.advice, mean };
}
