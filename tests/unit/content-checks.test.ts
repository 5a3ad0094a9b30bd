import { describe, expect, it } from 'vitest';
import { checkCatalog, moduleProblems, refsIn, type BankEntry, type GlossaryEntry, type LessonEntry, type QuestionEntry, type WorkshopEntry } from '../../src/course/check-catalog.ts';
import { itemProblems } from '../../src/course/check-items.ts';
import { untranslatedFields, untranslatedParagraphs } from '../../src/course/untranslated.ts';
import { formatMoney, misformattedDollars } from '../../src/i18n/money.ts';
import { WORD_FIELDS } from '../../src/schemas/word-fields.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { bankQuestionSchema, questionSchema } from '../../src/schemas/question.ts';

const course = { locales: ['en', 'cs'], sourceLocale: 'en' };

const lesson = (locale: string, name: string, order = 1, questionRefs: string[] = [], id = name): LessonEntry => ({
  locale,
  name,
  file: `content/lessons/${locale}/${name}.mdx`,
  questionRefs,
  scenarioRefs: [],
  speakerRefs: [],
  placesFinalTest: false,
  placesGlossary: false,
  placesServiceChain: false,
  placesCourseResult: false,
  body: '',
  data: { id, order, title: 'T', cover: 'welcome', duration: 5, appendix: false, objectives: ['O'] },
});
const question = (locale: string, name: string, options = [{ id: 'a', correct: true }, { id: 'b', correct: false }]): QuestionEntry => ({
  locale,
  name,
  file: `content/questions/${locale}/${name}.json`,
  data: { id: name, type: 'single-choice', prompt: 'P', attempts: 0, options: options.map((o) => ({ ...o, text: 'x', feedback: `Why, in ${locale}: this and that.` })) },
});

const bankQuestion = (locale: string, name: string, objective = 1): BankEntry => ({
  locale,
  name,
  file: `content/final-test/${locale}/${name}.json`,
  data: { id: name, objective, type: 'true-false', prompt: 'P', attempts: 0, answer: true, feedback: { correct: `Yes, in ${locale}, because of this.`, incorrect: `No, in ${locale}, because of that.` } },
});

describe('the final-test bank', () => {
  const testLesson = { ...lesson('en', 'final', 1), placesFinalTest: true };
  it('must hold enough questions for one attempt', () => {
    expect(checkCatalog({ ...course, locales: ['en'], finalTest: { questions: 3 } }, { lessons: [testLesson], bank: [bankQuestion('en', 'b1'), bankQuestion('en', 'b2')] })).toEqual([
      'content/final-test/en/ holds 2 questions, but content/course.json asks for `finalTest.questions` 3 per attempt',
    ]);
  });
  it('keeps objectives and answers equal across locales, and ids apart from lesson questions', () => {
    const problems = checkCatalog(
      { ...course, finalTest: { questions: 1 } },
      {
        lessons: [testLesson, { ...lesson('cs', 'final', 1), placesFinalTest: true }],
        questions: [question('en', 'q'), question('cs', 'q')],
        bank: [bankQuestion('en', 'b1', 2), bankQuestion('cs', 'b1', 3), bankQuestion('en', 'q'), bankQuestion('cs', 'q')],
      },
    );
    expect(problems).toEqual([
      'content/final-test/cs/b1.json: field `objective` is 3 but en has 2',
      'content/final-test/en/q.json: id "q" is also a lesson question in content/questions/; reports would mix them up',
    ]);
  });
  it('refuses question types the test cannot show, and a missing objective', () => {
    const likert = { id: 'l', type: 'likert', prompt: 'P', objective: 1, scale: ['a', 'b', 'c'], statements: [{ id: 's', text: 't' }], profiles: [] };
    expect(bankQuestionSchema.safeParse(likert).success).toBe(false);
    const noObjective = bankQuestionSchema.safeParse({ ...bankQuestion('en', 'x').data, objective: undefined });
    expect(noObjective.error?.issues.map((i) => i.path.join('.'))).toEqual(['objective']);
  });
});

describe('checkCatalog', () => {
  it('passes a course whose locales match', () => {
    expect(checkCatalog(course, { lessons: [lesson('en', 'intro', 1, ['q']), lesson('cs', 'intro', 1, ['q'])], questions: [question('en', 'q'), question('cs', 'q')] })).toEqual([]);
  });

  it('names a locale that lacks a lesson, and a lesson with no original', () => {
    expect(checkCatalog(course, { lessons: [lesson('en', 'intro'), lesson('cs', 'extra')] })).toEqual([
      'content/lessons/cs/intro.mdx is missing: every locale needs each lesson of en',
      'content/lessons/cs/extra.mdx has no en original (content/lessons/en/extra.mdx)',
    ]);
  });

  it('names an unknown question id with the lesson file', () => {
    expect(checkCatalog({ locales: ['en'], sourceLocale: 'en' }, { lessons: [lesson('en', 'intro', 1, ['nope'])] })).toEqual([
      'content/lessons/en/intro.mdx: <Question id="nope"> names no file content/questions/en/nope.json',
    ]);
  });

  it('names the field when an id, an order or the options disagree', () => {
    const problems = checkCatalog(course, {
      lessons: [lesson('en', 'intro', 1), lesson('cs', 'intro', 2, [], 'uvod')],
      questions: [question('en', 'q'), question('cs', 'q', [{ id: 'a', correct: false }, { id: 'b', correct: true }])],
    });
    expect(problems).toEqual([
      'content/lessons/cs/intro.mdx: field `id` is "uvod" but must equal the file name "intro"',
      'content/lessons/cs/intro.mdx: field `order` is 2 but en has 1',
      'content/questions/cs/q.json: field `options` is [a, b*] but en has [a*, b] (* = correct)',
    ]);
  });

  it('rejects a locale folder the course does not list, and a repeated order', () => {
    expect(checkCatalog({ locales: ['en'], sourceLocale: 'en' }, { lessons: [lesson('en', 'a', 1), lesson('en', 'b', 1), lesson('fr', 'a')] })).toEqual([
      'content/lessons/fr/a.mdx: locale folder "fr" is not listed in content/course.json',
      'content/lessons/en/b.mdx: field `order` 1 is also used by content/lessons/en/a.mdx',
    ]);
  });

  it('finds the questions and scenarios a lesson places', () => {
    const body = 'Text\n\n<Question id="one" />\n<Scenario id="cutoff" />\n<Question  id=\'two\'/>';
    expect(refsIn(body, 'Question')).toEqual(['one', 'two']);
    expect(refsIn(body, 'Scenario')).toEqual(['cutoff']);
  });
});

describe('content schemas', () => {
  const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
    result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('names each missing or wrong lesson field', () => {
    const result = lessonSchema.safeParse({ id: 'Bad Id', order: 0, title: '', objectives: [] });
    expect(result.success).toBe(false);
    expect(issues(result).map((i) => i.split(':')[0])).toEqual(['id', 'order', 'title', 'cover', 'duration', 'objectives']);
  });

  it('needs exactly one correct option with distinct ids', () => {
    const base = { id: 'q', type: 'single-choice', prompt: 'P' };
    const none = questionSchema.safeParse({ ...base, options: [{ id: 'a', text: 'A', feedback: 'f' }, { id: 'a', text: 'B', feedback: 'f' }] });
    expect(issues(none)).toEqual(['options: needs exactly one correct option, has 0', 'options: ids repeat: a']);
  });
});

describe('untranslated text', () => {
  it('names each word field that still holds the source text, and leaves ids, answers and short words alone', () => {
    const en = { id: 'q', prompt: 'Who first turned it over?', options: [{ id: 'carlzon', text: 'Jan Carlzon', feedback: 'Right.' }], unit: 'USD', scale: ['Never', 'Base'] };
    const cs = { id: 'q', prompt: 'Kdo ji poprvé obrátil?', options: [{ id: 'carlzon', text: 'Jan Carlzon', feedback: 'Správně.' }], unit: 'USD', scale: ['Never', 'Base'] };
    expect(untranslatedFields(en, cs, WORD_FIELDS)).toEqual(['options[0].text', 'scale[0]']);
  });

  it('looks inside nested feedback', () => {
    const en = { feedback: { correct: 'Well matched, all of them.', incorrect: 'Look again at each one.' } };
    expect(untranslatedFields(en, { feedback: { correct: 'Well matched, all of them.', incorrect: 'Podívejte se znovu.' } }, WORD_FIELDS)).toEqual(['feedback.correct']);
  });

  it('finds prose paragraphs of a lesson left in the source language, not components', () => {
    const en = 'First paragraph of the lesson.\n\n<Question id="q" />\n\nSecond   paragraph\nover two lines.';
    const it = 'Primo paragrafo della lezione.\n\n<Question id="q" />\n\nSecond paragraph over\ntwo lines.';
    expect(untranslatedParagraphs(en, it)).toEqual(['Second paragraph over two lines.']);
  });

  it('fails the catalog check with the file and the field', () => {
    const en = lesson('en', 'intro');
    const cs = { ...lesson('cs', 'intro'), data: { ...lesson('cs', 'intro').data, objectives: ['Tell internal from external customers.'] } };
    const enWithObjective = { ...en, data: { ...en.data, objectives: ['Tell internal from external customers.'] } };
    expect(checkCatalog(course, { lessons: [enWithObjective, cs] })).toEqual(['content/lessons/cs/intro.mdx: field `objectives[0]` is still the en text']);
  });
});

describe('amounts', () => {
  it('writes US dollars as each locale does, saying which dollar', () => {
    expect(['en', 'pt-BR', 'cs', 'es', 'it'].map((l) => formatMoney(l, 125000, 'USD').replace(/\u00a0/g, '_'))).toEqual([
      'US$125,000',
      'US$_125.000',
      '125_000_US$',
      '125.000_US$',
      '125.000_USD',
    ]);
  });

  it('finds dollar amounts not written the Intl way, and ignores plain numbers and years', () => {
    expect(misformattedDollars('en', 'about US$125,000 in 1988, 12 mm at 9:05')).toEqual([]);
    expect(misformattedDollars('cs', 'zhruba 125 000 USD')).toEqual([{ found: '125 000 USD', expected: formatMoney('cs', 125000, 'USD') }]);
    expect(misformattedDollars('es', `unos ${formatMoney('es', 375000, 'USD')}`)).toEqual([]);
  });

  it('fails the catalog check, with no-break spaces made visible', () => {
    const cs = { ...question('cs', 'q'), data: { ...question('cs', 'q').data, prompt: 'Stálo to 125 000 USD.' } };
    expect(checkCatalog(course, { questions: [question('en', 'q'), cs] })).toEqual(['content/questions/cs/q.json: write "125 000 USD" as cs does, "125⎵000⎵US$" (⎵ is a no-break space)']);
  });
});

describe('the glossary', () => {
  const glossary = (locale: string, terms: Array<[string, string]>): GlossaryEntry => ({
    locale,
    name: 'glossary',
    file: `content/glossary/${locale}.json`,
    data: { terms: terms.map(([id, term]) => ({ id, term, definition: `${term}: ${locale} definition` })) },
  });

  it('needs the same term ids in every locale, naming what is missing or extra', () => {
    const en = glossary('en', [['internal-customer', 'internal customer'], ['payroll', 'payroll']]);
    const cs = glossary('cs', [['internal-customer', 'interní zákazník'], ['front-line', 'první linie']]);
    expect(checkCatalog(course, { glossaries: [en, cs] })).toEqual([
      'content/glossary/cs.json: field `terms` has ids [internal-customer, front-line] but en has [internal-customer, payroll]; missing: payroll; extra: front-line',
    ]);
    expect(checkCatalog(course, { glossaries: [en] })).toEqual(['content/glossary/cs.json is missing: the glossary needs one file per locale']);
  });

  it('flags a term left in the source language', () => {
    const en = glossary('en', [['inverted-pyramid', 'inverted pyramid']]);
    expect(checkCatalog(course, { glossaries: [en, glossary('cs', [['inverted-pyramid', 'inverted pyramid']])] })).toEqual([
      'content/glossary/cs.json: field `terms[0].term` is still the en text',
    ]);
  });
});

describe('a module', () => {
  const summary = '\n<InShort>\n\n## In short\n\n- one\n- two\n- three\n\n</InShort>\n';
  const module = (changes: Partial<LessonEntry['data']>, body = summary, questionRefs = ['q']): LessonEntry => {
    const base = lesson('en', 'm', 1, questionRefs);
    return { ...base, body, data: { ...base.data, module: 1, duration: 7, ...changes } };
  };

  it('takes 5 to 10 minutes, practises, and ends with three points', () => {
    expect(moduleProblems(module({}))).toEqual([]);
    expect(moduleProblems(module({ duration: 12 }, '## In short\n\n- one\n- two\n', []))).toEqual([
      'field `duration` is 12: a module takes 5 to 10 minutes',
      'places no <Question> or <Scenario>: a module practises what it teaches',
      'its last section has 2 points: a module ends with a three-point summary',
      'its last section is not inside <InShort>: a module ends with its summary card',
    ]);
  });

  it('asks nothing of lessons that are not modules', () => {
    expect(moduleProblems({ ...module({ duration: 30 }, '', []), data: { ...module({}).data, module: undefined, duration: 30 } })).toEqual([]);
  });
});

describe('workshop cards', () => {
  const exercise = (locale: string, minutes = 8, title = 'Map your service chain'): WorkshopEntry => ({
    locale,
    name: 'map',
    file: `content/workshop/${locale}/map.json`,
    data: { id: 'map', kind: 'exercise', order: 1, title, audience: locale === 'en' ? 'A team' : 'Tým', duration: 40, goals: ['g'], situation: 's', debrief: ['d'], steps: [{ id: 'list', minutes, title: 'List', instructions: 'i' }] },
  });

  it('keeps timing and steps equal across locales, and the words translated', () => {
    expect(checkCatalog(course, { workshops: [exercise('en'), exercise('cs', 8, 'Zmapujte svůj řetězec služeb')] })).toEqual([]);
    expect(checkCatalog(course, { workshops: [exercise('en'), exercise('cs', 10)] })).toEqual([
      'content/workshop/cs/map.json: steps and options are [exercise #1, 40 min, 1 goals, 1 debrief points: list 10 min] but en has [exercise #1, 40 min, 1 goals, 1 debrief points: list 8 min]',
      'content/workshop/cs/map.json: field `title` is still the en text',
    ]);
  });
});

describe('assessment items', () => {
  const file = 'content/final-test/en/q.json';
  const option = (id: string, correct: boolean, feedback: string) => ({ id, text: id, correct, feedback });

  it('needs feedback that explains, on every option and every verdict', () => {
    const bare = { type: 'multiple-choice', options: [option('a', true, 'Yes.'), option('b', false, 'No: it works the other way round.'), option('c', false, 'Not quite.')] };
    expect(itemProblems([{ locale: 'en', file, data: bare }])).toEqual([
      `${file}: field \`options[0].feedback\` only says "Yes.": say why, as a teacher would`,
      `${file}: field \`options[2].feedback\` only says "Not quite.": say why, as a teacher would`,
    ]);
    const verdicts = { type: 'ordering', feedback: { correct: 'Right.', incorrect: 'Start with the manager who is late.' } };
    expect(itemProblems([{ locale: 'en', file, data: verdicts }])).toEqual([`${file}: field \`feedback.correct\` only says "Right.": say why, as a teacher would`]);
  });

  it('refuses a negative option to a question asked in the negative, in the source', () => {
    const options = [option('a', true, 'Yes: for this reason.'), option('b', false, 'No: for that reason.'), option('c', false, 'No: for a third reason.')];
    const tangled = { type: 'single-choice', prompt: 'Which of these is not a customer?', options: [options[0]!, { ...options[1]!, text: 'Nobody who never meets one' }, options[2]!] };
    expect(itemProblems([{ locale: 'en', file, data: tangled }])).toEqual([
      `${file}: field \`options[1].text\` answers a question asked in the negative with a negative: say it positively`,
    ]);
    // A negative in the story, not in the question, is no double negative.
    const story = { ...tangled, prompt: 'They never call you. What are they to you?' };
    expect(itemProblems([{ locale: 'en', file, data: story }])).toEqual([]);
  });

  it('needs two wrong options in a multiple-choice item', () => {
    const easy = { type: 'multiple-choice', options: [option('a', true, 'Yes: for this reason.'), option('b', true, 'Yes: for that reason.'), option('c', false, 'No: for a third reason.')] };
    expect(itemProblems([{ locale: 'en', file, data: easy }])).toEqual([`${file}: field \`options\` leaves 1 wrong option; a multiple-choice item needs at least two`]);
  });
});

