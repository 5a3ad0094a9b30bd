import type { QuestionOf } from '../../schemas/question.ts';
import type { QuestionKind } from './kind.ts';
import { mark, VerdictFeedback } from './QuestionFrame.tsx';
import { announcement } from './placing.ts';
import { usePlacing } from './use-placing.tsx';

/**
 * Sort cards into groups: drag a card onto a group, or tap it and then the group. Each card
 * is also a small radio group, so the keyboard is all it takes.
 */
export const classificationKind: QuestionKind<QuestionOf<'classification'>> = {
  grouped: false,
  Parts({ question, strings, draft = {}, setDraft, result, revealed }) {
    const groupLabel = new Map(question.groups.map((g) => [g.id, g.label]));
    const text = (id: string) => question.cards.find((c) => c.id === id)?.text ?? '';
    const placing = usePlacing({
      strings,
      cardText: text,
      place(card, group) {
        setDraft((now) => ({ ...now, [card]: group }));
        return announcement(strings.placed, { item: text(card), place: groupLabel.get(group) ?? '' });
      },
    });
    return (
      <>
        <p class="placing-hint">{strings.placeHint}</p>
        {question.cards.map((card) => (
          <fieldset key={card.id} class="question-card" data-result={mark(result && draft[card.id] === card.group)} {...placing.card(card.id)}>
            <legend>
              <span class="placing-grip" aria-hidden="true" />
              {card.text}
            </legend>
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
        {placing.tray(
          // The groups as places to drop on; the radios above already say all this to a screen reader.
          <div class="placing-bins" aria-hidden="true">
            {question.groups.map((group) => (
              <div key={group.id} class="placing-bin" {...placing.place(group.id)}>
                {group.label}
                <span class="placing-count">{question.cards.filter((c) => draft[c.id] === group.id).length}</span>
              </div>
            ))}
          </div>,
        )}
        {placing.live}
      </>
    );
  },
  Feedback: ({ question, strings, result, revealed }) => (
    <VerdictFeedback strings={strings} result={result} parts={question.cards.length} feedback={question.feedback} revealed={revealed} />
  ),
};
