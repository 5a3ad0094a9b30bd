import type { GradedQuestion } from '../../state/responses.ts';
import { scoreResponse } from '../../state/scoring.ts';
import type { QuestionKind } from './kind.ts';
import { QuestionFrame } from './QuestionFrame.tsx';
import type { QuestionStrings } from './strings.ts';
import { useDraft } from './use-answer.ts';

export interface PracticeProps<Q extends GradedQuestion> {
  question: Q;
  strings: QuestionStrings;
  locale: string;
}

/** A question in a lesson: answer, check, read the feedback, try again. Its answer goes to the learner's state. */
export function practice<Q extends GradedQuestion>({ start, grouped, Parts, Feedback }: QuestionKind<Q>) {
  return function PracticeQuestion({ question, strings, locale }: PracticeProps<Q>) {
    const { draft, setDraft, onScreen, check, revealed } = useDraft(question, () => start?.(question));
    const result = onScreen === undefined ? undefined : scoreResponse(question, onScreen);
    return (
      <QuestionFrame
        id={question.id}
        prompt={question.prompt}
        strings={strings}
        group={grouped}
        correct={result?.correct}
        onCheck={check}
        feedback={
          onScreen !== undefined &&
          result && <Feedback question={question} strings={strings} locale={locale} response={onScreen} result={result} revealed={revealed} />
        }
      >
        <Parts question={question} strings={strings} locale={locale} draft={draft} setDraft={setDraft} result={result} revealed={revealed} />
      </QuestionFrame>
    );
  };
}
