import { useEffect, useState } from 'preact/hooks';
import type { QuestionOf } from '../../schemas/question.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { mark, QuestionFrame, VerdictFeedback } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { useAnswer } from './use-answer.ts';

interface Props {
  question: QuestionOf<'true-false'>;
  strings: QuestionStrings;
}

/** A statement the learner marks true or false. */
export default function TrueFalseQuestion({ question, strings }: Props) {
  const { checked, check, revealed } = useAnswer(question);
  const [picked, setPicked] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (checked !== undefined) setPicked(checked);
  }, [checked]);
  const result = checked !== undefined && checked === picked ? scoreResponse(question, checked) : undefined;

  return (
    <QuestionFrame
      prompt={question.prompt}
      strings={strings}
      correct={result?.correct}
      onCheck={() => {
        if (picked === undefined) return false;
        check(picked);
        return true;
      }}
      feedback={result && <VerdictFeedback strings={strings} result={result} feedback={question.feedback} revealed={revealed} />}
    >
      {[true, false].map((value) => (
        <label
          key={String(value)}
          class="question-option"
          data-result={mark(result && picked === value ? result.correct : undefined)}
          data-answer={revealed && result && !result.correct && question.answer === value ? 'right' : undefined}
        >
          <input type="radio" name={question.id} value={String(value)} checked={picked === value} onChange={() => setPicked(value)} />
          <span>{value ? strings.true : strings.false}</span>
        </label>
      ))}
    </QuestionFrame>
  );
}
