// What a graded question type brings: the parts a learner answers with, and the feedback on
// a checked answer. A lesson shows them with a "Check" button (practice.tsx); the final test
// shows several under one "Submit" (FinalTest.tsx).
import type { JSX } from 'preact';
import type { Result } from '../../state/scoring.ts';
import type { GradedQuestion, ResponseOf } from '../../state/responses.ts';
import type { QuestionStrings } from './strings.ts';
import type { Draft } from './use-answer.ts';

export interface PartsProps<Q extends GradedQuestion> {
  question: Q;
  strings: QuestionStrings;
  /** The page's language: numbers are typed and shown its way. */
  locale: string;
  draft: Draft<Q>;
  /** Give a function to build on the answer as it is now: keys pressed fast can outrun a render. */
  setDraft(next: Draft<Q> | ((now: Draft<Q>) => Draft<Q>)): void;
  /** The result of the checked answer while it is on screen: each part shows right or wrong. */
  result: Result | undefined;
  /** Mark the right answer beside wrong parts. */
  revealed: boolean;
}

export interface FeedbackProps<Q extends GradedQuestion> {
  question: Q;
  strings: QuestionStrings;
  locale: string;
  response: ResponseOf[Q['type']];
  result: Result;
  revealed: boolean;
}

export interface QuestionKind<Q extends GradedQuestion> {
  /** The draft before the learner does anything: an ordering starts shuffled, the rest empty. */
  start?(question: Q): Draft<Q>;
  /** False when the parts hold fieldsets of their own, so the frame does not group them. */
  grouped?: boolean;
  Parts(props: PartsProps<Q>): JSX.Element;
  Feedback(props: FeedbackProps<Q>): JSX.Element;
}
