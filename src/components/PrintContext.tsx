import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { longDay } from '../i18n/format.ts';
import { dayOf } from '../state/completion.ts';
import { $standing } from '../state/learner.ts';

interface Props {
  courseTitle: string;
  locale: string;
}

/**
 * On paper only: the course a printed page comes from, whose it is (the name the LMS gives,
 * or the one typed for the certificate) and the day it was printed.
 */
export function PrintContext({ courseTitle, locale }: Props) {
  const name = useStore($standing)?.name.trim();
  // The day is the reader's, known only in the browser: the page as built has none.
  const [today, setToday] = useState('');
  useEffect(() => setToday(longDay(locale, dayOf(new Date()))), [locale]);
  return (
    <p class="print-context">
      <strong>{courseTitle}</strong>
      {[name, today].filter(Boolean).map((part) => ` · ${part}`)}
    </p>
  );
}
