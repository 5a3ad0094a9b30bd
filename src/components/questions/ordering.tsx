import type { QuestionOf } from '../../schemas/question.ts';
import { shuffled } from '../../state/shuffle.ts';
import type { QuestionKind } from './kind.ts';
import { announcement, moveTo } from './placing.ts';
import { mark, VerdictFeedback } from './QuestionFrame.tsx';
import { usePlacing } from './use-placing.tsx';

type Ordering = QuestionOf<'ordering'>;
const start = (question: Ordering) => shuffled(question.items, question.id).map((i) => i.id);

/**
 * Put items in order: drag an item onto the place of another, or tap one and then the other;
 * the "move up" and "move down" buttons do the same from the keyboard. Each move is announced.
 */
export const orderingKind: QuestionKind<Ordering> = {
  start,
  Parts({ question, strings, draft, setDraft, result }) {
    const order = draft ?? start(question);
    const text = (id: string | undefined) => question.items.find((i) => i.id === id)?.text ?? '';
    const moved = (id: string, next: string[]) => announcement(strings.moved, { item: text(id), position: next.indexOf(id) + 1, total: next.length });
    const placing = usePlacing({
      strings,
      cardText: text,
      // Dropped on another item: it takes that item's place.
      place(id, other) {
        const next = moveTo(order, id, order.indexOf(other));
        setDraft((now = start(question)) => moveTo(now, id, now.indexOf(other)));
        return moved(id, next);
      },
    });
    const move = (id: string, by: number) =>
      setDraft((now = start(question)) => {
        const to = now.indexOf(id) + by;
        if (to < 0 || to >= now.length) return now;
        const next = moveTo(now, id, to);
        placing.announce(moved(id, next));
        return next;
      });
    return (
      <>
        <p class="placing-hint">{strings.placeHint}</p>
        <ol class="question-order">
          {order.map((id, index) => (
            <li key={id} data-result={mark(result && question.items[index]?.id === id)} {...placing.place(id)} {...placing.card(id)}>
              <span class="placing-grip" aria-hidden="true" />
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
        {placing.tray()}
        {placing.live}
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
