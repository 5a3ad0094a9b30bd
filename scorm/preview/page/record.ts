// What an LMS keeps between launches, and what it hands back at the next one.

export type Edition = 'scorm12' | 'scorm2004';

type Json = Record<string, unknown>;
const obj = (x: unknown): Json => (typeof x === 'object' && x !== null ? (x as Json) : {});

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

/**
 * The starting data of a launch. After an exit with "suspend" the attempt resumes with
 * everything kept; otherwise the LMS starts a new attempt and only the learner is known.
 */
export function launchData(edition: Edition, learner: Learner, kept: Json | undefined): { data: Json; resumed: boolean } {
  const { data, resumed } = rawLaunchData(edition, learner, kept);
  return { data: prune(data), resumed };
}

function rawLaunchData(edition: Edition, learner: Learner, kept: Json | undefined): { data: Json; resumed: boolean } {
  const cmi = obj(kept);
  if (edition === 'scorm12') {
    const core = obj(cmi.core);
    const resumed = core.exit === 'suspend';
    const who = { student_id: learner.id, student_name: learner.name };
    const preference = learner.language ? { student_preference: { language: learner.language } } : {};
    return resumed
      ? {
          resumed,
          data: {
            ...preference,
            suspend_data: cmi.suspend_data ?? '',
            core: { ...who, entry: 'resume', lesson_location: core.lesson_location ?? '', lesson_status: core.lesson_status ?? 'not attempted', score: core.score },
          },
        }
      : { resumed, data: { ...preference, core: { ...who, entry: 'ab-initio' } } };
  }
  const resumed = cmi.exit === 'suspend';
  const who = { learner_id: learner.id, learner_name: learner.name };
  const preference = learner.language ? { learner_preference: { language: learner.language } } : {};
  return resumed
    ? {
        resumed,
        data: {
          ...who,
          ...preference,
          entry: 'resume',
          suspend_data: cmi.suspend_data ?? '',
          location: cmi.location ?? '',
          completion_status: cmi.completion_status ?? 'unknown',
          success_status: cmi.success_status ?? 'unknown',
          progress_measure: cmi.progress_measure ?? '',
          score: cmi.score,
        },
      }
    : { resumed, data: { ...who, ...preference, entry: 'ab-initio' } };
}
