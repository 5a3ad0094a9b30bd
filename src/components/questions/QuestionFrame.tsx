import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import type { QuestionStrings } from './strings.ts';

interface Props {
  prompt: string;
  strings: QuestionStrings;
  /** Called on "Check": false when the answer is incomplete. */
  onCheck(): boolean;
  /** 'right' | 'wrong' once checked, for the colour of the feedback. */
  result?: 'right' | 'wrong';
  feedback?: ComponentChildren;
  /** Grouped under the prompt as one fieldset; false when the body has fieldsets of its own. */
  group?: boolean;
  children: ComponentChildren;
}

/** What every question shares: label, prompt, check button and a live feedback region. */
export function QuestionFrame({ prompt, strings, onCheck, result, feedback, group = true, children }: Props) {
  const labelId = useId();
  const promptId = useId();
  const [hint, setHint] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    setHint(onCheck() ? '' : strings.incomplete);
  };
  return (
    <form class="question" aria-labelledby={`${labelId} ${promptId}`} onSubmit={submit} noValidate>
      <p class="question-label" id={labelId}>
        {strings.label}
      </p>
      {group ? (
        <fieldset>
          <legend id={promptId}>{prompt}</legend>
          {children}
        </fieldset>
      ) : (
        <div>
          <p class="question-prompt" id={promptId}>
            {prompt}
          </p>
          {children}
        </div>
      )}
      <button type="submit" class="button">
        {strings.check}
      </button>
      <div class="question-feedback" role="status" data-result={hint ? undefined : result}>
        {hint ? <p>{hint}</p> : feedback}
      </div>
    </form>
  );
}

/** "Correct." or "Not quite." (or "Partly right: 2 of 3."), in bold, before the feedback. */
export function Verdict({ strings, right, total, correct }: { strings: QuestionStrings; right?: number; total?: number; correct: boolean }) {
  const partly = !correct && right !== undefined && total !== undefined && right > 0;
  return (
    <strong>
      {correct ? strings.correct : partly ? interpolate(strings.partly, { right, total }) : strings.incorrect}
    </strong>
  );
}
