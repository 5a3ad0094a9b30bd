import { useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import type { QuestionOf } from '../../schemas/question.ts';
import { shuffled } from '../../state/shuffle.ts';
import type { QuestionKind } from './kind.ts';
import { mark, VerdictFeedback } from './QuestionFrame.tsx';

type Ordering = QuestionOf<'ordering'>;
const start = (question: Ordering) => shuffled(question.items, question.id).map((i) => i.id);

/** Put items in order with "move up" and "move down" buttons; each move is announced. */
export const orderingKind: QuestionKind<Ordering> = {
  start,
  Parts({ question, strings, draft, setDraft, result }) {
    const order = draft ?? start(question);
    const [announcement, setAnnouncement] = useState('');
    const text = (id: string | undefined) => question.items.find((i) => i.id === id)?.text ?? '';
    const move = (id: string, by: number) =>
      setDraft((now = start(question)) => {
        const from = now.indexOf(id);
        const to = from + by;
        if (from < 0 || to < 0 || to >= now.length) return now;
        const next = [...now];
        next.splice(from, 1);
        next.splice(to, 0, id);
        setAnnouncement(interpolate(strings.moved, { item: text(id), position: to + 1, total: next.length }));
        return next;
      });
    return (
      <>
        <ol class="question-order">
          {order.map((id, index) => (
            <li key={id} data-result={mark(result && question.items[index]?.id === id)}>
              <span class="question-order-text">{text(id)}</span>
              <button
                type="button"
                class="question-move"
                aria-label={`${strings.moveUp}: ${text(id)}`}
                aria-disabled={index === 0 ? 'true' : undefined}
                onClick={() => move(id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                class="question-move"
                aria-label={`${strings.moveDown}: ${text(id)}`}
                aria-disabled={index === order.length - 1 ? 'true' : undefined}
                onClick={() => move(id, 1)}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
        <p class="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </>
    );
  },
  Feedback: ({ question, strings, result, revealed }) => (
    <VerdictFeedback
      strings={strings}
      result={result}
      parts={question.items.length}
      feedback={question.feedback}
      revealed={revealed}
      answer={question.items.map((i) => i.text).join(' → ')}
    />
  ),
};
