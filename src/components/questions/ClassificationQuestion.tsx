import { useEffect, useState } from 'preact/hooks';
import type { QuestionOf } from '../../schemas/question.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { QuestionFrame, Verdict } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { sameAnswer, useAnswer } from './use-answer.ts';

interface Props {
  question: QuestionOf<'classification'>;
  strings: QuestionStrings;
}

/** Sort cards into groups: one small radio group per card, so the keyboard is all it takes. */
export default function ClassificationQuestion({ question, strings }: Props) {
  const { checked, check, revealed } = useAnswer(question);
  const [placed, setPlaced] = useState<Record<string, string>>({});
  useEffect(() => {
    if (checked !== undefined) setPlaced(checked);
  }, [checked]);
  const result = checked !== undefined && sameAnswer(checked, placed) ? scoreResponse(question, checked) : undefined;
  const right = question.cards.filter((c) => placed[c.id] === c.group).length;
  const groupLabel = new Map(question.groups.map((g) => [g.id, g.label]));

  return (
    <QuestionFrame
      prompt={question.prompt}
      strings={strings}
      group={false}
      result={result ? (result.correct ? 'right' : 'wrong') : undefined}
      onCheck={() => {
        if (question.cards.some((c) => !placed[c.id])) return false;
        check(placed);
        return true;
      }}
      feedback={
        result && (
          <p>
            <Verdict strings={strings} correct={result.correct} right={right} total={question.cards.length} />{' '}
            {result.correct ? question.feedback.correct : question.feedback.incorrect}
            {revealed && !result.correct && ` ${strings.revealed}`}
          </p>
        )
      }
    >
      {question.cards.map((card) => (
        <fieldset
          key={card.id}
          class="question-card"
          data-result={result ? (placed[card.id] === card.group ? 'right' : 'wrong') : undefined}
        >
          <legend>{card.text}</legend>
          {question.groups.map((group) => (
            <label key={group.id} class="question-chip">
              <input
                type="radio"
                name={`${question.id}-${card.id}`}
                value={group.id}
                checked={placed[card.id] === group.id}
                onChange={() => setPlaced({ ...placed, [card.id]: group.id })}
              />
              <span>{group.label}</span>
            </label>
          ))}
          {revealed && result && placed[card.id] !== card.group && <span class="question-answer">{groupLabel.get(card.group)}</span>}
        </fieldset>
      ))}
    </QuestionFrame>
  );
}
