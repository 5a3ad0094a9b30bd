// The postMessage protocol between the course shell and a lesson page in its frame.
import { isResponse, type Response } from '../state/responses.ts';

export type LessonMessage =
  | { channel: 'course-lesson'; type: 'hello' }
  | { channel: 'course-lesson'; type: 'answer'; questionId: string; response: Response };

export type ShellMessage = { channel: 'course-shell'; type: 'answers'; answers: Record<string, Response> };

const record = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isLessonMessage(x: unknown): x is LessonMessage {
  if (!record(x) || x.channel !== 'course-lesson') return false;
  if (x.type === 'hello') return true;
  return x.type === 'answer' && typeof x.questionId === 'string' && isResponse(x.response);
}

export function isShellMessage(x: unknown): x is ShellMessage {
  return (
    record(x) &&
    x.channel === 'course-shell' &&
    x.type === 'answers' &&
    record(x.answers) &&
    Object.values(x.answers).every(isResponse)
  );
}
