import { useEffect, useMemo, useState } from 'preact/hooks';
import type { QuestionOf } from '../../schemas/question.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { shuffled } from '../../state/shuffle.ts';
import { mark, QuestionFrame, VerdictFeedback } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { sameAnswer, useAnswer } from './use-answer.ts';

interface Props {
  question: QuestionOf<'matching'>;
  strings: QuestionStrings;
}

/** Each item gets its match from a drop-down: keyboard and screen readers work as they always do. */
export default function MatchingQuestion({ question, strings }: Props) {
  const { checked, check, revealed } = useAnswer(question);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  useEffect(() => {
    if (checked !== undefined) setChosen(checked);
  }, [checked]);
  const matches = useMemo(() => shuffled(question.pairs, question.id), [question]);
  const result = checked !== undefined && sameAnswer(checked, chosen) ? scoreResponse(question, checked) : undefined;

  return (
    <QuestionFrame
      prompt={question.prompt}
      strings={strings}
      correct={result?.correct}
      onCheck={() => {
        if (question.pairs.some((p) => !chosen[p.id])) return false;
        check(chosen);
        return true;
      }}
      feedback={
        result && <VerdictFeedback strings={strings} result={result} parts={question.pairs.length} feedback={question.feedback} revealed={revealed} />
      }
    >
      {question.pairs.map((pair) => (
        <div
          key={pair.id}
          class="question-row"
          data-result={mark(result && chosen[pair.id] === pair.id)}
        >
          <label for={`${question.id}-${pair.id}`}>{pair.item}</label>
          <select
            id={`${question.id}-${pair.id}`}
            value={chosen[pair.id] ?? ''}
            onChange={(e) => setChosen({ ...chosen, [pair.id]: (e.target as HTMLSelectElement).value })}
          >
            <option value="">{strings.choose}</option>
            {matches.map((m) => (
              <option key={m.id} value={m.id}>
                {m.match}
              </option>
            ))}
          </select>
          {revealed && result && chosen[pair.id] !== pair.id && <span class="question-answer">{pair.match}</span>}
        </div>
      ))}
    </QuestionFrame>
  );
}
