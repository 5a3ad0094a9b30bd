import { useEffect, useMemo, useState } from 'preact/hooks';
import type { QuestionOf } from '../../schemas/question.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { shuffled } from '../../state/shuffle.ts';
import { QuestionFrame, Verdict } from './QuestionFrame.tsx';
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
  const right = question.pairs.filter((p) => chosen[p.id] === p.id).length;

  return (
    <QuestionFrame
      prompt={question.prompt}
      strings={strings}
      result={result ? (result.correct ? 'right' : 'wrong') : undefined}
      onCheck={() => {
        if (question.pairs.some((p) => !chosen[p.id])) return false;
        check(chosen);
        return true;
      }}
      feedback={
        result && (
          <p>
            <Verdict strings={strings} correct={result.correct} right={right} total={question.pairs.length} />{' '}
            {result.correct ? question.feedback.correct : question.feedback.incorrect}
            {revealed && !result.correct && ` ${strings.revealed}`}
          </p>
        )
      }
    >
      {question.pairs.map((pair) => (
        <div
          key={pair.id}
          class="question-row"
          data-result={result ? (chosen[pair.id] === pair.id ? 'right' : 'wrong') : undefined}
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
