import { getCollection } from 'astro:content';
import { builtLocales, course } from './config.ts';
import type { CastMember, Person } from '../schemas/cast.ts';
import { checkCatalog, refsIn, speakerRefsIn, type BankEntry, type CastNamesEntry, type GlossaryEntry, type WorkshopEntry, type LessonEntry, type QuestionEntry, type ScenarioEntry } from './check-catalog.ts';

export interface Catalog {
  /** A locale's lessons in course order. */
  lessons(locale: string): LessonEntry[];
  question(locale: string, id: string): QuestionEntry | undefined;
  scenario(locale: string, id: string): ScenarioEntry | undefined;
  /** The final test's question bank in a locale. */
  bank(locale: string): BankEntry[];
  glossary(locale: string): GlossaryEntry | undefined;
  /** A locale's workshop cards, in their order. */
  workshops(locale: string): WorkshopEntry[];
  /** How a member of the cast is called in a locale. */
  person(locale: string, id: string): Person | undefined;
}

function place(id: string, filePath: string | undefined, fallbackDir: string) {
  const [locale = '', name = ''] = id.split('/');
  return { locale, name, file: filePath ?? `${fallbackDir}/${id}` };
}

async function load(): Promise<Catalog> {
  const lessons: LessonEntry[] = (await getCollection('lessons')).map((e) => ({
    ...place(e.id, e.filePath, 'content/lessons'),
    data: e.data,
    body: e.body ?? '',
    questionRefs: refsIn(e.body ?? '', 'Question'),
    scenarioRefs: refsIn(e.body ?? '', 'Scenario'),
    speakerRefs: speakerRefsIn(e.body ?? ''),
    placesFinalTest: /<FinalTest\s*\/>/.test(e.body ?? ''),
    placesGlossary: /<Glossary\s*\/>/.test(e.body ?? ''),
    placesServiceChain: /<ServiceChain\b/.test(e.body ?? ''),
    placesCourseResult: /<CourseResult\s*\/>/.test(e.body ?? ''),
  }));
  const questions: QuestionEntry[] = (await getCollection('questions')).map((e) => ({
    ...place(e.id, e.filePath, 'content/questions'),
    data: e.data,
  }));

  const scenarios: ScenarioEntry[] = (await getCollection('scenarios')).map((e) => ({
    ...place(e.id, e.filePath, 'content/scenarios'),
    data: e.data,
  }));

  const bank: BankEntry[] = (await getCollection('finalTest')).map((e) => ({
    ...place(e.id, e.filePath, 'content/final-test'),
    data: e.data,
  }));

  const glossaries: GlossaryEntry[] = (await getCollection('glossary')).map((e) => ({
    locale: e.id,
    name: 'glossary',
    file: e.filePath ?? `content/glossary/${e.id}.json`,
    data: e.data,
  }));

  const workshops: WorkshopEntry[] = (await getCollection('workshop')).map((e) => ({
    ...place(e.id, e.filePath, 'content/workshop'),
    data: e.data,
  }));

  const cast: CastMember[] = (await getCollection('cast')).map((e) => e.data);
  const castNames: CastNamesEntry[] = (await getCollection('castNames')).map((e) => ({
    locale: e.id,
    name: 'cast',
    file: e.filePath ?? `content/cast/${e.id}.json`,
    data: e.data,
  }));

  const problems = checkCatalog({ ...course, locales: [...builtLocales] }, { lessons, questions, scenarios, bank, glossaries, workshops, cast, castNames });
  if (problems.length > 0) {
    throw new Error(`The course content has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }

  return {
    lessons: (locale) => lessons.filter((l) => l.locale === locale).sort((a, b) => a.data.order - b.data.order),
    question: (locale, id) => questions.find((q) => q.locale === locale && q.name === id),
    scenario: (locale, id) => scenarios.find((s) => s.locale === locale && s.name === id),
    bank: (locale) => bank.filter((q) => q.locale === locale),
    glossary: (locale) => glossaries.find((g) => g.locale === locale),
    workshops: (locale) => workshops.filter((w) => w.locale === locale).sort((a, b) => a.data.order - b.data.order),
    person: (locale, id) => castNames.find((n) => n.locale === locale)?.data.people.find((p) => p.id === id),
  };
}

let catalog: Promise<Catalog> | undefined;

/** The checked course content, loaded once per build. Throws, naming each broken file. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= load();
  return catalog;
}
