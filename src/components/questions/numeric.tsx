import { useEffect, useRef, useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import type { QuestionOf } from '../../schemas/question.ts';
import { parseLocaleNumber } from '../../state/locale-number.ts';
import type { QuestionKind } from './kind.ts';
import { mark, VerdictFeedback } from './QuestionFrame.tsx';

const formatter = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

/** A number typed as the learner's language writes it ("375.000" in Spanish, "375 000" in Czech). */
export const numericKind: QuestionKind<QuestionOf<'numeric'>> = {
  Parts({ question, strings, locale, draft, setDraft, result }) {
    const format = formatter(locale);
    const [typed, setTyped] = useState('');
    const inputId = `${question.id}-answer`;
    const errorId = `${question.id}-error`;
    // A draft set from outside (a restored answer) shows as the language writes it; never
    // while the learner types, when the draft can come back a keystroke behind the text.
    const input = useRef<HTMLInputElement>(null);
    useEffect(() => {
      if (draft !== undefined && document.activeElement !== input.current && parseLocaleNumber(typed, locale) !== draft) {
        setTyped(format.format(draft));
      }
    }, [draft]);
    // Said once the learner leaves the field or checks, not at every keystroke of a number
    // half typed. The field holds the message as its validity, which "Check" asks for.
    const [left, setLeft] = useState(false);
    const unreadable = typed.trim() !== '' && parseLocaleNumber(typed, locale) === undefined;
    const message = interpolate(strings.notANumber, { example: format.format(question.answer >= 1000 ? 12500 : 12.5) });
    useEffect(() => input.current?.setCustomValidity(unreadable ? message : ''), [unreadable, message]);
    const invalid = left && unreadable;
    return (
      <>
        <div class="question-number" data-result={mark(result?.correct)}>
          <label for={inputId}>{strings.yourAnswer}</label>
          <input
            ref={input}
            id={inputId}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={typed}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={invalid ? errorId : undefined}
            onBlur={() => setLeft(true)}
            onInvalid={() => setLeft(true)}
            onInput={(e) => {
              setLeft(false);
              const text = (e.target as HTMLInputElement).value;
              setTyped(text);
              setDraft(parseLocaleNumber(text, locale));
            }}
          />
          {question.unit && <span class="question-unit">{question.unit}</span>}
        </div>
        {invalid && (
          <p class="question-error" id={errorId}>
            {message}
          </p>
        )}
      </>
    );
  },
  Feedback: ({ question, strings, locale, result, revealed }) => (
    <VerdictFeedback
      strings={strings}
      result={result}
      feedback={question.feedback}
      revealed={revealed}
      answer={`${formatter(locale).format(question.answer)}${question.unit ? ` ${question.unit}` : ''}`}
    />
  ),
};
