import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { QuestionData } from '../../schemas/question.ts';
import { $answers, recordAnswer } from '../../state/learner.ts';
import { isResponseFor, type ResponseOf } from '../../state/responses.ts';

/** Answers are small JSON values: equal when they serialise the same. */
export const sameAnswer = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The learner's checked answer to `question` from the shared store, and a way to check a
 * new one. Undefined on the first render, which must match the server's HTML (Preact's
 * hydration does not patch attributes); a restored answer appears once mounted.
 */
export function useAnswer<Q extends QuestionData>(question: Q) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const stored = useStore($answers)[question.id];
  const checked: ResponseOf[Q['type']] | undefined = mounted && isResponseFor(question, stored) ? stored : undefined;
  const [checks, setChecks] = useState(0);
  const check = (response: ResponseOf[Q['type']]) => {
    setChecks((n) => n + 1);
    recordAnswer(question.id, response);
  };
  /** True once the content's allowed attempts are used up: time to show the right answer. */
  const revealed = question.attempts > 0 && checks >= question.attempts;
  return { checked, check, revealed };
}
