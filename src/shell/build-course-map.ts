// Build-time only: what the shell needs to know about the course, in every language it offers.
import { getCatalog } from '../course/catalog.ts';
import { course } from '../course/config.ts';
import { lessonPath, workshopPath } from '../course/paths.ts';
import { WORD_FIELDS } from '../schemas/word-fields.ts';
import { createTranslator } from '../i18n/translator.ts';
import { wholeNumberStyle } from '../i18n/whole-numbers.ts';
import { isGraded, type GradedQuestion } from '../state/responses.ts';
import type { CourseMap, Grading, LocaleMap } from './course-map.ts';

/** The content without its words (grading needs only ids, answers and links), so the shell stays small in every language. */
const withoutWords = <T>(data: T): T => JSON.parse(JSON.stringify(data, (key, value) => (WORD_FIELDS.has(key) ? undefined : value)));

/**
 * What the shell needs to report answers and decisions to the LMS: the source locale's
 * questions and scenarios (ids and answers are equal in every locale).
 */
function grading(catalog: Awaited<ReturnType<typeof getCatalog>>, locale: string): Grading {
  const questions: Grading['questions'] = {};
  const scenarios: Grading['scenarios'] = {};
  for (const lesson of catalog.lessons(locale)) {
    for (const id of lesson.questionRefs) {
      const question = catalog.question(locale, id)?.data;
      if (question && isGraded(question)) questions[id] = withoutWords(question);
    }
    for (const id of lesson.scenarioRefs) {
      const scenario = catalog.scenario(locale, id)?.data;
      if (scenario) scenarios[id] = withoutWords(scenario);
    }
  }
  for (const { data } of catalog.bank(locale)) questions[data.id] = withoutWords(data as GradedQuestion);
  return { questions, scenarios };
}

/** "čeština", "Português (Brasil)": each language named in itself, capitalised for a menu. */
export function endonym(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export async function buildCourseMap(locales: readonly string[]): Promise<CourseMap> {
  const catalog = await getCatalog();
  const localeMaps: LocaleMap[] = locales.map((code) => {
    const { t, template, plural } = createTranslator(code);
    return {
      code,
      name: endonym(code),
      strings: {
        courseTitle: t('course.title'),
        skipToLesson: t('shell.skipToLesson'),
        lessonNavigation: t('shell.lessonNavigation'),
        contents: t('shell.contents'),
        closeContents: t('shell.closeContents'),
        language: t('shell.language'),
        previous: t('shell.previous'),
        next: t('shell.next'),
        frameTitle: template('shell.frameTitle'),
        lessonNotStarted: t('shell.lessonNotStarted'),
        lessonInProgress: t('shell.lessonInProgress'),
        lessonDone: t('shell.lessonDone'),
        testPassed: t('shell.testPassed'),
        testNotPassed: t('shell.testNotPassed'),
        progressLabel: t('shell.progressLabel'),
        progress: plural('shell.progress'),
        complete: t('shell.complete'),
        savedInBrowser: t('shell.savedInBrowser'),
        savedInLms: t('shell.savedInLms'),
        lmsTrouble: t('shell.lmsTrouble'),
        lmsUnavailable: t('shell.lmsUnavailable'),
        review: t('shell.review'),
        notSaved: t('shell.notSaved'),
        learner: template('shell.learner'),
        workshop: t('shell.workshop'),
      },
      numbers: wholeNumberStyle(code),
      workshopHref: workshopPath.index(code),
      lessons: catalog.lessons(code).map((l) => ({
        id: l.name,
        title: l.data.title,
        href: lessonPath(code, l.name),
        ...(l.data.appendix ? { appendix: true as const } : {}),
      })),
    };
  });
  return {
    courseId: course.id,
    lessons: catalog.lessons(course.sourceLocale).map((l) => ({
      id: l.name,
      questions: l.questionRefs,
      scenarios: l.scenarioRefs,
      ...(l.placesFinalTest ? { finalTest: true as const } : {}),
      ...(l.placesServiceChain ? { serviceChain: true as const } : {}),
      ...(l.data.appendix ? { appendix: true as const } : {}),
    })),
    lessonDone: course.lessonDone,
    passMark: course.passingScorePercent,
    grading: grading(catalog, course.sourceLocale),
    locales: localeMaps,
  };
}
