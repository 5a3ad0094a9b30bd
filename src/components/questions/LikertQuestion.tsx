import { useState } from 'preact/hooks';
import { interpolate } from '../../i18n/plural.ts';
import type { QuestionOf } from '../../schemas/question.ts';
import { likertProfile } from '../../state/scoring.ts';
import { QuestionFrame } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { useDraft } from './use-answer.ts';

interface Props {
  question: QuestionOf<'likert'>;
  strings: QuestionStrings;
}

/** A self-assessment: a point on the scale per statement, then a profile with advice, never a grade. */
export default function LikertQuestion({ question, strings }: Props) {
  const { draft: points = {}, setDraft: setPoints, onScreen, check } = useDraft(question);
  const profile = onScreen && likertProfile(question, onScreen);
  // After a check that came too early, each statement still without an answer says so, and
  // the learner is taken to the first of them.
  const [checkedEarly, setCheckedEarly] = useState(false);
  const open = (id: string) => checkedEarly && points[id] === undefined;
  const checkAll = () => {
    const complete = check();
    setCheckedEarly(!complete);
    if (!complete) {
      const first = question.statements.find((s) => points[s.id] === undefined);
      if (first) document.querySelector<HTMLInputElement>(`input[name="${question.id}-${first.id}"]`)?.focus();
    }
    return complete;
  };

  return (
    <QuestionFrame
      id={question.id}
      prompt={question.prompt}
      label={strings.selfAssessment}
      checkLabel={strings.showProfile}
      strings={strings}
      group={false}
      onCheck={checkAll}
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
        <fieldset key={statement.id} class="question-card question-likert" data-open={open(statement.id) ? '' : undefined}>
          <legend>
            {statement.text}
            {open(statement.id) && <span class="question-open">{strings.notAnswered}</span>}
          </legend>
          {question.scale.map((label, i) => (
            <label key={label} class="question-chip">
              <input
                type="radio"
                name={`${question.id}-${statement.id}`}
                value={String(i + 1)}
                checked={points[statement.id] === i + 1}
                onChange={() => setPoints((now) => ({ ...now, [statement.id]: i + 1 }))}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </QuestionFrame>
  );
}
