// The postMessage protocol between the course shell and a lesson page in its frame.
import { isResponse, type Response } from '../state/responses.ts';

export type LessonMessage =
  | { channel: 'course-lesson'; type: 'hello' }
  | { channel: 'course-lesson'; type: 'answer'; questionId: string; response: Response }
  | { channel: 'course-lesson'; type: 'path'; scenarioId: string; choices: string[] };

/** The learner's work so far, sent to a lesson page when it opens. */
export type ShellMessage = {
  channel: 'course-shell';
  type: 'state';
  answers: Record<string, Response>;
  paths: Record<string, string[]>;
};

const record = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');

export function isLessonMessage(x: unknown): x is LessonMessage {
  if (!record(x) || x.channel !== 'course-lesson') return false;
  switch (x.type) {
    case 'hello':
      return true;
    case 'answer':
      return typeof x.questionId === 'string' && isResponse(x.response);
    case 'path':
      return typeof x.scenarioId === 'string' && strings(x.choices);
    default:
      return false;
  }
}

export function isShellMessage(x: unknown): x is ShellMessage {
  return (
    record(x) &&
    x.channel === 'course-shell' &&
    x.type === 'state' &&
    record(x.answers) &&
    Object.values(x.answers).every(isResponse) &&
    record(x.paths) &&
    Object.values(x.paths).every(strings)
  );
}
