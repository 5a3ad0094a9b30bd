import type { CastMember, CastNames } from '../schemas/cast.ts';
import { itemProblems } from './check-items.ts';
import { nameProblems } from './check-names.ts';
import type { LessonData } from '../schemas/lesson.ts';
import type { BankQuestion, QuestionData } from '../schemas/question.ts';
import { misformattedDollars } from '../i18n/money.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { ScenarioData } from '../schemas/scenario.ts';
import { WORD_FIELDS, wordsIn } from '../schemas/word-fields.ts';
import type { WorkshopData } from '../schemas/workshop.ts';
import { isUntranslated, untranslatedFields, untranslatedParagraphs } from './untranslated.ts';

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
  /** The MDX after the frontmatter. */
  body: string;
  /** Question ids the lesson body places with `<Question id="…" />`. */
  questionRefs: string[];
  /** Scenario ids the lesson body places with `<Scenario id="…" />`. */
  scenarioRefs: string[];
  /** Cast ids the body's dialogues give lines to with `<Line who="…">`. */
  speakerRefs: string[];
  /** Whether the body places `<FinalTest />`. */
  placesFinalTest: boolean;
  /** Whether the body places `<Glossary />`. */
  placesGlossary: boolean;
  /** Whether the body places `<ServiceChain />`, the learner's own map. */
  placesServiceChain: boolean;
  /** Whether the body places `<CourseResult />`: the learner's result, and the way to their certificate. */
  placesCourseResult: boolean;
}

export type QuestionEntry = Entry<QuestionData>;
export type ScenarioEntry = Entry<ScenarioData>;
export type BankEntry = Entry<BankQuestion>;
/** `content/workshop/<locale>/<id>.json`: a case or an exercise for trainers. */
export type WorkshopEntry = Entry<WorkshopData>;

/** `content/cast/<locale>.json`: the cast's names and roles in one language; its name is "cast". */
export type CastNamesEntry = Entry<CastNames>;

/** Every content file of the course, checked. */
export interface CourseContent {
  /** `content/cast.json`: the recurring people and their faces. */
  cast?: CastMember[];
  castNames?: CastNamesEntry[];
  lessons?: LessonEntry[];
  questions?: QuestionEntry[];
  scenarios?: ScenarioEntry[];
  bank?: BankEntry[];
  glossaries?: GlossaryEntry[];
  workshops?: WorkshopEntry[];
}

/** `content/glossary/<locale>.json`; its name is "glossary". */
export type GlossaryEntry = Entry<GlossaryData>;

/** The ids an MDX body places with `<Tag id="…" />`, or names with `<Line who="…">` and `<Quote who="…">`. */
export function refsIn(body: string, tag: 'Question' | 'Scenario' | 'Line' | 'Quote'): string[] {
  const attribute = tag === 'Line' || tag === 'Quote' ? 'who' : 'id';
  return [...body.matchAll(new RegExp(`<${tag}\\s+${attribute}=["']([^"']+)["']`, 'g'))].map((m) => m[1] ?? '');
}

/** The people of the cast a lesson gives words to: in dialogue lines and in quotes. */
export const speakerRefsIn = (body: string) => [...refsIn(body, 'Line'), ...refsIn(body, 'Quote')];

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
    case 'pyramid':
      return ['slots', ['traditional', 'inverted'].map((k) => q[k as 'traditional'].slots.map((s) => `${s.id}=${s.role}`).join(' ')).join(' / ')];
    case 'action-plan':
      return ['actions', q.actions.map((a) => a.id).join(', ') + ` / pick ${q.pick}`];
    case 'likert':
      return ['statements', q.statements.map((s) => `${s.id}${s.reverse ? ' (reverse)' : ''}`).join(', ') + ` / ${q.scale.length} points`];
  }
}

/** "125 000 US$" with its no-break spaces made visible for a message. */
const visible = (text: string) => text.replace(/[\u00a0\u202f]/g, '⎵');

/** Word fields and, for lessons, the body: everything in an entry the learner reads. */
function wordsOf(entry: Entry<unknown>): string[] {
  const texts = wordsIn(entry.data);
  return 'body' in entry ? [...texts, String(entry.body)] : texts;
}

/** Dollar amounts not written as `Intl` writes them in the entry's language. */
function checkAmounts(entries: Array<Entry<unknown>>): string[] {
  return entries.flatMap((entry) =>
    wordsOf(entry).flatMap((text) =>
      misformattedDollars(entry.locale, text).map(
        ({ found, expected }) => `${entry.file}: write "${visible(found)}" as ${entry.locale} does, "${visible(expected)}" (⎵ is a no-break space)`,
      ),
    ),
  );
}

/** Words of a translation that are still the source locale's, field by field. */
function untranslated<E extends Entry<unknown>>(original: E, translated: E): string[] {
  const fields = untranslatedFields(original.data, translated.data, WORD_FIELDS).map((path) => `field \`${path}\` is still the ${original.locale} text`);
  const paragraphs =
    'body' in original && 'body' in translated
      ? untranslatedParagraphs(String(original.body), String(translated.body)).map((p) => `a paragraph is still the ${original.locale} text: "${p}"`)
      : [];
  return [...fields, ...paragraphs];
}

/** A workshop card's language-neutral part: kind, timing, steps, options and answers, and how many goals, roles and points. */
const workshopShape = (w: WorkshopData) =>
  `${w.kind} #${w.order}, ${w.duration} min, ${w.goals.length} goals, ${w.debrief.length} debrief points` +
  (w.kind === 'case' ? `, ${w.roles.length} roles` : '') +
  ': ' +
  w.steps
    .map((s) => `${s.id} ${s.minutes} min` + ('options' in s ? ` (${s.options.map((o) => `${o.id}${o.recommended ? '*' : ''}`).join(' ')}; ${s.discussion.length} questions)` : ''))
    .join(', ');

/** Lesson fields that are not words: the same in every locale. */
const SHARED_LESSON_FIELDS = ['order', 'module', 'cover', 'duration', 'appendix'] as const;

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
        problems.push(...[...sameShape(original, copy), ...untranslated(original, copy)].map((p) => `${copy.file}: ${p}`));
      }
    }
    for (const [name, copy] of translated) {
      if (!originals.has(name)) problems.push(`${copy.file} has no ${source} original (${copy.file.replace(`/${locale}/`, `/${source}/`)})`);
    }
  }
  return problems;
}

/** A question's language-neutral part must be the same in every locale. */
function sameQuestion(a: Entry<QuestionData>, b: Entry<QuestionData>): string[] {
  const [field, original] = structureOf(a.data);
  const [, translated] = structureOf(b.data);
  if (a.data.type !== b.data.type) return [`field \`type\` is "${b.data.type}" but ${a.locale} has "${a.data.type}"`];
  return original === translated ? [] : [`field \`${field}\` is [${translated}] but ${a.locale} has [${original}] (* = correct)`];
}

/** The final test needs a bank big enough for one attempt, with ids of its own. */
function checkBank(course: { sourceLocale: string; finalTest?: { questions: number } }, lessons: LessonEntry[], questions: QuestionEntry[], bank: BankEntry[]): string[] {
  const problems: string[] = [];
  const source = bank.filter((q) => q.locale === course.sourceLocale);
  const wanted = course.finalTest?.questions ?? 0;
  if (lessons.some((l) => l.placesFinalTest) && source.length < wanted) {
    problems.push(`content/final-test/${course.sourceLocale}/ holds ${source.length} questions, but content/course.json asks for \`finalTest.questions\` ${wanted} per attempt`);
  }
  const lessonQuestionIds = new Set(questions.map((q) => q.name));
  for (const q of source.filter((q) => lessonQuestionIds.has(q.name))) {
    problems.push(`${q.file}: id "${q.name}" is also a lesson question in content/questions/; reports would mix them up`);
  }
  return problems;
}

/** The last `## ` section of a lesson body: where its summary belongs. */
const lastSection = (body: string) => body.split(/^## /m).at(-1) ?? '';

/**
 * What makes a module a module: 5 to 10 minutes, at least one activity that practises its
 * objectives, and a closing section of exactly three points.
 */
export function moduleProblems(lesson: LessonEntry): string[] {
  if (lesson.data.module === undefined) return [];
  const problems: string[] = [];
  const { duration } = lesson.data;
  if (duration < 5 || duration > 10) problems.push(`field \`duration\` is ${duration}: a module takes 5 to 10 minutes`);
  if (lesson.questionRefs.length + lesson.scenarioRefs.length === 0) problems.push('places no <Question> or <Scenario>: a module practises what it teaches');
  const points = lastSection(lesson.body).match(/^- /gm)?.length ?? 0;
  if (points !== 3) problems.push(`its last section has ${points} points: a module ends with a three-point summary`);
  if (!/<InShort>\s*## [^\n]*\n(?![\s\S]*^## )/m.test(lesson.body)) problems.push('its last section is not inside <InShort>: a module ends with its summary card');
  return problems;
}

/** Every locale's glossary defines the source locale's terms, in the same order; lessons that show it need one. */
function checkGlossaries(locales: string[], source: string, lessons: LessonEntry[], glossaries: GlossaryEntry[]): string[] {
  const problems: string[] = [];
  const file = (locale: string) => `content/glossary/${locale}.json`;
  const glossaryOf = (locale: string) => glossaries.find((g) => g.locale === locale);
  const ids = (locale: string) => glossaryOf(locale)?.data.terms.map((t) => t.id);
  const original = ids(source);
  for (const locale of locales) {
    const terms = ids(locale);
    if (!terms) {
      if (original || lessons.some((l) => l.locale === locale && l.placesGlossary)) problems.push(`${file(locale)} is missing: the glossary needs one file per locale`);
    } else if (original && locale !== source && terms.join() !== original.join()) {
      const missing = original.filter((id) => !terms.includes(id));
      const extra = terms.filter((id) => !original.includes(id));
      problems.push(
        `${file(locale)}: field \`terms\` has ids [${terms.join(', ')}] but ${source} has [${original.join(', ')}]` +
          (missing.length ? `; missing: ${missing.join(', ')}` : '') +
          (extra.length ? `; extra: ${extra.join(', ')}` : ''),
      );
    } else if (original && locale !== source) {
      problems.push(...untranslated(glossaryOf(source)!, glossaryOf(locale)!).map((p) => `${file(locale)}: ${p}`));
    }
  }
  return problems;
}

const CAST_FILE = 'content/cast.json';

/**
 * Every person a scenario, a dialogue or a workshop role names is in the cast, and every locale
 * names every member of the cast, with a role in its own words.
 */
export function castProblems(
  locales: string[],
  source: string,
  { cast = [], castNames = [], scenarios = [], lessons = [], workshops = [] }: Pick<CourseContent, 'cast' | 'castNames' | 'scenarios' | 'lessons' | 'workshops'>,
): string[] {
  const problems: string[] = [];
  const ids = new Set(cast.map((member) => member.id));
  const rolesOf = (entry: CastNamesEntry | undefined) => new Map(entry?.data.people.map((p) => [p.id, p.role]));
  const sourceRoles = rolesOf(castNames.find((n) => n.locale === source));
  if (cast.length > 0) {
    for (const locale of locales) {
      const entry = castNames.find((n) => n.locale === locale);
      if (!entry) {
        problems.push(`content/cast/${locale}.json is missing: every locale names the people of ${CAST_FILE}`);
        continue;
      }
      const named = entry.data.people.map((p) => p.id);
      for (const id of ids) if (!named.includes(id)) problems.push(`${entry.file}: field \`people\` gives no name to "${id}" of ${CAST_FILE}`);
      const mentioned = new Set(entry.data.mentioned.map((p) => p.id));
      for (const { id } of castNames.find((n) => n.locale === source)?.data.mentioned ?? []) {
        if (!mentioned.has(id)) problems.push(`${entry.file}: field \`mentioned\` gives no name to "${id}", whom content/cast/${source}.json names`);
      }
      entry.data.people.forEach((person, i) => {
        if (!ids.has(person.id)) problems.push(`${entry.file}: field \`people[${i}].id\` is "${person.id}", who is not in ${CAST_FILE}`);
        if (named.indexOf(person.id) !== i) problems.push(`${entry.file}: field \`people[${i}].id\` "${person.id}" is named twice`);
        const original = sourceRoles.get(person.id);
        if (locale !== source && original && isUntranslated(original, person.role)) {
          problems.push(`${entry.file}: field \`people[${i}].role\` is still the ${source} text`);
        }
      });
    }
  }
  for (const scenario of scenarios) {
    scenario.data.scenes.forEach((scene, i) => {
      if (scene.speaker && !ids.has(scene.speaker)) {
        problems.push(`${scenario.file}: field \`scenes[${i}].speaker\` is "${scene.speaker}", who is not in ${CAST_FILE}`);
      }
    });
  }
  for (const lesson of lessons) {
    for (const who of lesson.speakerRefs) {
      if (!ids.has(who)) problems.push(`${lesson.file}: who="${who}" (a <Line> or <Quote>) names nobody in ${CAST_FILE}`);
    }
  }
  // A workshop role played by one of the cast goes by the name the cast gives them in that
  // language: the name opens the role's (after an opening bracket, in the pseudo-locale).
  for (const card of workshops) {
    if (card.data.kind !== 'case') continue;
    const names = new Map(castNames.find((n) => n.locale === card.locale)?.data.people.map((p) => [p.id, p.name]));
    card.data.roles.forEach((role, i) => {
      if (!role.who) return;
      if (!ids.has(role.who)) problems.push(`${card.file}: field \`roles[${i}].who\` is "${role.who}", who is not in ${CAST_FILE}`);
      else if (!role.name.replace(/^\[/, '').startsWith(names.get(role.who) ?? '')) {
        problems.push(`${card.file}: field \`roles[${i}].name\` "${role.name}" does not begin with "${names.get(role.who)}", ${role.who}'s name in content/cast/${card.locale}.json`);
      }
    });
  }
  return problems;
}

/**
 * Cross-file rules that a per-file schema cannot see: ids match file names, every locale has
 * the same lessons and questions, and every `<Question>` points at a question that exists.
 * Returns one readable line per problem, naming the file and the field.
 */
export function checkCatalog(
  course: { locales: string[]; sourceLocale: string; pseudoLocale?: string; finalTest?: { questions: number } },
  { lessons = [], questions = [], scenarios = [], bank = [], glossaries = [], workshops = [], cast = [], castNames = [] }: CourseContent,
): string[] {
  const problems: string[] = [];
  for (const entry of [...lessons, ...questions, ...scenarios, ...bank, ...workshops]) {
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

  for (const lesson of lessons) problems.push(...moduleProblems(lesson).map((p) => `${lesson.file}: ${p}`));

  const known = new Set([...questions.map((q) => `questions/${q.locale}/${q.name}`), ...scenarios.map((s) => `scenarios/${s.locale}/${s.name}`)]);
  for (const lesson of lessons) {
    for (const [tag, folder, refs] of [['Question', 'questions', lesson.questionRefs], ['Scenario', 'scenarios', lesson.scenarioRefs]] as const) {
      for (const ref of refs) {
        if (!known.has(`${folder}/${lesson.locale}/${ref}`)) {
          problems.push(`${lesson.file}: <${tag} id="${ref}"> names no file content/${folder}/${lesson.locale}/${ref}.json`);
        }
      }
    }
  }

  problems.push(
    ...checkParity('lesson', lessons, course.locales, course.sourceLocale, (a, b) => [
      ...SHARED_LESSON_FIELDS.filter((field) => a.data[field] !== b.data[field]).map(
        (field) => `field \`${field}\` is ${b.data[field]} but ${a.locale} has ${a.data[field]}`,
      ),
      ...(a.questionRefs.join() !== b.questionRefs.join()
        ? [`places questions [${b.questionRefs.join(', ')}] but ${a.locale} places [${a.questionRefs.join(', ')}]`]
        : []),
      ...(a.scenarioRefs.join() !== b.scenarioRefs.join()
        ? [`places scenarios [${b.scenarioRefs.join(', ')}] but ${a.locale} places [${a.scenarioRefs.join(', ')}]`]
        : []),
      ...(a.speakerRefs.join() !== b.speakerRefs.join()
        ? [`gives dialogue lines and quotes to [${b.speakerRefs.join(', ')}] but ${a.locale} gives them to [${a.speakerRefs.join(', ')}]`]
        : []),
    ]),
    ...checkParity('question', questions, course.locales, course.sourceLocale, sameQuestion),
    ...checkParity('final-test question', bank, course.locales, course.sourceLocale, (a, b) => [
      ...sameQuestion(a, b),
      ...(a.data.objective !== b.data.objective ? [`field \`objective\` is ${b.data.objective} but ${a.locale} has ${a.data.objective}`] : []),
    ]),
    ...checkBank(course, lessons, questions, bank),
    ...checkGlossaries(course.locales, course.sourceLocale, lessons, glossaries),
    ...checkParity('workshop card', workshops, course.locales, course.sourceLocale, (a, b) =>
      workshopShape(a.data) === workshopShape(b.data) ? [] : [`steps and options are [${workshopShape(b.data)}] but ${a.locale} has [${workshopShape(a.data)}]`],
    ),
    // The pseudo-locale keeps the English's amounts: it is English, only disguised.
    ...checkAmounts([...lessons, ...questions, ...scenarios, ...bank, ...glossaries, ...workshops].filter((e) => e.locale !== course.pseudoLocale)),
    ...checkParity('scenario', scenarios, course.locales, course.sourceLocale, (a, b) => {
      const shape = (s: ScenarioData) => `${s.start}: ${s.scenes.map((scene) => `${scene.id}(${scene.choices.map((c) => `${c.id}→${c.next}`).join(' ')})`).join(' ')}`;
      const people = (s: ScenarioData) => s.scenes.map((scene) => `${scene.id}: ${scene.speaker ?? '-'} at ${scene.setting ?? '-'}`).join(', ');
      return [
        ...(shape(a.data) === shape(b.data) ? [] : [`scenes and choices are [${shape(b.data)}] but ${a.locale} has [${shape(a.data)}]`]),
        ...(people(a.data) === people(b.data) ? [] : [`speakers and settings are [${people(b.data)}] but ${a.locale} has [${people(a.data)}]`]),
      ];
    }),
    ...castProblems(course.locales, course.sourceLocale, { cast, castNames, scenarios, lessons, workshops }),
    ...nameProblems(
      course.sourceLocale,
      new Map(castNames.map((n) => [n.locale, new Map([...n.data.people, ...n.data.mentioned].map((p) => [p.id, p.name]))])),
      [...lessons, ...questions, ...scenarios, ...bank, ...glossaries, ...workshops].map((e) => ({ locale: e.locale, file: e.file, text: wordsOf(e).join('\n') })),
    ),
    ...itemProblems([...questions, ...bank]),
  );
  return problems;
}
