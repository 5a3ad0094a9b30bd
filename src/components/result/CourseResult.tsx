import { useStore } from '@nanostores/preact';
import { interpolate } from '../../i18n/plural.ts';
import { $answers, $restored, $standing } from '../../state/learner.ts';
import { duration, longDay, percent } from '../../i18n/format.ts';
import type { ResultLinks, ResultStrings } from './strings.ts';

interface Props {
  strings: ResultStrings;
  locale: string;
  /** This language's lessons, to link those still to do. */
  lessons: Array<{ id: string; title: string; href: string }>;
  /** The lesson that holds the final test: the way to it is a button of its own, not in the list. */
  finalTestLesson: string;
  links: ResultLinks;
  /** The action plan question, where the learner picked their actions. */
  plan?: { questionId: string; actions: Array<{ id: string; text: string }> };
}

/**
 * Where the learner stands, as the course shell tells it: what is left to do, a failed test
 * with what to do about it, or the course complete, with the certificate and the action plan.
 */
export default function CourseResult({ strings, locale, lessons, finalTestLesson, links, plan }: Props) {
  const restored = useStore($restored);
  const standing = useStore($standing);
  const answers = useStore($answers);
  if (!standing) return <section class="result activity">{restored && <p>{strings.outside}</p>}</section>;

  const score = standing.score === undefined ? '' : percent(locale, standing.score);
  const remaining = lessons.filter((l) => standing.remaining.includes(l.id) && l.id !== finalTestLesson);
  const remainingLinks = (
    <ul class="result-remaining">
      {remaining.map((lesson) => (
        <li key={lesson.id}>
          <a href={lesson.href}>{lesson.title}</a>
        </li>
      ))}
    </ul>
  );
  const remainingList = remaining.length > 0 && (
    <>
      <p>{strings.remaining}</p>
      {remainingLinks}
    </>
  );

  /** Not passed yet: what stands, the way to the test, and the lessons still to do. */
  const toTheTest = (result: string, heading: string, said: string[], action: string) => (
    <section class="result activity" data-result={result} aria-labelledby="result-heading">
      <h2 id="result-heading">{heading}</h2>
      {said.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        <a class="button" href={links.test}>
          {action}
        </a>
      </p>
      {remainingList}
    </section>
  );
  if (standing.passed === undefined) return toTheTest('not-tested', strings.notTestedHeading, [strings.notTested], strings.goToTest);
  if (!standing.passed) {
    const result = interpolate(strings.notPassed, { score, mark: percent(locale, standing.passMark) });
    return toTheTest('not-passed', strings.notPassedHeading, [result, strings.notPassedAdvice], strings.retry);
  }

  if (!standing.complete) {
    return (
      <section class="result activity" data-result="lessons-to-go" aria-labelledby="result-heading">
        <h2 id="result-heading">{strings.lessonsToGoHeading}</h2>
        <p>{interpolate(strings.lessonsToGo, { score })}</p>
        {remainingLinks}
      </section>
    );
  }

  const picked = plan && answers[plan.questionId];
  const actions = plan && Array.isArray(picked) ? plan.actions.filter((a) => picked.includes(a.id)) : [];
  return (
    <section class="result activity" data-result="complete" aria-labelledby="result-heading">
      <h2 id="result-heading">{strings.completeHeading}</h2>
      <p class="result-lead">{standing.name ? interpolate(strings.completeNamed, { name: standing.name }) : strings.complete}</p>
      <dl class="result-facts">
        <div>
          <dt>{strings.score}</dt>
          <dd>{score}</dd>
        </div>
        {standing.completedOn && (
          <div>
            <dt>{strings.completedOn}</dt>
            <dd>{longDay(locale, standing.completedOn)}</dd>
          </div>
        )}
        <div>
          <dt>{strings.timeSpent}</dt>
          <dd>{duration(locale, Math.max(1, standing.minutes))}</dd>
        </div>
      </dl>
      <p>
        <a class="button" href={links.certificate}>
          {strings.certificate}
        </a>
      </p>
      {plan && (
        <>
          <h3>{strings.planHeading}</h3>
          {actions.length > 0 ? (
            <ul class="result-plan">
              {actions.map((action) => (
                <li key={action.id}>{action.text}</li>
              ))}
            </ul>
          ) : (
            <p>
              {strings.planEmpty} {links.plan && <a href={links.plan}>{strings.makePlan}</a>}
            </p>
          )}
        </>
      )}
      <h3>{strings.nextHeading}</h3>
      <p>{strings.next}</p>
    </section>
  );
}
