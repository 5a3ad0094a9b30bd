import { useEffect, useState } from 'preact/hooks';
import type { QuestionOf } from '../../schemas/question.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { mark, QuestionFrame, VerdictFeedback } from './QuestionFrame.tsx';
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
  const groupLabel = new Map(question.groups.map((g) => [g.id, g.label]));

  return (
    <QuestionFrame
      prompt={question.prompt}
      strings={strings}
      group={false}
      correct={result?.correct}
      onCheck={() => {
        if (question.cards.some((c) => !placed[c.id])) return false;
        check(placed);
        return true;
      }}
      feedback={
        result && <VerdictFeedback strings={strings} result={result} parts={question.cards.length} feedback={question.feedback} revealed={revealed} />
      }
    >
      {question.cards.map((card) => (
        <fieldset
          key={card.id}
          class="question-card"
          data-result={mark(result && placed[card.id] === card.group)}
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
