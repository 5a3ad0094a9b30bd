import type { QuestionOf } from '../../schemas/question.ts';
import type { QuestionKind } from './kind.ts';
import { mark, VerdictFeedback } from './QuestionFrame.tsx';

/** Sort cards into groups: one small radio group per card, so the keyboard is all it takes. */
export const classificationKind: QuestionKind<QuestionOf<'classification'>> = {
  grouped: false,
  Parts({ question, draft = {}, setDraft, result, revealed }) {
    const groupLabel = new Map(question.groups.map((g) => [g.id, g.label]));
    return (
      <>
        {question.cards.map((card) => (
          <fieldset key={card.id} class="question-card" data-result={mark(result && draft[card.id] === card.group)}>
            <legend>{card.text}</legend>
            {question.groups.map((group) => (
              <label key={group.id} class="question-chip">
                <input
                  type="radio"
                  name={`${question.id}-${card.id}`}
                  value={group.id}
                  checked={draft[card.id] === group.id}
                  onChange={() => setDraft((now) => ({ ...now, [card.id]: group.id }))}
                />
                <span>{group.label}</span>
              </label>
            ))}
            {revealed && result && draft[card.id] !== card.group && <span class="question-answer">{groupLabel.get(card.group)}</span>}
          </fieldset>
        ))}
      </>
    );
  },
  Feedback: ({ question, strings, result, revealed }) => (
    <VerdictFeedback strings={strings} result={result} parts={question.cards.length} feedback={question.feedback} revealed={revealed} />
  ),
};
