import { describe, expect, it } from 'vitest';
import { checkCatalog, refsIn, type BankEntry, type LessonEntry, type QuestionEntry } from '../../src/course/check-catalog.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { bankQuestionSchema, questionSchema } from '../../src/schemas/question.ts';

const course = { locales: ['en', 'cs'], sourceLocale: 'en' };

const lesson = (locale: string, name: string, order = 1, questionRefs: string[] = [], id = name): LessonEntry => ({
  locale,
  name,
  file: `content/lessons/${locale}/${name}.mdx`,
  questionRefs,
  scenarioRefs: [],
  placesFinalTest: false,
  data: { id, order, title: 'T', duration: 5, objectives: ['O'] },
});
const question = (locale: string, name: string, options = [{ id: 'a', correct: true }, { id: 'b', correct: false }]): QuestionEntry => ({
  locale,
  name,
  file: `content/questions/${locale}/${name}.json`,
  data: { id: name, type: 'single-choice', prompt: 'P', attempts: 0, options: options.map((o) => ({ ...o, text: 'x', feedback: 'f' })) },
});

const bankQuestion = (locale: string, name: string, objective = 1): BankEntry => ({
  locale,
  name,
  file: `content/final-test/${locale}/${name}.json`,
  data: { id: name, objective, type: 'true-false', prompt: 'P', attempts: 0, answer: true, feedback: { correct: 'y', incorrect: 'n' } },
});

describe('the final-test bank', () => {
  const testLesson = { ...lesson('en', 'final', 1), placesFinalTest: true };
  it('must hold enough questions for one attempt', () => {
    expect(checkCatalog({ ...course, locales: ['en'], finalTest: { questions: 3 } }, [testLesson], [], [], [bankQuestion('en', 'b1'), bankQuestion('en', 'b2')])).toEqual([
      'content/final-test/en/ holds 2 questions, but content/course.json asks for `finalTest.questions` 3 per attempt',
    ]);
  });
  it('keeps objectives and answers equal across locales, and ids apart from lesson questions', () => {
    const problems = checkCatalog(
      { ...course, finalTest: { questions: 1 } },
      [testLesson, { ...lesson('cs', 'final', 1), placesFinalTest: true }],
      [question('en', 'q'), question('cs', 'q')],
      [],
      [bankQuestion('en', 'b1', 2), bankQuestion('cs', 'b1', 3), bankQuestion('en', 'q'), bankQuestion('cs', 'q')],
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
    expect(checkCatalog(course, [lesson('en', 'intro', 1, ['q']), lesson('cs', 'intro', 1, ['q'])], [question('en', 'q'), question('cs', 'q')])).toEqual([]);
  });

  it('names a locale that lacks a lesson, and a lesson with no original', () => {
    expect(checkCatalog(course, [lesson('en', 'intro'), lesson('cs', 'extra')], [])).toEqual([
      'content/lessons/cs/intro.mdx is missing: every locale needs each lesson of en',
      'content/lessons/cs/extra.mdx has no en original (content/lessons/en/extra.mdx)',
    ]);
  });

  it('names an unknown question id with the lesson file', () => {
    expect(checkCatalog({ locales: ['en'], sourceLocale: 'en' }, [lesson('en', 'intro', 1, ['nope'])], [])).toEqual([
      'content/lessons/en/intro.mdx: <Question id="nope"> names no file content/questions/en/nope.json',
    ]);
  });

  it('names the field when an id, an order or the options disagree', () => {
    const problems = checkCatalog(
      course,
      [lesson('en', 'intro', 1), lesson('cs', 'intro', 2, [], 'uvod')],
      [question('en', 'q'), question('cs', 'q', [{ id: 'a', correct: false }, { id: 'b', correct: true }])],
    );
    expect(problems).toEqual([
      'content/lessons/cs/intro.mdx: field `id` is "uvod" but must equal the file name "intro"',
      'content/lessons/cs/intro.mdx: field `order` is 2 but en has 1',
      'content/questions/cs/q.json: field `options` is [a, b*] but en has [a*, b] (* = correct)',
    ]);
  });

  it('rejects a locale folder the course does not list, and a repeated order', () => {
    expect(checkCatalog({ locales: ['en'], sourceLocale: 'en' }, [lesson('en', 'a', 1), lesson('en', 'b', 1), lesson('fr', 'a')], [])).toEqual([
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
    expect(issues(result).map((i) => i.split(':')[0])).toEqual(['id', 'order', 'title', 'duration', 'objectives']);
  });

  it('needs exactly one correct option with distinct ids', () => {
    const base = { id: 'q', type: 'single-choice', prompt: 'P' };
    const none = questionSchema.safeParse({ ...base, options: [{ id: 'a', text: 'A', feedback: 'f' }, { id: 'a', text: 'B', feedback: 'f' }] });
    expect(issues(none)).toEqual(['options: needs exactly one correct option, has 0', 'options: ids repeat: a']);
  });
});
