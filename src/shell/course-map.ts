// What the shell page embeds about the course: built at build time, read in the browser.
import type { PluralForms } from '../i18n/plural.ts';
import type { DoneRule, LessonWork } from '../state/progress.ts';
import type { ScenarioData } from '../schemas/scenario.ts';
import type { GradedQuestion } from '../state/responses.ts';
import type { WholeNumberStyle } from '../i18n/whole-numbers.ts';

export interface ShellStrings {
  courseTitle: string;
  skipToLesson: string;
  lessonNavigation: string;
  contents: string;
  closeContents: string;
  language: string;
  previous: string;
  next: string;
  frameTitle: string;
  /** Each lesson's state, and the final test's result, for the contents. */
  lessonNotStarted: string;
  lessonInProgress: string;
  lessonDone: string;
  testPassed: string;
  testNotPassed: string;
  progressLabel: string;
  progress: PluralForms;
  complete: string;
  savedInBrowser: string;
  savedInLms: string;
  lmsTrouble: string;
  lmsUnavailable: string;
  review: string;
  notSaved: string;
  /** "Learning as {{name}}", with the name the LMS gives. */
  learner: string;
  /** The link to the workshop mode. */
  workshop: string;
}

export interface LocaleMap {
  code: string;
  /** The language's own name for itself, e.g. "čeština". */
  name: string;
  strings: ShellStrings;
  /** How the language writes the contents' counts and percentage, read at build. */
  numbers: WholeNumberStyle;
  /** The workshop index in this language, relative to the shell page. */
  workshopHref: string;
  /** In course order; `href` is relative to the shell page. */
  lessons: Array<{ id: string; title: string; href: string; appendix?: true }>;
}

/** Questions and scenarios by id, stripped of their words: enough to grade and report. */
export interface Grading {
  questions: Record<string, GradedQuestion>;
  scenarios: Record<string, ScenarioData>;
}

export interface CourseMap {
  courseId: string;
  /** Every lesson in course order, appendices included, with what it asks of the learner. */
  lessons: LessonWork[];
  lessonDone: DoneRule;
  /** Whole percent of the final test needed to pass; the manifests carry the same number. */
  passMark: number;
  grading: Grading;
  locales: LocaleMap[];
}

export const COURSE_MAP_ID = 'course-map';

/** JSON that is safe inside `<script type="application/json">`. */
export function serialiseCourseMap(map: CourseMap): string {
  return JSON.stringify(map).replace(/</g, '\\u003c');
}

export function readCourseMap(doc: Document): CourseMap {
  const text = doc.getElementById(COURSE_MAP_ID)?.textContent;
  if (!text) throw new Error(`the shell page has no #${COURSE_MAP_ID}`);
  return JSON.parse(text) as CourseMap;
}
