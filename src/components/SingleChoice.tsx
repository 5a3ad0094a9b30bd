import { useStore } from '@nanostores/preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { QuestionOf } from '../schemas/question.ts';
import { $answers, recordAnswer } from '../state/learner.ts';
import { isResponseFor } from '../state/responses.ts';
import { scoreResponse } from '../state/scoring.ts';

interface Props {
  question: QuestionOf<'single-choice'>;
  strings: { label: string; check: string; chooseFirst: string; correct: string; incorrect: string };
}

/** One question, one right answer, feedback for whichever option the learner checks. */
export default function SingleChoice({ question, strings }: Props) {
  // The first render must match the server's HTML (Preact's hydration does not patch
  // attributes), so a restored answer is shown only once the island is mounted.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const stored = useStore($answers)[question.id];
  const checked = mounted && isResponseFor(question, stored) ? stored : undefined;
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [hint, setHint] = useState('');
  const labelId = useId();
  // Answers restored by the shell can also arrive later, by message.
  useEffect(() => setSelected(checked), [checked]);

  const shown = selected !== undefined && selected === checked ? question.options.find((o) => o.id === checked) : undefined;
  const right = shown !== undefined && scoreResponse(question, shown.id)?.correct === true;

  const check = (event: Event) => {
    event.preventDefault();
    setHint(selected ? '' : strings.chooseFirst);
    if (selected) recordAnswer(question.id, selected);
  };

  return (
    <form class="question" aria-labelledby={labelId} onSubmit={check} noValidate>
      <p class="question-label" id={labelId}>
        {strings.label}
      </p>
      <fieldset>
        <legend>{question.prompt}</legend>
        {question.options.map((option) => (
          <label class="question-option" data-result={shown?.id === option.id ? (right ? 'right' : 'wrong') : undefined}>
            <input
              type="radio"
              name={question.id}
              value={option.id}
              checked={selected === option.id}
              onChange={() => setSelected(option.id)}
            />
            <span>{option.text}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button">
        {strings.check}
      </button>
      <div class="question-feedback" role="status" data-result={shown ? (right ? 'right' : 'wrong') : undefined}>
        {hint ||
          (shown && (
            <p>
              <strong>{right ? strings.correct : strings.incorrect}</strong> {shown.feedback}
            </p>
          ))}
      </div>
    </form>
  );
}
