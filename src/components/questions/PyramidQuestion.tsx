import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionOf } from '../../schemas/question.ts';
import { scoreResponse } from '../../state/scoring.ts';
import { PyramidDrawing } from './PyramidDrawing.tsx';
import { mark, QuestionFrame, Verdict, VerdictFeedback } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { sameAnswer, useDraft } from './use-answer.ts';
import { announcement } from './placing.ts';
import { usePlacing } from './use-placing.tsx';

interface Props {
  question: QuestionOf<'pyramid'>;
  strings: QuestionStrings;
}

type Shape = 'traditional' | 'inverted';
const TURN_MS = 800;

/**
 * Build the traditional organisation chart, turn it over, then place the roles in the
 * inverted one: drag a role onto a level (in the list or the drawing), or tap the role and then
 * the level. Each level is also a drop-down, so the drawing is never the only way in.
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

  const putIn = (level: number, role: string) =>
    setPlaced((now = placed) => ({ ...now, [shape]: now[shape].map((r, at) => (at === level ? role : r)) }));
  const placing = usePlacing({
    strings,
    cardText: (role) => roleLabel.get(role) ?? '',
    place(role, level) {
      putIn(Number(level), role);
      return announcement(strings.placed, { item: roleLabel.get(role) ?? '', place: slots[Number(level)]?.label ?? '' });
    },
  });

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
      checkQuiet={showFirst}
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
            place={(level) => placing.place(String(level))}
          />
          <figcaption>{question[shape].caption}</figcaption>
        </figure>
        <div class="pyramid-levels">
          <p class="pyramid-stage" tabIndex={-1} ref={stageRef}>
            <strong>{question[shape].caption}</strong>
          </p>
          <p class="placing-hint">{strings.placeHint}</p>
          {/* The roles as cards to pick up; each level's drop-down already offers them to a screen reader. */}
          <div class="placing-pool" aria-hidden="true">
            {question.roles.map((role) => (
              <div key={role.id} class="placing-chip" data-used={current.includes(role.id) ? '' : undefined} {...placing.card(role.id)}>
                <span class="placing-grip" />
                {role.label}
              </div>
            ))}
          </div>
          {slots.map((slot, i) => (
            <div
              key={`${shape}-${slot.id}`}
              class="question-row"
              data-result={mark(result || firstShown ? current[i] === slot.role : undefined)}
              {...placing.place(String(i))}
            >
              <label for={`${question.id}-${shape}-${slot.id}`}>{slot.label}</label>
              <select
                id={`${question.id}-${shape}-${slot.id}`}
                value={current[i]}
                onChange={(e) => putIn(i, (e.target as HTMLSelectElement).value)}
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
          {placing.tray()}
          {placing.live}
        </div>
      </div>
    </QuestionFrame>
  );
}
