// The learner's state as one string, for `cmi.suspend_data` or `localStorage`.
import lz from 'lz-string';
import { isDay, NAME_LIMIT } from './completion.ts';
import { readTestRecord, type TestRecord } from './test-record.ts';
import { isResponse, type Response } from './responses.ts';
import { emptyChain, readServiceChain, type ServiceChain } from './service-chain.ts';

export interface Snapshot {
  locale?: string;
  current?: string;
  visited: string[];
  answers: Record<string, Response>;
  /** Scenario id → choice ids taken. */
  paths: Record<string, string[]>;
  test?: TestRecord;
  chain: ServiceChain;
  /** The day the course was first complete and passed, `YYYY-MM-DD`. */
  completedOn?: string;
  /** The name the learner typed for their certificate, where the LMS gives none. */
  name?: string;
  /** Whole minutes spent in the course, over every session. */
  minutes?: number;
}

export const SNAPSHOT_VERSION = 1;

export const emptySnapshot = (): Snapshot => ({ visited: [], answers: {}, paths: {}, chain: emptyChain() });

/** JSON with short keys (`v` lets later versions read older data), as it is saved before compression. */
export function snapshotJson(s: Snapshot): string {
  return JSON.stringify({ v: SNAPSHOT_VERSION, l: s.locale, c: s.current, s: s.visited, a: s.answers, p: s.paths, t: s.test, n: s.chain, d: s.completedOn, w: s.name, m: s.minutes });
}

/**
 * The snapshot compressed into URI-safe ASCII: SCORM 1.2 LMSs keep only 4,096 characters,
 * and plain ASCII passes through every LMS and database unchanged.
 */
export function encodeSnapshot(s: Snapshot): string {
  return lz.compressToEncodedURIComponent(snapshotJson(s));
}

const isString = (x: unknown): x is string => typeof x === 'string' && x.length > 0;

/**
 * Never throws: unknown, newer or damaged data gives an empty or partial snapshot, and
 * `problems` says what was dropped so the caller can log it.
 */
export function decodeSnapshot(text: string | null | undefined): { snapshot: Snapshot; problems: string[] } {
  const snapshot = emptySnapshot();
  if (!text) return { snapshot, problems: [] };
  let raw: unknown;
  try {
    // Plain JSON is what earlier versions of the course saved.
    raw = JSON.parse(text.startsWith('{') ? text : lz.decompressFromEncodedURIComponent(text) || '');
  } catch {
    return { snapshot, problems: [`saved data is not readable (${text.length} characters); starting afresh`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { snapshot, problems: ['saved data has an unknown shape; starting afresh'] };
  }
  const data = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (data.v !== SNAPSHOT_VERSION) problems.push(`saved data has version ${String(data.v)}, expected ${SNAPSHOT_VERSION}; reading what fits`);
  if (isString(data.l)) snapshot.locale = data.l;
  if (isString(data.c)) snapshot.current = data.c;
  if (Array.isArray(data.s)) snapshot.visited = [...new Set(data.s.filter(isString))];
  else if (data.s !== undefined) problems.push('visited lessons were unreadable and are dropped');
  if (typeof data.a === 'object' && data.a !== null && !Array.isArray(data.a)) {
    for (const [question, response] of Object.entries(data.a)) {
      if (isResponse(response)) snapshot.answers[question] = response;
      else problems.push(`answer to "${question}" was unreadable and is dropped`);
    }
  } else if (data.a !== undefined) problems.push('answers were unreadable and are dropped');
  if (typeof data.p === 'object' && data.p !== null && !Array.isArray(data.p)) {
    for (const [scenario, choices] of Object.entries(data.p)) {
      if (Array.isArray(choices) && choices.every(isString)) snapshot.paths[scenario] = choices;
      else problems.push(`path through "${scenario}" was unreadable and is dropped`);
    }
  } else if (data.p !== undefined) problems.push('scenario paths were unreadable and are dropped');
  if (data.t !== undefined) {
    const test = readTestRecord(data.t);
    if (test) snapshot.test = test;
    else problems.push('the final test attempt was unreadable and is dropped');
  }
  if (data.n !== undefined) {
    const chain = readServiceChain(data.n);
    if (chain) snapshot.chain = chain;
    else problems.push('the service chain was unreadable and is dropped');
  }
  if (isDay(data.d)) snapshot.completedOn = data.d;
  else if (data.d !== undefined) problems.push('the day of completion was unreadable and is dropped');
  if (isString(data.w) && data.w.length <= NAME_LIMIT) snapshot.name = data.w;
  else if (data.w !== undefined) problems.push('the name for the certificate was unreadable and is dropped');
  if (Number.isInteger(data.m) && (data.m as number) >= 0) snapshot.minutes = data.m as number;
  else if (data.m !== undefined) problems.push('the time spent was unreadable and is dropped');
  return { snapshot, problems };
}
