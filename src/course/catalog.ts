import { getCollection } from 'astro:content';
import { course } from './config.ts';
import { checkCatalog, questionRefsIn, type LessonEntry, type QuestionEntry } from './check-catalog.ts';

export interface Catalog {
  /** A locale's lessons in course order. */
  lessons(locale: string): LessonEntry[];
  question(locale: string, id: string): QuestionEntry | undefined;
}

function place(id: string, filePath: string | undefined, fallbackDir: string) {
  const [locale = '', name = ''] = id.split('/');
  return { locale, name, file: filePath ?? `${fallbackDir}/${id}` };
}

async function load(): Promise<Catalog> {
  const lessons: LessonEntry[] = (await getCollection('lessons')).map((e) => ({
    ...place(e.id, e.filePath, 'content/lessons'),
    data: e.data,
    questionRefs: questionRefsIn(e.body ?? ''),
  }));
  const questions: QuestionEntry[] = (await getCollection('questions')).map((e) => ({
    ...place(e.id, e.filePath, 'content/questions'),
    data: e.data,
  }));

  const problems = checkCatalog(course, lessons, questions);
  if (problems.length > 0) {
    throw new Error(`The course content has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }

  return {
    lessons: (locale) => lessons.filter((l) => l.locale === locale).sort((a, b) => a.data.order - b.data.order),
    question: (locale, id) => questions.find((q) => q.locale === locale && q.name === id),
  };
}

let catalog: Promise<Catalog> | undefined;

/** The checked course content, loaded once per build. Throws, naming each broken file. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= load();
  return catalog;
}
