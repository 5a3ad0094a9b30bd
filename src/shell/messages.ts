// The postMessage protocol between the course shell and a lesson page in its frame.
import type { Standing } from '../state/completion.ts';
import { readTestRecord, type TestRecord } from '../state/test-record.ts';
import { isResponse, type Response } from '../state/responses.ts';
import { readServiceChain, type ServiceChain } from '../state/service-chain.ts';

/** What the LMS report of an answer takes from the page: the words the learner read, and when. */
export interface AnswerDetail {
  /** The question as shown, in the learner's language. */
  description?: string;
  /** Milliseconds since the page opened or the learner's previous answer. */
  latencyMs?: number;
}

export type LessonMessage =
  | { channel: 'course-lesson'; type: 'hello' }
  | ({ channel: 'course-lesson'; type: 'answer'; questionId: string; response: Response } & AnswerDetail)
  | ({ channel: 'course-lesson'; type: 'path'; scenarioId: string; choices: string[] } & AnswerDetail)
  | { channel: 'course-lesson'; type: 'test'; test: TestRecord; details?: Record<string, AnswerDetail> }
  | { channel: 'course-lesson'; type: 'chain'; chain: ServiceChain }
  | { channel: 'course-lesson'; type: 'name'; name: string };

/** The learner's work so far, sent to a lesson page when it opens. */
export type ShellMessage = {
  channel: 'course-shell';
  type: 'state';
  answers: Record<string, Response>;
  paths: Record<string, string[]>;
  test?: TestRecord;
  chain: ServiceChain;
  standing: Standing;
};

const record = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');
const optional = (x: unknown, type: 'string' | 'number') => x === undefined || typeof x === type;
const isDetail = (x: unknown) => record(x) && optional(x.description, 'string') && optional(x.latencyMs, 'number');

export function isLessonMessage(x: unknown): x is LessonMessage {
  if (!record(x) || x.channel !== 'course-lesson') return false;
  switch (x.type) {
    case 'hello':
      return true;
    case 'answer':
      return typeof x.questionId === 'string' && isResponse(x.response) && isDetail(x);
    case 'path':
      return typeof x.scenarioId === 'string' && strings(x.choices) && isDetail(x);
    case 'test':
      return readTestRecord(x.test) !== undefined && (x.details === undefined || (record(x.details) && Object.values(x.details).every(isDetail)));
    case 'chain':
      return readServiceChain(x.chain) !== undefined;
    case 'name':
      return typeof x.name === 'string';
    default:
      return false;
  }
}
