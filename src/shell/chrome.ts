// Brings the launch page's chrome (built in src/components/Shell.astro) up to date: language,
// contents, progress, previous/next, status. It changes words, links and states of elements
// that are already there, so nothing on the page moves. Text always goes in through
// textContent: nothing here is parsed as HTML.
import { formatPlural, interpolate } from '../i18n/plural.ts';
import { formatPercent, formatWhole } from '../i18n/whole-numbers.ts';
import type { LessonState, Progress } from '../state/progress.ts';
import type { LocaleMap } from './course-map.ts';

export interface ChromeView {
  locale: LocaleMap;
  /** Every language offered, for the switcher. */
  locales: LocaleMap[];
  current: string | undefined;
  /** Each lesson's state, by id. */
  states: Readonly<Record<string, LessonState>>;
  /** The lesson that holds the final test: it shows passed or not passed yet, once taken. */
  finalTestLesson: string | undefined;
  /** From the LMS, in the order people write it; empty when it gives none. */
  learnerName: string;
  progress: Progress;
  previous: string | undefined;
  next: string | undefined;
  /** Where progress is kept, in this language: a quiet note, or a notice all must see. */
  status: { text: string; tone: 'quiet' | 'notice' };
}

const byId = <T extends HTMLElement>(doc: Document, id: string) => doc.getElementById(id) as T;

/** The share of the course done, as the page shows it when built and as this script keeps it. */
export const progressPercent = (locale: LocaleMap, share: number) => formatPercent(locale.code, locale.numbers, share);

/** "3 of 12 lessons done", as the page shows it when built and as this script keeps it. */
export const progressWords = (locale: LocaleMap, done: number, total: number) =>
  formatPlural(locale.code, locale.strings.progress, done, { total }, (n) => formatWhole(locale.code, locale.numbers, n));

/** Sets text only when it changes: a live region must not repeat itself, and the page must not shift. */
function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Sets a link's address only when it changes: each write makes the browser restyle the link. */
function setHref(link: HTMLAnchorElement, href: string): void {
  if (link.getAttribute('href') !== href) link.setAttribute('href', href);
}

function pagerLink(link: HTMLAnchorElement, label: string, lesson?: { title: string; href: string }) {
  setText(link.querySelector('.pager-label')!, label);
  const title = link.querySelector<HTMLElement>('.pager-title')!;
  setText(title, lesson?.title ?? '');
  title.hidden = !lesson;
  if (lesson) {
    setHref(link, lesson.href);
    link.removeAttribute('aria-disabled');
  } else {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
  }
}

export function renderChrome(doc: Document, view: ChromeView): void {
  const { locale, progress } = view;
  const { strings } = locale;
  const lessonById = new Map(locale.lessons.map((l) => [l.id, l]));
  const current = view.current ? lessonById.get(view.current) : undefined;

  doc.documentElement.lang = locale.code;
  setText(doc.querySelector('title')!, current ? `${current.title} · ${strings.courseTitle}` : strings.courseTitle);
  setText(byId(doc, 'course-title'), strings.courseTitle);
  setText(byId(doc, 'skip-link'), strings.skipToLesson);
  setText(byId(doc, 'contents-toggle-label'), strings.contents);
  setText(byId(doc, 'contents-heading'), strings.contents);
  byId(doc, 'contents-close').setAttribute('aria-label', strings.closeContents);
  setText(byId(doc, 'languages-label'), strings.language);
  setText(byId(doc, 'progress-label'), strings.progressLabel);
  byId(doc, 'pager').setAttribute('aria-label', strings.lessonNavigation);

  const stateWords = {
    'not-started': strings.lessonNotStarted,
    'in-progress': strings.lessonInProgress,
    done: strings.lessonDone,
    passed: strings.testPassed,
    'not-passed': strings.testNotPassed,
  };
  for (const item of doc.querySelectorAll<HTMLLIElement>('#contents li[data-lesson]')) {
    const lesson = lessonById.get(item.dataset.lesson ?? '');
    const link = item.querySelector('a');
    if (!lesson || !link) continue;
    const tested = lesson.id === view.finalTestLesson && progress.passed !== undefined;
    const state = tested ? (progress.passed ? 'passed' : 'not-passed') : (view.states[lesson.id] ?? 'not-started');
    setHref(link, lesson.href);
    if (lesson === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
    setText(link.querySelector('.contents-title')!, lesson.title);
    setText(link.querySelector('.contents-state')!, stateWords[state]);
    item.dataset.state = state;
  }

  for (const link of doc.querySelectorAll<HTMLAnchorElement>('#languages a[hreflang]')) {
    const other = view.locales.find((l) => l.code === link.hreflang);
    const target = other?.lessons.find((l) => l.id === view.current) ?? other?.lessons[0];
    if (target) setHref(link, target.href);
    if (other === locale) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }

  const workshop = byId<HTMLAnchorElement>(doc, 'workshop-link');
  setText(workshop, strings.workshop);
  setHref(workshop, locale.workshopHref);

  const learner = byId(doc, 'learner');
  learner.hidden = view.learnerName === '';
  setText(learner, view.learnerName && interpolate(strings.learner, { name: view.learnerName }));

  byId<HTMLProgressElement>(doc, 'progress-bar').value = progress.measure;
  setText(byId(doc, 'progress-percent'), progressPercent(locale, progress.measure));
  setText(byId(doc, 'progress-text'), progress.complete ? strings.complete : progressWords(locale, progress.done, progress.total));

  pagerLink(byId(doc, 'previous'), strings.previous, view.previous ? lessonById.get(view.previous) : undefined);
  pagerLink(byId(doc, 'next'), strings.next, view.next ? lessonById.get(view.next) : undefined);

  // The lesson's own page has a main landmark too: this one is named after the lesson it holds.
  const lessonLabel = interpolate(strings.frameTitle, { title: current?.title ?? strings.courseTitle });
  byId(doc, 'lesson-frame').title = lessonLabel;
  byId(doc, 'stage').setAttribute('aria-label', lessonLabel);

  // The status line is seen only when it asks for attention; all is well otherwise, and the
  // contents say where progress is kept. It stays a live region either way.
  const status = byId(doc, 'status');
  setText(status, view.status.text);
  status.dataset.tone = view.status.tone;
  setText(byId(doc, 'keeper-note'), view.status.tone === 'quiet' ? view.status.text : '');
}
