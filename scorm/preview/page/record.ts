// What an LMS keeps between launches, and what it hands back at the next one.

export type Edition = 'scorm12' | 'scorm2004';

type Json = Record<string, unknown>;
const obj = (x: unknown): Json => (typeof x === 'object' && x !== null ? (x as Json) : {});
const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : undefined);

/** Drops empty values: scorm-again rejects "" for typed elements such as a score. */
function prune(data: Json): Json {
  const kept: Json = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || value === '' || value === null) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      const inner = prune(value as Json);
      if (Object.keys(inner).length > 0) kept[key] = inner;
    } else kept[key] = value;
  }
  return kept;
}

export interface Learner {
  id: string;
  name: string;
  language: string;
}

/** What the LMS holds at launch that a course must respect: its mode, and the record it must not lower. */
export interface Held {
  mode?: string;
  /** 1.2 lesson_status, or 2004 completion_status. */
  status?: string;
  /** 2004 success_status. */
  success?: string;
  score?: number;
}

export interface Launch {
  data: Json;
  /** The learner's data came back (the last exit was "suspend"). */
  resumed: boolean;
  held: Held;
}

export interface AttemptRules {
  /** Reopen a finished attempt in review mode, as Moodle does, rather than as a normal session. */
  reviewFinished?: boolean;
}

/**
 * The starting data of a launch. After an exit with "suspend" the attempt resumes with
 * everything kept; otherwise the LMS starts a new attempt and only the learner is known.
 * With `reviewFinished`, a finished attempt opens in review mode, its record as it was and
 * its data only if the course suspended.
 */
export function launchData(edition: Edition, learner: Learner, kept: Json | undefined, rules: AttemptRules = {}): Launch {
  const cmi = obj(kept);
  const core = obj(cmi.core);
  const scoreOf = (x: unknown) => (str(obj(x).raw) === undefined ? {} : { score: Number(obj(x).raw) });
  if (edition === 'scorm12') {
    const status = str(core.lesson_status);
    const finished = ['passed', 'completed', 'failed'].includes(status ?? '');
    const review = rules.reviewFinished && finished;
    const resumed = core.exit === 'suspend';
    if (!resumed && !review) return { data: prune(newAttempt12(learner)), resumed: false, held: {} };
    const mode = review ? 'review' : 'normal';
    const data = newAttempt12(learner);
    return {
      resumed,
      held: { mode, status, ...scoreOf(core.score) },
      data: prune({
        ...data,
        ...(resumed ? { suspend_data: cmi.suspend_data } : {}),
        core: {
          ...obj(data.core),
          entry: resumed ? 'resume' : '',
          lesson_mode: mode,
          credit: review ? 'no-credit' : 'credit',
          lesson_location: resumed ? core.lesson_location : '',
          lesson_status: status,
          score: core.score,
        },
      }),
    };
  }
  const status = str(cmi.completion_status);
  const review = rules.reviewFinished && status === 'completed';
  const resumed = cmi.exit === 'suspend';
  if (!resumed && !review) return { data: prune(newAttempt2004(learner)), resumed: false, held: {} };
  const mode = review ? 'review' : 'normal';
  return {
    resumed,
    held: { mode, status, success: str(cmi.success_status), ...scoreOf(cmi.score) },
    data: prune({
      ...newAttempt2004(learner),
      entry: resumed ? 'resume' : '',
      mode,
      credit: review ? 'no-credit' : 'credit',
      ...(resumed ? { suspend_data: cmi.suspend_data, location: cmi.location } : {}),
      completion_status: status ?? 'unknown',
      success_status: cmi.success_status ?? 'unknown',
      progress_measure: cmi.progress_measure,
      score: cmi.score,
    }),
  };
}

const newAttempt12 = (learner: Learner): Json => ({
  ...(learner.language ? { student_preference: { language: learner.language } } : {}),
  core: { student_id: learner.id, student_name: learner.name, entry: 'ab-initio' },
});

const newAttempt2004 = (learner: Learner): Json => ({
  learner_id: learner.id,
  learner_name: learner.name,
  ...(learner.language ? { learner_preference: { language: learner.language } } : {}),
  entry: 'ab-initio',
});
