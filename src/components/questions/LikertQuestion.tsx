import { useEffect, useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import type { QuestionOf } from '../../schemas/question.ts';
import { likertProfile } from '../../state/scoring.ts';
import { QuestionFrame } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { sameAnswer, useAnswer } from './use-answer.ts';

interface Props {
  question: QuestionOf<'likert'>;
  strings: QuestionStrings;
}

/** A self-assessment: a point on the scale per statement, then a profile with advice, never a grade. */
export default function LikertQuestion({ question, strings }: Props) {
  const { checked, check } = useAnswer(question);
  const [points, setPoints] = useState<Record<string, number>>({});
  useEffect(() => {
    if (checked !== undefined) setPoints(checked);
  }, [checked]);
  const profile = checked !== undefined && sameAnswer(checked, points) ? likertProfile(question, checked) : undefined;

  return (
    <QuestionFrame
      prompt={question.prompt}
      label={strings.selfAssessment}
      checkLabel={strings.showProfile}
      strings={strings}
      group={false}
      onCheck={() => {
        if (question.statements.some((s) => !points[s.id])) return false;
        check(points);
        return true;
      }}
      feedback={
        profile && (
          <>
            <p>
              <strong>{interpolate(strings.profile, { title: profile.title })}</strong>
            </p>
            <p>{profile.advice}</p>
          </>
        )
      }
    >
      {question.statements.map((statement) => (
        <fieldset key={statement.id} class="question-card question-likert">
          <legend>{statement.text}</legend>
          {question.scale.map((label, i) => (
            <label key={label} class="question-chip">
              <input
                type="radio"
                name={`${question.id}-${statement.id}`}
                value={String(i + 1)}
                checked={points[statement.id] === i + 1}
                onChange={() => setPoints({ ...points, [statement.id]: i + 1 })}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </QuestionFrame>
  );
}
