import { useEffect, useMemo, useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import type { QuestionOf } from '../../schemas/question.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { shuffled } from '../../state/shuffle.ts';
import { mark, QuestionFrame, VerdictFeedback } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { sameAnswer, useAnswer } from './use-answer.ts';

interface Props {
  question: QuestionOf<'ordering'>;
  strings: QuestionStrings;
}

/** Put items in order with "move up" and "move down" buttons; each move is announced. */
export default function OrderingQuestion({ question, strings }: Props) {
  const { checked, check, revealed } = useAnswer(question);
  const start = useMemo(() => shuffled(question.items, question.id).map((i) => i.id), [question]);
  const [order, setOrder] = useState<string[]>(start);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (checked !== undefined) setOrder(checked);
  }, [checked]);
  const byId = new Map(question.items.map((i) => [i.id, i]));
  const result = checked !== undefined && sameAnswer(checked, order) ? scoreResponse(question, checked) : undefined;

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setOrder(next);
    setAnnouncement(interpolate(strings.moved, { item: byId.get(item!)?.text ?? '', position: to + 1, total: order.length }));
  };

  return (
    <QuestionFrame
      prompt={question.prompt}
      strings={strings}
      correct={result?.correct}
      onCheck={() => {
        check(order);
        return true;
      }}
      feedback={
        result && (
          <VerdictFeedback
            strings={strings}
            result={result}
            parts={order.length}
            feedback={question.feedback}
            revealed={revealed}
            answer={question.items.map((i) => i.text).join(' → ')}
          />
        )
      }
    >
      <ol class="question-order">
        {order.map((id, index) => (
          <li key={id} data-result={mark(result && question.items[index]?.id === id)}>
            <span class="question-order-text">{byId.get(id)?.text}</span>
            <button
              type="button"
              class="question-move"
              aria-label={`${strings.moveUp}: ${byId.get(id)?.text}`}
              aria-disabled={index === 0 ? 'true' : undefined}
              onClick={() => move(index, index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="question-move"
              aria-label={`${strings.moveDown}: ${byId.get(id)?.text}`}
              aria-disabled={index === order.length - 1 ? 'true' : undefined}
              onClick={() => move(index, index + 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </QuestionFrame>
  );
}
