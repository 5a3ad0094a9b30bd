import type { QuestionOf } from '../../schemas/question.ts';
import { shuffled } from '../../state/shuffle.ts';
import type { QuestionKind } from './kind.ts';
import { mark, VerdictFeedback } from './QuestionFrame.tsx';

/** Each item gets its match from a drop-down: keyboard and screen readers work as they always do. */
export const matchingKind: QuestionKind<QuestionOf<'matching'>> = {
  Parts({ question, strings, draft = {}, setDraft, result, revealed }) {
    const matches = shuffled(question.pairs, question.id);
    return (
      <>
        {question.pairs.map((pair) => (
          <div key={pair.id} class="question-row" data-result={mark(result && draft[pair.id] === pair.id)}>
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
      </>
    );
  },
  Feedback: ({ question, strings, result, revealed }) => (
    <VerdictFeedback strings={strings} result={result} parts={question.pairs.length} feedback={question.feedback} revealed={revealed} />
  ),
};
