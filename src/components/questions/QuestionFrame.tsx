import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import type { Result } from '../../state/scoring.ts';
import type { QuestionStrings } from './strings.ts';

/** The `data-result` of a checked part: right, wrong, or nothing before a check. */
export const mark = (right: boolean | undefined) => (right === undefined ? undefined : right ? 'right' : 'wrong');

interface Props {
  prompt: string;
  /** Above the prompt; "Check your understanding" unless given. */
  label?: string;
  /** The button; "Check answer" unless given. */
  checkLabel?: string;
  strings: QuestionStrings;
  /** Called on "Check": false when the answer is incomplete. */
  onCheck(): boolean;
  /** Whether the checked answer is right; undefined before a check. */
  correct?: boolean;
  feedback?: ComponentChildren;
  /** Grouped under the prompt as one fieldset; false when the body has fieldsets of its own. */
  group?: boolean;
  children: ComponentChildren;
}

/** What every question shares: label, prompt, check button and a live feedback region. */
export function QuestionFrame({ prompt, label, checkLabel, strings, onCheck, correct, feedback, group = true, children }: Props) {
  const labelId = useId();
  const promptId = useId();
  const [hint, setHint] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    setHint(onCheck() ? '' : strings.incomplete);
  };
  return (
    <form class="question activity" aria-labelledby={`${labelId} ${promptId}`} onSubmit={submit} noValidate>
      <p class="question-label activity-label" id={labelId}>
        {label ?? strings.label}
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
        {checkLabel ?? strings.check}
      </button>
      <div class="question-feedback" role="status" data-result={hint ? undefined : mark(correct)}>
        {hint ? <p>{hint}</p> : feedback}
      </div>
    </form>
  );
}

interface VerdictProps {
  strings: QuestionStrings;
  result: Pick<Result, 'correct' | 'score'>;
  /** Parts of the answer, for "Partly right: 2 of 3."; leave out where parts make no sense. */
  parts?: number;
}

/** "Correct." or "Not quite." (or "Partly right: 2 of 3."), in bold, before the feedback. */
export function Verdict({ strings, result, parts }: VerdictProps) {
  const right = parts === undefined ? 0 : Math.round(result.score * parts);
  return (
    <strong>
      {result.correct ? strings.correct : right > 0 ? interpolate(strings.partly, { right, total: parts ?? 0 }) : strings.incorrect}
    </strong>
  );
}

/** The usual feedback: the verdict, the content's words for right or wrong, and, once the attempts are used up, the answer. */
export function VerdictFeedback({
  strings,
  result,
  parts,
  feedback,
  revealed,
  answer = '',
}: VerdictProps & { feedback: { correct: string; incorrect: string }; revealed: boolean; answer?: string }) {
  return (
    <p>
      <Verdict strings={strings} result={result} parts={parts} /> {result.correct ? feedback.correct : feedback.incorrect}
      {revealed && !result.correct && ` ${strings.revealed}${answer && ` ${answer}`}`}
    </p>
  );
}
