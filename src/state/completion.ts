// What the learner's certificate needs that the rest of their state does not: the day the
// course was completed and passed, the name they typed where the LMS gives none, and how
// long they have spent in the course. Kept with their state, so it lasts across sessions.

/** Long enough for any full name; short enough for SCORM 1.2's 4,096 characters of saved data. */
export const NAME_LIMIT = 60;

/** A day as `YYYY-MM-DD`, in the learner's own time zone. */
export const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export const isDay = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);

/** A typed name, tidied: one space between words, at most NAME_LIMIT characters. */
export const tidyName = (typed: string) => typed.replace(/\s+/g, ' ').trim().slice(0, NAME_LIMIT).trim();

/**
 * Whole minutes spent in the course: those of earlier sessions, and this one's so far.
 * Measured by the clock, so a page left open counts; the course cannot tell reading from not.
 */
export function minuteClock(before: number, startedAt: number, now: () => number = Date.now): () => number {
  return () => before + Math.floor((now() - startedAt) / 60_000);
}

/** Where the learner stands, as the shell tells the pages that show it: the result and the certificate. */
export interface Standing {
  complete: boolean;
  passed?: boolean;
  /** The best final-test score, whole percent. */
  score?: number;
  passMark: number;
  /** Required lessons not done yet, by id, in course order. */
  remaining: string[];
  /** The name the LMS gives, in the order people write it; else the one the learner typed. */
  name: string;
  /** The name came from the LMS: the learner does not type it. */
  nameFromLms: boolean;
  completedOn?: string;
  minutes: number;
}
