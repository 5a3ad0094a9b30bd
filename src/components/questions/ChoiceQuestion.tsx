import { useEffect, useState } from 'preact/hooks';
import type { QuestionOf } from '../../schemas/question.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { mark, QuestionFrame, Verdict } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { sameAnswer, useAnswer } from './use-answer.ts';

interface Props {
  question: QuestionOf<'single-choice'> | QuestionOf<'multiple-choice'>;
  strings: QuestionStrings;
}

/** Single choice (radio buttons) or multiple choice (checkboxes), with feedback per option. */
export default function ChoiceQuestion({ question, strings }: Props) {
  const multiple = question.type === 'multiple-choice';
  const { checked, check, revealed } = useAnswer(question);
  const [picked, setPicked] = useState<string[]>([]);
  useEffect(() => {
    if (checked !== undefined) setPicked(Array.isArray(checked) ? checked : [checked]);
  }, [checked]);

  const response = multiple ? picked : picked[0];
  // Feedback speaks of the checked answer, and only while it is still the one on screen.
  const result = checked !== undefined && sameAnswer(checked, response) ? scoreResponse(question, checked) : undefined;
  const pickedOptions = question.options.filter((o) => picked.includes(o.id));

  const toggle = (id: string) =>
    setPicked((now) => (multiple ? (now.includes(id) ? now.filter((p) => p !== id) : [...now, id]) : [id]));

  return (
    <QuestionFrame
      prompt={question.prompt}
      strings={strings}
      correct={result?.correct}
      onCheck={() => {
        if (picked.length === 0) return false;
        check(multiple ? picked : picked[0]!);
        return true;
      }}
      feedback={
        result && (
          <>
            <p>
              <Verdict strings={strings} result={result} parts={multiple ? question.options.filter((o) => o.correct).length : undefined} />{' '}
              {!multiple && pickedOptions[0]?.feedback}
            </p>
            {multiple && (
              <ul>
                {pickedOptions.map((o) => (
                  <li key={o.id}>{o.feedback}</li>
                ))}
              </ul>
            )}
            {revealed && !result.correct && <p>{strings.revealed}</p>}
          </>
        )
      }
    >
      {question.options.map((option) => (
        <label
          key={option.id}
          class="question-option"
          data-result={mark(result && picked.includes(option.id) ? option.correct : undefined)}
          data-answer={revealed && result && !result.correct && option.correct ? 'right' : undefined}
        >
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={question.id}
            value={option.id}
            checked={picked.includes(option.id)}
            onChange={() => toggle(option.id)}
          />
          <span>{option.text}</span>
        </label>
      ))}
    </QuestionFrame>
  );
}
