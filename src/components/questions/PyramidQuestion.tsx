import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionOf } from '../../schemas/question.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { PyramidDrawing } from './PyramidDrawing.tsx';
import { mark, QuestionFrame, Verdict, VerdictFeedback } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { sameAnswer, useDraft } from './use-answer.ts';

interface Props {
  question: QuestionOf<'pyramid'>;
  strings: QuestionStrings;
}

type Shape = 'traditional' | 'inverted';
const TURN_MS = 800;

/**
 * Build the traditional organisation chart, turn it over, then place the roles in the
 * inverted one. Each level is a drop-down, so the drawing is never the only way in.
 */
export default function PyramidQuestion({ question, strings }: Props) {
  const empty = () => question.roles.map(() => '');
  const { draft, setDraft: setPlaced, onScreen, check, revealed } = useDraft(question, () => ({ traditional: empty(), inverted: empty() }));
  const placed = draft ?? { traditional: empty(), inverted: empty() };
  const [shape, setShape] = useState<Shape>('traditional');
  const [turning, setTurning] = useState(false);
  /** The traditional pyramid as it was when last checked. */
  const [firstChecked, setFirstChecked] = useState<string[] | undefined>(undefined);
  const stageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (onScreen !== undefined) setShape('inverted');
  }, [onScreen !== undefined]);

  const roleLabel = new Map(question.roles.map((r) => [r.id, r.label]));
  const slots = question[shape].slots;
  const current = placed[shape];
  const rightInTraditional = question.traditional.slots.every((s, i) => placed.traditional[i] === s.role);
  const result = onScreen && scoreResponse(question, onScreen);
  const firstShown = shape === 'traditional' && firstChecked !== undefined && sameAnswer(firstChecked, placed.traditional);
  const showFirst = firstShown && rightInTraditional;

  const turn = () => {
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    setTurning(!reduced);
    window.setTimeout(
      () => {
        setTurning(false);
        setShape('inverted');
        stageRef.current?.focus();
      },
      reduced ? 0 : TURN_MS,
    );
  };

  return (
    <QuestionFrame
      id={question.id}
      prompt={question.prompt}
      strings={strings}
      correct={result ? result.correct : firstShown ? rightInTraditional : undefined}
      onCheck={() => {
        if (current.some((role) => role === '')) return false;
        if (shape === 'inverted') return check();
        setFirstChecked(placed.traditional);
        return true;
      }}
      feedback={
        shape === 'traditional'
          ? firstShown && (
              <p>
                <Verdict strings={strings} result={{ correct: rightInTraditional, score: 0 }} /> {rightInTraditional && strings.turnNow}
              </p>
            )
          : result && <VerdictFeedback strings={strings} result={result} feedback={question.feedback} revealed={revealed} />
      }
    >
      <div class="pyramid" data-shape={shape}>
        <figure class="pyramid-figure" data-turning={turning ? 'true' : undefined}>
          <PyramidDrawing
            shape={shape}
            labels={slots.map((slot, i) => roleLabel.get(current[i] ?? '') ?? slot.label)}
            results={slots.map((slot, i) => mark(result || firstShown ? current[i] === slot.role : undefined))}
          />
          <figcaption>{question[shape].caption}</figcaption>
        </figure>
        <div class="pyramid-levels">
          <p class="pyramid-stage" tabIndex={-1} ref={stageRef}>
            <strong>{question[shape].caption}</strong>
          </p>
          {slots.map((slot, i) => (
            <div key={`${shape}-${slot.id}`} class="question-row" data-result={mark(result || firstShown ? current[i] === slot.role : undefined)}>
              <label for={`${question.id}-${shape}-${slot.id}`}>{slot.label}</label>
              <select
                id={`${question.id}-${shape}-${slot.id}`}
                value={current[i]}
                onChange={(e) => {
                  const role = (e.target as HTMLSelectElement).value;
                  setPlaced((now = placed) => ({ ...now, [shape]: now[shape].map((r, at) => (at === i ? role : r)) }));
                }}
              >
                <option value="">{strings.choose}</option>
                {question.roles.map((role) => (
                  <option key={role.id} value={role.id}>
                    {role.label}
                  </option>
                ))}
              </select>
              {revealed && result && current[i] !== slot.role && <span class="question-answer">{roleLabel.get(slot.role)}</span>}
            </div>
          ))}
          {showFirst && (
            <button type="button" class="button pyramid-turn" onClick={turn}>
              {strings.turn}
            </button>
          )}
        </div>
      </div>
    </QuestionFrame>
  );
}
