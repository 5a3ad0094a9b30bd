import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import type { Result } from '../../state/scoring.ts';
import type { QuestionStrings } from './strings.ts';

/** The `data-result` of a checked part: right, wrong, or nothing before a check. */
export const mark = (right: boolean | undefined) => (right === undefined ? undefined : right ? 'right' : 'wrong');

interface Props {
  /** The question's id, unique on the page: the frame's element ids derive from it. */
  id: string;
  prompt: string;
  /** Above the prompt; "Check your understanding" unless given. */
  label?: string;
  /** The button; "Check answer" unless given. */
  checkLabel?: string;
  /** The activity offers its next step as the main button: "Check" steps back (one main button per activity). */
  checkQuiet?: boolean;
  strings: QuestionStrings;
  /**
   * Called on "Check": false when the answer is incomplete. Without it the question is one
   * part of a larger form (the final test): no button of its own, and its feedback, shown
   * after the whole form is submitted, is not announced one by one.
   */
  onCheck?(): boolean;
  /** Whether the checked answer is right; undefined before a check. */
  correct?: boolean;
  feedback?: ComponentChildren;
  /** Grouped under the prompt as one fieldset; false when the body has fieldsets of its own. */
  group?: boolean;
  /** Shown but not answerable: a submitted test under review. */
  disabled?: boolean;
  children: ComponentChildren;
}

/** What every question shares: label, prompt, check button and a live feedback region. */
export function QuestionFrame({ id, prompt, label, checkLabel, checkQuiet, strings, onCheck, correct, feedback, group = true, disabled, children }: Props) {
  const labelId = `${id}-label`;
  const promptId = `${id}-prompt`;
  const [hint, setHint] = useState('');
  // What the learner's check says is brought into view (on a phone it can fall below the
  // screen), smoothly unless motion is reduced (global.css's scroll-behavior); never on a
  // page that opens with feedback already shown.
  const feedbackRegion = useRef<HTMLDivElement>(null);
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    if (checks) feedbackRegion.current?.scrollIntoView({ block: 'nearest' });
  }, [checks]);
  const submit = (event: Event) => {
    event.preventDefault();
    // A field that cannot read what was typed says so itself, beside it (its `invalid`
    // event): one message, where the learner is taken to put it right.
    const form = event.currentTarget as HTMLFormElement;
    if (!form.checkValidity()) {
      setHint('');
      form.querySelector<HTMLElement>(':invalid')?.focus();
      return;
    }
    const complete = onCheck?.() !== false;
    setHint(complete ? '' : strings.incomplete);
    // A check too early leaves the learner where they are (or where the question takes them).
    if (complete) setChecks((n) => n + 1);
  };
  const body = (
    <>
      <p class="question-label activity-label" id={labelId}>
        {label ?? strings.label}
      </p>
      {group ? (
        <fieldset disabled={disabled}>
          <legend id={promptId}>{prompt}</legend>
          {children}
        </fieldset>
      ) : (
        <fieldset class="question-plain" disabled={disabled} aria-labelledby={promptId}>
          <p class="question-prompt" id={promptId}>
            {prompt}
          </p>
          {children}
        </fieldset>
      )}
    </>
  );
  if (!onCheck) {
    return (
      <div class="question activity" role="group" aria-labelledby={`${labelId} ${promptId}`}>
        {body}
        {feedback && (
          <div class="question-feedback" data-result={mark(correct)}>
            {feedback}
          </div>
        )}
      </div>
    );
  }
  return (
    <form class="question activity" aria-labelledby={`${labelId} ${promptId}`} onSubmit={submit} noValidate>
      {body}
      <button type="submit" class={checkQuiet ? 'button button-quiet' : 'button'}>
        {checkLabel ?? strings.check}
      </button>
      <div ref={feedbackRegion} class="question-feedback" role="status" data-result={hint ? undefined : mark(correct)}>
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
