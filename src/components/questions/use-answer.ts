import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionData } from '../../schemas/question.ts';
import { $answers, recordAnswer } from '../../state/learner.ts';
import { isResponseFor, type ResponseOf } from '../../state/responses.ts';

/** Answers are small JSON values: equal when they serialise the same. */
export const sameAnswer = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An answer being given: a response of the question's type, perhaps in part, or nothing yet. */
export type Draft<Q extends QuestionData> = ResponseOf[Q['type']] | undefined;

/**
 * The learner's answer to `question` as it stands on screen, and the checked one from the
 * shared store. The checked answer is undefined on the first render, which must match the
 * server's HTML (Preact's hydration does not patch attributes); a restored answer appears
 * once mounted, and becomes the draft.
 */
export function useDraft<Q extends QuestionData>(question: Q, start: () => Draft<Q> = () => undefined) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const stored = useStore($answers)[question.id];
  const checked: ResponseOf[Q['type']] | undefined = mounted && isResponseFor(question, stored) ? stored : undefined;
  const [draft, setDraft] = useState<Draft<Q>>(start);
  // An answer restored, or recorded elsewhere, becomes the draft. The one checked here already
  // is: and the effect runs after a paint, when the learner may have changed it again.
  const checkedHere = useRef<unknown>(undefined);
  useEffect(() => {
    if (checked !== undefined && !sameAnswer(checked, checkedHere.current)) setDraft(checked);
  }, [checked]);
  const [checks, setChecks] = useState(0);
  return {
    draft,
    setDraft,
    /** The checked answer while it is still the one on screen: feedback speaks of nothing else. */
    onScreen: checked !== undefined && sameAnswer(checked, draft) ? checked : undefined,
    /** Checks and keeps `draft` when it is complete; false when it is not. */
    check(): boolean {
      if (!isResponseFor(question, draft)) return false;
      setChecks((n) => n + 1);
      checkedHere.current = draft;
      recordAnswer(question.id, draft);
      return true;
    },
    /** True once the content's allowed attempts are used up: time to show the right answer. */
    revealed: question.attempts > 0 && checks >= question.attempts,
  };
}
