import type { QuestionOf } from '../../schemas/question.ts';
import type { QuestionKind } from './kind.ts';
import { mark, VerdictFeedback } from './QuestionFrame.tsx';

/** A statement the learner marks true or false. */
export const trueFalseKind: QuestionKind<QuestionOf<'true-false'>> = {
  Parts({ question, strings, draft, setDraft, result, revealed }) {
    return (
      <>
        {[true, false].map((value) => (
          <label
            key={String(value)}
            class="question-option"
            data-result={mark(result && draft === value ? result.correct : undefined)}
            data-answer={revealed && result && !result.correct && question.answer === value ? 'right' : undefined}
          >
            <input type="radio" name={question.id} value={String(value)} checked={draft === value} onChange={() => setDraft(value)} />
            <span>{value ? strings.true : strings.false}</span>
          </label>
        ))}
      </>
    );
  },
  Feedback: ({ question, strings, result, revealed }) => (
    <VerdictFeedback strings={strings} result={result} feedback={question.feedback} revealed={revealed} />
  ),
};
