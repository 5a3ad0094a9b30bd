import type { QuestionOf } from '../../schemas/question.ts';
import { printOnly } from '../print.ts';
import { PrintContext } from '../PrintContext.tsx';
import { QuestionFrame } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { useDraft } from './use-answer.ts';

interface Props {
  question: QuestionOf<'action-plan'>;
  strings: QuestionStrings;
  locale: string;
}

/** The learner's own action plan: up to `pick` actions, saved with their progress and printable on its own. */
export default function ActionPlanQuestion({ question, strings, locale }: Props) {
  const { draft: picked = [], setDraft: setPicked, onScreen, check } = useDraft(question);
  const full = picked.length >= question.pick;
  const toggle = (id: string) =>
    // Kept in the order of the list, so the plan reads the same however it was ticked.
    setPicked((now = []) => question.actions.map((a) => a.id).filter((a) => (a === id ? !now.includes(id) : now.includes(a))));
  const plan = onScreen && question.actions.filter((a) => onScreen.includes(a.id));

  return (
    <QuestionFrame
      id={question.id}
      prompt={question.prompt}
      label={strings.actionPlan}
      checkLabel={strings.makePlan}
      strings={strings}
      onCheck={check}
      feedback={
        plan && (
          <div class="action-plan-result">
            <PrintContext courseTitle={strings.courseTitle} locale={locale} />
            <p>
              <strong>{strings.yourPlan}</strong>
            </p>
            <ol>
              {plan.map((action) => (
                <li key={action.id}>{action.text}</li>
              ))}
            </ol>
            {/* Advice for the screen ("print it…"): the paper needs none. */}
            <p class="action-plan-advice">{question.feedback}</p>
            <button type="button" class="button button-quiet action-plan-print" onClick={() => printOnly('plan')}>
              {strings.printPlan}
            </button>
          </div>
        )
      }
    >
      {question.actions.map((action) => {
        const checked = picked.includes(action.id);
        return (
          <label key={action.id} class="question-option" data-unavailable={full && !checked ? '' : undefined}>
            <input type="checkbox" name={question.id} value={action.id} checked={checked} disabled={full && !checked} onChange={() => toggle(action.id)} />
            <span>{action.text}</span>
          </label>
        );
      })}
    </QuestionFrame>
  );
}
