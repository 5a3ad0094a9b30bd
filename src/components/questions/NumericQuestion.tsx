import { useEffect, useId, useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import type { QuestionOf } from '../../schemas/question.ts';
import { parseLocaleNumber } from '../../state/locale-number.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { mark, QuestionFrame, VerdictFeedback } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { useAnswer } from './use-answer.ts';

interface Props {
  question: QuestionOf<'numeric'>;
  strings: QuestionStrings;
  /** The page's language: numbers are typed and shown its way. */
  locale: string;
}

/** A number typed as the learner's language writes it ("375.000" in Spanish, "375 000" in Czech). */
export default function NumericQuestion({ question, strings, locale }: Props) {
  const { checked, check, revealed } = useAnswer(question);
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = useId();
  useEffect(() => {
    if (checked !== undefined) setTyped(format.format(checked));
  }, [checked]);
  const value = parseLocaleNumber(typed, locale);
  const result = checked !== undefined && value === checked ? scoreResponse(question, checked) : undefined;

  return (
    <QuestionFrame
      prompt={question.prompt}
      strings={strings}
      correct={result?.correct}
      onCheck={() => {
        setInvalid(typed.trim() !== '' && value === undefined);
        if (value === undefined) return typed.trim() !== '';
        check(value);
        return true;
      }}
      feedback={
        result && (
          <VerdictFeedback
            strings={strings}
            result={result}
            feedback={question.feedback}
            revealed={revealed}
            answer={`${format.format(question.answer)}${question.unit ? ` ${question.unit}` : ''}`}
          />
        )
      }
    >
      <div class="question-number" data-result={mark(result?.correct)}>
        <label for={inputId}>{strings.yourAnswer}</label>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={typed}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? errorId : undefined}
          onInput={(e) => {
            setTyped((e.target as HTMLInputElement).value);
            setInvalid(false);
          }}
        />
        {question.unit && <span class="question-unit">{question.unit}</span>}
      </div>
      {invalid && (
        <p class="question-error" id={errorId}>
          {interpolate(strings.notANumber, { example: format.format(question.answer >= 1000 ? 12500 : 12.5) })}
        </p>
      )}
    </QuestionFrame>
  );
}
