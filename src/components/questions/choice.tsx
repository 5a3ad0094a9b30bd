import type { QuestionOf } from '../../schemas/question.ts';
import type { QuestionKind } from './kind.ts';
import { mark, Verdict } from './QuestionFrame.tsx';

type Choice = QuestionOf<'single-choice'> | QuestionOf<'multiple-choice'>;
const picks = (answer: string | string[] | undefined): string[] => (answer === undefined ? [] : Array.isArray(answer) ? answer : [answer]);

/** Single choice (radio buttons) or multiple choice (checkboxes), with feedback per option. */
export const choiceKind: QuestionKind<Choice> = {
  Parts({ question, draft, setDraft, result, revealed }) {
    const multiple = question.type === 'multiple-choice';
    const picked = picks(draft);
    const toggle = (id: string) =>
      setDraft((now) => {
        const was = picks(now);
        return multiple ? (was.includes(id) ? was.filter((p) => p !== id) : [...was, id]) : id;
      });
    return (
      <>
        {question.options.map((option) => (
          <label
            key={option.id}
            class="question-option"
            data-result={mark(result && picked.includes(option.id) ? option.correct : undefined)}
            data-answer={revealed && result && !result.correct && option.correct ? 'right' : undefined}
          >
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={question.id}
              value={option.id}
              checked={picked.includes(option.id)}
              onChange={() => toggle(option.id)}
            />
            <span>{option.text}</span>
          </label>
        ))}
      </>
    );
  },
  Feedback({ question, strings, response, result, revealed }) {
    const multiple = question.type === 'multiple-choice';
    const pickedOptions = question.options.filter((o) => picks(response).includes(o.id));
    return (
      <>
        <p>
          <Verdict strings={strings} result={result} parts={multiple ? question.options.filter((o) => o.correct).length : undefined} />{' '}
          {!multiple && pickedOptions[0]?.feedback}
        </p>
        {multiple && (
          <ul>
            {pickedOptions.map((o) => (
              <li key={o.id}>{o.feedback}</li>
            ))}
          </ul>
        )}
        {revealed && !result.correct && <p>{strings.revealed}</p>}
      </>
    );
  },
};
