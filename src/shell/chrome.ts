// Draws the shell around the lesson frame: contents, languages, progress, previous/next.
// Text always goes in through textContent: nothing here is parsed as HTML.
import { formatPlural, interpolate } from '../i18n/plural.ts';
import type { Progress } from '../state/progress.ts';
import type { LocaleMap } from './course-map.ts';

export interface ChromeView {
  locale: LocaleMap;
  /** Every language offered, for the switcher. */
  locales: LocaleMap[];
  current: string | undefined;
  visited: readonly string[];
  /** From the LMS; empty when it gives none. */
  learnerName: string;
  progress: Progress;
  previous: string | undefined;
  next: string | undefined;
  /** The save status line, in this language. */
  status: string;
}

const byId = <T extends HTMLElement>(doc: Document, id: string) => doc.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

function pagerLink(doc: Document, link: HTMLAnchorElement, label: string, lesson?: { title: string; href: string }) {
  link.replaceChildren(element(doc, 'span', { class: 'pager-label' }, label));
  if (lesson) {
    link.append(element(doc, 'span', { class: 'pager-title' }, lesson.title));
    link.href = lesson.href;
    link.removeAttribute('aria-disabled');
  } else {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
  }
}

export function renderChrome(doc: Document, view: ChromeView): void {
  const { locale, strings } = { locale: view.locale, strings: view.locale.strings };
  const lessonById = new Map(locale.lessons.map((l) => [l.id, l]));
  const current = view.current ? lessonById.get(view.current) : undefined;

  doc.documentElement.lang = locale.code;
  doc.title = current ? `${current.title} · ${strings.courseTitle}` : strings.courseTitle;
  byId(doc, 'course-title').textContent = strings.courseTitle;
  byId(doc, 'skip-link').textContent = strings.skipToLesson;
  byId(doc, 'pager').setAttribute('aria-label', strings.lessonNavigation);
  byId(doc, 'contents-heading').textContent = strings.contents;
  byId(doc, 'languages-label').textContent = strings.language;
  byId(doc, 'progress-label').textContent = strings.progressLabel;

  byId(doc, 'contents').replaceChildren(
    ...locale.lessons.map((lesson, index) => {
      const seen = view.visited.includes(lesson.id);
      const link = element(
        doc,
        'a',
        { href: lesson.href, target: 'lesson', 'aria-current': lesson.id === view.current ? 'page' : undefined },
        // Appendices (glossary, credits) are reference, not steps: no number.
        element(doc, 'span', { class: 'contents-number', 'aria-hidden': 'true' }, lesson.appendix ? '' : String(index + 1)),
        element(doc, 'span', { class: 'contents-title' }, lesson.title),
      );
      if (seen) {
        link.append(element(doc, 'span', { class: 'contents-visited' }, element(doc, 'span', { class: 'visually-hidden' }, strings.visited)));
      }
      const classes = [seen && 'is-visited', lesson.appendix && 'is-appendix'].filter(Boolean).join(' ');
      return element(doc, 'li', { class: classes || undefined }, link);
    }),
  );

  byId(doc, 'languages').replaceChildren(
    ...view.locales.map((other) => {
      const target = other.lessons.find((l) => l.id === view.current) ?? other.lessons[0];
      return element(
        doc,
        'li',
        {},
        element(
          doc,
          'a',
          {
            href: target?.href,
            target: 'lesson',
            lang: other.code,
            hreflang: other.code,
            'aria-current': other.code === locale.code ? 'true' : undefined,
          },
          element(doc, 'span', { class: 'language-name' }, other.name),
          // Narrow screens show the short tag; the name stays for screen readers.
          element(doc, 'span', { class: 'language-code', 'aria-hidden': 'true' }, other.code.split('-')[0] ?? other.code),
        ),
      );
    }),
  );

  const workshop = byId<HTMLAnchorElement>(doc, 'workshop-link');
  workshop.textContent = strings.workshop;
  workshop.href = locale.workshopHref;

  const learner = byId(doc, 'learner');
  learner.hidden = view.learnerName === '';
  learner.textContent = view.learnerName && interpolate(strings.learner, { name: view.learnerName });

  const bar = byId<HTMLProgressElement>(doc, 'progress-bar');
  bar.value = view.progress.measure;
  byId(doc, 'progress-text').textContent = view.progress.complete
    ? strings.complete
    : formatPlural(locale.code, strings.progress, view.progress.visited, { total: view.progress.total });

  pagerLink(doc, byId(doc, 'previous'), strings.previous, view.previous ? lessonById.get(view.previous) : undefined);
  pagerLink(doc, byId(doc, 'next'), strings.next, view.next ? lessonById.get(view.next) : undefined);

  // The lesson's own page has a main landmark too: this one is named after the lesson it holds.
  const lessonLabel = interpolate(strings.frameTitle, { title: current?.title ?? strings.courseTitle });
  byId(doc, 'lesson-frame').title = lessonLabel;
  byId(doc, 'stage').setAttribute('aria-label', lessonLabel);

  // A live region: set only when the words change, so a lesson change does not repeat it aloud.
  const status = byId(doc, 'status');
  if (status.textContent !== view.status) status.textContent = view.status;
}
