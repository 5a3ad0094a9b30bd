import type { LessonData } from '../schemas/lesson.ts';
import type { QuestionData } from '../schemas/question.ts';

/** One content file after schema validation, with where it lives. */
export interface Entry<Data> {
  locale: string;
  /** Path from the project root, as an author would look for it. */
  file: string;
  /** File name without extension: must equal `data.id`. */
  name: string;
  data: Data;
}

export interface LessonEntry extends Entry<LessonData> {
  /** Question ids the lesson body places with `<Question id="…" />`. */
  questionRefs: string[];
}

export type QuestionEntry = Entry<QuestionData>;

const QUESTION_TAG = /<Question\s+id=["']([^"']+)["']/g;

export function questionRefsIn(body: string): string[] {
  return [...body.matchAll(QUESTION_TAG)].map((m) => m[1] ?? '');
}

/**
 * The language-neutral part of a question (its ids and right answers), which must be the
 * same in every locale; returned with the field that holds it.
 */
export function structureOf(q: QuestionData): [field: string, structure: string] {
  switch (q.type) {
    case 'single-choice':
    case 'multiple-choice':
      return ['options', q.options.map((o) => `${o.id}${o.correct ? '*' : ''}`).join(', ')];
    case 'true-false':
      return ['answer', String(q.answer)];
    case 'matching':
      return ['pairs', q.pairs.map((p) => p.id).join(', ')];
    case 'ordering':
      return ['items', q.items.map((i) => i.id).join(', ')];
    case 'classification':
      return ['cards', q.cards.map((c) => `${c.id}→${c.group}`).join(', ')];
    case 'numeric':
      return ['answer', `${q.answer} ± ${q.tolerance}`];
    case 'likert':
      return ['statements', q.statements.map((s) => `${s.id}${s.reverse ? ' (reverse)' : ''}`).join(', ') + ` / ${q.scale.length} points`];
  }
}

function byName<E extends Entry<unknown>>(entries: E[], locale: string): Map<string, E> {
  return new Map(entries.filter((e) => e.locale === locale).map((e) => [e.name, e]));
}

/** Every locale must hold the same files as the source locale, no more and no fewer. */
function checkParity<E extends Entry<unknown>>(
  kind: string,
  entries: E[],
  locales: string[],
  source: string,
  sameShape: (original: E, translated: E) => string[],
): string[] {
  const problems: string[] = [];
  const originals = byName(entries, source);
  for (const locale of locales.filter((l) => l !== source)) {
    const translated = byName(entries, locale);
    for (const [name, original] of originals) {
      const copy = translated.get(name);
      if (!copy) {
        problems.push(`${original.file.replace(`/${source}/`, `/${locale}/`)} is missing: every locale needs each ${kind} of ${source}`);
      } else {
        problems.push(...sameShape(original, copy).map((p) => `${copy.file}: ${p}`));
      }
    }
    for (const [name, copy] of translated) {
      if (!originals.has(name)) problems.push(`${copy.file} has no ${source} original (content/${kind}s/${source}/${name}.*)`);
    }
  }
  return problems;
}

/**
 * Cross-file rules that a per-file schema cannot see: ids match file names, every locale has
 * the same lessons and questions, and every `<Question>` points at a question that exists.
 * Returns one readable line per problem, naming the file and the field.
 */
export function checkCatalog(
  course: { locales: string[]; sourceLocale: string },
  lessons: LessonEntry[],
  questions: QuestionEntry[],
): string[] {
  const problems: string[] = [];
  for (const entry of [...lessons, ...questions]) {
    if (!course.locales.includes(entry.locale)) {
      problems.push(`${entry.file}: locale folder "${entry.locale}" is not listed in content/course.json`);
    }
    if (entry.data.id !== entry.name) {
      problems.push(`${entry.file}: field \`id\` is "${entry.data.id}" but must equal the file name "${entry.name}"`);
    }
  }

  for (const locale of course.locales) {
    const seen = new Map<number, string>();
    for (const lesson of lessons.filter((l) => l.locale === locale)) {
      const other = seen.get(lesson.data.order);
      if (other) problems.push(`${lesson.file}: field \`order\` ${lesson.data.order} is also used by ${other}`);
      seen.set(lesson.data.order, lesson.file);
    }
  }

  const questionIds = new Set(questions.map((q) => `${q.locale}/${q.name}`));
  for (const lesson of lessons) {
    for (const ref of lesson.questionRefs) {
      if (!questionIds.has(`${lesson.locale}/${ref}`)) {
        problems.push(`${lesson.file}: <Question id="${ref}"> names no file content/questions/${lesson.locale}/${ref}.json`);
      }
    }
  }

  problems.push(
    ...checkParity('lesson', lessons, course.locales, course.sourceLocale, (a, b) => [
      ...(a.data.order !== b.data.order ? [`field \`order\` is ${b.data.order} but ${a.locale} has ${a.data.order}`] : []),
      ...(a.questionRefs.join() !== b.questionRefs.join()
        ? [`places questions [${b.questionRefs.join(', ')}] but ${a.locale} places [${a.questionRefs.join(', ')}]`]
        : []),
    ]),
    ...checkParity('question', questions, course.locales, course.sourceLocale, (a, b) => {
      const [field, original] = structureOf(a.data);
      const [, translated] = structureOf(b.data);
      if (a.data.type !== b.data.type) return [`field \`type\` is "${b.data.type}" but ${a.locale} has "${a.data.type}"`];
      return original === translated ? [] : [`field \`${field}\` is [${translated}] but ${a.locale} has [${original}] (* = correct)`];
    }),
  );
  return problems;
}
