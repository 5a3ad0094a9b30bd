import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatPlural, interpolate } from '../../i18n/plural.ts';
import type { BankQuestion, QuestionOf, TestType } from '../../schemas/question.ts';
import { fitsBank, nextAttempt, scoreAttempt, submitAttempt } from '../../state/final-test.ts';
import { $restored, $test, record } from '../../state/learner.ts';
import { isResponseFor, type GradedQuestion, type Response } from '../../state/responses.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { choiceKind } from '../questions/choice.tsx';
import { classificationKind } from '../questions/classification.tsx';
import type { QuestionKind } from '../questions/kind.ts';
import { matchingKind } from '../questions/matching.tsx';
import { numericKind } from '../questions/numeric.tsx';
import { orderingKind } from '../questions/ordering.tsx';
import { QuestionFrame } from '../questions/QuestionFrame.tsx';
import type { QuestionStrings } from '../questions/strings.ts';
import { trueFalseKind } from '../questions/true-false.tsx';
import type { TestStrings } from './strings.ts';

const kinds: { [T in TestType]: QuestionKind<QuestionOf<T>> } = {
  // One kind serves both choice types; it tells them apart by `question.type`.
  'single-choice': choiceKind as QuestionKind<QuestionOf<'single-choice'>>,
  'multiple-choice': choiceKind as QuestionKind<QuestionOf<'multiple-choice'>>,
  'true-false': trueFalseKind,
  matching: matchingKind,
  ordering: orderingKind,
  classification: classificationKind,
  numeric: numericKind,
};
const kindOf = (q: BankQuestion) => kinds[q.type] as unknown as QuestionKind<GradedQuestion>;

interface Props {
  bank: BankQuestion[];
  /** Questions per attempt. */
  count: number;
  /** Whole percent needed to pass. */
  passMark: number;
  strings: TestStrings;
  questionStrings: QuestionStrings;
  locale: string;
  /** The learner's result page, where a course has one. */
  resultHref?: string;
}

const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);

/**
 * The final test: a draw from the bank, kept in the learner's state so a resumed attempt shows
 * the same questions and answers; one submit, then the score, a review with feedback, and retry.
 */
export default function FinalTest({ bank, count, passMark, strings, questionStrings, locale, resultHref }: Props) {
  const restored = useStore($restored);
  const test = useStore($test);
  const [unanswered, setUnanswered] = useState(0);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const attemptRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'result' | 'attempt' | undefined>(undefined);

  // The first draw, or a new one when the saved draw no longer fits the bank (content changed).
  useEffect(() => {
    if (restored && (!test || !fitsBank(test.attempt, bank, count))) record($test, nextAttempt(test, bank, count, randomSeed()));
  }, [restored, test]);
  // After submit or retry the page changes under the learner: take them to what is new, as soon
  // as it is in the DOM (a plain effect waits for a frame, and the old button is gone by then).
  useLayoutEffect(() => {
    const target = focusNext.current && (focusNext.current === 'result' ? resultRef : attemptRef).current;
    if (!target) return;
    target.focus();
    focusNext.current = undefined;
  });

  const percent = (n: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(n / 100);
  const intro = (
    <p>
      {strings.questions} {interpolate(strings.passMark, { percent: percent(passMark) })}
    </p>
  );
  if (!test || !fitsBank(test.attempt, bank, count)) return <section class="final-test activity">{intro}</section>;

  const { attempt, best } = test;
  const drawn = attempt.draw.map((id) => bank.find((q) => q.id === id)!);
  const submitted = attempt.score !== undefined;
  // From the store too: keys pressed quickly can come before the next render.
  const answer = (q: BankQuestion, next: Response | undefined | ((now: Response | undefined) => Response | undefined)) => {
    const now = $test.get() ?? test;
    const answers = { ...now.attempt.answers };
    const response = typeof next === 'function' ? next(answers[q.id] ?? kindOf(q).start?.(q)) : next;
    if (response === undefined) delete answers[q.id];
    else answers[q.id] = response;
    record($test, { ...now, attempt: { ...now.attempt, answers } });
  };
  // An ordering starts in a shuffled order that is already an answer, touched or not.
  const draftOf = (q: BankQuestion, answers = attempt.answers) => answers[q.id] ?? kindOf(q).start?.(q);
  const submit = (event: Event) => {
    event.preventDefault();
    // The latest answers are in the store; this render may be a key press behind.
    const now = $test.get() ?? test;
    const open = drawn.filter((q) => !isResponseFor(q, draftOf(q, now.attempt.answers)));
    // A number it cannot read is unanswered, and its field says why beside it.
    (event.currentTarget as HTMLFormElement).checkValidity();
    setUnanswered(open.length);
    if (open[0]) {
      document.getElementById(`${open[0].id}-label`)?.closest('.question')?.querySelector<HTMLElement>('input, select, button')?.focus();
      return;
    }
    const answers = Object.fromEntries(drawn.map((q) => [q.id, draftOf(q, now.attempt.answers)!]));
    focusNext.current = 'result';
    record($test, submitAttempt({ ...now, attempt: { ...now.attempt, answers } }, scoreAttempt(drawn, answers)));
  };
  const retry = () => {
    focusNext.current = 'attempt';
    record($test, nextAttempt(test, bank, count, randomSeed()));
  };

  return (
    <section class="final-test" aria-labelledby="final-test-attempt">
      <h2 id="final-test-attempt" tabIndex={-1} ref={attemptRef}>
        {interpolate(strings.attempt, { number: attempt.number })}
      </h2>
      {intro}
      {submitted && (
        <div class="final-test-result activity" data-result={attempt.score! >= passMark ? 'right' : 'wrong'}>
          <h3 tabIndex={-1} ref={resultRef}>
            {attempt.score! >= passMark
              ? interpolate(strings.passed, { score: percent(attempt.score!) })
              : interpolate(strings.failed, { score: percent(attempt.score!), percent: percent(passMark) })}
          </h3>
          {best !== undefined && best !== attempt.score && <p>{interpolate(strings.best, { score: percent(best) })}</p>}
          <p class="final-test-next">
            {resultHref && (
              <a class="button" href={resultHref}>
                {strings.seeResult}
              </a>
            )}
            <button type="button" class={resultHref ? 'button button-quiet' : 'button'} onClick={retry}>
              {strings.retry}
            </button>
          </p>
        </div>
      )}
      {submitted && <h3>{strings.review}</h3>}
      <form onSubmit={submit} noValidate>
        {drawn.map((question, i) => {
          const { Parts, Feedback, grouped } = kindOf(question);
          // The attempt's answers are read back as any response; the question's own type is checked by scoring.
          const response = draftOf(question) as never;
          const result = submitted ? scoreResponse(question, response) : undefined;
          const common = { question, strings: questionStrings, locale, revealed: submitted };
          return (
            <QuestionFrame
              key={`${attempt.number}-${question.id}`}
              id={question.id}
              prompt={question.prompt}
              label={interpolate(strings.questionNumber, { number: i + 1, total: drawn.length })}
              strings={questionStrings}
              group={grouped}
              disabled={submitted}
              correct={result?.correct}
              feedback={result && response !== undefined && <Feedback {...common} response={response} result={result} />}
            >
              <Parts {...common} draft={response} setDraft={(next) => answer(question, next as never)} result={result} />
            </QuestionFrame>
          );
        })}
        {!submitted && (
          <div class="final-test-submit">
            <button type="submit" class="button">
              {strings.submit}
            </button>
            <p role="status">{unanswered > 0 && formatPlural(locale, strings.unanswered, unanswered)}</p>
          </div>
        )}
      </form>
    </section>
  );
}
