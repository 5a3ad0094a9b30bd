// The postMessage protocol between the course shell and a lesson page in its frame.
import { readTestRecord, type TestRecord } from '../state/test-record.ts';
import { isResponse, type Response } from '../state/responses.ts';
import { readServiceChain, type ServiceChain } from '../state/service-chain.ts';

export type LessonMessage =
  | { channel: 'course-lesson'; type: 'hello' }
  | { channel: 'course-lesson'; type: 'answer'; questionId: string; response: Response }
  | { channel: 'course-lesson'; type: 'path'; scenarioId: string; choices: string[] }
  | { channel: 'course-lesson'; type: 'test'; test: TestRecord }
  | { channel: 'course-lesson'; type: 'chain'; chain: ServiceChain };

/** The learner's work so far, sent to a lesson page when it opens. */
export type ShellMessage = {
  channel: 'course-shell';
  type: 'state';
  answers: Record<string, Response>;
  paths: Record<string, string[]>;
  test?: TestRecord;
  chain: ServiceChain;
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
    case 'test':
      return readTestRecord(x.test) !== undefined;
    case 'chain':
      return readServiceChain(x.chain) !== undefined;
    default:
      return false;
  }
}
