import { useStore } from '@nanostores/preact';
import { interpolate } from '../../i18n/plural.ts';
import { dayOf, NAME_LIMIT } from '../../state/completion.ts';
import { $restored, $standing, $typedName } from '../../state/learner.ts';
import { longDay, percent } from '../../i18n/format.ts';
import type { CertificateStrings } from './strings.ts';

interface Props {
  strings: CertificateStrings;
  locale: string;
  /** The result page, relative to this one. */
  resultHref: string;
}

/**
 * The learner's certificate of completion, printable on one page of A4 or Letter: the course,
 * their name (as the LMS gives it, or as they type it where none does), the day they
 * completed it and their score. Only the certificate prints; the controls around it do not.
 */
export default function Certificate({ strings, locale, resultHref }: Props) {
  const restored = useStore($restored);
  const standing = useStore($standing);
  const typed = useStore($typedName);
  const back = (
    <a class="certificate-back" href={resultHref}>
      {strings.back}
    </a>
  );
  if (!standing) return <section class="certificate-page">{restored && <p>{strings.outside}</p>}</section>;
  if (!standing.complete || !standing.passed || standing.score === undefined) {
    return (
      <section class="certificate-page">
        <p>{strings.notYet}</p>
        <p>{back}</p>
      </section>
    );
  }

  const name = standing.nameFromLms ? standing.name : typed;
  return (
    <section class="certificate-page">
      {!standing.nameFromLms && (
        <p class="certificate-name-field">
          <label for="certificate-name">{strings.nameLabel}</label>
          <input
            id="certificate-name"
            type="text"
            autocomplete="name"
            maxLength={NAME_LIMIT}
            value={typed}
            onInput={(event) => $typedName.set(event.currentTarget.value)}
          />
        </p>
      )}
      <article class="certificate" aria-label={strings.title}>
        <p class="certificate-course">{strings.courseTitle}</p>
        {/* The page's heading says it already; on paper, the certificate says it itself. */}
        <p class="certificate-title" aria-hidden="true">
          {strings.title}
        </p>
        <p>{strings.certifies}</p>
        <p class="certificate-name">{name.trim() || '\u00a0'}</p>
        <p>{strings.completed}</p>
        <p class="certificate-course-name">{strings.courseTitle}</p>
        <p>
          {interpolate(strings.details, {
            date: longDay(locale, standing.completedOn ?? dayOf(new Date())),
            score: percent(locale, standing.score),
          })}
        </p>
      </article>
      <p class="certificate-actions">
        <button type="button" class="button" onClick={() => window.print()}>
          {strings.print}
        </button>
        {back}
      </p>
    </section>
  );
}
