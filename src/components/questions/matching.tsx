import type { QuestionOf } from '../../schemas/question.ts';
import { shuffled } from '../../state/shuffle.ts';
import type { QuestionKind } from './kind.ts';
import { mark, VerdictFeedback } from './QuestionFrame.tsx';
import { announcement } from './placing.ts';
import { usePlacing } from './use-placing.tsx';

/**
 * Each item gets its match: drag a match onto the item, or tap it and then the item. Each
 * item also has a drop-down, so keyboard and screen readers work as they always do.
 */
export const matchingKind: QuestionKind<QuestionOf<'matching'>> = {
  Parts({ question, strings, draft = {}, setDraft, result, revealed }) {
    const matches = shuffled(question.pairs, question.id);
    const matchText = (id: string) => question.pairs.find((p) => p.id === id)?.match ?? '';
    const placing = usePlacing({
      strings,
      cardText: matchText,
      place(match, item) {
        setDraft((now) => ({ ...now, [item]: match }));
        return announcement(strings.placed, { item: matchText(match), place: question.pairs.find((p) => p.id === item)?.item ?? '' });
      },
    });
    const used = new Set(Object.values(draft));
    return (
      <>
        <p class="placing-hint">{strings.placeHint}</p>
        {/* The matches as cards to pick up; the drop-downs below already offer them to a screen reader. */}
        <div class="placing-pool" aria-hidden="true">
          {matches.map((m) => (
            <div key={m.id} class="placing-chip" data-used={used.has(m.id) ? '' : undefined} {...placing.card(m.id)}>
              <span class="placing-grip" />
              {m.match}
            </div>
          ))}
        </div>
        {question.pairs.map((pair) => (
          <div key={pair.id} class="question-row" data-result={mark(result && draft[pair.id] === pair.id)} {...placing.place(pair.id)}>
            <label for={`${question.id}-${pair.id}`}>{pair.item}</label>
            <select
              id={`${question.id}-${pair.id}`}
              value={draft[pair.id] ?? ''}
              onChange={(e) => {
                const value = (e.target as HTMLSelectElement).value;
                setDraft((now) => ({ ...now, [pair.id]: value }));
              }}
            >
              <option value="">{strings.choose}</option>
              {matches.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.match}
                </option>
              ))}
            </select>
            {revealed && result && draft[pair.id] !== pair.id && <span class="question-answer">{pair.match}</span>}
          </div>
        ))}
        {placing.tray()}
        {placing.live}
      </>
    );
  },
  Feedback: ({ question, strings, result, revealed }) => (
    <VerdictFeedback strings={strings} result={result} parts={question.pairs.length} feedback={question.feedback} revealed={revealed} />
  ),
};
