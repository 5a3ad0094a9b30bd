// What a learner's answer looks like, per question type. Plain JSON, keyed by
// language-neutral ids, so it can be saved, restored and reported from any locale.
import type { QuestionData, QuestionOf } from '../schemas/question.ts';

export interface ResponseOf {
  'single-choice': string;
  'multiple-choice': string[];
  'true-false': boolean;
  /** pair id → the pair id whose match the learner chose */
  matching: Record<string, string>;
  /** item ids in the learner's order */
  ordering: string[];
  /** card id → group id */
  classification: Record<string, string>;
  numeric: number;
  /** statement id → point on the scale, 1 = lowest */
  likert: Record<string, number>;
  /** the action ids the learner chose, in the order of the list */
  'action-plan': string[];
  /** role ids, slot by slot from the top, for each of the two pyramids */
  pyramid: { traditional: string[]; inverted: string[] };
}

export type Response = ResponseOf[keyof ResponseOf];

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');
const isRecordOf = <T>(x: unknown, item: (v: unknown) => v is T): x is Record<string, T> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every(item);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Any value a question of some type could have as its answer: for data read back from storage. */
export function isResponse(x: unknown): x is Response {
  return (
    isString(x) ||
    typeof x === 'boolean' ||
    isNumber(x) ||
    isStringArray(x) ||
    isRecordOf(x, isString) ||
    isRecordOf(x, isNumber) ||
    isRecordOf(x, isStringArray)
  );
}

/** True when `value` is a complete, well-formed answer to `question`. */
export function isResponseFor<Q extends QuestionData>(question: Q, value: unknown): value is ResponseOf[Q['type']] {
  switch (question.type) {
    case 'single-choice':
      return isString(value) && question.options.some((o) => o.id === value);
    case 'multiple-choice':
      // At least one pick: every multiple-choice question has a right option to find.
      return isStringArray(value) && value.length > 0 && value.every((v) => question.options.some((o) => o.id === v));
    case 'true-false':
      return typeof value === 'boolean';
    case 'matching': {
      const ids = question.pairs.map((p) => p.id);
      return isRecordOf(value, isString) && ids.every((id) => ids.includes(value[id] ?? ''));
    }
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      return isStringArray(value) && value.length === ids.length && ids.every((id) => value.includes(id));
    }
    case 'classification': {
      const groups = question.groups.map((g) => g.id);
      return isRecordOf(value, isString) && question.cards.every((c) => groups.includes(value[c.id] ?? ''));
    }
    case 'numeric':
      return isNumber(value);
    case 'pyramid': {
      const roles = question.roles.map((r) => r.id);
      const fits = (order: unknown) => isStringArray(order) && order.length === roles.length && roles.every((r) => order.includes(r));
      return isRecordOf(value, isStringArray) && fits(value.traditional) && fits(value.inverted);
    }
    case 'action-plan':
      return (
        isStringArray(value) &&
        value.length >= 1 &&
        value.length <= question.pick &&
        new Set(value).size === value.length &&
        value.every((v) => question.actions.some((a) => a.id === v))
      );
    case 'likert':
      return (
        isRecordOf(value, isNumber) &&
        question.statements.every((s) => Number.isInteger(value[s.id]) && value[s.id]! >= 1 && value[s.id]! <= question.scale.length)
      );
  }
}

/** Self-assessments and action plans ask about the learner, so nothing in them is right or wrong. */
export type UngradedQuestion = QuestionOf<'likert' | 'action-plan'>;
export type GradedQuestion = Exclude<QuestionData, UngradedQuestion>;

export const isGraded = (question: QuestionData): question is GradedQuestion => question.type !== 'likert' && question.type !== 'action-plan';
