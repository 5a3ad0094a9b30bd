import type { ScenarioData } from '../schemas/scenario.ts';
import { play } from './scenario.ts';
import type { ServiceChain } from './service-chain.ts';
import type { TestRecord } from './test-record.ts';

/** What a lesson asks of the learner: its questions and scenarios, the final test, the service chain. */
export interface LessonWork {
  id: string;
  questions: string[];
  scenarios: string[];
  finalTest?: true;
  serviceChain?: true;
  /** Reference, not a step (the glossary, the credits): never required. */
  appendix?: true;
}

/**
 * When a lesson is done (`content/course.json`, `lessonDone`): once every activity in it is
 * answered, or once it is opened. A lesson without activities is done once opened; the
 * final test is done once submitted, either way.
 */
export type DoneRule = 'activities' | 'opened';

export type LessonState = 'not-started' | 'in-progress' | 'done';

/** The course's rules of progress, as the shell knows them. */
export interface CourseRules {
  /** Every lesson, in course order. */
  lessons: LessonWork[];
  lessonDone: DoneRule;
  /** Whole percent of the final test needed to pass; the manifests carry the same number. */
  passMark: number;
  /** By id, to tell when a path has reached an ending (words not needed). */
  scenarios: Record<string, ScenarioData>;
}

/** The learner's work, as the stores hold it. */
export interface LearnerWork {
  visited: readonly string[];
  answers: Readonly<Record<string, unknown>>;
  paths: Readonly<Record<string, readonly string[]>>;
  test: TestRecord | undefined;
  chain: ServiceChain;
}

export interface Progress {
  /** Required lessons done, of `total`. */
  done: number;
  total: number;
  /** `done` over `total`, 0 to 1: the progress bar and `cmi.progress_measure`. */
  measure: number;
  /** Every required lesson done, the final test submitted among them. */
  complete: boolean;
  /** The best final-test score in whole percent, once there is one. */
  score?: number;
  /** Whether that score reaches the pass mark; undefined before the test is submitted. */
  passed?: boolean;
}

export function lessonState(lesson: LessonWork, work: LearnerWork, rules: Pick<CourseRules, 'lessonDone' | 'scenarios'>): LessonState {
  if (!work.visited.includes(lesson.id)) return 'not-started';
  if (lesson.finalTest && work.test?.best === undefined) return 'in-progress';
  if (rules.lessonDone === 'opened') return 'done';
  const ended = (id: string) => {
    const scenario = rules.scenarios[id];
    return !scenario || play(scenario, work.paths[id]).ending !== undefined;
  };
  const answered =
    lesson.questions.every((id) => work.answers[id] !== undefined) &&
    lesson.scenarios.every(ended) &&
    (!lesson.serviceChain || (work.chain.suppliers.length > 0 && work.chain.customers.length > 0));
  return answered ? 'done' : 'in-progress';
}

/**
 * The course's one rule of progress, completion and mastery, for the LMS, the progress bar
 * and the contents alike: each lesson's state; complete when every required lesson is done
 * (the final test submitted among them); passed when the best score reaches the pass mark.
 */
export function courseProgress(rules: CourseRules, work: LearnerWork): { progress: Progress; states: Record<string, LessonState> } {
  const states = Object.fromEntries(rules.lessons.map((lesson) => [lesson.id, lessonState(lesson, work, rules)]));
  const required = rules.lessons.filter((lesson) => !lesson.appendix);
  const done = required.filter((lesson) => states[lesson.id] === 'done').length;
  const score = work.test?.best;
  return {
    states,
    progress: {
      done,
      total: required.length,
      measure: required.length ? done / required.length : 1,
      complete: done === required.length,
      ...(score === undefined ? {} : { score, passed: score >= rules.passMark }),
    },
  };
}

/** What an LMS already records for the learner, from an earlier session: never to be lowered. */
export interface RecordHeld {
  complete: boolean;
  /** Passed or failed, once the LMS records either. */
  passed?: boolean;
  score?: number;
}

/**
 * Progress that never falls below what the LMS already records: a learner who reopens a
 * finished course stays complete, a pass stays a pass, and the score is the best of both.
 */
export function keepHigher(progress: Progress, held: RecordHeld): Progress {
  const complete = progress.complete || held.complete;
  const passed = held.passed || progress.passed ? true : (progress.passed ?? held.passed);
  const scores = [progress.score, held.score].filter((s): s is number => s !== undefined);
  return {
    ...progress,
    complete,
    measure: complete ? 1 : progress.measure,
    ...(scores.length ? { score: Math.max(...scores) } : {}),
    ...(passed === undefined ? {} : { passed }),
  };
}

/** The lessons before and after `current`, for previous/next. */
export function neighbours(lessonIds: readonly string[], current: string | undefined) {
  const at = current === undefined ? -1 : lessonIds.indexOf(current);
  return {
    previous: at > 0 ? lessonIds[at - 1] : undefined,
    next: at >= 0 && at < lessonIds.length - 1 ? lessonIds[at + 1] : undefined,
  };
}
